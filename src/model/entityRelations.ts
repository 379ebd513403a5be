// An entity's relations as its details list them: grouped by what they are (their type), each read from the
// entity's side, marked with its modality when it is not something that happened, and with how many independent
// origins stand behind it. Pure, so the grouping and the wording are tested without a browser.
import type { StoryGraph } from './graph';
import { MODALITIES, MODALITY_IDS, type Modality } from './vocabulary';

/**
 * What a modality leaves open, in words that do not claim the act took place. Shown after the modality's tag
 * ("planned") beside a relation whose reading ("visited Iran") would otherwise sound like a fact; the second half
 * of each modality's description in the vocabulary.
 */
export const NOT_CLAIMED: Record<Exclude<Modality, 'happened'>, string> = {
  requested: 'not known to have been given',
  organized: 'not known to have arrived or taken place',
  planned: 'not known to have taken place',
  rumoured: 'unconfirmed',
  denied: 'denied by a party to it',
};

export interface RelationLine {
  edge: string;
  /** The relation type's phrase, source → target ("visited"). */
  phrase: string;
  /**
   * Whether the line reads from the entity's side ("visited Iran"); otherwise the other end acts on it
   * ("Nicolás Maduro wrote this"). A symmetric relation always reads from the entity's side.
   */
  fromHere: boolean;
  other: string;
  otherLabel: string;
  /** Null for something that happened (or holds). */
  modality: Exclude<Modality, 'happened'> | null;
  /** Independent origins behind it; null when it has no claims at all (an imported graph without evidence). */
  origins: number | null;
  disputed: boolean;
  /** Hidden by the filters: listed, but not selectable. */
  hidden: boolean;
}

export interface RelationGroup {
  type: string;
  /** The type's phrase as a heading ("Asked for aid from"). */
  heading: string;
  lines: RelationLine[];
}

const modalityOf = (value: string): Modality =>
  (MODALITY_IDS as readonly string[]).includes(value) ? (value as Modality) : 'happened';

/** What a relation only was (requested, planned…), or null when it happened: for anything that lists it. */
export const unhappenedModality = (relation: { modality: string }): Exclude<Modality, 'happened'> | null => {
  const modality = modalityOf(relation.modality);
  return modality === 'happened' ? null : modality;
};

/** The modality's tag text ("planned"), for a relation that did not simply happen. */
export const modalityTag = (modality: Exclude<Modality, 'happened'>): string =>
  MODALITIES[modality].label.toLowerCase();

/**
 * The entity's relations (the first `limit` of them, in the dataset's order), grouped by type. Groups come in the
 * order their first relation does, so a dataset that starts with who someone is keeps that order.
 */
export function groupRelations(
  graph: StoryGraph,
  id: string,
  visibleEdges: ReadonlySet<string>,
  limit = Infinity,
): RelationGroup[] {
  const styles = graph.getAttribute('styles');
  const evidence = graph.getAttribute('evidence');
  const groups = new Map<string, RelationGroup>();
  let listed = 0;
  graph.forEachEdge(id, (edge, relation, source, target) => {
    if (listed >= limit) return;
    listed++;
    const style = styles.relation(relation.type);
    const outgoing = source === id;
    const other = outgoing ? target : source;
    const modality = unhappenedModality(relation);
    const line: RelationLine = {
      edge,
      phrase: style.label,
      fromHere: outgoing || style.symmetric || !relation.directed,
      other,
      otherLabel: graph.getNodeAttribute(other, 'label'),
      modality,
      origins: relation.claims.length > 0 ? evidence(relation).origins.length : null,
      disputed: relation.disputed === true,
      hidden: !visibleEdges.has(edge),
    };
    const group = groups.get(relation.type);
    if (group) group.lines.push(line);
    else
      groups.set(relation.type, {
        type: relation.type,
        heading: style.label.charAt(0).toUpperCase() + style.label.slice(1),
        lines: [line],
      });
  });
  return [...groups.values()];
}

/** "2 origins", "1 origin", "no origin". */
export function originsText(origins: number): string {
  return origins === 0 ? 'no origin' : `${origins} ${origins === 1 ? 'origin' : 'origins'}`;
}
