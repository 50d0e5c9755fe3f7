import type { FineEmotion } from '@rapport/engine';
import { Meter } from './Meter.js';

/** The GoEmotions labels underneath the customer-service ones, folded away until asked for. */
export function FineEmotions({ fine }: { fine: readonly FineEmotion[] }) {
  if (fine.length === 0) return null;
  return (
    <details className="fine">
      <summary>Fine-grained emotions ({fine.length})</summary>
      <ul className="plain-list">
        {fine.map((f) => (
          <li key={f.label}>
            <Meter label={f.label} value={f.score} tone="fine" />
          </li>
        ))}
      </ul>
    </details>
  );
}
