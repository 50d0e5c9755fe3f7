import type { CheckStatus, CoachCheckView } from '../engine/types.js';
import { humanize } from '../read/humanize.js';
import { withKeys } from '../util/with-keys.js';

const BADGE: Record<CheckStatus, string> = {
  warn: '⚠ warning',
  improve: '✎ improve',
  pass: '✓ good',
  skip: '– not needed',
};

interface Props {
  check: CoachCheckView;
  onApply: (check: CoachCheckView) => void;
  onShow: (check: CoachCheckView) => void;
}

/** One coaching check: its status in words and colour, what it found, and the rewrite to accept. */
export function CheckItem({ check, onApply, onShow }: Props) {
  const name = humanize(check.id);
  return (
    <li className={`check status-${check.status}`} data-check={check.id}>
      <div className="check-head">
        <span className={`status-badge status-${check.status}`}>{BADGE[check.status]}</span>
        <strong className="check-name">{name}</strong>
        {check.status !== 'skip' && (
          <span className="check-points" title="Points this draft earned of the check's weight">
            {formatPoints(check.earned)} / {formatPoints(check.weight)} pts
          </span>
        )}
      </div>
      <p className="check-message">{check.message}</p>
      {check.why && <p className="check-why muted">{check.why}</p>}
      {check.spans.length > 0 && (
        <p className="check-spans">
          {withKeys(check.spans, (s) => `${s.start}-${s.end}`).map(({ key, item }) => (
            <q key={key}>{item.text}</q>
          ))}
          <button
            type="button"
            className="link"
            onClick={() => onShow(check)}
            aria-label={`Show ${name} in the draft`}
          >
            Show in draft
          </button>
        </p>
      )}
      {check.suggestion && check.status !== 'pass' && check.status !== 'skip' && (
        <div className="suggestion">
          <p>
            {check.suggestion.replace?.text ? (
              <>
                Replace <q>{check.suggestion.replace.text}</q> with{' '}
              </>
            ) : (
              'Add '
            )}
            <q className="suggestion-text">{check.suggestion.text.trim()}</q>
          </p>
          <button type="button" onClick={() => onApply(check)} aria-label={`Apply suggestion for ${name}`}>
            Apply suggestion
          </button>
        </div>
      )}
    </li>
  );
}

function formatPoints(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
