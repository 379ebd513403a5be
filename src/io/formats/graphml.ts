// GraphML (yEd, Gephi, NetworkX...): typed <key> declarations kept in Maps (never plain objects), defaults,
// per-edge direction, parallel edges, yEd node graphics; nested graphs are flattened with a warning.
import { ImportError } from './types';
import type { Attributes, ImportedEdge, ImportedGraph, ImportedNode } from './types';
import {
  GraphBuilder,
  collectColumns,
  colourToRgb,
  columnKey,
  finiteOr,
  guard,
  normaliseColour,
  parseBoolean,
  parseNumber,
  quote,
  renamer,
  requireText,
  rgbToColour,
  typedValue,
} from './shared';
import type { Column, ValueKind, Warnings } from './shared';
import { attrs, childrenNamed, escapeText, findDescendant, firstChild, readXml } from './xml';
import type { XmlElement } from './xml';

interface Key {
  domain: string;
  name: string;
  kind: ValueKind;
  yfiles?: string;
  default?: string;
}

/** One value for an element: from its <data>, or from the key's <default>. */
interface Datum {
  name: string;
  raw: string;
  kind: ValueKind;
  key: Key | undefined;
  element?: XmlElement;
}

/** Attribute names (lower case) that the reader maps onto node and edge fields rather than attributes. */
const NODE_FIELDS = new Set(['label', 'x', 'y', 'size', 'color', 'colour', 'r', 'g', 'b']);
const EDGE_FIELDS = new Set(['label', 'edge label', 'weight']);

function kindOf(type: string | undefined): ValueKind {
  const t = (type ?? 'string').trim().toLowerCase();
  if (t === 'int' || t === 'long' || t === 'float' || t === 'double') return 'number';
  return t === 'boolean' ? 'boolean' : 'string';
}

function readKeys(root: XmlElement): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of childrenNamed(root, 'key')) {
    const id = k.attrs.get('id');
    if (id === undefined) continue;
    const key: Key = {
      domain: (k.attrs.get('for') ?? 'all').trim().toLowerCase(),
      name: k.attrs.get('attr.name') ?? id,
      kind: kindOf(k.attrs.get('attr.type')),
      yfiles: k.attrs.get('yfiles.type'),
    };
    const def = firstChild(k, 'default');
    if (def) key.default = def.text;
    keys.set(id, key);
  }
  return keys;
}

class Reader {
  readonly undeclared = new Set<string>();
  nested = 0;
  hyperedges = 0;
  constructor(
    readonly builder: GraphBuilder,
    readonly keys: Map<string, Key>,
  ) {}

  get warnings(): Warnings {
    return this.builder.warnings;
  }

  data(element: XmlElement, domain: string): Datum[] {
    const out: Datum[] = [];
    const used = new Set<string>();
    for (const d of childrenNamed(element, 'data')) {
      const id = d.attrs.get('key') ?? '';
      used.add(id);
      const key = this.keys.get(id);
      if (!key && !this.undeclared.has(id)) {
        this.undeclared.add(id);
        this.warnings.add(`Data key ${quote(id)} is not declared with <key>; read as text.`);
      }
      out.push({ name: key?.name ?? id, raw: d.text, kind: key?.kind ?? 'string', key, element: d });
    }
    for (const [id, key] of this.keys) {
      if (!used.has(id) && key.default !== undefined && (key.domain === domain || key.domain === 'all')) {
        out.push({ name: key.name, raw: key.default, kind: key.kind, key });
      }
    }
    return out;
  }

  /** yEd keeps label, position and colour inside its own graphics payload. */
  yed(datum: Datum, node: ImportedNode, what: string): void {
    if (!datum.element) return;
    const label = findDescendant(datum.element, 'NodeLabel')?.text.trim();
    if (label && node.label === undefined) node.label = label;
    const geometry = findDescendant(datum.element, 'Geometry');
    if (geometry && node.x === undefined) {
      const x = finiteOr(geometry.attrs.get('x'), `${what}, x`, this.warnings);
      const y = finiteOr(geometry.attrs.get('y'), `${what}, y`, this.warnings);
      if (x !== undefined && y !== undefined) Object.assign(node, { x, y });
    }
    const fill = findDescendant(datum.element, 'Fill')?.attrs.get('color');
    const colour = fill === undefined ? undefined : normaliseColour(fill);
    if (colour && node.color === undefined) node.color = colour;
  }

  node(element: XmlElement): ImportedNode {
    const id = element.attrs.get('id');
    if (id === undefined) throw new ImportError('malformed', 'A <node> has no id.');
    const what = `Node ${quote(id)}`;
    const node: ImportedNode = { id, attributes: new Map() };
    const rgb = new Map<string, Datum>();
    for (const d of this.data(element, 'node')) {
      if (d.key?.yfiles !== undefined) {
        if (d.key.yfiles === 'nodegraphics') this.yed(d, node, what);
        continue;
      }
      const field = d.name.toLowerCase();
      const taken =
        field === 'label' ? node.label : field === 'color' || field === 'colour' ? node.color : node[field as 'x'];
      if (!NODE_FIELDS.has(field) || taken !== undefined || rgb.has(field)) {
        node.attributes.set(d.name, typedValue(d.raw, d.kind, `${what}, ${quote(d.name)}`, this.warnings));
      } else if (field === 'label') node.label = d.raw;
      else if (field === 'r' || field === 'g' || field === 'b') rgb.set(field, d);
      else if (field === 'color' || field === 'colour') {
        const colour = normaliseColour(d.raw);
        if (colour) node.color = colour;
        else this.warnings.add(`${what}: colour ${quote(d.raw)} is not a hex colour; dropped.`);
      } else {
        const value = finiteOr(d.raw, `${what}, ${d.name}`, this.warnings);
        if (value !== undefined) node[field as 'x' | 'y' | 'size'] = value;
      }
    }
    // Gephi writes colour as three r, g, b columns; only all three together make a colour.
    const [r, g, b] = ['r', 'g', 'b'].map((c) => rgb.get(c));
    const colour = r && g && b ? rgbToColour(parseNumber(r.raw), parseNumber(g.raw), parseNumber(b.raw)) : undefined;
    if (colour && node.color === undefined) node.color = colour;
    else
      for (const d of rgb.values())
        node.attributes.set(d.name, typedValue(d.raw, d.kind, `${what}, ${quote(d.name)}`, this.warnings));
    return node;
  }

  edge(element: XmlElement, defaultDirected: boolean): ImportedEdge {
    const source = element.attrs.get('source');
    const target = element.attrs.get('target');
    const id = element.attrs.get('id');
    if (source === undefined || target === undefined) {
      throw new ImportError(
        'malformed',
        `An <edge>${id === undefined ? '' : ` (id ${quote(id)})`} has no source or target.`,
      );
    }
    const what = `Edge ${quote(id ?? `${source} → ${target}`)}`;
    const flag = element.attrs.get('directed');
    let directed = defaultDirected;
    if (flag !== undefined) {
      const parsed = parseBoolean(flag);
      if (parsed === undefined) this.warnings.add(`${what}: directed=${quote(flag)} is not true or false; ignored.`);
      else directed = parsed;
    }
    const edge: ImportedEdge = { source, target, directed, attributes: new Map() };
    if (id !== undefined) edge.id = id;
    for (const d of this.data(element, 'edge')) {
      if (d.key?.yfiles !== undefined) continue;
      const field = d.name.toLowerCase();
      if (EDGE_FIELDS.has(field) && field !== 'weight' && edge.label === undefined) edge.label = d.raw;
      else if (field === 'weight' && edge.weight === undefined) {
        const weight = finiteOr(d.raw, `${what}, weight`, this.warnings);
        if (weight !== undefined) edge.weight = weight;
      } else edge.attributes.set(d.name, typedValue(d.raw, d.kind, `${what}, ${quote(d.name)}`, this.warnings));
    }
    return edge;
  }

  graph(graph: XmlElement): void {
    const directed = (graph.attrs.get('edgedefault') ?? 'directed').trim().toLowerCase() !== 'undirected';
    for (const child of graph.children) {
      if (child.local === 'node') {
        this.builder.addNode(this.node(child));
        for (const inner of childrenNamed(child, 'graph')) {
          this.nested++;
          this.graph(inner);
        }
      } else if (child.local === 'edge') this.builder.addEdge(this.edge(child, directed));
      else if (child.local === 'hyperedge') this.hyperedges++;
    }
  }
}

export function parseGraphml(text: string): ImportedGraph {
  return guard('graphml', () => {
    const source = requireText(text, 'graphml');
    const builder = new GraphBuilder('graphml');
    const root = readXml(source, 'graphml', builder.warnings);
    if (root.local !== 'graphml')
      throw new ImportError(
        'malformed',
        `This is not a GraphML file: the root element is <${root.name}>, not <graphml>.`,
      );
    const graphs = childrenNamed(root, 'graph');
    const [graph] = graphs;
    if (!graph) throw new ImportError('malformed', 'The GraphML file has no <graph> element.');
    if (graphs.length > 1) builder.warnings.add(`The file holds ${graphs.length} graphs; only the first was read.`);
    const reader = new Reader(builder, readKeys(root));
    for (const d of reader.data(graph, 'graph')) {
      if (d.key?.yfiles === undefined)
        builder.attributes.set(d.name, typedValue(d.raw, d.kind, `Graph attribute ${quote(d.name)}`, builder.warnings));
    }
    reader.graph(graph);
    if (reader.nested > 0)
      builder.warnings.add(`${reader.nested} nested graphs (nodes containing graphs) were flattened into one graph.`);
    if (reader.hyperedges > 0)
      builder.warnings.add(`${reader.hyperedges} hyperedges were skipped: only edges between two nodes are supported.`);
    return builder.finish();
  });
}

// ---------------------------------------------------------------------------------------------------------------

const GRAPHML_HEAD =
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

function typeName(c: Column): string {
  return c.kind === 'number' ? c.numberType : c.kind;
}

function dataXml(bag: Attributes, ids: Map<string, string>, rename: (n: string) => string = (n) => n): string {
  let out = '';
  for (const [name, value] of bag) {
    const key = columnKey(rename(name), value);
    const id = key === undefined ? undefined : ids.get(key);
    if (id !== undefined) out += `<data key="${id}">${escapeText(String(value))}</data>`;
  }
  return out;
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/**
 * Node label, position, size and colour travel as data named label, x, y, size and r/g/b (Gephi's convention);
 * edge label and weight as label and weight. A user attribute with one of those names (any case) is written as
 * name_2 so it cannot be mistaken for the field. Everything else, graph attributes included, keeps its type.
 */
export function writeGraphml(g: ImportedGraph): string {
  const nodeRename = renamer(new Set(g.nodes.flatMap((n) => [...n.attributes.keys()])), (n) =>
    NODE_FIELDS.has(n.toLowerCase()),
  );
  const edgeRename = renamer(new Set(g.edges.flatMap((e) => [...e.attributes.keys()])), (n) =>
    EDGE_FIELDS.has(n.toLowerCase()),
  );
  const fields: [string, string, string, boolean][] = [
    ['node', 'label', 'string', g.nodes.some((n) => n.label !== undefined)],
    ['node', 'x', 'double', g.nodes.some((n) => finite(n.x) && finite(n.y))],
    ['node', 'y', 'double', g.nodes.some((n) => finite(n.x) && finite(n.y))],
    ['node', 'size', 'double', g.nodes.some((n) => finite(n.size))],
    ...['r', 'g', 'b'].map((c): [string, string, string, boolean] => [
      'node',
      c,
      'int',
      g.nodes.some((n) => n.color !== undefined && colourToRgb(n.color)),
    ]),
    ['edge', 'label', 'string', g.edges.some((e) => e.label !== undefined)],
    ['edge', 'weight', 'double', g.edges.some((e) => finite(e.weight))],
  ];
  const keyLines: string[] = [];
  const declare = (domain: string, name: string, type: string): string => {
    const id = `d${keyLines.length}`;
    keyLines.push(
      `  <key${attrs([
        ['id', id],
        ['for', domain],
        ['attr.name', name],
        ['attr.type', type],
      ])}/>\n`,
    );
    return id;
  };
  const fieldIds = new Map<string, string>();
  for (const [domain, name, type, used] of fields)
    if (used) fieldIds.set(`${domain}:${name}`, declare(domain, name, type));
  const columnIds = (domain: string, columns: Column[]) =>
    new Map(columns.map((c) => [c.key, declare(domain, c.name, typeName(c))]));
  const graphIds = columnIds('graph', collectColumns([g.attributes]));
  const nodeIds = columnIds(
    'node',
    collectColumns(
      g.nodes.map((n) => n.attributes),
      nodeRename,
    ),
  );
  const edgeIds = columnIds(
    'edge',
    collectColumns(
      g.edges.map((e) => e.attributes),
      edgeRename,
    ),
  );
  const field = (domain: string, name: string, value: string | number | undefined): string => {
    const id = fieldIds.get(`${domain}:${name}`);
    return value === undefined || id === undefined ? '' : `<data key="${id}">${escapeText(String(value))}</data>`;
  };

  const directedCount = g.edges.filter((e) => e.directed).length;
  const defaultDirected = directedCount * 2 >= g.edges.length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n', GRAPHML_HEAD, ...keyLines];
  out.push(`  <graph id="G" edgedefault="${defaultDirected ? 'directed' : 'undirected'}">\n`);
  const graphData = dataXml(g.attributes, graphIds);
  if (graphData) out.push(`    ${graphData}\n`);
  for (const n of g.nodes) {
    const placed = finite(n.x) && finite(n.y);
    const rgb = n.color === undefined ? undefined : colourToRgb(n.color);
    const body =
      field('node', 'label', n.label) +
      field('node', 'x', placed ? n.x : undefined) +
      field('node', 'y', placed ? n.y : undefined) +
      field('node', 'size', finite(n.size) ? n.size : undefined) +
      (rgb ? field('node', 'r', rgb[0]) + field('node', 'g', rgb[1]) + field('node', 'b', rgb[2]) : '') +
      dataXml(n.attributes, nodeIds, nodeRename);
    out.push(`    <node${attrs([['id', n.id]])}${body ? `>${body}</node>` : '/>'}\n`);
  }
  for (const e of g.edges) {
    const head = attrs([
      ['id', e.id],
      ['source', e.source],
      ['target', e.target],
      ['directed', e.directed === defaultDirected ? undefined : String(e.directed)],
    ]);
    const body =
      field('edge', 'label', e.label) +
      field('edge', 'weight', finite(e.weight) ? e.weight : undefined) +
      dataXml(e.attributes, edgeIds, edgeRename);
    out.push(`    <edge${head}${body ? `>${body}</edge>` : '/>'}\n`);
  }
  out.push('  </graph>\n</graphml>\n');
  return out.join('');
}
