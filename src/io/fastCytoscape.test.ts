// The one-pass Cytoscape route must give exactly the dataset the general path gives, or leave the file to it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datasetFromCytoscapeJson } from './fastCytoscape';
import { datasetFromImported } from './fromImported';
import { validateDataset } from './validate';
import { parseCytoscapeJson } from './formats';
import { openGraphText } from './openGraph';

/** What the general path makes of the text: its dataset and warnings, or the error it reports. */
function generalPath(text: string) {
  try {
    const graph = parseCytoscapeJson(text);
    const checked = validateDataset(datasetFromImported(graph, 'g'));
    return checked.ok ? { dataset: checked.dataset, warnings: graph.warnings } : { problems: checked.problems };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Values around every rule the two paths apply: types, blanks, numbers as text, nesting, hostile names. */
const scalar = fc.constantFrom<unknown>(
  'FR',
  've',
  'fra',
  'person',
  ' Org ',
  '',
  '  ',
  1,
  1.5,
  0,
  true,
  false,
  null,
  'x\u0001y',
);
const value = fc.oneof(scalar, fc.constantFrom<unknown>([1], { a: 1 }, 'missing'));
const key = fc.constantFrom(
  'type',
  'Kind',
  'country',
  'Country_Code',
  'role',
  'Description',
  'name',
  '__proto__',
  'constructor',
  'weight',
  'x',
  '1',
);
const nodeId = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>('n0', 'n1', 'n2', '__proto__', 'constructor', 3), weight: 20 },
  { arbitrary: fc.constantFrom<unknown>(' ', '', 'a\u0000b', null, true), weight: 1 },
);
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 20 }, { arbitrary: value, weight: 1 });
/** Absent two times in three. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, arb);

const attributes = fc.dictionary(key, fc.oneof({ arbitrary: scalar, weight: 30 }, { arbitrary: value, weight: 1 }), {
  maxKeys: 4,
});
const node = fc
  .record({
    id: nodeId,
    label: maybe(fc.constantFrom<unknown>('A', ' padded ', '', '  ', 7, null, false)),
    name: maybe(fc.constantFrom<unknown>('Named', '', 5)),
    extra: attributes,
    position: maybe(
      fc.constantFrom<unknown>(
        { x: 1, y: 2 },
        { x: -0.5, y: 1e6 },
        { x: '3', y: 4 },
        { x: null, y: 1 },
        { x: '', y: '' },
        [1, 2],
        null,
        'p',
        { x: 1 },
      ),
    ),
    style: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 12 },
      fc.constantFrom({ 'background-color': '#abc' }, { width: 3 }),
    ),
    // Our exports' look as data, and other tools' columns under the same names.
    color: maybe(fc.constantFrom<unknown>('#A0b1C2', '#abc', 'red', '', 3, null)),
    size: maybe(fc.constantFrom<unknown>(12, 0, -2, 1.5, '12', null)),
  })
  .map(({ id, label, name, extra, position, style, color, size }) => {
    const data: Record<string, unknown> = { ...extra };
    if (color !== undefined) data.color = color;
    if (size !== undefined) data.size = size;
    if (id !== undefined) data.id = id;
    if (label !== undefined) data.label = label;
    if (name !== undefined) data.name = name;
    return { data, ...(position === undefined ? {} : { position }), ...(style === undefined ? {} : { style }) };
  });
const edge = fc
  .record({
    id: maybe(fc.constantFrom<unknown>('e0', 'e1', 'e2', 'n0', 4, null, '')),
    // Mostly a node of the file (by index, see `file`), now and then anything.
    source: mostly(fc.nat(4).map((i) => ({ node: i }))),
    target: mostly(fc.nat(4).map((i) => ({ node: i }))),
    directed: maybe(fc.constantFrom<unknown>(true, false, null, 'yes', 1)),
    weight: maybe(fc.constantFrom<unknown>(2, -1.5, '3', null, 'heavy')),
    label: maybe(fc.constantFrom<unknown>('l', 9, null)),
    // Dates as our exports write them, and values that only look like them.
    date: maybe(
      fc.constantFrom<unknown>(
        '2025-10',
        '2025',
        'mid-October (2025-10-11/2025-10-20)',
        '../2025-01-31',
        '2025-02-30',
        'soon',
        2025,
      ),
    ),
    dateText: maybe(fc.constantFrom<unknown>('October 2025', ' ', 7)),
    extra: attributes,
  })
  .map(({ extra, ...fields }) => {
    const data: Record<string, unknown> = { ...extra };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) data[k] = v;
    return { data };
  });
const file = fc
  .record({
    // Mostly distinct ids, now and then a repeated one.
    nodes: fc.oneof(
      { arbitrary: fc.uniqueArray(node, { maxLength: 5, selector: (n) => n.data.id }), weight: 8 },
      fc.array(node, { maxLength: 5 }),
    ),
    edges: fc.array(edge, { maxLength: 5 }),
    data: maybe(fc.constantFrom<unknown>({ topic: 'x', n: 2 }, { nested: { a: 1 } }, [], null)),
    mixed: fc.integer({ min: 0, max: 15 }),
  })
  .map(({ nodes, edges, data, mixed }) => {
    const ends = (value: unknown) =>
      typeof value === 'object' && value !== null && 'node' in value
        ? (nodes[(value.node as number) % Math.max(nodes.length, 1)]?.data.id ?? 'none')
        : value;
    for (const { data } of edges) Object.assign(data, { source: ends(data.source), target: ends(data.target) });
    // Now and then the elements come in one list, or the edges list is missing or wrong.
    return JSON.stringify({
      ...(data === undefined ? {} : { data }),
      elements:
        mixed === 0
          ? [...nodes, ...edges]
          : mixed === 1
            ? { nodes }
            : mixed === 2
              ? { nodes, edges: 'none' }
              : { nodes, edges },
    });
  });

describe('datasetFromCytoscapeJson', () => {
  it('gives exactly the general path’s dataset, or leaves the file to it', () => {
    let answered = 0;
    fc.assert(
      fc.property(file, (text) => {
        const quick = datasetFromCytoscapeJson(JSON.parse(text), 'g');
        if (quick === null) return;
        answered++;
        const general = generalPath(text);
        expect(general).toHaveProperty('dataset');
        expect((general as { warnings: string[] }).warnings).toEqual([]);
        expect(quick).toStrictEqual((general as { dataset: unknown }).dataset);
      }),
      { numRuns: 6000, seed: 11 },
    );
    // The property is only worth something if the shortcut answers often enough.
    expect(answered).toBeGreaterThan(800);
  });

  it('answers for a plain exported graph, keeping hostile ids and names as data', () => {
    const text = JSON.stringify({
      elements: {
        nodes: [
          { data: { id: '__proto__', label: ' A ', Type: 'person', n: 1, country: 've' }, position: { x: 1, y: 2 } },
          { data: { id: 'constructor', role: 'minister' } },
        ],
        edges: [
          { data: { source: '__proto__', target: 'constructor', weight: 2, kind: 'funds' } },
          { data: { id: 'e0', source: 'constructor', target: 'constructor' } },
        ],
      },
    });
    const quick = datasetFromCytoscapeJson(JSON.parse(text), 'g');
    expect(quick).not.toBeNull();
    const [first, second] = quick!.entities;
    expect(first).toMatchObject({
      id: '__proto__',
      label: 'A',
      type: 'person',
      country: 'VE',
      position: { x: 1, y: 2 },
    });
    expect(second).toMatchObject({ id: 'constructor', label: 'constructor', type: 'node', role: 'minister' });
    expect(Object.getPrototypeOf(first!.attributes)).toBeNull();
    // The edge without an id gets the first free one: e0 is taken by the other edge.
    expect(quick!.relations.map((r) => [r.id, r.type, r.weight])).toEqual([
      ['e1', 'funds', 2],
      ['e0', 'link', undefined],
    ]);
    expect(quick!.vocabulary?.relationTypes).toEqual(
      Object.assign(Object.create(null), { funds: { label: 'funds' }, link: { label: 'link' } }),
    );
    expect(({} as Record<string, unknown>).minister).toBeUndefined();
  });

  it('is the route openGraphText takes for such files, and files it refuses still open with warnings', () => {
    const plain = JSON.stringify({
      elements: {
        nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
        edges: [{ data: { source: 'a', target: 'b' } }],
      },
    });
    expect(openGraphText(plain, 'plain.cyjs')).toEqual({
      dataset: datasetFromCytoscapeJson(JSON.parse(plain), 'plain'),
      format: 'cytoscape-json',
      warnings: [],
    });
    const styled = JSON.stringify({
      elements: { nodes: [{ data: { id: 'a' }, style: { 'background-color': 'tomato' } }], edges: [] },
    });
    expect(datasetFromCytoscapeJson(JSON.parse(styled), 'styled')).toBeNull();
    const opened = openGraphText(styled, 'styled.cyjs');
    expect(opened.dataset.entities).toHaveLength(1);
    expect(opened.warnings.join(' ')).toMatch(/not a hex colour/);
  });
});
