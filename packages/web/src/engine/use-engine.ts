import { useEffect, useState } from 'react';
import { loadEngine } from './load-engine.js';
import type { EngineState } from './types.js';

/**
 * Loads the engine (and the model inside it) after the first paint, so the page is usable to read
 * and type in while the few megabytes of model arrive.
 */
export function useEngine(): EngineState {
  const [state, setState] = useState<EngineState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const t0 = performance.now();
    loadEngine().then(
      (engine) => live && setState({ status: 'ready', engine, loadMs: performance.now() - t0 }),
      (err: unknown) =>
        live && setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
