// Cytoscape.js JSON (cy.json(), element arrays) and Cytoscape desktop .cyjs: everything lives in each element's
// `data`, read with own-property checks only, so keys like "__proto__" or "constructor" stay ordinary attributes.
// Colour and size are data too (`color`, `size`), for a stylesheet to map (cytoscapeStyle.ts writes one); a
// `style` bypass in another tool's file is still read.
import { ImportError } from './types';
import type { AttrValue, Attributes, ImportedEdge, ImportedGraph, ImportedNode } from './types';
import {
  GraphBuilder,
  finiteOr,
  guard,
  isPlainObject,
  nodeLook,
  normaliseColour,
  own,
  parseBoolean,
  quote,
  renamer,
  requireText,
} from './shared';
import type { Warnings } from './shared';
import { parseJson } from './json';

/** `data` keys that are element fields, not attributes. An attribute of that name is written as name_2. */
const NODE_FIELDS = new Set(['id', 'label', 'color', 'size']);
const EDGE_FIELDS = new Set(['id', 'source', 'target', 'label', 'weight', 'directed']);

class Reader {
  private flattened = 0;
  constructor(readonly builder: GraphBuilder) {}

  get warnings(): Warnings {
    return this.builder.warnings;
  }

  /**
   * Attribute values must be scalars; nested structures are kept as their JSON text. `where` names the value in a
   * warning; it is a function because building that text for each of 100k clean values costs more than reading them.
   */
  value(raw: unknown, where: () => string): AttrValue | undefined {
    if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
    if (typeof raw === 'number') return this.finite(raw, where);
    if (raw === null || raw === undefined) return undefined;
    if (this.flattened++ === 0) this.warnings.add(`${where()}: lists and objects in data are kept as JSON text.`);
    return JSON.stringify(raw);
  }

  /** finiteOr, naming the value only when there is something to warn about. */
  finite(raw: unknown, where: () => string): number | undefined {
    if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
    return finiteOr(raw, where(), this.warnings);
  }

  attributes(data: Record<string, unknown>, skip: Set<string>, what: () => string): Attributes {
    const bag: Attributes = new Map();
    for (const key of Object.keys(data)) {
      if (skip.has(key)) continue;
      const value = this.value(own(data, key), () => `${what()}, ${quote(key)}`);
      if (value !== undefined) bag.set(key, value);
    }
    return bag;
  }

  node(element: Record<string, unknown>, data: Record<string, unknown>, index: number): ImportedNode {
    const id = idOf(own(data, 'id'));
    if (id === undefined) throw new ImportError('malformed', `Node #${index + 1} has no id (data.id).`);
    const what = () => `Node ${quote(id)}`;
    const label = textOf(own(data, 'label')) ?? textOf(own(data, 'name'));
    const look = nodeLook(data);
    const node: ImportedNode = { id, attributes: this.attributes(data, look.fields, what) };
    if (label !== undefined) node.label = label;
    if (look.color !== undefined) node.color = look.color;
    if (look.size !== undefined) node.size = look.size;
    const position = own(element, 'position');
    if (isPlainObject(position)) {
      const x = this.finite(own(position, 'x'), () => `${what()}, position x`);
      const y = this.finite(own(position, 'y'), () => `${what()}, position y`);
      if (x !== undefined && y !== undefined) Object.assign(node, { x, y });
    }
    const style = own(element, 'style');
    if (isPlainObject(style)) {
      const background = own(style, 'background-color');
      if (typeof background === 'string') {
        const colour = normaliseColour(background);
        if (colour) node.color = colour;
        else this.warnings.add(`${what()}: colour ${quote(background)} is not a hex colour; dropped.`);
      }
      const size = own(style, 'width') ?? own(style, 'height');
      if (size !== undefined) {
        const value = this.finite(size, () => `${what()}, size`);
        if (value !== undefined) node.size = value;
      }
    }
    return node;
  }

  edge(data: Record<string, unknown>, index: number): ImportedEdge {
    const id = idOf(own(data, 'id'));
    const source = idOf(own(data, 'source'));
    const target = idOf(own(data, 'target'));
    if (source === undefined || target === undefined) {
      throw new ImportError(
        'malformed',
        `Edge #${index + 1}${id === undefined ? '' : ` (id ${quote(id)})`} has no source or target.`,
      );
    }
    const what = () => `Edge ${quote(id ?? `${source} → ${target}`)}`;
    // Cytoscape draws every edge from source to target, so an edge is directed unless the file says otherwise.
    let directed = true;
    const flag = own(data, 'directed');
    if (typeof flag === 'boolean') directed = flag;
    else if (flag !== undefined && flag !== null) {
      const parsed = parseBoolean(String(flag));
      if (parsed === undefined)
        this.warnings.add(`${what()}: directed=${quote(String(flag))} is not true or false; ignored.`);
      else directed = parsed;
    }
    const edge: ImportedEdge = { source, target, directed, attributes: this.attributes(data, EDGE_FIELDS, what) };
    if (id !== undefined) edge.id = id;
    const label = textOf(own(data, 'label'));
    if (label !== undefined) edge.label = label;
    const weight = own(data, 'weight');
    if (weight !== undefined && weight !== null) {
      const value = this.finite(weight, () => `${what()}, weight`);
      if (value !== undefined) edge.weight = value;
    }
    return edge;
  }
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;
}

function listOf(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ImportError('malformed', `"${what}" should be a list.`);
  return value;
}

export function parseCytoscapeJson(text: string): ImportedGraph {
  return guard('cytoscape-json', () =>
    readCytoscapeJson(parseJson(requireText(text, 'cytoscape-json'), 'cytoscape-json')),
  );
}

/** Reads Cytoscape JSON already parsed (and depth-checked by parseJson). Throws ImportError. */
export function readCytoscapeJson(json: unknown): ImportedGraph {
  return guard('cytoscape-json', () => {
    const builder = new GraphBuilder('cytoscape-json');
    const reader = new Reader(builder);
    let nodes: unknown[] = [];
    let edges: unknown[] = [];
    let mixed: unknown[] = [];
    if (Array.isArray(json)) mixed = json;
    else if (isPlainObject(json)) {
      const elements = own(json, 'elements');
      if (elements === undefined && Array.isArray(own(json, 'nodes')) && Array.isArray(own(json, 'edges'))) {
        // A bare { nodes, edges } object, which cytoscape.js itself accepts as elements.
        nodes = listOf(own(json, 'nodes'), 'nodes');
        edges = listOf(own(json, 'edges'), 'edges');
      } else if (Array.isArray(elements)) mixed = elements;
      else if (isPlainObject(elements)) {
        nodes = listOf(own(elements, 'nodes'), 'elements.nodes');
        edges = listOf(own(elements, 'edges'), 'elements.edges');
      } else
        throw new ImportError(
          'malformed',
          'This is not Cytoscape JSON: there is no "elements" list or { nodes, edges } object.',
        );
      const data = own(json, 'data');
      if (isPlainObject(data))
        for (const [k, v] of reader.attributes(data, new Set(), () => 'Graph data')) builder.attributes.set(k, v);
    } else
      throw new ImportError(
        'malformed',
        'This is not Cytoscape JSON: expected an object with "elements" or a list of elements.',
      );

    // Nodes first, whatever the order in the file, so edges can be checked against all of them.
    const pending: [Record<string, unknown>, number][] = [];
    const take = (element: unknown, index: number, group?: 'nodes' | 'edges') => {
      if (!isPlainObject(element)) throw new ImportError('malformed', `Element #${index + 1} is not an object.`);
      const data = own(element, 'data');
      if (!isPlainObject(data)) throw new ImportError('malformed', `Element #${index + 1} has no "data" object.`);
      const declared = own(element, 'group');
      const kind =
        group ??
        (declared === 'nodes' || declared === 'edges'
          ? declared
          : own(data, 'source') !== undefined && own(data, 'target') !== undefined
            ? 'edges'
            : 'nodes');
      if (kind === 'nodes') builder.addNode(reader.node(element, data, index));
      else pending.push([data, index]);
    };
    mixed.forEach((element, i) => take(element, i));
    nodes.forEach((element, i) => take(element, i, 'nodes'));
    edges.forEach((element, i) => take(element, i, 'edges'));
    for (const [data, index] of pending) builder.addEdge(reader.edge(data, index));
    return builder.finish();
  });
}

// ---------------------------------------------------------------------------------------------------------------

/** A prototype-free record, so an attribute called "__proto__" becomes an ordinary key in the output. */
function record(
  fields: [string, unknown][],
  bag: Attributes,
  rename: (name: string) => string,
): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of fields) if (value !== undefined) out[key] = value;
  for (const [name, value] of bag) if (typeof value !== 'number' || Number.isFinite(value)) out[rename(name)] = value;
  return out;
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/**
 * Writes the .cyjs layout ({ data, elements: { nodes, edges } }) that Cytoscape.js and Cytoscape desktop read.
 * Colour and size go into node data (`color`, `size`), never into a `style` bypass: a bypass makes cytoscape.js warn
 * once per node and overrides any style the user applies. Direction goes into edge data `directed`.
 */
export function writeCytoscapeJson(g: ImportedGraph): string {
  const nodeRename = renamer(new Set(g.nodes.flatMap((n) => [...n.attributes.keys()])), (n) => NODE_FIELDS.has(n));
  const edgeRename = renamer(new Set(g.edges.flatMap((e) => [...e.attributes.keys()])), (n) => EDGE_FIELDS.has(n));
  const nodes = g.nodes.map((n) => {
    const element: Record<string, unknown> = {
      data: record(
        [
          ['id', n.id],
          ['label', n.label],
          ['color', n.color === undefined ? undefined : normaliseColour(n.color)],
          ['size', finite(n.size) ? n.size : undefined],
        ],
        n.attributes,
        nodeRename,
      ),
    };
    if (finite(n.x) && finite(n.y)) element.position = { x: n.x, y: n.y };
    return JSON.stringify(element);
  });
  const edges = g.edges.map((e) => {
    const fields: [string, unknown][] = [
      ['id', e.id],
      ['source', e.source],
      ['target', e.target],
      ['directed', e.directed],
      ['label', e.label],
      ['weight', finite(e.weight) ? e.weight : undefined],
    ];
    return JSON.stringify({ data: record(fields, e.attributes, edgeRename) });
  });
  const head = {
    format_version: '1.0',
    generated_by: 'story-graph-explorer',
    target_cytoscapejs_version: '~3',
    data: record([], g.attributes, (n) => n),
  };
  const list = (items: string[]) => (items.length ? `[\n${items.join(',\n')}\n]` : '[]');
  return `${JSON.stringify(head).slice(0, -1)},"elements":{"nodes":${list(nodes)},"edges":${list(edges)}}}\n`;
}
