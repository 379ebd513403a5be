// Signing in to the graph server: a username and a password (or, the first time, the one-time token the server
// printed, after which a password must be chosen). Signed in, it says as whom, with a way out.
import { useState, type FormEvent } from 'react';
import { teamClient } from '../../io/server/teamClient';
import { refreshSession, sessionChanged, useTeamSession } from './teamSession';

const PASSWORD_MIN = 10;

export function SignIn() {
  const session = useTeamSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!session) return null;

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
      setPassword('');
    } catch (problem) {
      setError((problem as Error).message);
    } finally {
      setBusy(false);
    }
  }
  const submit = (event: FormEvent, work: () => Promise<void>) => {
    event.preventDefault();
    void run(work);
  };
  const errorLine = error && (
    <p id="sign-in-error" role="alert" className="form-error">
      {error}
    </p>
  );

  if (session.user && session.mustSetPassword) {
    return (
      <form
        className="sign-in"
        data-testid="sign-in"
        onSubmit={(event) =>
          submit(event, async () => {
            if (password.length < PASSWORD_MIN) throw new Error(`A password has at least ${PASSWORD_MIN} characters.`);
            await teamClient().setPassword(password);
            await refreshSession();
          })
        }
      >
        <p>Signed in once as {session.user.username}. Choose a password to go on.</p>
        <label>
          New password
          <input
            type="password"
            autoComplete="new-password"
            value={password}
            aria-invalid={error !== null}
            aria-describedby={error ? 'sign-in-error' : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {errorLine}
        <button type="submit" disabled={busy}>
          Save password
        </button>
      </form>
    );
  }
  if (session.user) {
    return (
      <div className="sign-in" data-testid="sign-in">
        <span data-testid="signed-in-as">Signed in as {session.user.username}</span>{' '}
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await teamClient().signOut();
              sessionChanged({ user: null });
            })
          }
        >
          Sign out
        </button>
        {errorLine}
      </div>
    );
  }
  return (
    <form
      className="sign-in"
      data-testid="sign-in"
      aria-label="Sign in to the graph server"
      onSubmit={(event) =>
        submit(event, async () => {
          sessionChanged(await teamClient().signIn(username.trim(), password));
        })
      }
    >
      <label>
        Username
        <input autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          aria-invalid={error !== null}
          aria-describedby={error ? 'sign-in-error' : undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      {errorLine}
      <button type="submit" disabled={busy || !username.trim() || !password}>
        Sign in
      </button>
    </form>
  );
}
