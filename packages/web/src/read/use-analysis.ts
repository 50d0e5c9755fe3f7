import type { Analysis } from '@rapport/engine';
import { useMemo } from 'react';
import type { EngineState } from '../engine/types.js';

export type AnalysisState =
  | { status: 'empty' }
  | { status: 'waiting' }
  | { status: 'done'; analysis: Analysis; ms: number }
  | { status: 'failed'; message: string };

/**
 * Reads `text` with the in-browser engine once it has loaded. The engine promises never to throw on
 * odd text; if a bug makes it throw anyway, the page says so instead of going blank.
 */
export function useAnalysis(engine: EngineState, text: string): AnalysisState {
  return useMemo((): AnalysisState => {
    if (text.trim() === '') return { status: 'empty' };
    if (engine.status !== 'ready') return { status: 'waiting' };
    try {
      const t0 = performance.now();
      const analysis = engine.engine.analyze(text);
      return { status: 'done', analysis, ms: performance.now() - t0 };
    } catch (err) {
      return { status: 'failed', message: err instanceof Error ? err.message : String(err) };
    }
  }, [engine, text]);
}
