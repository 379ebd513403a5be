// A text box that finds entities through the graph source (for an investigation loaded a part at a time: the
// server, over all of it). It asks once typing pauses, and a newer query cancels the request of the one before.
// The top search and "Path to…" of a search-first investigation use it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Story } from '../../state/explorer';
import type { EntityHit, GraphSource } from '../../state/graphSource/graphSource';
import { count } from '../../state/graphSource/explore';
import { isAborted } from '../../io/server/client';
import { nodeKey } from '../../model/graph';
import { fold } from '../../model/search';
import { Combobox, type ComboGroup } from '../Combobox';
import { stylesOf } from '../typeStyles';

/** How long typing must pause before the server is asked. */
export const SEARCH_DEBOUNCE_MS = 200;
const RESULTS = 12;

interface Props {
  story: Story;
  source: GraphSource;
  /** Called with the picked entity; returns the text to leave in the box. */
  onPick: (hit: EntityHit) => string;
  placeholder: string;
  label: string;
  testId: string;
  className?: string;
  keyShortcut?: string;
}

type Answer =
  | { query: string; state: 'asking' }
  | { query: string; state: 'found'; hits: EntityHit[]; total: number; capped: boolean }
  | { query: string; state: 'failed'; message: string };

export function RemoteEntitySearch({
  story,
  source,
  onPick,
  placeholder,
  label,
  testId,
  className,
  keyShortcut,
}: Props) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; abort: AbortController } | null>(null);
  const pickRef = useRef(onPick);
  useLayoutEffect(() => {
    pickRef.current = onPick;
  });
  const storyRef = useRef(story);
  storyRef.current = story;

  const stop = () => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    pending.current.abort.abort();
    pending.current = null;
  };
  useEffect(() => stop, []);

  const onQueryChange = useCallback(
    (query: string) => {
      stop();
      if (fold(query) === '') return setAnswer(null);
      setAnswer({ query, state: 'asking' });
      const abort = new AbortController();
      const timer = setTimeout(() => {
        source.searchEntities(query, RESULTS, abort.signal).then(
          (found) => !abort.signal.aborted && setAnswer({ query, state: 'found', ...found }),
          (error: unknown) => {
            if (abort.signal.aborted || isAborted(error)) return;
            setAnswer({ query, state: 'failed', message: (error as Error).message });
          },
        );
      }, SEARCH_DEBOUNCE_MS);
      pending.current = { timer, abort };
    },
    [source],
  );

  const search = useCallback(
    (query: string): ComboGroup[] => {
      if (answer?.query !== query || answer.state !== 'found') return [];
      const { graph } = storyRef.current;
      const shown = answer.hits.length;
      const more =
        answer.total > shown
          ? `first ${shown} of ${answer.total.toLocaleString('en')}${answer.capped ? '+' : ''}`
          : shown;
      return [
        {
          heading: `Entities (${more})`,
          options: answer.hits.map((hit) => ({
            key: `entity:${hit.entity.id}`,
            content: (
              <>
                <span
                  className="swatch"
                  style={{ background: stylesOf(storyRef.current).entity(hit.entity.type).color }}
                />
                <span className="search-reading">
                  {hit.entity.label}
                  {hit.matched !== hit.entity.label && <span className="muted"> ({hit.matched})</span>}{' '}
                  <span className="muted">
                    · {count(hit.degree, 'relation')}
                    {graph.hasNode(nodeKey(hit.entity.id)) ? ' · in the drawing' : ''}
                  </span>
                </span>
              </>
            ),
            pick: () => pickRef.current(hit),
          })),
        },
      ];
    },
    [answer],
  );

  const empty = (query: string) => {
    if (!answer || answer.query.trim() !== query || answer.state === 'asking')
      return `Searching the server for “${query}”…`;
    if (answer.state === 'failed') return `The search failed: ${answer.message}`;
    return `No entity matches “${query}”`;
  };

  return (
    <Combobox
      search={search}
      empty={empty}
      placeholder={placeholder}
      label={label}
      testId={testId}
      className={className}
      keyShortcut={keyShortcut}
      onQueryChange={onQueryChange}
    />
  );
}
