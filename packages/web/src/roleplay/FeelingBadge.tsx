interface Props {
  emotion: string;
  intensity: number;
  /** How the last reply moved it, when there was one. */
  delta?: number;
}

/** The customer's feeling in words and as a bar, so the figure never depends on colour alone. */
export function FeelingBadge({ emotion, intensity, delta }: Props) {
  const pct = Math.round(Math.min(1, Math.max(0, intensity)) * 100);
  const move =
    delta === undefined ? '' : delta <= -0.02 ? 'calmer' : delta >= 0.02 ? 'more upset' : 'no change';
  return (
    <span className={`feeling feeling-${emotion}`} data-testid="feeling">
      <span className="feeling-name">{emotion}</span>
      <meter
        min={0}
        max={1}
        value={intensity}
        aria-label={`${emotion} intensity`}
        aria-valuetext={`${pct}%`}
      />
      <span className="feeling-value">{intensity.toFixed(2)}</span>
      {move && <span className={`feeling-move move-${move.replace(' ', '-')}`}>{move}</span>}
    </span>
  );
}
