import { type Mark, segments } from './segments.js';

interface Props {
  text: string;
  marks: readonly Mark[];
  /** Names the region for screen readers, e.g. "Customer message with evidence". */
  label: string;
}

/**
 * The text with its evidence marked. Each mark can be focused with the keyboard and shows, on hover
 * or focus, what it signals and which rule or feature found it, so an agent can trust or dismiss it.
 */
export function HighlightedText({ text, marks, label }: Props) {
  return (
    <figure className="highlighted" aria-label={label}>
      {segments(text, marks).map((seg) => {
        if (seg.marks.length === 0) return <span key={seg.start}>{seg.text}</span>;
        const top = seg.marks[seg.marks.length - 1]!;
        const why = seg.marks.map((m) => `${m.label} · ${m.source}`).join('; ');
        return (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: evidence must be reachable by keyboard to reveal its source.
          <mark key={seg.start} className={`mark tone-${top.tone}`} tabIndex={0} data-source={why}>
            {seg.text}
            <span className="mark-tip" role="tooltip">
              {why}
            </span>
          </mark>
        );
      })}
    </figure>
  );
}
