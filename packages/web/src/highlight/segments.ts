/** A marked range of the text and why it is marked (a rule id, lexicon entry, cue kind or model feature). */
export interface Mark {
  start: number;
  end: number;
  /** What the mark means to a person, e.g. `frustration` or `shouting`. */
  label: string;
  /** Where the finding came from, e.g. `lexicon:still_waiting`. */
  source: string;
  /** Picks the colour: emotions, cues, or a coach check's status. */
  tone: string;
}

/** A run of text with the marks that cover all of it (none for plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/**
 * Cuts `text` at every mark boundary so overlapping evidence (an emotion span inside a cue) can be
 * shown at once: each segment lists every mark that covers it. Marks outside the text, empty or
 * inverted are dropped rather than trusted, because a stale analysis may describe older text.
 *
 * @example
 * segments('so angry', [{ start: 3, end: 8, label: 'anger', source: 'lexicon:angry', tone: 'anger' }]);
 * // → [{ text: 'so ', marks: [] }, { text: 'angry', marks: [anger] }]
 */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter(
    (m) =>
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      m.start >= 0 &&
      m.end <= text.length &&
      m.start < m.end,
  );
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    const last = out[out.length - 1];
    // Neighbouring plain runs are merged so the DOM stays small.
    if (covering.length === 0 && last && last.marks.length === 0) {
      last.end = end;
      last.text = text.slice(last.start, end);
      continue;
    }
    out.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return out;
}
