import { useEffect, useMemo, useState } from 'react';
import { createApi } from '../api/api-client.js';
import { useSession } from '../api/use-session.js';
import { SignInPage } from '../auth/SignInPage.js';
import { CoachPage } from '../coach/CoachPage.js';
import type { CoachFields } from '../coach/coach-fields.js';
import { ConversationPage } from '../conversation/ConversationPage.js';
import { useEngine } from '../engine/use-engine.js';
import { ROUTE_TITLES, type Route, SERVER_ROUTES, useHashLocation } from '../hooks/use-hash-route.js';
import { InboxPage } from '../inbox/InboxPage.js';
import { MomentsPage } from '../moments/MomentsPage.js';
import { ReadPage } from '../read/ReadPage.js';
import { ReviewsPage } from '../reviews/ReviewsPage.js';
import { RoleplayPage } from '../roleplay/RoleplayPage.js';
import { SettingsPage } from '../settings/SettingsPage.js';
import { TeamPage } from '../team/TeamPage.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { Header } from './Header.js';
import { Nav } from './Nav.js';

/**
 * The agent workspace. With the Rapport server it asks who is signed in and opens on the inbox;
 * from static files (no API) it offers the engine's own pages, Read and Coach. The customer's
 * message and the draft on those two pages survive switching between them.
 */
export function App() {
  const location = useHashLocation();
  const engine = useEngine();
  const { state: session, signIn, signOut } = useSession();
  const [fields, setFields] = useState<CoachFields>({ customer: '', customerName: '', draft: '' });
  const patch = (p: Partial<CoachFields>) => setFields((f) => ({ ...f, ...p }));
  const withServer = session.status === 'signed-in';
  const csrfToken = session.status === 'signed-in' ? session.session.csrfToken : null;
  const api = useMemo(() => createApi(window.fetch.bind(window), csrfToken), [csrfToken]);

  // Without a server, pages that need one fall back to reading a message.
  const home: Route = withServer ? 'inbox' : 'read';
  const route: Route =
    location.route && (withServer || !SERVER_ROUTES.includes(location.route)) ? location.route : home;

  // The title names the page, so history, tabs and screen readers say where the agent is.
  useEffect(() => {
    document.title =
      session.status === 'signed-out' ? 'Sign in — Rapport' : `${ROUTE_TITLES[route]} — Rapport`;
  }, [route, session.status]);

  const page = () => {
    if (session.status === 'loading') return <p role="status">Loading…</p>;
    if (session.status === 'signed-out') return <SignInPage onSignIn={signIn} />;
    switch (route) {
      case 'inbox':
        return <InboxPage api={api} />;
      case 'conversations':
        return location.id ? (
          <ConversationPage api={api} engine={engine} conversationId={location.id} />
        ) : (
          <InboxPage api={api} />
        );
      case 'reviews':
        return <ReviewsPage />;
      case 'coach':
        return <CoachPage engine={engine} fields={fields} onChange={patch} />;
      case 'roleplay':
        return (
          <RoleplayPage
            api={withServer ? api : null}
            role={session.status === 'signed-in' ? session.session.user.role : null}
          />
        );
      case 'team':
        return <TeamPage api={api} agentId={location.id} />;
      case 'settings':
        return (
          <SettingsPage api={api} role={session.status === 'signed-in' ? session.session.user.role : null} />
        );
      case 'moments':
        return (
          <MomentsPage api={api} role={session.status === 'signed-in' ? session.session.user.role : null} />
        );
      default:
        return (
          <ReadPage engine={engine} message={fields.customer} onMessage={(customer) => patch({ customer })} />
        );
    }
  };

  return (
    <>
      <button type="button" className="skip-link" onClick={skipToContent}>
        Skip to content
      </button>
      <Header session={session} engine={engine} onSignOut={() => csrfToken && void signOut(csrfToken)} />
      {session.status !== 'signed-out' && <Nav current={route} withServer={withServer} />}
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={`${route}/${location.id ?? ''}`}>{page()}</ErrorBoundary>
      </main>
    </>
  );
}

// The hash names the page, so the skip link moves focus itself instead of following a #fragment.
function skipToContent() {
  document.getElementById('main')?.focus();
}
