import { describe, expect, it } from 'vitest';
import { fetchSession } from './use-session.js';

const SESSION = {
  workspace: { id: 'w1', slug: 'demo', name: 'Demo workspace' },
  user: { id: 'u1', email: 'a@example.com', name: 'Ann', role: 'agent' },
  csrfToken: 't',
};

// A fetch that gives the listed answers in turn: a status code, or 'down' for a dropped connection.
function answering(...answers: Array<number | 'down'>) {
  const calls: string[] = [];
  const fetchFn = (async (path: string) => {
    calls.push(path);
    const answer = answers[Math.min(calls.length, answers.length) - 1]!;
    if (answer === 'down') throw new TypeError('Failed to fetch');
    const body = answer === 200 ? SESSION : { error: { code: 'x', message: 'x' } };
    return new Response(JSON.stringify(body), {
      status: answer,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof fetch;
  return { fetchFn, calls };
}

describe('fetchSession', () => {
  const waits: number[] = [];
  const wait = async (ms: number) => {
    waits.push(ms);
  };

  it('signs in, or shows sign-in on 401, at the first answer', async () => {
    expect(await fetchSession(answering(200).fetchFn, wait)).toEqual({
      status: 'signed-in',
      session: SESSION,
    });
    expect(await fetchSession(answering(401).fetchFn, wait)).toEqual({ status: 'signed-out' });
  });

  it('goes engine-only at once when the page has no API behind it', async () => {
    const { fetchFn, calls } = answering(404);
    expect(await fetchSession(fetchFn, wait)).toEqual({ status: 'offline' });
    expect(calls).toHaveLength(1);
  });

  it('asks again when the server is busy or the connection drops, then signs in', async () => {
    waits.length = 0;
    const { fetchFn, calls } = answering(503, 'down', 200);
    expect(await fetchSession(fetchFn, wait)).toEqual({ status: 'signed-in', session: SESSION });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([500, 1000]);
  });

  it('settles for engine-only after four failed tries', async () => {
    const { fetchFn, calls } = answering('down');
    expect(await fetchSession(fetchFn, wait)).toEqual({ status: 'offline' });
    expect(calls).toHaveLength(4);
  });
});
