import type { Api } from '../api/api-client.js';
import { ApiKeysSection } from './ApiKeysSection.js';
import { WebhooksSection } from './WebhooksSection.js';

/** Workspace settings for admins: integration keys and help-desk webhooks. */
export function SettingsPage({ api, role }: { api: Api; role: string | null }) {
  if (role !== 'admin') {
    return (
      <section className="page">
        <h2>Settings</h2>
        <p>
          Only admins manage API keys and webhooks. The API reference is at <a href="api-docs">api-docs</a>.
        </p>
      </section>
    );
  }
  return (
    <section className="page settings" aria-label="Settings">
      <p>
        The API reference is at <a href="api-docs">api-docs</a> (OpenAPI document:{' '}
        <a href="openapi.json">openapi.json</a>).
      </p>
      <ApiKeysSection api={api} />
      <WebhooksSection api={api} />
    </section>
  );
}
