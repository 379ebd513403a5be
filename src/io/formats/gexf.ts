// GEXF (1.1–1.3, the format of Gephi): typed attribute columns, viz colour/size/position, per-edge direction.
// The writer emits GEXF 1.3 (or 1.2 on request) that this reader turns back into an equal graph.
import { ImportError } from './types';
import type { Attributes, ImportedEdge, ImportedGraph, ImportedNode } from './types';
import {
  GraphBuilder,
  collectColumns,
  columnKey,
  colourToRgb,
  finiteOr,
  guard,
  normaliseColour,
  quote,
  requireText,
  rgbToColour,
  toFinite,
  typedValue,
} from './shared';
import type { Column, ValueKind, Warnings } from './shared';
import { attrs, childrenNamed, escapeText, firstChild, readXml } from './xml';
import { attachTime, readClock, type GexfClock } from './gexfTime';
import type { XmlElement } from './xml';

interface Declaration {
  name: string;
  kind: ValueKind;
  default?: string;
}

const NUMBER_TYPES = new Set(['integer', 'long', 'float', 'double', 'byte', 'short', 'bigdecimal', 'biginteger']);
/** GEXF's <meta> children that carry graph attributes; GEXF has no other place for them. */
export const GEXF_META = ['creator', 'title', 'keywords', 'description'];

function kindOf(type: string | undefined): ValueKind {
  const t = (type ?? 'string').trim().toLowerCase();
  if (NUMBER_TYPES.has(t)) return 'number';
  return t === 'boolean' ? 'boolean' : 'string';
}

/** Attribute declarations per class; titles are the names people see, so they become the attribute names. */
function readDeclarations(graph: XmlElement): Map<string, Map<string, Declaration>> {
  const byClass = new Map<string, Map<string, Declaration>>([
    ['node', new Map()],
    ['edge', new Map()],
  ]);
  for (const block of childrenNamed(graph, 'attributes')) {
    const declared = byClass.get((block.attrs.get('class') ?? 'node').trim().toLowerCase());
    if (!declared) continue;
    for (const a of childrenNamed(block, 'attribute')) {
      const id = a.attrs.get('id');
      if (id === undefined) continue;
      const def = firstChild(a, 'default');
      declared.set(id, { name: a.attrs.get('title') ?? id, kind: kindOf(a.attrs.get('type')), default: def?.text });
    }
  }
  return byClass;
}

function readValues(
  element: XmlElement,
  declared: Map<string, Declaration>,
  what: string,
  warnings: Warnings,
): Attributes {
  const values: Attributes = new Map();
  const seen = new Set<string>();
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const v of childrenNamed(block, 'attvalue')) {
      const key = v.attrs.get('for') ?? v.attrs.get('id');
      const raw = v.attrs.get('value');
      if (key === undefined || raw === undefined) continue;
      // Dynamic graphs repeat a column with time spans; a static graph keeps the first value.
      if (seen.has(key)) {
        warnings.add(`${what}: several values for attribute ${quote(key)} (a dynamic graph?); kept the first.`);
        continue;
      }
      seen.add(key);
      const decl = declared.get(key);
      if (!decl) warnings.add(`${what}: attribute ${quote(key)} is not declared; read as text.`);
      const name = decl?.name ?? key;
      values.set(name, typedValue(raw, decl?.kind ?? 'string', `${what}, attribute ${quote(name)}`, warnings));
    }
  }
  for (const [key, decl] of declared) {
    if (!seen.has(key) && decl.default !== undefined && !values.has(decl.name)) {
      values.set(decl.name, typedValue(decl.default, decl.kind, `default of ${quote(decl.name)}`, warnings));
    }
  }
  return values;
}

function readNode(
  element: XmlElement,
  declared: Map<string, Declaration>,
  clock: GexfClock,
  warnings: Warnings,
): ImportedNode {
  const id = element.attrs.get('id');
  if (id === undefined) throw new ImportError('malformed', 'A <node> has no id.', { format: 'gexf' });
  const what = `Node ${quote(id)}`;
  const node: ImportedNode = { id, attributes: readValues(element, declared, what, warnings) };
  const label = element.attrs.get('label');
  if (label !== undefined) node.label = label;
  attachTime(node, element, clock, what, warnings);
  for (const viz of element.children) {
    if (viz.local === 'position') {
      const x = finiteOr(viz.attrs.get('x'), `${what}, position x`, warnings);
      const y = finiteOr(viz.attrs.get('y'), `${what}, position y`, warnings);
      if (x !== undefined && y !== undefined) Object.assign(node, { x, y });
    } else if (viz.local === 'size') {
      const size = finiteOr(viz.attrs.get('value'), `${what}, size`, warnings);
      if (size !== undefined) node.size = size;
    } else if (viz.local === 'color') {
      const hex = viz.attrs.get('hex');
      const [r, g, b] = ['r', 'g', 'b'].map((c) => toFinite(viz.attrs.get(c)));
      const colour = hex !== undefined ? normaliseColour(hex) : rgbToColour(r, g, b);
      if (colour) node.color = colour;
      else warnings.add(`${what}: the colour is not valid; dropped.`);
    }
  }
  return node;
}

function readEdge(
  element: XmlElement,
  declared: Map<string, Declaration>,
  defaultDirected: boolean,
  clock: GexfClock,
  warnings: Warnings,
): ImportedEdge {
  const source = element.attrs.get('source');
  const target = element.attrs.get('target');
  const id = element.attrs.get('id');
  if (source === undefined || target === undefined) {
    throw new ImportError(
      'malformed',
      `An <edge>${id === undefined ? '' : ` (id ${quote(id)})`} has no source or target.`,
      { format: 'gexf' },
    );
  }
  const what = `Edge ${quote(id ?? `${source} → ${target}`)}`;
  const type = element.attrs.get('type')?.trim().toLowerCase();
  const edge: ImportedEdge = {
    source,
    target,
    // 'mutual' means both directions at once: no single arrow, so it reads as undirected.
    directed: type === undefined ? defaultDirected : type === 'directed',
    attributes: readValues(element, declared, what, warnings),
  };
  if (id !== undefined) edge.id = id;
  const label = element.attrs.get('label');
  if (label !== undefined) edge.label = label;
  const weight = finiteOr(element.attrs.get('weight'), `${what}, weight`, warnings);
  if (weight !== undefined) edge.weight = weight;
  attachTime(edge, element, clock, what, warnings);
  return edge;
}

/** Hierarchical GEXF nests <nodes> inside <node>; the graph is flattened. Returns how many nodes were nested. */
function collectNodes(container: XmlElement, out: XmlElement[], depth: number): number {
  let nested = 0;
  for (const list of childrenNamed(container, 'nodes')) {
    for (const node of childrenNamed(list, 'node')) {
      out.push(node);
      if (depth > 0) nested++;
      nested += collectNodes(node, out, depth + 1);
    }
  }
  return nested;
}

export function parseGexf(text: string): ImportedGraph {
  return guard('gexf', () => {
    const source = requireText(text, 'gexf');
    const builder = new GraphBuilder('gexf');
    const { warnings } = builder;
    const root = readXml(source, 'gexf', warnings);
    if (root.local !== 'gexf')
      throw new ImportError('malformed', `This is not a GEXF file: the root element is <${root.name}>, not <gexf>.`);
    const graph = firstChild(root, 'graph');
    if (!graph) throw new ImportError('malformed', 'The GEXF file has no <graph> element.');

    const meta = firstChild(root, 'meta');
    if (meta) {
      const date = meta.attrs.get('lastmodifieddate');
      if (date !== undefined) builder.attributes.set('lastmodifieddate', date);
      for (const item of meta.children) builder.attributes.set(item.local.toLowerCase(), item.text);
    }
    const declarations = readDeclarations(graph);
    const nodeDecl = declarations.get('node') ?? new Map<string, Declaration>();
    const edgeDecl = declarations.get('edge') ?? new Map<string, Declaration>();

    const nodeElements: XmlElement[] = [];
    const nested = collectNodes(graph, nodeElements, 0);
    if (nested > 0) warnings.add(`The graph is hierarchical (${nested} nodes inside other nodes); it was flattened.`);
    const clock = readClock(graph, warnings);
    for (const element of nodeElements) builder.addNode(readNode(element, nodeDecl, clock, warnings));

    const defaultDirected = (graph.attrs.get('defaultedgetype') ?? 'undirected').trim().toLowerCase() === 'directed';
    const edgeLists = [graph, ...nodeElements].flatMap((e) => childrenNamed(e, 'edges'));
    for (const list of edgeLists) {
      for (const element of childrenNamed(list, 'edge'))
        builder.addEdge(readEdge(element, edgeDecl, defaultDirected, clock, warnings));
    }
    return builder.finish();
  });
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Fields that GEXF readers fill from the node or edge itself (label, weight) or from viz elements. graphology-gexf
 * (Gephi Lite's reader) stores attributes under their id, then writes these fields over them.
 */
const READER_FIELDS = new Set(['label', 'weight', 'kind', 'color', 'size', 'x', 'y', 'z', 'shape', 'thickness']);

/**
 * Attribute ids equal to their names, so that readers keying columns by id (graphology-gexf) and by title (Gephi,
 * NetworkX, ours) name them alike. Where a name cannot be its id (empty, taken by a column of another type, or a
 * field those readers fill themselves) the id differs: a number when the name is empty or taken, since
 * graphology-gexf then falls back to the title; name_2 for a field's name, so its value is not overwritten.
 */
export function attributeIds(columns: Column[]): Map<string, string> {
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  const fresh = (make: (k: number) => string, from: number) => {
    let k = from;
    while (taken.has(make(k))) k++;
    return make(k);
  };
  for (const c of columns) {
    let id = c.name;
    if (READER_FIELDS.has(c.name)) id = fresh((k) => `${c.name}_${k}`, 2);
    else if (c.name === '' || taken.has(c.name)) id = fresh(String, columns.length);
    taken.add(id);
    ids.set(c.key, id);
  }
  return ids;
}

function declarationsXml(cls: 'node' | 'edge', columns: Column[], ids: Map<string, string>): string {
  if (columns.length === 0) return '';
  const lines = columns.map((c) => {
    const type = c.kind === 'number' ? { int: 'integer', long: 'long', double: 'double' }[c.numberType] : c.kind;
    return `      <attribute${attrs([
      ['id', ids.get(c.key)],
      ['title', c.name],
      ['type', type],
    ])}/>\n`;
  });
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function valuesXml(bag: Attributes, ids: Map<string, string>): string {
  const items: string[] = [];
  for (const [name, value] of bag) {
    const key = columnKey(name, value);
    const id = key === undefined ? undefined : ids.get(key);
    if (id !== undefined)
      items.push(
        `<attvalue${attrs([
          ['for', id],
          ['value', String(value)],
        ])}/>`,
      );
  }
  return items.length ? `<attvalues>${items.join('')}</attvalues>` : '';
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/** GEXF carries everything in ImportedGraph except graph attributes other than the <meta> fields (GEXF_META). */
export function writeGexf(g: ImportedGraph, options: { version?: '1.2' | '1.3' } = {}): string {
  const v13 = (options.version ?? '1.3') === '1.3';
  const ns = v13 ? 'http://gexf.net/1.3' : 'http://www.gexf.net/1.2draft';
  const nodeBags = g.nodes.map((n) => n.attributes);
  const edgeBags = g.edges.map((e) => e.attributes);
  const nodeColumns = collectColumns(nodeBags);
  const edgeColumns = collectColumns(edgeBags);
  const nodeIds = attributeIds(nodeColumns);
  const edgeIds = attributeIds(edgeColumns);
  const directedCount = g.edges.filter((e) => e.directed).length;
  const defaultDirected = directedCount * 2 >= g.edges.length;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<gexf xmlns="${ns}" xmlns:viz="${ns}/viz" version="${v13 ? '1.3' : '1.2'}">\n`,
  ];
  const metaItems = GEXF_META.flatMap((name) => {
    const value = g.attributes.get(name);
    return value === undefined ? [] : [`<${name}>${escapeText(String(value))}</${name}>`];
  });
  const date = g.attributes.get('lastmodifieddate');
  if (metaItems.length || date !== undefined) {
    out.push(
      `  <meta${attrs([['lastmodifieddate', date === undefined ? undefined : String(date)]])}>${metaItems.join('')}</meta>\n`,
    );
  }
  // Times are written as days: the graph is dynamic, with the one time format this reader turns back into days.
  const dynamic = g.edges.some((e) => e.time) || g.nodes.some((n) => n.time);
  const mode = dynamic ? 'mode="dynamic" timeformat="date"' : 'mode="static"';
  out.push(`  <graph ${mode} defaultedgetype="${defaultDirected ? 'directed' : 'undirected'}">\n`);
  out.push(declarationsXml('node', nodeColumns, nodeIds), declarationsXml('edge', edgeColumns, edgeIds));
  out.push('    <nodes>\n');
  for (const n of g.nodes) {
    const viz: string[] = [];
    const rgb = n.color === undefined ? undefined : colourToRgb(n.color);
    if (rgb) viz.push(`<viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>`);
    if (finite(n.x) && finite(n.y)) viz.push(`<viz:position x="${n.x}" y="${n.y}" z="0"/>`);
    if (finite(n.size)) viz.push(`<viz:size value="${n.size}"/>`);
    const body = valuesXml(n.attributes, nodeIds) + viz.join('');
    const head = `      <node${attrs([
      ['id', n.id],
      ['label', n.label],
      ['start', n.time?.start],
      ['end', n.time?.end],
    ])}`;
    out.push(body ? `${head}>${body}</node>\n` : `${head}/>\n`);
  }
  out.push('    </nodes>\n    <edges>\n');
  for (const e of g.edges) {
    const body = valuesXml(e.attributes, edgeIds);
    const head = `      <edge${attrs([
      ['id', e.id],
      ['source', e.source],
      ['target', e.target],
      ['type', e.directed === defaultDirected ? undefined : e.directed ? 'directed' : 'undirected'],
      ['label', e.label],
      ['weight', finite(e.weight) ? e.weight : undefined],
      ['start', e.time?.start],
      ['end', e.time?.end],
    ])}`;
    out.push(body ? `${head}>${body}</edge>\n` : `${head}/>\n`);
  }
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  return out.join('');
}
