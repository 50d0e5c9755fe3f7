import type { Risk } from '@rapport/engine';
import { withKeys } from '../util/with-keys.js';
import { Meter } from './Meter.js';

/** Escalation and churn risk with the reasons behind them. */
export function RiskPanel({ risk }: { risk: Risk }) {
  return (
    <div>
      <Meter label="escalation" value={risk.escalation} tone={level(risk.escalation)} />
      <Meter label="churn" value={risk.churn} tone={level(risk.churn)} />
      {risk.reasons.length > 0 && (
        <ul className="reasons" aria-label="Risk reasons">
          {withKeys(risk.reasons, (r) => r).map(({ key, item }) => (
            <li key={key}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function level(value: number): string {
  return value >= 0.6 ? 'risk-high' : value >= 0.3 ? 'risk-mid' : 'risk-low';
}
