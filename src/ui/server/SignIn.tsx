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
        <PasswordField label="New password" fresh value={password} onChange={setPassword} invalid={error !== null} />
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
      <PasswordField label="Password" value={password} onChange={setPassword} invalid={error !== null} />
      {errorLine}
      <button type="submit" disabled={busy || !username.trim() || !password}>
        Sign in
      </button>
    </form>
  );
}

interface PasswordFieldProps {
  label: string;
  /** A password being chosen (browsers offer to make one) rather than the current one. */
  fresh?: boolean;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}

function PasswordField({ label, fresh, value, onChange, invalid }: PasswordFieldProps) {
  return (
    <label>
      {label}
      <input
        type="password"
        autoComplete={fresh ? 'new-password' : 'current-password'}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'sign-in-error' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
