import type { SessionState } from '../api/use-session.js';
import type { EngineState } from '../engine/types.js';

interface Props {
  session: SessionState;
  engine: EngineState;
  onSignOut: () => void;
}

/** Product name, the workspace and person when signed in, and whether the engine is ready. */
export function Header({ session, engine, onSignOut }: Props) {
  const signedIn = session.status === 'signed-in' ? session.session : null;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◐
        </span>
        <span className="brand-name">Rapport</span>
        <span className="workspace" data-testid="workspace-name">
          {signedIn ? signedIn.workspace.name : 'Local workspace'}
        </span>
      </div>
      <div className="header-right">
        <span className={`engine-state engine-${engine.status}`}>{engineLabel(engine)}</span>
        {signedIn && (
          <>
            <span className="user-name" data-testid="user-name">
              {signedIn.user.name} <span className="muted">({signedIn.user.role})</span>
            </span>
            <button type="button" className="secondary" onClick={onSignOut}>
              Sign out
            </button>
          </>
        )}
      </div>
    </header>
  );
}

const SCORING = { 'wasm-simd': 'WebAssembly', js: 'JavaScript', 'rules-only': 'rules only' } as const;

function engineLabel(engine: EngineState): string {
  switch (engine.status) {
    case 'loading':
      return 'Loading engine…';
    case 'ready':
      return `Engine ready (${Math.round(engine.loadMs)} ms, ${SCORING[engine.engine.scoring]})`;
    case 'failed':
      return 'Engine unavailable';
  }
}
