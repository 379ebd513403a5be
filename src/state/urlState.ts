// The view in the address bar: short parameters that a link carries and a saved view stores. Pure: text in, a
// checked ViewPatch out, with a plain-language problem for everything dropped. Everything read here is untrusted
// (a link can be written by anyone): sizes are bounded, numbers clamped, ids checked against the graph, and
// nothing is ever used as markup.
import { z } from 'zod';
import type { StoryGraph } from '../model/graph';
import { NO_FILTERS, type Filters } from '../model/filters';
import type { TimeFilter } from '../model/timeFilter';
import { isoDay, parseIsoDay } from '../model/time';
import { FIXED_FACETS } from '../model/facets';
import { MAX_HOPS } from '../model/ego';
import type { Selection } from '../model/selection';
import { DEFAULT_APPEARANCE } from '../appearance/appearance';
import { METRICS } from '../model/metricNames';
import { LAYOUT_NAMES, type LayoutName } from '../appearance/layouts';
import { isFraming, type Camera, type Framing } from '../appearance/camera';
import type { PathQuery, ViewPatch } from './viewPatch';

/** The view a link describes, in full (encode writes only what differs from the defaults). */
export interface LinkedView {
  hash: string;
  filters: Filters;
  layout: LayoutName;
  selection: Selection | null;
  /** The part of the model in view (written by this explorer), or an older link's raw camera. */
  camera: Camera | Framing | null;
  appearance: typeof DEFAULT_APPEARANCE;
  ego: ViewPatch['ego'];
  path: PathQuery | null;
}

/** Keys the explorer owns; any other parameter (data, renderer, …) is left as it is. */
export const VIEW_KEYS = ['h', 'l', 's', 'c', 'f', 't', 'a', 'e', 'p'] as const;

const MAX_PARAM = 4000;
const MAX_ID = 500;
const MAX_LIST = 200;
const round = (value: number, places: number) => Number(value.toFixed(places));

export function encodeView(view: LinkedView): URLSearchParams {
  const params = new URLSearchParams();
  params.set('h', view.hash);
  params.set('l', view.layout);
  if (view.selection) params.set('s', `${view.selection.kind[0]}.${view.selection.id}`);
  if (view.camera) params.set('c', encodeCamera(view.camera));
  const filters = encodeFilters(view.filters);
  if (filters) params.set('f', filters);
  if (view.filters.time) params.set('t', encodeTime(view.filters.time));
  const { sizeBy, colourBy, labelBy, labelMinSize } = view.appearance;
  const plain = [sizeBy, colourBy, labelMinSize];
  // The label choice comes last and only when it is not the name, so links made before it existed read the same.
  const labelled = labelBy !== DEFAULT_APPEARANCE.labelBy;
  const { sizeBy: defaultSize, colourBy: defaultColour, labelMinSize: defaultMin } = DEFAULT_APPEARANCE;
  if (labelled || JSON.stringify(plain) !== JSON.stringify([defaultSize, defaultColour, defaultMin]))
    params.set('a', JSON.stringify(labelled ? [...plain, labelBy] : plain));
  if (view.ego)
    params.set('e', JSON.stringify([view.ego.centre, view.ego.hops, view.ego.direction, view.ego.expanded]));
  if (view.path) {
    const { from, to, directed, rules, bestSupported } = view.path;
    const r = rules ? [rules.minOrigins, +rules.excludeDisputed, +rules.happenedOnly] : 0;
    params.set('p', JSON.stringify([from, to, +directed, r, +bestSupported]));
  }
  return params;
}

/**
 * "x,y,width,height": the model rectangle in view, which the receiver fits into its own drawing (so a smaller screen
 * shows the same entities). Links written before carried "x,y,zoom", which is still read.
 */
function encodeCamera(camera: Camera | Framing): string {
  const numbers = isFraming(camera)
    ? [round(camera.x, 1), round(camera.y, 1), round(camera.width, 1), round(camera.height, 1)]
    : [round(camera.x, 1), round(camera.y, 1), round(camera.zoom, 4)];
  return numbers.join(',');
}

function decodeCamera(raw: string): Camera | Framing | null {
  const numbers = raw.split(',').map(Number);
  if (!numbers.every((n) => Number.isFinite(n)) || (numbers.length !== 3 && numbers.length !== 4)) return null;
  const [x, y, a, b] = numbers as [number, number, number, number?];
  if (Math.abs(x) >= 1e7 || Math.abs(y) >= 1e7 || !(a > 0)) return null;
  if (b === undefined) return { x, y, zoom: Math.min(6, Math.max(0.001, a)) };
  if (!(b > 0) || a >= 1e8 || b >= 1e8) return null;
  return { x, y, width: a, height: b };
}

/** "h.2025-10-01.2025-10-31.0": mode (happened, known by), from, to, undated shown. */
function encodeTime(time: TimeFilter): string {
  return [time.mode === 'happened' ? 'h' : 'k', isoDay(time.from), isoDay(time.to), +time.showUndated].join('.');
}

function decodeTime(raw: string): TimeFilter | null {
  const match = /^([hk])\.(\d{4}-\d{2}-\d{2})\.(\d{4}-\d{2}-\d{2})\.([01])$/.exec(raw);
  const from = match && parseIsoDay(match[2]!);
  const to = match && parseIsoDay(match[3]!);
  if (!match || from === undefined || to === undefined || from === null || to === null) return null;
  return {
    mode: match[1] === 'h' ? 'happened' : 'known-by',
    from: Math.min(from, to),
    to: Math.max(from, to),
    showUndated: match[4] === '1',
  };
}

function encodeFilters(filters: Filters): string | null {
  const out: Record<string, unknown> = {};
  if (filters.picks.size) out.p = Object.fromEntries(filters.picks);
  if (filters.ranges.size) out.r = Object.fromEntries(filters.ranges);
  if (filters.minCorroboration) out.m = filters.minCorroboration;
  if (filters.corroborateBy !== NO_FILTERS.corroborateBy) out.o = filters.corroborateBy;
  if (filters.hideOrphans) out.h = 1;
  // The faded context, when not the default (country alone); links written before it could be set per filter
  // said only x=0 for "not for country".
  const context = filters.contextFacets;
  const defaultContext = NO_FILTERS.contextFacets;
  if (context.length !== defaultContext.length || context.some((id) => !defaultContext.includes(id))) out.c = context;
  return Object.keys(out).length ? JSON.stringify(out) : null;
}

export interface DecodedView {
  patch: ViewPatch;
  /** One plain sentence per parameter (or part of one) that could not be used. */
  problems: string[];
  /** The link was made on other data (its hash differs from the data's now). */
  stale: boolean;
  /** Whether the address carries a view at all. */
  present: boolean;
}

const id = z.string().min(1).max(MAX_ID);
const idList = z.array(id).max(MAX_LIST);
const finite = z.number().finite();
const filtersShape = z
  .object({
    p: z.record(z.string().max(MAX_ID), idList).optional(),
    r: z.record(z.string().max(MAX_ID), z.tuple([finite, finite])).optional(),
    m: z.number().int().min(0).max(1000).optional(),
    o: z.enum(['origins', 'articles']).optional(),
    h: z.literal(1).optional(),
    x: z.literal(0).optional(),
    c: z.array(z.string().max(MAX_ID)).max(MAX_LIST).optional(),
  })
  .strict();
const appearanceShape = z.union([
  z.tuple([z.string().max(MAX_ID), z.string().max(MAX_ID), z.number().min(0).max(1000)]),
  z.tuple([z.string().max(MAX_ID), z.string().max(MAX_ID), z.number().min(0).max(1000), z.string().max(MAX_ID)]),
]);
const egoShape = z.tuple([id, z.number().int().min(1).max(MAX_HOPS), z.enum(['both', 'out', 'in']), idList]);
const pathShape = z.tuple([
  id,
  id,
  z.union([z.literal(0), z.literal(1)]),
  z.union([z.literal(0), z.tuple([z.number().int().min(1).max(20), z.number(), z.number()])]),
  z.union([z.literal(0), z.literal(1)]),
]);

/** Shortens untrusted text for a message (the message is shown as text, never as markup). */
export function quoteForMessage(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `“${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}”`;
}

function parseJson<T>(raw: string, shape: z.ZodType<T>): T | null {
  try {
    const parsed = shape.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const SELECTION_KINDS = { e: 'entity', r: 'relation', s: 'source' } as const;

/**
 * Reads a view from link parameters against the graph it is meant for. What cannot be used is dropped and named in
 * `problems`: unknown layouts, ids the graph lacks, malformed or oversized values.
 */
export function decodeView(params: URLSearchParams, graph: StoryGraph, hash: string): DecodedView {
  const problems: string[] = [];
  const patch: ViewPatch = {};
  const present = VIEW_KEYS.some((key) => params.has(key));
  const get = (key: string, what: string): string | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    if (raw.length > MAX_PARAM) {
      problems.push(
        `The ${what} in the link was too long (${raw.length.toLocaleString('en')} characters) and was ignored.`,
      );
      return null;
    }
    return raw;
  };
  const hasEntity = (key: string) => graph.hasNode(key);
  const stale = params.has('h') && params.get('h') !== hash;

  const layout = get('l', 'layout');
  if (layout !== null) {
    if ((LAYOUT_NAMES as string[]).includes(layout)) patch.layout = layout as LayoutName;
    else problems.push(`The layout ${quoteForMessage(layout)} is not one this explorer has; the current one stays.`);
  }

  const filtersRaw = get('f', 'filter');
  if (filtersRaw !== null) {
    const parsed = parseJson(filtersRaw, filtersShape);
    const facets = parsed ? [...Object.keys(parsed.p ?? {}), ...Object.keys(parsed.r ?? {}), ...(parsed.c ?? [])] : [];
    const unknown = facets.find((facet) => !knownFacet(facet, graph));
    if (!parsed) problems.push('The filters in the link could not be read and were ignored.');
    else if (unknown !== undefined)
      problems.push(
        `The filter on ${quoteForMessage(unknown)} does not apply to this graph; the filters were ignored.`,
      );
    else patch.filters = filtersFrom(parsed);
  }

  const timeRaw = get('t', 'time range');
  if (timeRaw !== null) {
    const time = decodeTime(timeRaw);
    if (time) patch.time = time;
    else
      problems.push(`The time range ${quoteForMessage(timeRaw)} in the link could not be read; time does not filter.`);
  }

  const appearanceRaw = get('a', 'appearance');
  if (appearanceRaw !== null) {
    const parsed = parseJson(appearanceRaw, appearanceShape);
    const known = parsed && knownChoice(parsed[0], 'degree', graph) && knownChoice(parsed[1], 'type', graph);
    if (!parsed || !known) problems.push('The appearance in the link could not be used; the default is used.');
    else {
      // A label choice this graph cannot show costs only the label: sizes and colours still come through.
      let labelBy = parsed[3] ?? DEFAULT_APPEARANCE.labelBy;
      if (!knownLabel(labelBy, graph)) {
        problems.push(
          `The link labels nodes by ${quoteForMessage(labelBy.replace(/^attr:/, ''))}, which this graph's entities do not have; they show their names.`,
        );
        labelBy = DEFAULT_APPEARANCE.labelBy;
      }
      patch.appearance = { sizeBy: parsed[0], colourBy: parsed[1], labelBy, labelMinSize: parsed[2] };
    }
  }

  const egoRaw = get('e', 'neighbourhood');
  if (egoRaw !== null) {
    const parsed = parseJson(egoRaw, egoShape);
    if (!parsed) problems.push('The neighbourhood in the link could not be read and was ignored.');
    else if (!hasEntity(parsed[0]))
      problems.push(`The neighbourhood's centre ${quoteForMessage(parsed[0])} is not in this graph; it was ignored.`);
    else
      patch.ego = { centre: parsed[0], hops: parsed[1], direction: parsed[2], expanded: parsed[3].filter(hasEntity) };
  }

  const pathRaw = get('p', 'path');
  if (pathRaw !== null) {
    const parsed = parseJson(pathRaw, pathShape);
    if (!parsed) problems.push('The path in the link could not be read and was ignored.');
    else if (!hasEntity(parsed[0]) || !hasEntity(parsed[1]))
      problems.push('An end of the path in the link is not in this graph; the path was ignored.');
    else {
      const r = parsed[3];
      patch.path = {
        from: parsed[0],
        to: parsed[1],
        directed: parsed[2] === 1,
        rules: r === 0 ? null : { minOrigins: r[0], excludeDisputed: r[1] === 1, happenedOnly: r[2] === 1 },
        bestSupported: parsed[4] === 1,
      };
    }
  }

  const selectionRaw = get('s', 'selection');
  if (selectionRaw !== null) {
    const kind = SELECTION_KINDS[selectionRaw[0] as keyof typeof SELECTION_KINDS];
    const key = selectionRaw.slice(2);
    const known =
      kind === 'entity'
        ? graph.hasNode(key)
        : kind === 'relation'
          ? graph.hasEdge(key)
          : kind === 'source' && graph.getAttribute('sourceIndex').byId.has(key);
    if (kind && selectionRaw[1] === '.' && key.length <= MAX_ID && known) patch.selection = { kind, id: key };
    else
      problems.push(
        `The selected item ${quoteForMessage(key || selectionRaw)} is not in this graph; nothing is selected.`,
      );
  }

  const cameraRaw = get('c', 'camera');
  if (cameraRaw !== null) {
    const camera = decodeCamera(cameraRaw);
    if (camera) patch.camera = camera;
    else problems.push('The camera position in the link could not be read; the whole graph is shown.');
  }
  // A whole view (one this explorer wrote: it carries the hash) leaves out what was at its default; a hand-made
  // link with some parameters changes only those.
  if (params.has('h')) {
    patch.filters ??= NO_FILTERS;
    patch.time ??= null;
    patch.appearance ??= DEFAULT_APPEARANCE;
    if (!params.has('s')) patch.selection ??= null;
    if (!params.has('e')) patch.ego ??= null;
    if (!params.has('p')) patch.path ??= null;
  }
  return { patch, problems, stale, present };
}

/** A size or colour choice this graph can show: the default, a metric the explorer has, or an attribute it holds. */
function knownChoice(choice: string, fallback: string, graph: StoryGraph): boolean {
  if (choice === fallback) return true;
  if (choice.startsWith('metric:')) return Object.hasOwn(METRICS, choice.slice(7));
  if (choice.startsWith('attr:')) return hasAttribute(graph, choice.slice(5));
  return false;
}

/**
 * A label choice the Appearance panel offers for this graph: the name, none, or an attribute some entity holds as
 * text (numbers size and shade, they do not label).
 */
function knownLabel(choice: string, graph: StoryGraph): boolean {
  if (choice === 'name' || choice === 'none') return true;
  if (!choice.startsWith('attr:')) return false;
  const name = choice.slice('attr:'.length);
  return graph.someNode(
    (_key, entity) =>
      entity.attributes !== undefined &&
      Object.hasOwn(entity.attributes, name) &&
      typeof entity.attributes[name] === 'string',
  );
}

function hasAttribute(graph: StoryGraph, name: string): boolean {
  return graph.someNode((_key, entity) => entity.attributes !== undefined && Object.hasOwn(entity.attributes, name));
}

/** Fixed facets, or attribute facets (`entity:attr:<name>`, `relation:attr:<name>`) the graph's items carry. */
function knownFacet(facet: string, graph: StoryGraph): boolean {
  if ((Object.values(FIXED_FACETS) as string[]).includes(facet)) return true;
  const match = /^(entity|relation):attr:(.*)$/s.exec(facet);
  if (!match) return false;
  const name = match[2]!;
  return match[1] === 'entity'
    ? hasAttribute(graph, name)
    : graph.someEdge((_key, relation) => relation.attributes !== undefined && Object.hasOwn(relation.attributes, name));
}

function filtersFrom(parsed: z.infer<typeof filtersShape>): Filters {
  return {
    picks: new Map(Object.entries(parsed.p ?? {})),
    ranges: new Map(
      Object.entries(parsed.r ?? {}).map(([k, [a, b]]) => [k, [Math.min(a, b), Math.max(a, b)] as const]),
    ),
    minCorroboration: parsed.m ?? 0,
    corroborateBy: parsed.o ?? NO_FILTERS.corroborateBy,
    hideOrphans: parsed.h === 1,
    // Only entity filters have far ends to fade; each once.
    contextFacets: parsed.c
      ? [...new Set(parsed.c.filter((facet) => facet.startsWith('entity:')))]
      : parsed.x === 0
        ? []
        : NO_FILTERS.contextFacets,
  };
}
