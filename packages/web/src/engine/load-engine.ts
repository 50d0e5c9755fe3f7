import type { WebEngine } from './types.js';

/**
 * Fetches the engine chunk (code and model) and warms it up. A dynamic import keeps the model out of
 * the first page load; the warm-up call pays the model's one-time decoding while the header says
 * "loading", instead of on the agent's first keystroke.
 *
 * @example
 * const engine = await loadEngine();
 * engine.analyze('Still no refund!').emotions[0]?.label; // 'frustration'
 */
export async function loadEngine(): Promise<WebEngine> {
  const mod = await import('@rapport/engine');
  mod.analyze('Thanks, that helps.');
  return {
    analyze: (text) => mod.analyze(text),
    coach: (request) => mod.coach(request),
    compose: (request) => {
      const result = mod.compose(request);
      return [result.draft, ...result.alternatives].map((reply) => reply.text);
    },
    scoring: mod.scoring(),
  };
}
