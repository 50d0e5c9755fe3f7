import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { Api } from '../api/api-client.js';
import { fail } from './ApiKeysSection.js';
import { type Delivery, deliveryHealth } from './delivery-health.js';

interface Integrations {
  inbound: Array<{ source: string; configured: boolean; path: string }>;
  outbound: Array<{ id: string; url: string; createdAt: string }>;
}

/** Help-desk webhooks in (URL and secret per help desk) and out (where analyses are posted). */
export function WebhooksSection({ api }: { api: Api }) {
  const [data, setData] = useState<Integrations | null>(null);
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  const [secret, setSecret] = useState<{ label: string; value: string } | null>(null);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      Promise.all([
        api.get<Integrations>('api/integrations').then(setData),
        api
          .get<{ deliveries: Delivery[] }>('api/integrations/outbound/deliveries?limit=500')
          .then((r) => setDeliveries(r.deliveries)),
      ]).catch(fail(setError)),
    [api],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const generate = async (source: string) => {
    try {
      const res = await api.put<{ secret: string }>(`api/integrations/inbound/${source}`, {});
      setSecret({ label: `${source} signing secret`, value: res.secret });
      await reload();
    } catch (err) {
      fail(setError)(err);
    }
  };
  const addOutbound = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { outbound } = await api.post<{ outbound: { secret: string } }>('api/integrations/outbound', {
        url,
      });
      setSecret({ label: `signing secret for ${url}`, value: outbound.secret });
      setUrl('');
      await reload();
    } catch (err) {
      fail(setError)(err);
    }
  };

  return (
    <section className="card" aria-labelledby="hooks-title">
      <h2 id="hooks-title">Help-desk webhooks</h2>
      {error && <p role="alert">{error}</p>}
      {secret && (
        <p className="new-secret" role="status">
          The {secret.label}: <code>{secret.value}</code> — copy it into the help desk now; it is not shown
          again.
        </p>
      )}
      <ul className="plain-list">
        {data?.inbound.map((hook) => (
          <li key={hook.source}>
            <strong>{hook.source}</strong> <code>{new URL(hook.path, window.location.href).href}</code>{' '}
            <span className="muted">{hook.configured ? 'secret set' : 'not set up'}</span>{' '}
            <button type="button" className="secondary" onClick={() => generate(hook.source)}>
              {hook.configured ? 'Replace secret' : 'Generate secret'}
            </button>
          </li>
        ))}
      </ul>
      <h3>Outbound (message.analyzed)</h3>
      <p className="muted">
        Events wait in a queue and are retried for about a day while a target is down.{' '}
        <button type="button" className="secondary" onClick={() => void reload()}>
          Refresh
        </button>
      </p>
      <ul className="plain-list" aria-label="Outbound targets">
        {data?.outbound.map((o) => (
          <li key={o.id}>
            <code>{o.url}</code>{' '}
            <span className="muted" data-testid="delivery-health">
              {deliveryHealth(deliveries.filter((d) => d.webhookId === o.id))}
            </span>{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => api.delete(`api/integrations/outbound/${o.id}`).then(reload, fail(setError))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={addOutbound}>
        <label htmlFor="outbound-url">Post analyses to</label>
        <input id="outbound-url" type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}
