import type { roleplay } from '@rapport/engine';
import { useEffect, useState } from 'react';

/** The engine's role-play capability, as the page uses it. */
export type Roleplay = typeof roleplay;

export type RoleplayState =
  | { status: 'loading' }
  | { status: 'ready'; roleplay: Roleplay }
  | { status: 'failed'; message: string };

/**
 * Loads the role-play module from the engine chunk (already fetched by the app's engine loader, so
 * this resolves at once). Sessions run in the browser: the engine is pure, nothing goes over the wire.
 */
export function useRoleplay(): RoleplayState {
  const [state, setState] = useState<RoleplayState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    import('@rapport/engine').then(
      (mod) => live && setState({ status: 'ready', roleplay: mod.roleplay }),
      (err: unknown) =>
        live && setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
