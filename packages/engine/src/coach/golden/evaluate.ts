import type { Analysis } from '../../emotion/types.js';
import { coachCore } from '../coach-core.js';
import { CHECK_IDS, type CheckId, type CoachResult, TECHNIQUE_IDS, type TechniqueId } from '../types.js';
import type { GoldenCase } from './types.js';

/** Precision and recall of one label over the corpus. */
export interface LabelScore {
  id: TechniqueId | CheckId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A case where the coach and the label disagree, for reading, not for tuning. */
export interface Disagreement {
  case: string;
  id: TechniqueId | CheckId;
  expected: boolean;
}

function scoreOf(id: TechniqueId | CheckId, tp: number, fp: number, fn: number): LabelScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { id, tp, fp, fn, precision, recall, f1 };
}

/** Whether the coach raised a quality check (anything but pass or skip). */
export function flagged(result: CoachResult, id: CheckId): boolean {
  const c = result.checks.find((x) => x.id === id);
  return c !== undefined && (c.status === 'improve' || c.status === 'warn');
}

/**
 * Runs the coach core over labelled cases with the given customer reader and scores every
 * technique (present or not) and quality check (raised or not) against the labels.
 * @example evaluate(GOLDEN, analyze).scores.find((s) => s.id === 'apology')?.precision
 */
export function evaluate(
  cases: readonly GoldenCase[],
  read: (text: string) => Analysis,
): { scores: LabelScore[]; disagreements: Disagreement[] } {
  const counts = new Map<TechniqueId | CheckId, { tp: number; fp: number; fn: number }>();
  const disagreements: Disagreement[] = [];
  const tally = (c: GoldenCase, id: TechniqueId | CheckId, expected: boolean, got: boolean): void => {
    const n = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    if (expected && got) n.tp++;
    else if (!expected && got) n.fp++;
    else if (expected && !got) n.fn++;
    counts.set(id, n);
    if (expected !== got) disagreements.push({ case: c.id, id, expected });
  };
  for (const c of cases) {
    const result = coachCore({
      reply: c.reply,
      customer: [{ text: c.customer, analysis: read(c.customer) }],
      ...(c.name !== undefined ? { customerName: c.name } : {}),
      ...(c.previous !== undefined ? { previousReplies: c.previous } : {}),
    });
    for (const id of TECHNIQUE_IDS) tally(c, id, c.present.includes(id), result.techniques[id].present);
    for (const id of CHECK_IDS) tally(c, id, c.flags.includes(id), flagged(result, id));
  }
  const scores = [...TECHNIQUE_IDS, ...CHECK_IDS].map((id) => {
    const n = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    return scoreOf(id, n.tp, n.fp, n.fn);
  });
  return { scores, disagreements };
}
