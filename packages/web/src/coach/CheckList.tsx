import type { CoachCheckView } from '../engine/types.js';
import { CheckItem } from './CheckItem.js';
import { byUrgency } from './check-order.js';

interface Props {
  checks: readonly CoachCheckView[];
  onApply: (check: CoachCheckView) => void;
  onShow: (check: CoachCheckView) => void;
}

/** Checks to act on first, what is already good after, and the ones that do not apply folded away. */
export function CheckList({ checks, onApply, onShow }: Props) {
  const ordered = byUrgency(checks);
  const active = ordered.filter((c) => c.status !== 'skip');
  const skipped = ordered.filter((c) => c.status === 'skip');
  return (
    <>
      <ul className="checks" aria-label="Coaching checks">
        {active.map((c) => (
          <CheckItem key={c.id} check={c} onApply={onApply} onShow={onShow} />
        ))}
      </ul>
      {skipped.length > 0 && (
        <details className="skipped">
          <summary>Not needed for this message ({skipped.length})</summary>
          <ul className="checks">
            {skipped.map((c) => (
              <CheckItem key={c.id} check={c} onApply={onApply} onShow={onShow} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
