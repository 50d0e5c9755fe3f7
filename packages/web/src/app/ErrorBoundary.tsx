import { Component, type ReactNode } from 'react';

interface Props {
  /** Changing it (e.g. the route) clears a previous failure. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  message: string | null;
  resetKey: string;
}

/**
 * Keeps one page's rendering bug from blanking the whole app: the header and navigation stay, and
 * the agent is told what failed instead of seeing an empty screen.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { message: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { message: null, resetKey: props.resetKey };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="card" role="alert">
        <h2>This page could not be shown</h2>
        <p>{this.state.message}</p>
        <p className="muted">Your text is kept; switch pages or reload to try again.</p>
      </div>
    );
  }
}
