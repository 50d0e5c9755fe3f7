import { describe, expect, it } from 'vitest';
import { loadIntentModel } from '../../emotion/intent/index.js';
import { intentFigures } from './evaluateIntent.js';
import { type IntentExample, readIntentTsv } from './intentData.js';
import { keywordIntent } from './keywordBaseline.js';
import {
  DEFAULT_INTENT_TRAIN_OPTIONS,
  intentModelSource,
  intentOf,
  trainIntentModel,
} from './trainIntent.js';

const OURS: Array<[string, IntentExample['intent']]> = [
  ['please refund the jacket, I want my money back', 'refund'],
  ['money back for the broken lamp please', 'refund'],
  ['cancel my plan from today', 'cancel'],
  ['I would like to cancel the subscription', 'cancel'],
  ['where is my parcel, still not arrived', 'order_status'],
  ['my delivery has not arrived yet', 'order_status'],
];

function corpus(): IntentExample[] {
  const rows = readIntentTsv(
    'refund me now\trequest_refund\nwhere is my card\tcard_arrival\nwhat time is it\ttime\n',
    { request_refund: 'refund', card_arrival: 'order_status', time: null },
    'banking77',
    'train',
  ).examples;
  for (let i = 0; i < 4; i++)
    for (const [text, intent] of OURS)
      rows.push({ text, intent, corpus: 'customer-messages', split: i === 3 ? 'dev' : 'train' });
  return rows;
}

describe('intent training', () => {
  it('maps public labels, leaves null ones out and reports unmapped ones', () => {
    const read = readIntentTsv('a\tx\nb\ty\nc\tz\n', { x: 'refund', y: null }, 'clinc150', 'dev');
    expect(read.examples.map((e) => e.intent)).toEqual(['refund']);
    expect(read.left).toBe(1);
    expect(read.unmapped).toEqual(['z']);
  });

  it('learns the intents, and gives the same bytes for the same data', () => {
    const options = { ...DEFAULT_INTENT_TRAIN_OPTIONS, epochs: 4 };
    const a = trainIntentModel(corpus(), options, 'test');
    const b = trainIntentModel(corpus(), options, 'test');
    expect(intentModelSource(a.file)).toBe(intentModelSource(b.file));
    const model = loadIntentModel(a.file);
    expect(intentOf(model, 'I want my money back')).toBe('refund');
    expect(intentOf(model, 'please cancel it')).toBe('cancel');
    expect(a.devMacroF1).toBeGreaterThan(0.5);
  });

  it('scores a reader by macro-F1 over the intents present', () => {
    const set = [
      { text: 'refund please', intent: 'refund' as const },
      { text: 'how do I reset it', intent: 'how_to' as const },
    ];
    expect(intentFigures(set, keywordIntent).macroF1).toBe(1);
    expect(intentFigures(set, () => 'refund').macroF1).toBeCloseTo(0.333, 2);
  });
});
