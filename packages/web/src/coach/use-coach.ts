import { useMemo } from 'react';
import type { CoachView, EngineState } from '../engine/types.js';

export type CoachState =
  | { status: 'empty' }
  | { status: 'waiting' }
  | { status: 'unavailable' }
  | { status: 'done'; result: CoachView; ms: number }
  | { status: 'failed'; message: string };

/** Coaches the settled draft against the customer's message with the in-browser engine. */
export function useCoach(
  engine: EngineState,
  reply: string,
  customer: string,
  customerName: string,
): CoachState {
  return useMemo((): CoachState => {
    if (reply.trim() === '') return { status: 'empty' };
    if (engine.status !== 'ready') return { status: 'waiting' };
    const coach = engine.engine.coach;
    if (!coach) return { status: 'unavailable' };
    try {
      const t0 = performance.now();
      const result = coach({
        reply,
        ...(customer.trim() ? { customer } : {}),
        ...(customerName.trim() ? { customerName: customerName.trim() } : {}),
      });
      return { status: 'done', result, ms: performance.now() - t0 };
    } catch (err) {
      return { status: 'failed', message: err instanceof Error ? err.message : String(err) };
    }
  }, [engine, reply, customer, customerName]);
}
