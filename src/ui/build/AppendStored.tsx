// Appending one of the investigations kept in this browser to the open one: picked by title, then reviewed like
// a file (AppendGraph's review), and appended as one undo step.
import { useEffect, useState } from 'react';
import type { Story } from '../../state/explorer';
import type { Dataset } from '../../model/schema';
import { STORY_ID, listInvestigations, loadInvestigation, type InvestigationSummary } from '../../state/investigations';

interface Props {
  story: Story;
  onRead: (name: string, other: Dataset) => void;
  onError: (message: string) => void;
}

export function AppendStored({ story, onRead, onError }: Props) {
  const [list, setList] = useState<InvestigationSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const openId = story.investigation?.id;
  useEffect(() => {
    let live = true;
    listInvestigations().then(
      (found) => live && setList(found.filter((s) => s.id !== openId)),
      () => live && setList([]),
    );
    return () => void (live = false);
  }, [openId, story]);
  if (list.length === 0) return null;
  const nameOf = (s: InvestigationSummary) => (s.id === STORY_ID ? `${s.title} (your copy of the story)` : s.title);

  async function append() {
    const summary = list.find((s) => s.id === chosen) ?? list[0]!;
    const loaded = await loadInvestigation(summary.id).catch((error: unknown) => ({
      kind: 'damaged' as const,
      reason: (error as Error).message,
    }));
    if (loaded.kind === 'found') onRead(nameOf(summary), loaded.dataset);
    else
      onError(
        `“${nameOf(summary)}” could not be appended: ${loaded.kind === 'none' ? 'it is no longer stored' : loaded.reason}`,
      );
  }

  return (
    <div className="append-stored">
      <label>
        Stored investigation
        <select value={chosen || list[0]!.id} onChange={(event) => setChosen(event.target.value)}>
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {nameOf(s)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="append-stored" onClick={() => void append()}>
        Append it…
      </button>
    </div>
  );
}
