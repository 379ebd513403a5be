// What a search-first investigation shows of itself: over an empty drawing, how to start (search, then expand);
// once something is drawn, a line saying how much of it is loaded, since filters, appearance, metrics, time and
// exports act on what is loaded, not on the whole investigation on the server.
import type { Story } from '../../state/explorer';
import { count } from '../../state/graphSource/explore';
import './server.css';

export function LoadedNote({ story }: { story: Story }) {
  const remote = story.remote;
  if (!remote) return null;
  const { investigation } = remote;
  return (
    <p className="loaded-note" role="status" data-testid="loaded-note">
      Showing {story.graph.order.toLocaleString('en')} of {count(investigation.entities, 'entity', 'entities')} loaded
      from the server. Filters, appearance, metrics, time and exports act on what is loaded; edits stay in this page.
    </p>
  );
}

/** In the export dialogs: what a search-first investigation's export holds. */
export function LoadedExportNote({ story }: { story: Story }) {
  if (!story.remote) return null;
  return (
    <p className="hint" data-testid="export-loaded-note">
      Exports the {count(story.graph.order, 'entity', 'entities')} loaded, not the{' '}
      {story.remote.investigation.entities.toLocaleString('en')} on the server.
    </p>
  );
}

export function SearchFirstPrompt({ story }: { story: Story }) {
  const remote = story.remote;
  if (!remote || story.graph.order > 0) return null;
  return (
    <div className="search-first-prompt" data-testid="search-first-prompt">
      <div>
        <h2>{remote.investigation.title}</h2>
        <p>
          {count(remote.investigation.entities, 'entity', 'entities')} and{' '}
          {count(remote.investigation.relations, 'relation')}: too many to draw at once.
        </p>
        <p>
          <strong>Search for a name</strong> in the box above (or press <kbd>/</kbd>) to put an entity in the drawing,
          then double-click it, or press Enter on the drawing, to add its neighbours.
        </p>
      </div>
    </div>
  );
}
