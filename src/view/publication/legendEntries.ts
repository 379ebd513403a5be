// What an exported image's legend explains: only what the shown part of the graph contains (its entity types or
// colour scale, its line patterns, disputes, what width counts, what size means, the faded context). Pure, drawn by
// paint.ts.
import type { StoryGraph } from '../../model/graph';
import type { Visibility } from '../../model/filters';
import { MODALITIES, MODALITY_IDS, type Modality } from '../../model/vocabulary';
import { mix, type NodeEncoding } from '../../appearance/appearance';
import { dashFor, widthForOrigins, WIDEST_AT_ORIGINS } from '../../appearance/edgeLook';
import { DISPUTED_COLOR, EDGE_COLOR } from '../../appearance/colours';
import { forEachInSlices } from '../../model/timeSlices';

export type Swatch =
  | { kind: 'node'; shape: string; colour: string }
  | { kind: 'line'; colour: string; width: number; dash: number[]; diamond: boolean; arrow: boolean }
  | { kind: 'widths'; widths: number[] }
  | { kind: 'gradient'; steps: string[] }
  | { kind: 'none' };

export interface LegendEntry {
  swatch: Swatch;
  text: string;
}

const GREY = '#9ca3af';
/** A shown grey at the context's opacity (draw.ts draws context at 0.3). */
const CONTEXT_SWATCH = '#e1e3e7';
const line = (text: string, options: Partial<Extract<Swatch, { kind: 'line' }>> = {}): LegendEntry => ({
  text,
  swatch: { kind: 'line', colour: EDGE_COLOR, width: 1.5, dash: [], diamond: false, arrow: false, ...options },
});
const short = (n: number) =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : String(Number(n.toPrecision(3)));

/** What the shown part of the graph holds, as far as its legend tells: its entity types, line kinds, disputes. */
interface Drawn {
  types: Set<string>;
  modalities: Set<Modality>;
  disputed: boolean;
  claims: boolean;
}

/**
 * What is drawn, read one entity or relation at a time (a plain loop, or one in slices). The type search stops once
 * every styled type is found: at 200,000 entities, within a few.
 */
function drawnReader(graph: StoryGraph, visibility: Visibility) {
  const drawn: Drawn = { types: new Set(), modalities: new Set(), disputed: false, claims: false };
  const styled = [...graph.getAttribute('styles').entityTypes()].map(([type]) => type);
  let everyType = false;
  return {
    drawn,
    nodes: [...visibility.nodes, ...(visibility.context?.nodes ?? [])],
    edges: [...visibility.edges],
    node(key: string) {
      if (everyType || !graph.hasNode(key)) return;
      const type = graph.getNodeAttribute(key, 'type');
      if (drawn.types.has(type)) return;
      drawn.types.add(type);
      everyType = styled.every((t) => drawn.types.has(t));
    },
    edge(key: string) {
      if (!graph.hasEdge(key)) return;
      const relation = graph.getEdgeAttributes(key);
      drawn.modalities.add(relation.modality);
      drawn.disputed ||= relation.disputed;
      drawn.claims ||= relation.claims.length > 0;
    },
  };
}

export function legendEntries(graph: StoryGraph, visibility: Visibility, encoding: NodeEncoding): LegendEntry[] {
  const reader = drawnReader(graph, visibility);
  reader.nodes.forEach(reader.node);
  reader.edges.forEach(reader.edge);
  return entriesFor(graph, visibility, encoding, reader.drawn);
}

/**
 * The same legend, read in slices with the page answering between them: at 200,000 entities and 400,000 relations
 * one pass held the page for 100–300 ms on the busy bench machine.
 */
export async function legendEntriesInSlices(
  graph: StoryGraph,
  visibility: Visibility,
  encoding: NodeEncoding,
): Promise<LegendEntry[]> {
  const reader = drawnReader(graph, visibility);
  await forEachInSlices(reader.nodes.length, (i) => reader.node(reader.nodes[i]!));
  await forEachInSlices(reader.edges.length, (i) => reader.edge(reader.edges[i]!));
  return entriesFor(graph, visibility, encoding, reader.drawn);
}

function entriesFor(
  graph: StoryGraph,
  visibility: Visibility,
  encoding: NodeEncoding,
  { types, modalities, disputed, claims }: Drawn,
): LegendEntry[] {
  const styles = graph.getAttribute('styles');
  const { colour, size } = encoding.legend;
  const entries: LegendEntry[] = [];
  for (const [type, style] of styles.entityTypes())
    if (types.has(type))
      entries.push({
        swatch: { kind: 'node', shape: style.shape, colour: colour.kind === 'type' ? style.color : GREY },
        text: style.label,
      });
  if (colour.kind === 'categories') {
    for (const e of colour.entries)
      entries.push({
        swatch: { kind: 'node', shape: 'ellipse', colour: e.colour },
        text: `${colour.title}: ${e.value}`,
      });
    if (colour.others) entries.push({ swatch: { kind: 'node', shape: 'ellipse', colour: GREY }, text: 'others' });
  } else if (colour.kind === 'gradient')
    entries.push({
      swatch: { kind: 'gradient', steps: [0, 1, 2, 3, 4, 5, 6, 7].map((k) => mix(colour.from, colour.to, k / 7)) },
      text: `${colour.title}: ${short(colour.min)} to ${short(colour.max)}`,
    });

  if (visibility.edges.size > 0) entries.push(line('relation (arrow: who acts on whom)', { arrow: true }));
  const present = MODALITY_IDS.filter((m) => modalities.has(m));
  if (present.length > 1)
    for (const m of present) entries.push(line(MODALITIES[m].label.toLowerCase(), { dash: dashFor(m, 1.5) }));
  if (disputed)
    entries.push(
      line('disputed: sources disagree (thin, whatever its origins)', { colour: DISPUTED_COLOR, diamond: true }),
    );
  if (claims)
    entries.push({
      swatch: { kind: 'widths', widths: [1, WIDEST_AT_ORIGINS].map(widthForOrigins) },
      text: `wider: more independent origins (${WIDEST_AT_ORIGINS}+ widest)`,
    });
  if (visibility.context && visibility.context.nodes.size > 0)
    entries.push({
      swatch: { kind: 'node', shape: 'ellipse', colour: CONTEXT_SWATCH },
      text: 'pale: context, entities elsewhere that the shown ones link to',
    });
  entries.push({
    swatch: { kind: 'none' },
    text: size
      ? `Size: ${size.title}, from ${short(size.min)} (smallest) to ${short(size.max)} (biggest)`
      : 'Bigger nodes have more links',
  });
  if (encoding.legend.labels) entries.push({ swatch: { kind: 'none' }, text: encoding.legend.labels });
  return entries;
}
