/** Escalation risk in words and colour, so it reads the same to everyone (not by colour alone). */
export function RiskBadge({ escalation }: { escalation: number }) {
  const level = escalation >= 0.6 ? 'high' : escalation >= 0.3 ? 'medium' : 'low';
  return (
    <span className={`risk-badge risk-${level}`} title={`Escalation risk ${Math.round(escalation * 100)}%`}>
      {level} risk
    </span>
  );
}

/** The customer's strongest emotion right now, in its emotion colour. */
export function EmotionBadge({ emotion }: { emotion: string | null }) {
  if (!emotion) return <span className="emotion-badge tone-none">calm</span>;
  return <span className={`emotion-badge tone-${emotion}`}>{emotion}</span>;
}
