import { type FormEvent, useState } from 'react';

interface Props {
  onSignIn: (email: string, password: string) => Promise<void>;
}

/** E-mail and password; errors are announced and the password is never kept after a failure. */
export function SignInPage({ onSignIn }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSignIn(email, password);
    } catch (err) {
      setPassword('');
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page sign-in" aria-labelledby="sign-in-title">
      <form className="card" onSubmit={submit}>
        <h2 id="sign-in-title">Sign in to Rapport</h2>
        <label htmlFor="sign-in-email">E-mail</label>
        <input
          id="sign-in-email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
        <p className="muted">
          On a fresh install, the demo team signs in as <code>admin@demo.rapport.local</code> with{' '}
          <code>rapport-demo</code>.
        </p>
      </form>
    </section>
  );
}
