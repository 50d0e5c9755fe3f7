import { useCallback, useEffect, useState } from 'react';
import { ApiCallError, createApi } from './api-client.js';

export interface Session {
  workspace: { id: string; slug: string; name: string };
  user: { id: string; email: string; name: string; role: 'agent' | 'lead' | 'admin' };
  csrfToken: string;
}

export type SessionState =
  | { status: 'loading' }
  /** No Rapport API behind this page (static files): the engine-only pages still work. */
  | { status: 'offline' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: Session };

export const SESSION_PATH = 'api/auth/session';

const SESSION_TRIES = 4;

/**
 * Asks the server who is signed in; 401 means "show sign-in". A page served without the API (404
 * and other answers that will not change) works engine-only at once; a dropped connection, a
 * server that is busy or restarting (5xx, 408, 429) is asked again, after 0.5, 1 and 2 s, before
 * the page settles for engine-only — one slow answer must not leave an agent signed out of the API.
 */
export async function fetchSession(
  fetchFn: typeof fetch,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): Promise<SessionState> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { status: 'signed-in', session: await createApi(fetchFn, null).get<Session>(SESSION_PATH) };
    } catch (error) {
      if (error instanceof ApiCallError && error.status === 401) return { status: 'signed-out' };
      const status = error instanceof ApiCallError ? error.status : 0;
      const passing = status === 0 || status >= 500 || status === 408 || status === 429;
      if (!passing || attempt === SESSION_TRIES) return { status: 'offline' };
      await wait(250 * 2 ** attempt);
    }
  }
}

/** The session, with sign-in and sign-out that update it. */
export function useSession() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetchSession(window.fetch.bind(window)).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  const signIn = useCallback(async (email: string, password: string) => {
    const session = await createApi(window.fetch.bind(window), null).post<Session>('api/auth/sign-in', {
      email,
      password,
    });
    setState({ status: 'signed-in', session });
  }, []);
  const signOut = useCallback(async (csrfToken: string) => {
    await createApi(window.fetch.bind(window), csrfToken)
      .post('api/auth/sign-out', {})
      .catch(() => undefined);
    setState({ status: 'signed-out' });
  }, []);
  return { state, signIn, signOut };
}
