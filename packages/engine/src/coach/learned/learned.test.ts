import { describe, expect, it } from 'vitest';
import { parseAgentSentences } from '../../train/coach/agentSentences.js';
import { coach } from '../coach.js';
import { shippedTechniqueModel } from './index.js';

// A held-back sentence of the corpus (agent-2), which the rules do not count as a caring close.
const customer =
  'just got a letter saying my water will be off tomorrow 9-5 for works. i do dialysis at home, i NEED water!!';
const reply = "Take care, and I hope tomorrow's session goes smoothly.";

describe('learned technique detector', () => {
  it('adds sentences the rules miss, as spans of whole sentences marked model:<label>', () => {
    const rules = coach({ reply, customer });
    const both = coach({ reply, customer }, { techniqueModel: shippedTechniqueModel() });
    const added = both.techniques.caring_close.spans.filter((s) => s.source === 'model:caring_close');
    expect(rules.techniques.caring_close.spans).toEqual([]);
    expect(added.map((s) => s.text)).toEqual(["Take care, and I hope tomorrow's session goes smoothly."]);
    // Every rule span is kept.
    for (const id of Object.keys(rules.techniques) as (keyof typeof rules.techniques)[])
      for (const s of rules.techniques[id].spans) expect(both.techniques[id].spans).toContainEqual(s);
  });

  it('reports each malformed corpus line with its field', () => {
    const good = JSON.stringify({
      id: 'a-1',
      reply: 'r1',
      industry: 'retail',
      channel: 'chat',
      register: 'warm',
      customer: 'where is it',
      sentence: 'Let me check.',
      techniques: ['next_step'],
      templated: false,
    });
    const bad = good.replace('"next_step"', '"hug"');
    const { sentences, problems } = parseAgentSentences('x.jsonl', `${good}\n${bad}\n{oops\n`);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatchObject({ first: true, last: true });
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [2, 'techniques'],
      [3, 'not JSON'],
    ]);
  });
});
