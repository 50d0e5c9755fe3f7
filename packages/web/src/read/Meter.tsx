interface Props {
  label: string;
  /** 0..1 */
  value: number;
  tone: string;
}

/** A labelled bar with its value in words, so the figure never depends on colour alone. */
export function Meter({ label, value, tone }: Props) {
  const clamped = Math.min(1, Math.max(0, value));
  const pct = Math.round(clamped * 100);
  return (
    <div className={`meter tone-${tone}`}>
      <span className="meter-label" aria-hidden="true">
        {label}
      </span>
      <meter
        className="meter-bar"
        min={0}
        max={1}
        value={clamped}
        aria-label={label}
        aria-valuetext={`${pct}%`}
      />
      <span className="meter-value" aria-hidden="true">
        {pct}%
      </span>
    </div>
  );
}
