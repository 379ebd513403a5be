// The graph server's investigations, listed under the browser's own when the server serves the page: each with
// its size and how it opens (whole, or search-first past OPEN_WHOLE_MAX_ENTITIES entities).
import { useEffect, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { LIST_LIMIT_MAX, type InvestigationSummary } from '../../io/server/wire';
import { count, serverClient } from '../../state/graphSource/explore';
import { openFromServer, opensWhole } from './openFromServer';
import { SignIn } from './SignIn';
import { useTeamSession } from './teamSession';
import './server.css';

interface Props {
  story: Story | null;
  dispatch: Dispatch<Action>;
}

/** The list itself, loaded only when a graph server serves the page (lazyServer.tsx). */
export function ServerList({ story, dispatch }: Props) {
  const [list, setList] = useState<InvestigationSummary[] | null>(null);
  const [more, setMore] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);

  const load = (offset: number, signal?: AbortSignal) =>
    serverClient()
      .investigations(LIST_LIMIT_MAX, offset, signal)
      .then(
        (page) => {
          setList((before) => [...(offset === 0 ? [] : (before ?? [])), ...page]);
          setMore(page.length === LIST_LIMIT_MAX);
        },
        (error: unknown) => {
          if (!signal?.aborted)
            setProblem(`The server's investigations could not be listed: ${(error as Error).message}`);
        },
      );
  // Listed again as whoever is signed in changes: each sees only what they hold a role on, and what is public.
  const session = useTeamSession();
  // Right after the one-time sign-in nothing may be listed until a password is chosen: listed again then.
  const who = session?.mustSetPassword ? null : (session?.user?.username ?? null);
  const answered = session !== null && !session.mustSetPassword;
  useEffect(() => {
    if (!answered) return;
    const abort = new AbortController();
    setProblem(null);
    void load(0, abort.signal);
    return () => abort.abort();
    // `load` is made afresh each render; what matters is who asks.
  }, [answered, who]);

  const openId = story?.remote?.investigation.id ?? null;
  async function open(summary: InvestigationSummary) {
    setOpening(summary.id);
    setProblem(null);
    const failure = await openFromServer(summary, dispatch);
    setOpening(null);
    if (failure) setProblem(failure);
  }

  return (
    <section className="server-investigations" aria-labelledby="server-investigations-title">
      <h3 id="server-investigations-title">On the graph server</h3>
      <SignIn />
      <p className="hint">
        Shared with the people given a role on each. Smaller ones open whole and are edited together; the big ones open
        search-first.
      </p>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {list === null && !problem && <p role="status">Asking the server…</p>}
      <ul className="investigation-list" data-testid="server-investigations">
        {(list ?? []).map((summary) => (
          <li
            key={summary.id}
            className={`investigation${openId === summary.id ? ' open' : ''}`}
            data-testid="server-investigation"
          >
            <div className="investigation-title">{summary.title}</div>
            <div className="investigation-meta" data-testid="server-investigation-counts">
              {count(summary.entities, 'entity', 'entities')} · {count(summary.relations, 'relation')} ·{' '}
              {opensWhole(summary) ? 'opens whole' : 'opens search-first'}
              {openId === summary.id && ' · open'}
            </div>
            <div className="investigation-actions">
              <button type="button" disabled={opening !== null} onClick={() => void open(summary)}>
                {opening === summary.id ? 'Opening…' : 'Open'}{' '}
                <span className="visually-hidden">{summary.title} from the server</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      {list !== null && list.length === 0 && (
        <p className="hint">
          {who
            ? 'No investigation here is shared with you yet.'
            : 'Nothing here is public. Sign in to see the investigations shared with you.'}
        </p>
      )}
      {more && (
        <button type="button" onClick={() => void load(list?.length ?? 0)}>
          Show more
        </button>
      )}
    </section>
  );
}
