import { type Intent, isIntent } from '../../emotion/intent/labels.js';
import { readCustomerMessages } from '../corpora/customerMessages.js';

export type IntentCorpus = 'banking77' | 'clinc150' | 'customer-messages';
export type IntentSplit = 'train' | 'dev' | 'test';

/** One text with the intent its corpus gives it (mapped onto ours). */
export interface IntentExample {
  text: string;
  intent: Intent;
  corpus: IntentCorpus;
  split: IntentSplit;
}

/**
 * Reads a `text<TAB>intent` file (banking77, clinc150) through a mapping onto our intents. A label
 * mapped to null is left out on purpose; a label the mapping lacks is reported, never guessed.
 * @example readIntentTsv('refund me\trequest_refund', BANKING77_INTENTS, 'banking77', 'train')
 */
export function readIntentTsv(
  source: string,
  map: Readonly<Record<string, Intent | null>>,
  corpus: IntentCorpus,
  split: IntentSplit,
): { examples: IntentExample[]; unmapped: string[]; left: number } {
  const examples: IntentExample[] = [];
  const unmapped = new Set<string>();
  let left = 0;
  for (const line of source.split(/\r?\n/)) {
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) continue;
    const text = line.slice(0, tab).trim();
    const label = line.slice(tab + 1).trim();
    if (!Object.hasOwn(map, label)) {
      unmapped.add(label);
      continue;
    }
    const intent = map[label];
    if (intent === null || intent === undefined) left++;
    else if (text !== '') examples.push({ text, intent, corpus, split });
  }
  return { examples, unmapped: [...unmapped], left };
}

/**
 * The project's own customer messages with their intents and the corpus' fixed split (the same
 * held-back fifth the emotion model never trains on).
 */
export function customerIntentExamples(files: ReadonlyMap<string, string>): IntentExample[] {
  const { messages } = readCustomerMessages(files);
  return messages.flatMap((m) =>
    isIntent(m.intent)
      ? [{ text: m.text, intent: m.intent, corpus: 'customer-messages' as const, split: m.split }]
      : [],
  );
}
