// The one visual encoding of entities, derived from the state (what to size and colour by, and the metrics
// computed so far) and drawn alike by both renderers: colour, shape, size and label per node, and what the legend
// says about them. Pure: tested in Node. Links get theirs from edgeLook.ts.
import type { StoryGraph } from '../model/graph';
import type { Entity } from '../model/schema';
import { METRICS, type MetricId } from '../model/metricNames';
import { MAX_SIZE, MIN_SIZE, nodeSizer, sizeOnScale } from './nodeSize';

export { MAX_SIZE, MIN_SIZE };

/** `degree`, `metric:<id>` or `attr:<name>`. */
export type SizeBy = string;
/** `type`, `metric:<id>` (community and component as categories, the rest as a gradient) or `attr:<name>`. */
export type ColourBy = string;
/** `name` (the entity's label), `attr:<name>` (that attribute's value) or `none`. */
export type LabelBy = string;

export interface Appearance {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** What text a node carries. */
  labelBy: LabelBy;
  /** Labels show only on nodes drawn at least this big (model units); 0 shows every label. */
  labelMinSize: number;
}

export const DEFAULT_APPEARANCE: Appearance = { sizeBy: 'degree', colourBy: 'type', labelBy: 'name', labelMinSize: 0 };

/** Metric values by node key. */
export type MetricValues = ReadonlyMap<MetricId, ReadonlyMap<string, number>>;

export interface NodeLook {
  colour: string;
  shape: string;
  size: number;
  /** Empty when nothing is to be drawn (no label chosen, no value for it, or below the minimum size). */
  label: string;
  /** "+N": N of the entity's neighbours are not loaded from the server (view/badges.ts); empty for none. */
  badge: string;
}

export type ColourLegend =
  | { kind: 'type' }
  | { kind: 'categories'; title: string; entries: { value: string; colour: string }[]; others: boolean }
  | { kind: 'gradient'; title: string; min: number; max: number; from: string; to: string };

export interface NodeEncoding {
  look(key: string): NodeLook;
  legend: {
    size: { title: string; min: number; max: number } | null;
    colour: ColourLegend;
    /** What the labels show when not the names ("Labels: nickname", "No labels"); null for names. */
    labels: string | null;
  };
  /** Metrics the encoding needs that are not computed yet (the view shows the default until they are). */
  missing: MetricId[];
  /**
   * Says which looks it gives, for an encoding that depends on the graph and the appearance alone (no metric
   * values, no badges): two such encodings of one graph with the same key give the same looks. A scene styled ahead
   * (view/scene.ts, prepareSceneInSlices) is then not styled again.
   */
  looksKey?: string;
}

export const GRADIENT = { from: '#bfdbfe', to: '#1e3a8a' } as const;
export const CATEGORY_PALETTE = [
  '#2563eb',
  '#d97706',
  '#059669',
  '#db2777',
  '#7c3aed',
  '#0891b2',
  '#dc2626',
  '#65a30d',
  '#9333ea',
  '#ea580c',
  '#0d9488',
  '#be123c',
];
const OTHER_COLOUR = '#9ca3af';

/** The values a `metric:<id>` or `attr:<name>` choice stands for, or null when not (yet) known. */
function valuesOf(
  choice: string,
  metrics: MetricValues,
): { title: string; get: (key: string, e: Entity) => unknown } | null {
  if (choice.startsWith('metric:')) {
    const id = choice.slice('metric:'.length) as MetricId;
    const values = metrics.get(id);
    if (!values || !Object.hasOwn(METRICS, id)) return null;
    return { title: METRICS[id].label, get: (key) => values.get(key) };
  }
  if (choice.startsWith('attr:')) {
    const name = choice.slice('attr:'.length);
    return {
      title: name,
      get: (_key, e) => (e.attributes && Object.hasOwn(e.attributes, name) ? e.attributes[name] : undefined),
    };
  }
  return null;
}

const numbersIn = (graph: StoryGraph, get: (key: string, e: Entity) => unknown) => {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((key, e) => {
    const v = get(key, e);
    if (typeof v === 'number' && Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  });
  return min <= max ? { min, max } : null;
};

/** A colour between two #rrggbb colours, t from 0 to 1. */
export function mix(from: string, to: string, t: number): string {
  const a = parseInt(from.slice(1), 16);
  const b = parseInt(to.slice(1), 16);
  const channel = (shift: number) => Math.round(((a >> shift) & 255) * (1 - t) + ((b >> shift) & 255) * t);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

/**
 * The text a label choice puts on an entity. An entity without the chosen attribute gets none rather than its name,
 * so every label on screen is a value of the one field the user picked. Unknown choices (links are checked before
 * they get here) fall back to the name.
 */
function labelsLegend(labelBy: LabelBy): string | null {
  if (labelBy === 'none') return 'No labels';
  return labelBy.startsWith('attr:') ? `Labels: ${labelBy.slice('attr:'.length)}` : null;
}

function labelSource(labelBy: LabelBy): (e: Entity) => string {
  if (labelBy === 'none') return () => '';
  if (labelBy.startsWith('attr:')) {
    const name = labelBy.slice('attr:'.length);
    return (e) => {
      const value = e.attributes && Object.hasOwn(e.attributes, name) ? e.attributes[name] : undefined;
      return value === undefined ? '' : String(value);
    };
  }
  return (e) => e.label;
}

export function encodeNodes(
  graph: StoryGraph,
  appearance: Appearance,
  metrics: MetricValues = new Map(),
  leftOut?: (key: string) => number,
): NodeEncoding {
  const styles = graph.getAttribute('styles');
  const missing: MetricId[] = [];
  const need = (choice: string) => {
    if (choice.startsWith('metric:') && !metrics.has(choice.slice(7) as MetricId))
      missing.push(choice.slice(7) as MetricId);
  };
  need(appearance.sizeBy);
  need(appearance.colourBy);

  // Size: degree (the file's own size wins), or a number scaled by its square root between MIN_SIZE and MAX_SIZE.
  let sizeOf: (key: string, e: Entity) => number;
  let sizeLegend: NodeEncoding['legend']['size'] = null;
  const sizeSource = appearance.sizeBy === 'degree' ? null : valuesOf(appearance.sizeBy, metrics);
  const sizeRange = sizeSource ? numbersIn(graph, sizeSource.get) : null;
  if (sizeSource && sizeRange) {
    const { min, max } = sizeRange;
    sizeOf = (key, e) => {
      const v = sizeSource.get(key, e);
      if (typeof v !== 'number' || !Number.isFinite(v)) return MIN_SIZE;
      return sizeOnScale(max > min ? (v - min) / (max - min) : 1);
    };
    sizeLegend = { title: sizeSource.title, min, max };
  } else {
    const byDegree = nodeSizer(graph);
    sizeOf = (key) => byDegree(key);
  }

  // Colour: the entity type (the file's colour wins), categories from a palette, or numbers as a gradient.
  let colourOf: (key: string, e: Entity) => string = (_key, e) => e.color ?? styles.entity(e.type).color;
  let colourLegend: ColourLegend = { kind: 'type' };
  const colourSource = appearance.colourBy === 'type' ? null : valuesOf(appearance.colourBy, metrics);
  if (colourSource) {
    const id = appearance.colourBy.slice('metric:'.length) as MetricId;
    const categorical =
      (appearance.colourBy.startsWith('metric:') && METRICS[id]?.kind === 'categorical') ||
      (appearance.colourBy.startsWith('attr:') && graph.someNode((k, e) => typeof colourSource.get(k, e) === 'string'));
    if (categorical) {
      const counts = new Map<string, number>();
      graph.forEachNode((k, e) => {
        const v = colourSource.get(k, e);
        if (v !== undefined) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      });
      const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
      const palette = new Map(ranked.slice(0, CATEGORY_PALETTE.length).map((v, i) => [v, CATEGORY_PALETTE[i]!]));
      colourOf = (k, e) => {
        const v = colourSource.get(k, e);
        return (v !== undefined && palette.get(String(v))) || OTHER_COLOUR;
      };
      const metricLabel = (v: string) =>
        appearance.colourBy === 'metric:community' ? `community ${Number(v) + 1}` : v;
      colourLegend = {
        kind: 'categories',
        title: colourSource.title,
        entries: [...palette].map(([value, colour]) => ({
          value: appearance.colourBy.startsWith('metric:') ? metricLabel(value) : value,
          colour,
        })),
        others: ranked.length > palette.size,
      };
    } else {
      const range = numbersIn(graph, colourSource.get);
      if (range) {
        const { min, max } = range;
        colourOf = (k, e) => {
          const v = colourSource.get(k, e);
          if (typeof v !== 'number' || !Number.isFinite(v)) return OTHER_COLOUR;
          return mix(GRADIENT.from, GRADIENT.to, max > min ? (v - min) / (max - min) : 1);
        };
        colourLegend = { kind: 'gradient', title: colourSource.title, min, max, ...GRADIENT };
      }
    }
  }

  const labelOf = labelSource(appearance.labelBy);
  return {
    look(key) {
      const e = graph.getNodeAttributes(key);
      const size = sizeOf(key, e);
      return {
        colour: colourOf(key, e),
        shape: styles.entity(e.type).shape,
        size,
        label: size >= appearance.labelMinSize ? labelOf(e) : '',
        badge: badgeText(leftOut?.(key) ?? 0),
      };
    },
    legend: { size: sizeLegend, colour: colourLegend, labels: labelsLegend(appearance.labelBy) },
    missing,
    ...(metrics.size === 0 && !leftOut ? { looksKey: JSON.stringify(appearance) } : {}),
  };
}

/** The badge for N neighbours left out: "+N" in full ("+12,345"), never rounded; empty for none. */
export function badgeText(n: number): string {
  return n > 0 ? `+${n.toLocaleString('en')}` : '';
}
