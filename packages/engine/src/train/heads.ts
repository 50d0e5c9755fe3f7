import { GO_EMOTIONS_LABELS } from '../emotion/types.js';

/** The dataset authors' groupings of the 27 emotions (mappings.json). */
export interface Groupings {
  ekman: Readonly<Record<string, readonly string[]>>;
  sentiment: Readonly<Record<string, readonly string[]>>;
}

/** One output group of the model: its label names and, for each, the fine label ids it covers. */
export interface HeadSpec {
  name: 'fine' | 'ekman' | 'sentiment';
  labels: string[];
  members: number[][];
}

function groupHead(
  name: 'ekman' | 'sentiment',
  groups: Readonly<Record<string, readonly string[]>>,
): HeadSpec {
  const labels: string[] = [];
  const members: number[][] = [];
  for (const [label, fine] of Object.entries(groups)) {
    labels.push(label);
    members.push(fine.map((f) => GO_EMOTIONS_LABELS.indexOf(f as never)).filter((i) => i >= 0));
  }
  labels.push('neutral');
  members.push([GO_EMOTIONS_LABELS.indexOf('neutral')]);
  return { name, labels, members };
}

/**
 * The three heads trained side by side: 28 fine labels, Ekman + neutral, sentiment + neutral.
 * @example buildHeads(mappings).map((h) => h.labels.length) // [28, 7, 4]
 */
export function buildHeads(groupings: Groupings): HeadSpec[] {
  return [
    { name: 'fine', labels: [...GO_EMOTIONS_LABELS], members: GO_EMOTIONS_LABELS.map((_, i) => [i]) },
    groupHead('ekman', groupings.ekman),
    groupHead('sentiment', groupings.sentiment),
  ];
}

/** Turns fine label ids into a 0/1 target for every output of every head, in head order. */
export function targetsFor(labels: readonly number[], heads: readonly HeadSpec[]): Uint8Array {
  const total = heads.reduce((n, h) => n + h.labels.length, 0);
  const y = new Uint8Array(total);
  let o = 0;
  for (const head of heads) {
    for (const members of head.members) {
      if (members.some((m) => labels.includes(m))) y[o] = 1;
      o++;
    }
  }
  return y;
}
