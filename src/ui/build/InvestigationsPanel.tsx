// The Investigations list: the bundled story (as published, or the user's edited copy of it), imported graphs and
// the user's own investigations, all kept in this browser. From here one opens, starts, renames, copies or deletes
// them; deleting, and going back to the published story, ask first.
import { useEffect, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import {
  STORY_ID,
  deleteInvestigation,
  listInvestigations,
  loadInvestigation,
  newInvestigationId,
  saveInvestigation,
  type InvestigationSummary,
} from '../../state/investigations';
import type { Dataset } from '../../model/schema';
import { showPublishedStory, showStoredInvestigation } from './startInvestigation';
import { isPublished } from './published';
import { NewInvestigationForm } from './NewInvestigationForm';
import { InvestigationItem } from './InvestigationItem';
import { ServerInvestigations } from '../server/lazyServer';
import './investigations.css';

interface Props {
  story: Story | null;
  dispatch: Dispatch<Action>;
  /** Grows after each save, so the list shows the latest counts. */
  saved: number;
}

export function InvestigationsPanel({ story, dispatch, saved }: Props) {
  const [list, setList] = useState<InvestigationSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    let live = true;
    listInvestigations().then(
      (found) => live && setList(found),
      (error: unknown) =>
        live && setProblem(`The stored investigations could not be read: ${(error as Error).message}`),
    );
    return () => void (live = false);
  }, [saved, refresh]);

  const openId = story?.investigation?.id ?? null;
  const storyCopy = list?.find((s) => s.id === STORY_ID) ?? null;
  const reload = () => setRefresh((n) => n + 1);
  const report = (error: unknown) => setProblem(`That did not work: ${(error as Error).message}`);

  async function datasetOf(id: string): Promise<Dataset> {
    if (story && openId === id) return story.dataset;
    const loaded = await loadInvestigation(id);
    if (loaded.kind !== 'found') throw new Error(loaded.kind === 'none' ? 'it is no longer stored' : loaded.reason);
    return loaded.dataset;
  }

  async function create(title: string) {
    const dataset: Dataset = { title, sources: [], entities: [], relations: [] };
    const ref = { id: newInvestigationId(), kind: 'own' as const };
    await saveInvestigation(ref, dataset);
    dispatch({ type: 'loaded', dataset, origin: { name: title, format: 'new investigation' }, investigation: ref });
  }

  async function open(id: string) {
    const failure = await showStoredInvestigation(id, dispatch);
    if (failure) setProblem(failure);
  }

  async function rename(summary: InvestigationSummary, title: string) {
    const dataset = await datasetOf(summary.id);
    const renamed = { ...dataset, title };
    if (openId === summary.id) dispatch({ type: 'edited', dataset: renamed, message: `Renamed to “${title}”.` });
    else await saveInvestigation(summary, renamed);
    reload();
  }

  async function duplicate(id: string, title: string) {
    const dataset = await datasetOf(id);
    await saveInvestigation({ id: newInvestigationId(), kind: 'own' }, { ...dataset, title: `Copy of ${title}` });
    reload();
  }

  async function remove(summary: InvestigationSummary) {
    await deleteInvestigation(summary.id);
    // The investigation on screen went: the published story takes its place.
    if (openId === summary.id) await showPublishedStory(dispatch);
    reload();
  }

  const others = (list ?? []).filter((s) => s.id !== STORY_ID);
  const storyShownChanged = openId === STORY_ID && story !== null && !isPublished(story.dataset);
  return (
    <section className="investigations-panel" data-testid="investigations" aria-labelledby="investigations-title">
      <h2 id="investigations-title">Investigations</h2>
      <p className="hint">Kept in this browser only. Export a project to keep a copy elsewhere.</p>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <NewInvestigationForm onCreate={(title) => create(title).catch(report)} />
      {list === null && !problem && <p>Reading the stored investigations…</p>}
      <ul className="investigation-list">
        <li className={`investigation${openId === STORY_ID ? ' open' : ''}`}>
          <div className="investigation-title">The bundled story</div>
          <div className="investigation-meta">
            {storyCopy || storyShownChanged ? 'Your edited copy' : 'As published'}
            {storyCopy && ` · saved ${new Date(storyCopy.updated).toLocaleString('en-GB')}`}
            {openId === STORY_ID && ' · open'}
          </div>
          <div className="investigation-actions">
            {openId !== STORY_ID && (
              <button type="button" onClick={() => void (storyCopy ? open(STORY_ID) : showPublishedStory(dispatch))}>
                Open <span className="visually-hidden">the bundled story</span>
              </button>
            )}
            {(storyCopy || storyShownChanged) && <BackToPublished onConfirm={() => backToPublished()} />}
          </div>
        </li>
        {others.map((summary) => (
          <InvestigationItem
            key={summary.id}
            summary={summary}
            isOpen={openId === summary.id}
            onOpen={() => void open(summary.id).catch(report)}
            onRename={(title) => void rename(summary, title).catch(report)}
            onDuplicate={() => void duplicate(summary.id, summary.title).catch(report)}
            onDelete={() => void remove(summary).catch(report)}
          />
        ))}
      </ul>
      {list !== null && others.length === 0 && (
        <p className="hint">No investigations of your own yet: start one above, or open a graph file.</p>
      )}
      <ServerInvestigations story={story} dispatch={dispatch} />
    </section>
  );

  async function backToPublished() {
    await deleteInvestigation(STORY_ID).catch(report);
    await showPublishedStory(dispatch);
    reload();
  }
}

/** "Back to the published story": it discards the copy's changes, so it asks first. */
function BackToPublished({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" data-testid="back-to-published" onClick={() => setAsking(true)}>
        Back to the published story
      </button>
    );
  return (
    <div role="group" aria-label="Confirm going back to the published story" className="confirm-inline">
      <span>Discard your changes to the story?</span>
      <button type="button" className="danger" autoFocus onClick={onConfirm}>
        Discard my changes
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep them
      </button>
    </div>
  );
}
