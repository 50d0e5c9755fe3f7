import { lemma } from '../text/lemma.js';

/**
 * Synonym groups in customer-service talk: the agent's word and the customer's word for the same
 * thing ("parcel" for "package"). The first word names the concept.
 */
export const CONCEPT_GROUPS: readonly (readonly string[])[] = [
  ['package', 'parcel', 'shipment', 'delivery', 'deliver', 'item', 'box'],
  ['arrive', 'show', 'turn', 'receive', 'reach'],
  ['charge', 'bill', 'debit', 'payment', 'pay', 'transaction', 'deduct'],
  ['refund', 'reimburse', 'reimbursement', 'repay'],
  ['damaged', 'break', 'broken', 'crack', 'faulty', 'defective', 'shatter', 'smash'],
  ['flight', 'plane'],
  ['booking', 'reservation', 'book', 'reserve'],
  ['cancel', 'cancellation'],
  ['delay', 'late', 'overdue', 'wait'],
  ['login', 'log', 'sign', 'signin', 'access', 'locked', 'lock'],
  ['app', 'application', 'website', 'site', 'portal', 'dashboard'],
  ['invoice', 'statement'],
  ['twice', 'double', 'duplicate', 'two'],
  ['error', 'crash', 'bug', 'glitch', 'fail', 'failure'],
  ['phone', 'call', 'ring', 'rang'],
  ['engineer', 'technician', 'tech'],
  ['power', 'electricity', 'outage', 'supply', 'blackout'],
  ['password', 'passcode', 'pin', 'credential'],
  ['hotel', 'room', 'stay'],
  ['bag', 'luggage', 'baggage', 'suitcase'],
  ['money', 'funds', 'cash', 'amount'],
  ['mistake', 'wrong', 'incorrect'],
  ['email', 'mail', 'message'],
  ['replace', 'replacement', 'exchange', 'swap'],
  ['internet', 'wifi', 'broadband', 'connection', 'router'],
  ['subscription', 'plan', 'membership'],
  ['tell', 'say', 'inform', 'promise'],
];

/** Lemma → concept name (built with the same `lemma()` that reads the text). */
export const CONCEPTS: ReadonlyMap<string, string> = new Map(
  CONCEPT_GROUPS.flatMap((group) => group.map((w) => [lemma(w), lemma(group[0]!)] as const)),
);
