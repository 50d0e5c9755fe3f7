import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../api/api-client.js';
import { ReviewCard } from './ReviewCard.js';
import type { HeldBack, OutboxMoment, PlannedMoment } from './types.js';
import './moments.css';

interface Props {
  api: Api;
  role: 'agent' | 'lead' | 'admin' | null;
}

interface Data {
  queue: OutboxMoment[];
  upcoming: PlannedMoment[];
  heldBack: HeldBack[];
  failed: OutboxMoment[];
}

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'done'; data: Data };

const DAYS = 30;

/**
 * Moments: the review queue (approve, edit or skip what the rules propose), what fires in the
 * next 30 days and why, what is held back and why, and deliveries that gave up.
 */
export function MomentsPage({ api, role }: Props) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [note, setNote] = useState<string | null>(null);
  const canDecide = role === 'lead' || role === 'admin';

  const reload = useCallback(async () => {
    try {
      const [queue, preview, failed] = await Promise.all([
        api.get<{ moments: OutboxMoment[] }>('api/moments/queue'),
        api.get<{ due: PlannedMoment[]; skipped: HeldBack[] }>(`api/moments/preview?days=${DAYS}`),
        api.get<{ moments: OutboxMoment[] }>('api/moments/outbox?status=failed'),
      ]);
      setLoad({
        status: 'done',
        data: {
          queue: queue.moments,
          upcoming: preview.due,
          heldBack: preview.skipped.filter((s) => s.code !== 'already_planned'),
          failed: failed.moments,
        },
      });
    } catch (err) {
      setLoad({ status: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const checkNow = async () => {
    const { added } = await api.post<{ added: number }>('api/moments/schedule', {});
    setNote(added === 0 ? 'Nothing new is due in the next two days.' : `${added} new moment(s) queued.`);
    await reload();
  };

  return (
    <section className="page" aria-labelledby="moments-title">
      <h2 id="moments-title">Moments</h2>
      <p className="muted">
        Birthdays, anniversaries, milestones, thank-yous and service recovery, created by your rules in each
        customer’s own time zone.
      </p>
      {canDecide && (
        <p>
          <button type="button" onClick={() => void checkNow()}>
            Check for new moments now
          </button>{' '}
          {note && <span role="status">{note}</span>}
        </p>
      )}
      {load.status === 'loading' && <p role="status">Loading moments…</p>}
      {load.status === 'failed' && <p role="alert">Could not load moments: {load.message}</p>}
      {load.status === 'done' && (
        <>
          <h3>Waiting for review ({load.data.queue.length})</h3>
          {load.data.queue.length === 0 && <p>Nothing is waiting for review.</p>}
          {load.data.queue.map((m) => (
            <ReviewCard
              key={m.id}
              moment={m}
              canDecide={canDecide}
              onApprove={async (edits) => {
                await api.post(`api/moments/queue/${encodeURIComponent(m.id)}/approve`, edits);
                setNote(`Approved the moment for ${m.customerName ?? 'the customer'}.`);
                await reload();
              }}
              onSkip={async () => {
                await api.post(`api/moments/queue/${encodeURIComponent(m.id)}/skip`, {});
                setNote(`Skipped the moment for ${m.customerName ?? 'the customer'}.`);
                await reload();
              }}
            />
          ))}

          <h3>
            Coming up in the next {DAYS} days ({load.data.upcoming.length})
          </h3>
          {load.data.upcoming.length === 0 ? (
            <p>No moments are due.</p>
          ) : (
            <table aria-label="Coming up">
              <thead>
                <tr>
                  <th scope="col">When (their time)</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Moment</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {load.data.upcoming.map((m) => (
                  <tr key={m.key}>
                    <td>
                      {m.localTime} <span className="muted">{m.timeZone}</span>
                    </td>
                    <th scope="row">{m.customerName}</th>
                    <td>
                      {m.type} · {m.needsReview ? `${m.channel} after review` : m.channel}
                      <br />
                      <span className="muted">{m.subject}</span>
                    </td>
                    <td>{m.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          {load.data.heldBack.length > 0 && (
            <>
              <h3>Held back ({load.data.heldBack.length})</h3>
              <ul aria-label="Held back">
                {load.data.heldBack.map((s) => (
                  <li key={s.key}>
                    {s.customerName}, {s.ruleId}: {s.detail}
                  </li>
                ))}
              </ul>
            </>
          )}

          {load.data.failed.length > 0 && (
            <>
              <h3>Could not be delivered ({load.data.failed.length})</h3>
              <ul aria-label="Failed">
                {load.data.failed.map((m) => (
                  <li key={m.id}>
                    {m.ruleId} ({m.channel}, {m.attempts} attempts): {m.lastError}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
