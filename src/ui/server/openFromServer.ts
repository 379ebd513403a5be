// Opening an investigation from the graph server: one under OPEN_WHOLE_MAX_ENTITIES comes whole (its export, read
// as an opened file is) and behaves as any opened graph; a bigger one opens search-first, with nothing drawn yet
// but its title and vocabulary, and grows as the user searches and expands.
import type { Dispatch } from 'react';
import type { Action } from '../../state/explorer';
import type { InvestigationSummary } from '../../io/server/wire';
import { OPEN_WHOLE_MAX_ENTITIES } from '../../model/thresholds';
import { serverClient } from '../../state/graphSource/explore';
import { newInvestigationId } from '../../state/investigations';
import { openInWorker } from '../../io/openInWorker';
import { formatProblems, validateDataset } from '../../io/validate';

/** Whether an investigation of this size opens whole in the browser (else search-first). */
export const opensWhole = (summary: InvestigationSummary) => summary.entities < OPEN_WHOLE_MAX_ENTITIES;

/** Opens it; resolves to why it could not be (also reported in the notice line), or null. */
export async function openFromServer(
  summary: InvestigationSummary,
  dispatch: Dispatch<Action>,
): Promise<string | null> {
  const client = serverClient();
  const name = summary.title;
  try {
    if (opensWhole(summary)) {
      dispatch({ type: 'busy', busy: { message: `Fetching ${name} from the server…`, fraction: null } });
      let shown = -1;
      const text = await client.exportJson(summary.id, (loaded, total) => {
        const step = total ? Math.floor((loaded / total) * 50) : Math.floor(loaded / (1024 * 1024));
        if (step === shown) return;
        shown = step;
        const fraction = total ? Math.min(1, loaded / total) : null;
        const done = total ? '' : ` (${(loaded / 1024 / 1024).toFixed(1)} MB)`;
        dispatch({ type: 'busy', busy: { message: `Fetching ${name} from the server…${done}`, fraction } });
      });
      dispatch({ type: 'busy', busy: { message: `Reading ${name}…`, fraction: null } });
      // Checked as any file is: the server's export is one more file to the app.
      const opened = await openInWorker({ kind: 'file', text, fileName: `${name}.json` });
      dispatch({
        type: 'loaded',
        dataset: opened.dataset,
        origin: { name, format: 'from the graph server' },
        warnings: opened.warnings,
        investigation: { id: newInvestigationId(), kind: 'imported' },
        // Edited together: each change goes to the server, and others' changes come in (useSharedSync).
        shared: { id: summary.id, title: summary.title },
      });
      return null;
    }
    dispatch({ type: 'busy', busy: { message: `Opening ${name} on the server…`, fraction: null } });
    const details = await client.investigation(summary.id);
    const checked = validateDataset({ ...details.head, sources: [], entities: [], relations: [] });
    if (!checked.ok) throw new Error(`its description is not one this app reads: ${formatProblems(checked.problems)}`);
    const investigation = {
      id: details.id,
      title: details.title,
      entities: details.entities,
      relations: details.relations,
    };
    dispatch({
      type: 'loaded',
      dataset: checked.dataset,
      origin: { name, format: 'search-first, from the graph server' },
      remote: { investigation, degrees: new Map() },
    });
    return null;
  } catch (error) {
    const message = `${name} could not be opened from the server: ${(error as Error).message}`;
    dispatch({ type: 'busy', busy: null });
    dispatch({ type: 'notify', notice: { kind: 'warning', message } });
    return message;
  }
}
