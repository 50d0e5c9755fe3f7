import type { ExtractedFact, FactSource, RememberedFact } from './types.js';

/**
 * Folds newly extracted facts into what is already remembered about a customer: one fact per
 * (kind, key). The same value said again raises confidence (independent evidence) and counts
 * how often it was seen; a different value said later replaces the old one (people move, change
 * plans and preferences); a statement older than the remembered one does not overwrite it. The
 * same message read twice changes nothing, so re-imports are idempotent.
 * Returns only the facts that changed, ready to store.
 * @example
 * mergeFacts(stored, extractFacts(text).map((f) => ({ fact: f, source: { messageId, at } })))
 */
export function mergeFacts(
  remembered: readonly RememberedFact[],
  incoming: readonly { fact: ExtractedFact; source: FactSource }[],
): RememberedFact[] {
  const current = new Map(remembered.map((f) => [idOf(f), f]));
  const changed = new Map<string, RememberedFact>();
  // Oldest first, so that within one batch the latest statement wins.
  const ordered = [...incoming].sort((a, b) => compare(a.source.at, b.source.at));
  for (const { fact, source } of ordered) {
    const id = idOf(fact);
    const old = current.get(id);
    const next = merge(old, fact, source);
    if (next === old) continue;
    current.set(id, next);
    changed.set(id, next);
  }
  return [...changed.values()];
}

function merge(old: RememberedFact | undefined, fact: ExtractedFact, source: FactSource): RememberedFact {
  const fresh: RememberedFact = {
    kind: fact.kind,
    key: fact.key,
    value: fact.value,
    confidence: fact.confidence,
    rule: fact.rule,
    evidence: fact.evidence.text,
    messageId: source.messageId,
    timesSeen: 1,
    firstSeenAt: source.at,
    lastSeenAt: source.at,
  };
  if (old === undefined) return fresh;
  if (old.messageId === source.messageId) return old;
  if (sameValue(old.value, fact.value)) {
    const newer = compare(source.at, old.lastSeenAt) >= 0;
    return {
      ...old,
      confidence: round(1 - (1 - old.confidence) * (1 - fact.confidence)),
      timesSeen: old.timesSeen + 1,
      firstSeenAt: compare(source.at, old.firstSeenAt) < 0 ? source.at : old.firstSeenAt,
      lastSeenAt: newer ? source.at : old.lastSeenAt,
      ...(newer && { messageId: source.messageId, evidence: fact.evidence.text, rule: fact.rule }),
    };
  }
  if (compare(source.at, old.lastSeenAt) < 0) return old;
  return { ...fresh, firstSeenAt: source.at };
}

function idOf(f: { kind: string; key: string }): string {
  return `${f.kind}\u0000${f.key}`;
}

function sameValue(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** ISO-8601 UTC strings of the same form compare as text; parsing keeps mixed offsets right. */
function compare(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a < b ? -1 : a > b ? 1 : 0;
  return ta - tb;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
