// Shown when nothing is selected: what the story is and which articles it rests on.
import type { Dataset } from '../model/schema';
import { shortSourceName, sourceLabel } from './sourceLabel';
import './details.css';

export function StoryOverview({ dataset, onSelectSource }: { dataset: Dataset; onSelectSource: (id: string) => void }) {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const articles = dataset.sources.filter((s) => s.kind === 'article');
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
        <p className="muted">
          This graph cites no sources: its links carry the attributes of the file they came from, not quotes.
        </p>
      ) : (
        <>
          <h3>
            Articles <span className="count">{articles.length}</span>
          </h3>
          <ul className="sources">
            {articles.map((s) => (
              <li key={s.id}>
                <button type="button" className="link source-link" onClick={() => onSelectSource(s.id)}>
                  {sourceLabel(s)}
                </button>
                {s.cites.length > 0 && (
                  <span className="muted">
                    {' '}
                    — citing {s.cites.map((c) => shortSourceName(byId.get(c), c)).join('; ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p className="hint">The Sources view shows every source they cite, and who cites whom.</p>
        </>
      )}
    </div>
  );
}
