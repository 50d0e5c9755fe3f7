import type { Span } from '../types.js';
import type { Intent } from './labels.js';

/** What the customer wants, how sure the reader is, and the words that say so. */
export interface IntentReading {
  label: Intent;
  /** 0..1: the model's probability for `label` (0 when no model could read the text). */
  score: number;
  /** The runner-up when it is close (within 0.15 of `label`), else absent. */
  alternative?: { label: Intent; score: number };
  /** The words that most moved the reading towards `label`, in text order. */
  evidence: Span[];
}

export type DetailKind = 'order_number' | 'date' | 'amount' | 'product';

/** A fact the reply will need (an order number, a date, an amount, a product), with its span. */
export interface Detail {
  kind: DetailKind;
  text: string;
  start: number;
  end: number;
}
