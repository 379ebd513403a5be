// Who may use a shared investigation: the user's own role, and for an owner the people with theirs (each changeable),
// a way to add someone by username, and whether anyone may read it without an account.
import { useEffect, useState, type FormEvent } from 'react';
import { teamClient } from '../../io/server/teamClient';
import { ROLES, type AccessResponse, type Role } from '../../io/server/teamWire';

const ROLE_WORDS: Record<Role, string> = {
  reader: 'Reader (reads)',
  editor: 'Editor (reads and edits)',
  owner: 'Owner (also decides who)',
};

export function SharedPeople({ inv }: { inv: string }) {
  const [access, setAccess] = useState<AccessResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('reader');
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    teamClient()
      .access(inv)
      .then(
        (answer) => live && setAccess(answer),
        (error: unknown) => live && setProblem((error as Error).message),
      );
    return () => void (live = false);
  }, [inv, round]);

  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      setRound((r) => r + 1);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = username.trim();
    if (!name) return setProblem('Username: whom to add.');
    void run(() => teamClient().setMember(inv, name, role)).then(() => setUsername(''));
  };

  if (!access) return problem ? <p role="alert">{problem}</p> : null;
  return (
    <section className="shared-people" data-testid="shared-people" aria-labelledby="shared-people-title">
      <h3 id="shared-people-title">People</h3>
      <p>
        Your role: {access.role ?? 'none (public to read)'}.{' '}
        {access.public ? 'Anyone may read it.' : 'Only the people listed may see it.'}
      </p>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {access.members && (
        <>
          <ul>
            {access.members.map((member) => (
              <li key={member.username}>
                <label>
                  {member.username}{' '}
                  <select
                    value={member.role}
                    onChange={(event) =>
                      void run(() => teamClient().setMember(inv, member.username, event.target.value as Role))
                    }
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_WORDS[r]}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ul>
          <form onSubmit={add} aria-label="Add a person">
            <label>
              Username <input value={username} onChange={(event) => setUsername(event.target.value)} />
            </label>{' '}
            <label>
              Role{' '}
              <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_WORDS[r]}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="submit">Add</button>
          </form>
          <label>
            <input
              type="checkbox"
              checked={access.public}
              onChange={(event) => void run(() => teamClient().setPublic(inv, event.target.checked))}
            />{' '}
            Public: anyone may read it, without an account
          </label>
        </>
      )}
    </section>
  );
}
