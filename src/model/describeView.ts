// The view in words: which filters, neighbourhood and path shape what is shown (an exported image's caption), and
// every shown relation as a sentence (its text alternative, for screen readers and alt text). Pure.
import { formatEventDate } from './time';
import { timeSentence } from './timeFilter';
import type { StoryGraph } from './graph';
import type { Filters, Visibility } from './filters';
import type { Ego } from './ego';
import type { PathOptions, PathResult } from './paths';
import { FIXED_FACETS, NO_VALUE, type FacetId } from './facets';
import { CLAIM_STATUSES, MODALITIES, countryName, type ClaimStatus, type Modality } from './vocabulary';

/** What the view shows and why. */
export interface ViewDescription {
  graph: StoryGraph;
  filters: Filters;
  visibility: Visibility;
  ego: Ego | null;
  path: { from: string; to: string; options: PathOptions; result: PathResult | null } | null;
}

const FACET_TITLES: Record<string, string> = {
  [FIXED_FACETS.country]: 'country',
  [FIXED_FACETS.entityType]: 'entity type',
  [FIXED_FACETS.relationType]: 'relation type',
  [FIXED_FACETS.source]: 'source article',
  [FIXED_FACETS.status]: 'claim status',
  [FIXED_FACETS.modality]: 'happened or not',
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "a, b or c" */
function either(values: string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function facetTitle(id: FacetId): string {
  if (Object.hasOwn(FACET_TITLES, id)) return FACET_TITLES[id]!;
  return id.slice(id.indexOf(':attr:') + ':attr:'.length);
}

/** A picked value as a reader knows it: country names, type labels, the article's outlet or title. */
function valueWords(graph: StoryGraph, id: FacetId, value: string): string {
  if (value === NO_VALUE) return 'none given';
  const styles = graph.getAttribute('styles');
  switch (id) {
    case FIXED_FACETS.country:
      return countryName(value);
    case FIXED_FACETS.entityType:
      return styles.entity(value).label;
    case FIXED_FACETS.relationType:
      return `“${styles.relation(value).label}”`;
    case FIXED_FACETS.source: {
      const source = graph.getAttribute('sourceIndex').byId.get(value);
      return source ? (source.outlet ?? source.title) : value;
    }
    case FIXED_FACETS.status:
      return Object.hasOwn(CLAIM_STATUSES, value) ? CLAIM_STATUSES[value as ClaimStatus].label.toLowerCase() : value;
    case FIXED_FACETS.modality:
      return Object.hasOwn(MODALITIES, value) ? MODALITIES[value as Modality].label.toLowerCase() : value;
  }
  return value;
}

const labelOf = (graph: StoryGraph, key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);

/** Each active filter as a phrase: "country is Russia or Venezuela", "at least 2 independent origins". */
export function filterPhrases(graph: StoryGraph, filters: Filters): string[] {
  const phrases: string[] = [];
  for (const [id, picked] of filters.picks) {
    if (picked.length > 0) phrases.push(`${facetTitle(id)} is ${either(picked.map((v) => valueWords(graph, id, v)))}`);
  }
  for (const [id, [lo, hi]] of filters.ranges) phrases.push(`${facetTitle(id)} from ${lo} to ${hi}`);
  if (filters.minCorroboration > 0) {
    const unit =
      filters.corroborateBy === 'origins' ? ['independent origin', 'independent origins'] : ['article', 'articles'];
    phrases.push(`at least ${plural(filters.minCorroboration, unit[0]!, unit[1]!)}`);
  }
  if (filters.hideOrphans) phrases.push('entities left without relations hidden');
  return phrases;
}

/** One paragraph: what is shown of the whole, and every filter, time range, neighbourhood and path behind it. */
export function describeView(view: ViewDescription): string {
  const { graph, filters, visibility, ego, path } = view;
  const shown =
    visibility.nodes.size === graph.order && visibility.edges.size === graph.size
      ? `Showing all ${plural(graph.order, 'entity', 'entities')} and ${plural(graph.size, 'relation', 'relations')}.`
      : `Showing ${visibility.nodes.size.toLocaleString('en')} of ${plural(graph.order, 'entity', 'entities')} and ` +
        `${visibility.edges.size.toLocaleString('en')} of ${plural(graph.size, 'relation', 'relations')}.`;
  const parts = [shown];
  const phrases = filterPhrases(graph, filters);
  parts.push(phrases.length > 0 ? `Filters: ${phrases.join('; ')}.` : 'No filters.');
  const context = visibility.context?.nodes.size ?? 0;
  if (context > 0)
    parts.push(`Drawn faded for context: ${plural(context, 'entity', 'entities')} elsewhere that these link to.`);
  if (filters.time) parts.push(timeSentence(filters.time));
  if (ego) {
    const way =
      ego.direction === 'both' ? 'either way' : ego.direction === 'out' ? 'following the arrows' : 'against the arrows';
    const added =
      ego.expanded.length > 0 ? `, and the neighbours of ${ego.expanded.map((k) => labelOf(graph, k)).join(', ')}` : '';
    parts.push(
      `Neighbourhood: within ${plural(ego.hops, 'step', 'steps')} of ${labelOf(graph, ego.centre)}, ${way}${added}.`,
    );
  }
  if (path) {
    const kind = path.options.bestSupported ? 'The best-supported path' : 'Shortest paths';
    const rules = [
      path.options.directed ? 'following the arrows' : '',
      path.options.rules
        ? `over links with at least ${plural(path.options.rules.minOrigins, 'independent origin', 'independent origins')} that pass the evidence rules`
        : '',
    ].filter(Boolean);
    const between = `${kind} from ${labelOf(graph, path.from)} to ${labelOf(graph, path.to)}${rules.length ? `, ${rules.join(', ')}` : ''}`;
    const result = path.result;
    parts.push(
      !result
        ? `${between}.`
        : result.found
          ? `${between}: ${plural(result.steps.length, 'step', 'steps')}, highlighted.`
          : `${between}: none found. ${result.reason}`,
    );
  }
  return parts.join(' ');
}

/**
 * "Nicolás Maduro — asked for aid from — Russia": a relation read in its own direction. With `between` a space it
 * reads as a sentence, "Nicolás Maduro asked for aid from Russia", as the search lists it.
 */
export function relationReading(graph: StoryGraph, edge: string, between = ' — '): string {
  const type = graph.getEdgeAttribute(edge, 'type');
  const words = [
    labelOf(graph, graph.source(edge)),
    graph.getAttribute('styles').relation(type).label,
    labelOf(graph, graph.target(edge)),
  ];
  return words.join(between);
}

/** "Nicolás Maduro — asked for aid from — Russia (3 independent origins; requested, not known to be given)" */
export function relationSentence(graph: StoryGraph, edge: string): string {
  const relation = graph.getEdgeAttributes(edge);
  const notes: string[] = [];
  if (relation.claims.length > 0) {
    const origins = graph.getAttribute('evidence')(relation).origins.length;
    notes.push(plural(origins, 'independent origin', 'independent origins'));
  }
  const modality = Object.hasOwn(MODALITIES, relation.modality) ? (relation.modality as Modality) : 'happened';
  if (modality !== 'happened')
    notes.push(`${MODALITIES[modality].label.toLowerCase()}: ${MODALITIES[modality].description.toLowerCase()}`);
  if (relation.disputed) notes.push('disputed: sources disagree');
  const date = relation.dateText ?? (relation.date ? formatEventDate(relation.date) : undefined);
  if (date) notes.push(date);
  return `${relationReading(graph, edge)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** The text alternative of a view: a title, the description, and each shown relation as a sentence. */
export function textAlternative(view: ViewDescription, title: string): string {
  const { graph, visibility } = view;
  const sentences: string[] = [];
  graph.forEachEdge((edge) => {
    if (visibility.edges.has(edge)) sentences.push(relationSentence(graph, edge));
  });
  const lines = [title, '', describeView(view), ''];
  lines.push(sentences.length > 0 ? 'Relations shown:' : 'No relations are shown.');
  for (const s of sentences) lines.push(`- ${s}`);
  return `${lines.join('\n')}\n`;
}
