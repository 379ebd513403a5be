// Shown when nothing is selected: what the story is and which articles it rests on.
import type { Dataset } from '../model/schema';
import { sourceLabel } from './sourceLabel';

export function StoryOverview({ dataset }: { dataset: Dataset }) {
  return (
    <div className="details" data-testid="story-overview">
      <p className="kind">Story</p>
      <h2>{dataset.title}</h2>
      {dataset.description && <p>{dataset.description}</p>}
      <p className="hint">Click an entity or a link in the graph, or search a name, to read the evidence.</p>
      {dataset.attributes && Object.keys(dataset.attributes).length > 0 && (
        <dl>
          {Object.entries(dataset.attributes).map(([name, value]) => (
            <div key={name} className="dl-row">
              <dt>{name}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {dataset.sources.length === 0 ? (
        <p className="muted">This graph cites no sources: its links carry the attributes of the file they came from, not quotes.</p>
      ) : (
        <>
          <h3>
            Sources <span className="count">{dataset.sources.length}</span>
          </h3>
          <ul className="sources">
            {dataset.sources.map((s) => (
              <li key={s.id}>
                {sourceLabel(s)}
                {s.cites.length > 0 && <span className="muted"> — citing {s.cites.join('; ')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
