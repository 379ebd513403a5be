// Following a connection from the selected entity: its neighbourhood k steps out (the ego view), and the paths
// to another entity, listed step by step with how well each link is known.
import type { Dispatch } from 'react';
import type { Action, ExplorerState, Story } from '../state/explorer';
import type { PathResult } from '../model/paths';
import { DEFAULT_RULES } from '../model/paths';
import { MAX_HOPS, type Direction } from '../model/ego';
import { nodeKey } from '../model/graph';
import { MODALITIES } from '../model/vocabulary';
import { relationReading } from '../model/describeView';
import { EntityCombobox } from './EntityCombobox';
import { RemoteEntitySearch } from './server/RemoteEntitySearch';
import type { Explore } from './server/useExplore';
import { count, leftOutOf, sourceFor } from '../state/graphSource/explore';
import './connections.css';

interface Props {
  story: Story;
  state: ExplorerState;
  pathResult: PathResult | null;
  dispatch: Dispatch<Action>;
  explore: Explore;
}

const DIRECTIONS: Record<Direction, string> = { both: 'both ways', out: 'outgoing links', in: 'incoming links' };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ConnectionsPanel({ story, state, pathResult, dispatch, explore }: Props) {
  const { graph } = story;
  const { ego, path, selection } = state;
  const selected = selection?.kind === 'entity' && graph.hasNode(selection.id) ? selection.id : null;
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  const centre = ego?.centre ?? selected;
  const from = path?.from ?? selected;
  const direction = ego?.direction ?? 'both';
  const options = path ?? { directed: false, rules: null, bestSupported: false };
  const setPath = (next: Partial<NonNullable<ExplorerState['path']>>) => {
    if (!path) return;
    dispatch({ type: 'setPath', path: { ...path, ...next } });
  };

  const leftOut = selected && story.remote ? leftOutOf(story, selected) : 0;
  const pickTo = (key: string) => dispatch({ type: 'setPath', path: { ...options, from: from!, to: key } });

  return (
    <section className="connections" aria-label="Connections" data-testid="connections">
      <h3>Neighbourhood</h3>
      {selected && story.remote && (
        // Loaded a part at a time: what is not loaded yet is on the server, and this brings it.
        <p className="hint" data-testid="left-out">
          {leftOut > 0
            ? `${count(leftOut, 'relation')} of ${label(selected)} ${leftOut === 1 ? 'is' : 'are'} not loaded (the “+” on it). `
            : `Every relation of ${label(selected)} is loaded. `}
          {leftOut > 0 && (
            <button
              type="button"
              className="link"
              onClick={() => explore.expand(selected)}
              data-testid="add-neighbours"
            >
              Add the neighbours of {label(selected)}
            </button>
          )}
        </p>
      )}
      <div className="connection-controls">
        <label>
          Show{' '}
          <select
            data-testid="hops"
            aria-label="Show how many steps out from the selected entity"
            value={ego?.hops ?? 0}
            disabled={centre === null}
            onChange={(e) => dispatch({ type: 'setEgo', hops: Number(e.target.value), direction })}
          >
            <option value={0}>everything (off)</option>
            {Array.from({ length: MAX_HOPS }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {plural(i + 1, 'step')} out
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          following{' '}
          <select
            data-testid="hops-direction"
            aria-label="following which links"
            value={direction}
            disabled={centre === null}
            onChange={(e) => dispatch({ type: 'setEgo', hops: ego?.hops ?? 0, direction: e.target.value as Direction })}
          >
            {Object.entries(DIRECTIONS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
      </div>
      {centre === null && (
        <p className="hint">Select an entity to see what lies around it or how it connects to another.</p>
      )}
      {ego && (
        <p className="hint" data-testid="ego-summary">
          Within {plural(ego.hops, 'step')} of {label(ego.centre)}
          {ego.expanded.length > 0 &&
            `, with the neighbours of ${plural(ego.expanded.length, 'more entity', 'more entities')}`}
          . Double-click a node, or select it and press Enter on the drawing, to add its neighbours.
          {selected && selected !== ego.centre && !ego.expanded.includes(selected) && (
            <>
              {' '}
              <button type="button" className="link" onClick={() => dispatch({ type: 'expandEgo', id: selected })}>
                Add the neighbours of {label(selected)}
              </button>
            </>
          )}
        </p>
      )}
      {ego && ego.expanded.length > 0 && (
        <ul className="expanded-list" aria-label="Expanded entities">
          {ego.expanded.map((id) => (
            <li key={id}>
              {label(id)}{' '}
              <button type="button" className="link" onClick={() => dispatch({ type: 'collapseEgo', id })}>
                Collapse
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>Path</h3>
      {from !== null && (
        <>
          <p className="path-from">
            From <strong>{label(from)}</strong> to…
          </p>
          {story.remote ? (
            // Any entity of the investigation: one not loaded yet is added, and the server finds the path.
            <RemoteEntitySearch
              story={story}
              source={sourceFor(story)}
              className="search path-search"
              placeholder="Path to…"
              label={`Path from ${label(from)} to`}
              testId="path-to"
              onPick={(hit) => {
                const name = explore.addEntity(hit, false);
                pickTo(nodeKey(hit.entity.id));
                return name;
              }}
            />
          ) : (
            <EntityCombobox
              story={story}
              className="search path-search"
              placeholder="Path to…"
              label={`Path from ${label(from)} to`}
              testId="path-to"
              onPick={(entity) => {
                pickTo(nodeKey(entity.id));
                return entity.label;
              }}
            />
          )}
          <fieldset className="path-options">
            <legend className="visually-hidden">How to search</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={options.directed}
                disabled={!path}
                onChange={(e) => setPath({ directed: e.target.checked })}
              />
              Follow the arrows
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={options.rules !== null}
                disabled={!path}
                onChange={(e) => setPath({ rules: e.target.checked ? DEFAULT_RULES : null })}
              />
              Only links that pass the evidence rules (not disputed, happened, and enough independent origins)
            </label>
            {options.rules && (
              <label className="path-min-origins">
                at least{' '}
                <select
                  value={options.rules.minOrigins}
                  onChange={(e) => setPath({ rules: { ...options.rules!, minOrigins: Number(e.target.value) } })}
                  aria-label="at least how many independent origins per link"
                  data-testid="path-min-origins"
                >
                  {[1, 2, 3].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>{' '}
                independent origins per link
              </label>
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={options.bestSupported}
                disabled={!path}
                onChange={(e) => setPath({ bestSupported: e.target.checked })}
              />
              Best-supported path (weighs each link by its independent origins)
            </label>
          </fieldset>
          {path && explore.path.pending && (
            <p role="status" data-testid="path-message">
              Searching the whole investigation on the server…
            </p>
          )}
          {path && pathResult && !explore.path.pending && (
            <PathSteps
              story={story}
              result={explore.path.reason ? { found: false, reason: explore.path.reason } : pathResult}
              to={path.to}
              dispatch={dispatch}
            />
          )}
        </>
      )}
    </section>
  );
}

function PathSteps({
  story,
  result,
  to,
  dispatch,
}: {
  story: Story;
  result: PathResult;
  to: string;
  dispatch: Dispatch<Action>;
}) {
  const { graph } = story;
  const evidence = graph.getAttribute('evidence');
  const clear = (
    <button type="button" onClick={() => dispatch({ type: 'setPath', path: null })}>
      Clear path
    </button>
  );
  if (!result.found) {
    return (
      <div className="path-result">
        <p role="status" data-testid="path-message">
          {result.reason}
        </p>
        {clear}
      </div>
    );
  }
  return (
    <div className="path-result">
      <p role="status" data-testid="path-message">
        {plural(result.steps.length, 'step')} to {graph.getNodeAttribute(to, 'label')}
        {result.allEdges.size > result.steps.length
          ? `; every shortest path is highlighted (${plural(result.allEdges.size, 'link')})`
          : ''}
        .
      </p>
      <ol className="path-steps" data-testid="path-steps">
        {result.steps.map(({ edge }) => {
          const relation = graph.getEdgeAttributes(edge);
          const { origins, articles } = evidence(relation);
          const reading = relationReading(graph, edge);
          const weakest = edge === result.weakest && result.steps.length > 1;
          return (
            <li key={edge} className={weakest ? 'weakest' : undefined}>
              <button
                type="button"
                className="link"
                onClick={() => dispatch({ type: 'select', selection: { kind: 'relation', id: edge } })}
              >
                {reading}
              </button>
              <span className="path-evidence">
                {articles > 0
                  ? `${plural(origins.length, 'independent origin')} · ${plural(articles, 'article')}`
                  : 'no claims'}
                {relation.modality !== 'happened' && ` · ${MODALITIES[relation.modality].label.toLowerCase()}`}
                {relation.disputed && ' · disputed'}
              </span>
              {weakest && <span className="tag weakest-tag">weakest link</span>}
            </li>
          );
        })}
      </ol>
      {clear}
    </div>
  );
}
