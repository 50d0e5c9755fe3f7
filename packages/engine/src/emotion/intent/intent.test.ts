import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../createEngine.js';
import { extractDetails } from './details.js';
import { intentCueNames } from './intentCues.js';

describe('extractDetails', () => {
  it('finds order numbers, amounts, dates and products with their spans', () => {
    const text = 'Order #48213 for £42.99 arrived on 3 March and my Aura X2 headphones are dead';
    const found = extractDetails(text).map((d) => [d.kind, d.text]);
    expect(found).toEqual([
      ['order_number', '#48213'],
      ['amount', '£42.99'],
      ['date', '3 March'],
      ['product', 'Aura X2 headphones'],
    ]);
    for (const d of extractDetails(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('keeps the identifier, not its label, and reads a phone call as no product', () => {
    expect(extractDetails('booking reference QX7L2P').map((d) => d.text)).toEqual(['QX7L2P']);
    expect(extractDetails('your agent was rude to me on the phone')).toEqual([]);
    expect(extractDetails('the kettle you sold me is broken').map((d) => d.kind)).toEqual(['product']);
  });
});

describe('intent reading', () => {
  it.each([
    ['I was charged £29.99 twice this month', 'billing_error'],
    ['please cancel my subscription from next month', 'cancel'],
    ['How do I add a second user to our plan?', 'how_to'],
    ['Your agent Mark was incredibly rude to me', 'staff_complaint'],
    ['where is my parcel?? ordered on 3 March', 'order_status'],
    ["can't log in, it says my account is locked", 'account_access'],
    ['I want my money back for order #4821', 'refund'],
    ['Just wanted to say thank you, Priya was brilliant', 'praise'],
  ])('reads %j as %s, with evidence from the text', (text, intent) => {
    const a = analyze(text);
    expect(a.intent.label).toBe(intent);
    expect(a.intent.evidence.length).toBeGreaterThan(0);
    for (const e of a.intent.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('never reads an upset customer as praising us', () => {
    const a = analyze('the phone you sold me is cracked and I am furious');
    expect(a.intent.label).not.toBe('praise');
  });

  it('reads no intent without a model, and none from an empty message', () => {
    const engine = createEngine({ intentModel: null });
    expect(engine.analyze('I want a refund').intent).toEqual({ label: 'other', score: 0, evidence: [] });
    expect(analyze('').intent.score).toBe(0);
    expect(analyze('').details).toEqual([]);
  });

  it('names the phrase families it feeds the model, a fault without thanks as a complaint', () => {
    expect(intentCueNames('my kettle is broken')).toContain('intent:fault_no_thanks');
    expect(intentCueNames('you fixed my broken kettle, thank you')).not.toContain('intent:fault_no_thanks');
  });
});
