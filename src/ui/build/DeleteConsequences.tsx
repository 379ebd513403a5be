// What a delete takes with it, in words a reader checks before confirming: the relations (each as it reads, with
// its claims) and their claims, or for a source the claims quoting it and the relations it alone supports.
import type { Story } from '../../state/explorer';
import type { Relation } from '../../model/schema';
import { entityConsequences, plural, sourceConsequences } from '../../model/edit/records';
import { stylesOf } from '../typeStyles';
import { sourceLabel } from '../sourceLabel';

/** A hub can have thousands of relations: the dialog lists this many and counts the rest. */
const LISTED = 50;

function RelationLines({ story, relations }: { story: Story; relations: readonly Relation[] }) {
  const styles = stylesOf(story);
  const names = new Map(story.dataset.entities.map((e) => [e.id, e.label]));
  return (
    <>
      <ul className="consequence-list" data-testid="delete-relations">
        {relations.slice(0, LISTED).map((r) => (
          <li key={r.id}>
            {names.get(r.source) ?? r.source} <span className="muted">{styles.relation(r.type).label}</span>{' '}
            {names.get(r.target) ?? r.target} <span className="muted">({plural(r.claims.length, 'claim')})</span>
          </li>
        ))}
      </ul>
      {relations.length > LISTED && <p className="hint">…and {relations.length - LISTED} more.</p>}
    </>
  );
}

export function EntityConsequencesView({ story, id }: { story: Story; id: string }) {
  const { relations, claims } = entityConsequences(story.dataset, id);
  if (relations.length === 0) return <p>It has no relations: nothing else goes with it.</p>;
  return (
    <>
      <p data-testid="delete-summary">
        With it go {plural(relations.length, 'relation')} and their {plural(claims, 'claim')}:
      </p>
      <RelationLines story={story} relations={relations} />
    </>
  );
}

export function RelationConsequencesView({ relation }: { relation: Relation }) {
  return (
    <p data-testid="delete-summary">With it go its {plural(relation.claims.length, 'claim')}. Its two entities stay.</p>
  );
}

export function SourceConsequencesView({ story, id }: { story: Story; id: string }) {
  const { claims, unsupported, citedBy } = sourceConsequences(story.dataset, id);
  return (
    <>
      <p data-testid="delete-summary">
        With it go the {plural(claims, 'claim')} quoting it
        {unsupported.length > 0
          ? `, and ${plural(unsupported.length, 'relation')} that would lose all support:`
          : '. No relation rests on it alone.'}
      </p>
      {unsupported.length > 0 && <RelationLines story={story} relations={unsupported} />}
      {citedBy.length > 0 && (
        <p>
          {plural(citedBy.length, 'source')} citing it lose that link: {citedBy.map((s) => sourceLabel(s)).join('; ')}.
        </p>
      )}
    </>
  );
}
