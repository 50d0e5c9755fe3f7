import { CX_EMOTIONS, type CxEmotion } from '../../emotion/types.js';
import type { HeadLabels } from '../labels.js';
import { type Corpus, type CorpusExample, type Sentiment3, sentimentLabels } from './types.js';

/** The five files of the project's own corpus (packages/engine/data/customer-messages). */
export const CUSTOMER_MESSAGE_FILES = [
  'retail.jsonl',
  'travel.jsonl',
  'banking.jsonl',
  'software.jsonl',
  'utilities.jsonl',
] as const;

/** One line of the corpus, as SPEC.md in its folder defines it. */
export interface CustomerMessage {
  id: string;
  industry: string;
  channel: string;
  register: string;
  text: string;
  sentiment: Sentiment3;
  emotions: CxEmotion[];
  intent: string;
  cues: string[];
}

/**
 * Which fine label each customer-service emotion stands for when a reader marks it (the inverse
 * of emotion/taxonomy.ts, one label each). Urgency has none: it is read by rules.
 */
const CX_TO_FINE: Readonly<Record<CxEmotion, string | undefined>> = {
  anger: 'anger',
  frustration: 'annoyance',
  anxiety: 'nervousness',
  confusion: 'confusion',
  disappointment: 'disappointment',
  sadness: 'sadness',
  urgency: undefined,
  gratitude: 'gratitude',
  delight: 'joy',
  neutral: 'neutral',
};

/**
 * A reader's marks onto the heads: the mapped fine labels are known (present or absent); the
 * rest stay unknown (a reader who marks "frustration" said nothing about "disgust"). The Ekman
 * head is left to GoEmotions, whose grouping defines it (see xed.ts).
 */
export function customerMessageHeads(emotions: readonly CxEmotion[], sentiment: Sentiment3): HeadLabels {
  const fine: Record<string, 0 | 1> = {};
  for (const cx of CX_EMOTIONS) {
    const f = CX_TO_FINE[cx];
    if (f !== undefined) fine[f] = emotions.includes(cx) ? 1 : 0;
  }
  return { fine, sentiment: sentimentLabels(sentiment) };
}

const SENTIMENTS: ReadonlySet<string> = new Set(['negative', 'neutral', 'positive']);
const CX: ReadonlySet<string> = new Set(CX_EMOTIONS);

/** Parses one JSONL line; undefined when it is not a well-formed corpus line. */
export function parseCustomerMessage(line: string): CustomerMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Partial<CustomerMessage>;
  if (typeof m.text !== 'string' || m.text.trim() === '') return undefined;
  if (typeof m.sentiment !== 'string' || !SENTIMENTS.has(m.sentiment)) return undefined;
  if (!Array.isArray(m.emotions) || m.emotions.length === 0 || !m.emotions.every((e) => CX.has(e)))
    return undefined;
  return {
    id: String(m.id ?? ''),
    industry: String(m.industry ?? ''),
    channel: String(m.channel ?? ''),
    register: String(m.register ?? ''),
    text: m.text,
    sentiment: m.sentiment,
    emotions: m.emotions,
    intent: String(m.intent ?? 'other'),
    cues: Array.isArray(m.cues) ? m.cues.map(String) : [],
  };
}

/**
 * The corpus' fixed split, by position in each file: every fifth line (4, 9, 14, …) is the
 * held-back test fifth; every tenth (1, 11, 21, …) tunes thresholds; the rest trains.
 */
export function customerMessageSplit(index: number): 'train' | 'dev' | 'test' {
  if (index % 5 === 4) return 'test';
  if (index % 10 === 1) return 'dev';
  return 'train';
}

/** Every well-formed line of the five files with its split; `skipped` counts the others. */
export function readCustomerMessages(files: ReadonlyMap<string, string>): {
  messages: Array<CustomerMessage & { split: 'train' | 'dev' | 'test' }>;
  skipped: number;
} {
  const messages: Array<CustomerMessage & { split: 'train' | 'dev' | 'test' }> = [];
  let skipped = 0;
  for (const name of CUSTOMER_MESSAGE_FILES) {
    const lines = (files.get(name) ?? '').split(/\r?\n/).filter((l) => l.trim() !== '');
    lines.forEach((line, i) => {
      const m = parseCustomerMessage(line);
      if (m === undefined) skipped++;
      else messages.push({ ...m, split: customerMessageSplit(i) });
    });
  }
  return { messages, skipped };
}

/** The project's own customer messages (five industries, four channels), labelled by reading. */
export const CUSTOMER_MESSAGES: Corpus = {
  id: 'customer-messages',
  citation:
    "Rapport's own customer messages (packages/engine/data/customer-messages), written and labelled by the project",
  home: 'engine',
  folder: 'customer-messages',
  files: [],
  // One file per industry, each read where present (an industry still being written is left out).
  optionalFiles: CUSTOMER_MESSAGE_FILES,
  // In the register the product reads, and small beside the others: each text counts three times.
  weight: 3,
  emotionSpace: 'cx',
  evaluationSplit: 'test',
  read(files) {
    const { messages, skipped } = readCustomerMessages(files);
    const splits: Record<'train' | 'dev' | 'test', CorpusExample[]> = { train: [], dev: [], test: [] };
    for (const m of messages) {
      splits[m.split].push({
        text: m.text,
        heads: customerMessageHeads(m.emotions, m.sentiment),
        weight: this.weight,
        gold: { sentiment: m.sentiment, emotions: m.emotions },
      });
    }
    return { train: splits.train, dev: splits.dev, evaluation: splits.test, skipped };
  },
};
