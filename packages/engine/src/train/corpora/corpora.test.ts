import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../emotion/features.js';
import { tokenize } from '../../text/index.js';
import { buildHeads } from '../heads.js';
import { encodeHeadLabels } from '../labels.js';
import { parseGoEmotionsTsv } from '../parseTsv.js';
import { DEFAULT_TRAIN_OPTIONS, train } from '../train.js';
import {
  CORPORA,
  customerMessageHeads,
  customerMessageSplit,
  readCustomerMessages,
  valenceToSentiment,
  xedHeads,
} from './index.js';

const GROUPINGS = {
  ekman: { joy: ['joy', 'gratitude'], anger: ['anger', 'annoyance'] },
  sentiment: { positive: ['joy', 'gratitude'], negative: ['anger', 'annoyance'] },
};
const heads = buildHeads(GROUPINGS);
const outputNames = heads.flatMap((h) => h.labels.map((l) => `${h.name}.${l}`));
const knownNames = (labels: Parameters<typeof encodeHeadLabels>[0]) => {
  const { known } = encodeHeadLabels(labels, heads);
  return outputNames.filter((_, o) => known[o] === 1);
};

describe('corpus mappings', () => {
  it('a sentiment-only corpus labels the sentiment head only, and not ambiguous', () => {
    const split = CORPORA['tweeteval-sentiment'].read(
      new Map([
        ['train.tsv', '@user still no refund\tnegative\nbad line\n@user x\tmeh'],
        ['dev.tsv', ''],
      ]),
      GROUPINGS,
    );
    expect(split.skipped).toBe(2);
    expect(split.train).toHaveLength(1);
    expect(knownNames(split.train[0]!.heads)).toEqual([
      'sentiment.positive',
      'sentiment.negative',
      'sentiment.neutral',
    ]);
    expect(split.train[0]!.gold).toEqual({ sentiment: 'negative' });
  });

  it('EmoBank valence becomes sentiment by the documented cut-offs', () => {
    expect([2.69, 2.7, 3.0, 3.3, 3.31].map(valenceToSentiment)).toEqual([
      'negative',
      'neutral',
      'neutral',
      'neutral',
      'positive',
    ]);
  });

  it('XED knows its seven shared fine labels, not the Ekman head; trust is positive', () => {
    const anger = xedHeads(['anger']);
    expect(anger.fine).toEqual({
      anger: 1,
      disgust: 0,
      fear: 0,
      joy: 0,
      sadness: 0,
      surprise: 0,
      neutral: 0,
    });
    expect(anger.fine?.annoyance).toBeUndefined();
    expect(anger.ekman).toBeUndefined();
    const trust = xedHeads(['trust']);
    expect(trust.fine?.joy).toBe(0);
    expect(trust.sentiment).toEqual({ negative: 0, neutral: 0, positive: 1 });
    expect(xedHeads(['surprise']).sentiment).toBeUndefined();
  });

  it("a reader's customer-service marks map onto fine labels, the rest unknown", () => {
    const h = customerMessageHeads(['frustration', 'urgency'], 'negative');
    expect(h.fine?.annoyance).toBe(1);
    expect(h.fine?.anger).toBe(0);
    expect(h.fine?.disgust).toBeUndefined();
    expect(h.ekman).toBeUndefined();
    expect(h.sentiment).toEqual({ negative: 1, neutral: 0, positive: 0 });
    expect(customerMessageHeads(['confusion'], 'neutral').fine?.confusion).toBe(1);
  });

  it('holds back every fifth line of each file, reads only well-formed lines', () => {
    expect([0, 1, 2, 3, 4, 9, 11].map(customerMessageSplit)).toEqual([
      'train',
      'dev',
      'train',
      'train',
      'test',
      'test',
      'dev',
    ]);
    const line = (i: number) =>
      JSON.stringify({
        id: `retail-${i}`,
        text: `order ${i} late`,
        sentiment: 'negative',
        emotions: ['frustration'],
        intent: 'order_status',
        cues: [],
      });
    const files = new Map([
      ['retail.jsonl', [0, 1, 2, 3, 4].map(line).join('\n')],
      ['travel.jsonl', '{"text":"x","sentiment":"angry","emotions":["anger"]}\nnot json'],
    ]);
    const read = readCustomerMessages(files);
    expect(read.skipped).toBe(2);
    expect(read.messages.map((m) => m.split)).toEqual(['train', 'dev', 'train', 'train', 'test']);
  });
});

describe('training on partial labels', () => {
  it('a label a corpus does not name is never learnt from it', () => {
    const go = parseGoEmotionsTsv(
      Array.from(
        { length: 30 },
        (_, i) => `thanks so much ${i}\t15\ta${i}\nthis is infuriating ${i}\t2\tb${i}`,
      ).join('\n'),
    ).examples;
    const tweets = Array.from({ length: 30 }, (_, i) => ({
      text: `zorblax quuxify ${i}`,
      heads: { sentiment: { negative: 1 as const, neutral: 0 as const, positive: 0 as const } },
      weight: 1,
    }));
    const options = {
      ...DEFAULT_TRAIN_OPTIONS,
      epochs: 2,
      stack: null,
      minFeatureCount: 1,
      features: { bits: 18, charMin: 3, charMax: 4 },
    };
    const model = train([...go, ...tweets], go.slice(0, 10), GROUPINGS, options);
    const k = model.bias.length;
    const fv = extractFeatures(tokenize('zorblax quuxify'), options.features);
    const goBuckets = new Set(
      go.flatMap((e) => [...extractFeatures(tokenize(e.text), options.features).buckets.slice(0, 99)]),
    );
    const only = [...fv.buckets.slice(0, fv.length)].filter((b) => !goBuckets.has(b));
    expect(only.length).toBeGreaterThan(3);
    const negative = outputNames.indexOf('sentiment.negative');
    let negativeWeight = 0;
    for (const b of only) {
      negativeWeight += model.weights[b * k + negative]!;
      for (let o = 0; o < heads[0]!.labels.length; o++) expect(model.weights[b * k + o]).toBe(0);
    }
    expect(negativeWeight).toBeGreaterThan(0);
  });
});
