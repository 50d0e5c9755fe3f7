import type { Api } from '../api/api-client.js';
import type { Thread } from '../api/types.js';
import { RiskBadge } from '../inbox/RiskBadge.js';
import { humanize } from '../read/humanize.js';
import { MOMENT_HORIZON_DAYS, useUpcomingMoments } from './use-upcoming-moments.js';

/** Who the customer is, what we remember about them, their upcoming moments, and where this conversation stands. */
export function CustomerPanel({ api, thread }: { api: Api; thread: Thread }) {
  const { customer, facts, journey } = thread;
  const moments = useUpcomingMoments(api, customer?.id ?? null);
  return (
    <aside className="card customer-panel" aria-labelledby="customer-title">
      <h2 id="customer-title">{customer?.name ?? 'Unknown customer'}</h2>
      {customer && (
        <dl className="profile">
          {customer.email && (
            <>
              <dt>E-mail</dt>
              <dd>{customer.email}</dd>
            </>
          )}
          {customer.customerSince && (
            <>
              <dt>Customer since</dt>
              <dd>{customer.customerSince}</dd>
            </>
          )}
          {customer.timeZone && (
            <>
              <dt>Time zone</dt>
              <dd>{customer.timeZone}</dd>
            </>
          )}
          {customer.birthday && (
            <>
              <dt>Birthday</dt>
              <dd>{customer.birthday}</dd>
            </>
          )}
          {Object.entries(customer.attributes).map(([key, value]) => (
            <div key={key} className="profile-row">
              <dt>{humanize(key)}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>Right now</h3>
      <p>
        <RiskBadge escalation={journey.risk.escalation} />{' '}
        <span className="muted">churn risk {Math.round(journey.risk.churn * 100)}%</span>
      </p>
      {journey.risk.reasons.length > 0 && (
        <ul className="plain-list reasons">
          {journey.risk.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <h3>Remembered facts</h3>
      {facts.length === 0 ? (
        <p className="muted">Nothing remembered yet.</p>
      ) : (
        <ul className="plain-list facts" aria-label="Remembered facts">
          {facts.map((f) => (
            <li key={f.id} title={f.evidence ? `From: “${f.evidence}”` : undefined}>
              <strong>{humanize(f.key)}</strong>: {f.value}
            </li>
          ))}
        </ul>
      )}
      {moments && (
        <>
          <h3>Upcoming moments</h3>
          {moments.length === 0 ? (
            <p className="muted">Nothing planned in the next {MOMENT_HORIZON_DAYS} days.</p>
          ) : (
            <ul className="plain-list moments" aria-label="Upcoming moments">
              {moments.map((m) => (
                <li key={m.key}>
                  <strong>{humanize(m.type)}</strong>{' '}
                  <time dateTime={m.scheduledFor}>{new Date(m.scheduledFor).toLocaleDateString()}</time>
                  {m.needsReview && <span className="muted"> (needs review)</span>}
                  <br />
                  <span className="muted">{m.reason}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}
