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

/** Asks the server who is signed in; 401 means "show sign-in", anything else unreadable means "no API". */
export async function fetchSession(fetchFn: typeof fetch): Promise<SessionState> {
  try {
    return { status: 'signed-in', session: await createApi(fetchFn, null).get<Session>(SESSION_PATH) };
  } catch (error) {
    if (error instanceof ApiCallError && error.status === 401) return { status: 'signed-out' };
    return { status: 'offline' };
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
