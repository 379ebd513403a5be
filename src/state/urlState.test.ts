import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/graph';
import { FIXED_FACETS } from '../model/facets';
import { NO_FILTERS } from '../model/filters';
import { DEFAULT_APPEARANCE } from '../appearance/appearance';
import { miniDataset } from '../test/miniDataset';
import { datasetSchema } from '../model/schema';
import { decodeView, encodeView, type LinkedView } from './urlState';

const graph = buildGraph(datasetSchema.parse(miniDataset()));
/** The same graph where one entity carries a text attribute (as an imported graph's nodes do). */
const withNickname = (() => {
  const dataset = miniDataset();
  dataset.entities[0] = { ...dataset.entities[0]!, attributes: { nickname: 'El Presidente', age: 62 } };
  return buildGraph(datasetSchema.parse(dataset));
})();
const someEntity = graph.nodes()[0]!;
const otherEntity = graph.nodes()[1]!;
const someRelation = graph.edges()[0]!;

const view: LinkedView = {
  hash: 'abcd1234',
  filters: {
    ...NO_FILTERS,
    picks: new Map([[FIXED_FACETS.country, ['RU', 'VE']]]),
    minCorroboration: 2,
    contextFacets: [FIXED_FACETS.entityType],
  },
  layout: 'circle',
  selection: { kind: 'relation', id: someRelation },
  camera: { x: 12.34, y: -56.7, width: 1280.04, height: 719.96 },
  appearance: { sizeBy: 'metric:pagerank', colourBy: 'metric:community', labelBy: 'none', labelMinSize: 20 },
  ego: { centre: someEntity, hops: 2, direction: 'out', expanded: [otherEntity] },
  path: {
    from: someEntity,
    to: otherEntity,
    directed: true,
    rules: { minOrigins: 2, excludeDisputed: true, happenedOnly: false },
    bestSupported: true,
  },
};

describe('the view in a link', () => {
  it('reads back every part it wrote', () => {
    const decoded = decodeView(encodeView(view), graph, 'abcd1234');
    expect(decoded.problems).toEqual([]);
    expect(decoded.stale).toBe(false);
    expect(decoded.patch).toEqual({
      filters: view.filters,
      layout: view.layout,
      selection: view.selection,
      camera: { x: 12.3, y: -56.7, width: 1280, height: 720 },
      appearance: view.appearance,
      ego: view.ego,
      path: view.path,
      time: null,
    });
  });

  it('carries the time window on its own, in both modes', () => {
    for (const mode of ['happened', 'known-by'] as const) {
      const time = { from: 20362, to: 20392, mode, showUndated: mode === 'happened' };
      const params = encodeView({ ...view, filters: { ...view.filters, time } });
      expect(params.get('t')).toBe(`${mode[0]}.2025-10-01.2025-10-31.${mode === 'happened' ? 1 : 0}`);
      const decoded = decodeView(params, graph, 'abcd1234');
      expect(decoded.patch.time).toEqual(time);
      expect(decoded.patch.filters).toEqual(view.filters);
    }
  });

  it('writes nothing but the hash and layout for a view left at the defaults', () => {
    const params = encodeView({
      ...view,
      filters: NO_FILTERS,
      selection: null,
      camera: null,
      appearance: DEFAULT_APPEARANCE,
      ego: null,
      path: null,
    });
    expect([...params.keys()]).toEqual(['h', 'l']);
  });

  it('says when the data changed since the link was made, and still restores what it can', () => {
    const decoded = decodeView(encodeView(view), graph, 'ffff0000');
    expect(decoded.stale).toBe(true);
    expect(decoded.patch.layout).toBe('circle');
  });

  it('drops ids the graph lacks, unknown layouts and malformed values, each with a problem named', () => {
    const params = new URLSearchParams({
      l: '<script>alert(1)</script>',
      s: 'e.nobody',
      c: 'NaN,1,2',
      f: '{"p":{"entity:country":"not a list"}}',
      e: '["nobody",2,"both",[]]',
      p: `["${someEntity}","nobody",0,0,0]`,
      a: '[1,2,3]',
      t: 'h.2025-02-30.2025-03-01.0',
    });
    const decoded = decodeView(params, graph, 'x');
    expect(decoded.patch).toEqual({});
    expect(decoded.problems).toHaveLength(8);
    expect(decoded.problems.join(' ')).toContain('“<script>alert(1)</script>”');
  });

  it('bounds what a hostile link can ask for: long values, huge lists, absurd numbers', () => {
    const huge = JSON.stringify({ p: { [FIXED_FACETS.country]: Array.from({ length: 5000 }, () => 'RU') } });
    const manyIds = JSON.stringify([someEntity, 2, 'both', Array.from({ length: 300 }, () => otherEntity)]);
    const decoded = decodeView(
      new URLSearchParams({ f: huge, e: manyIds, c: '1e300,0,1', a: '["degree","type",1e9]' }),
      graph,
      'x',
    );
    expect(decoded.patch).toEqual({});
    expect(decoded.problems).toHaveLength(4);
    expect(decoded.problems[0]).toMatch(/too long/);
  });

  it('labels by an attribute the graph has, and refuses one it lacks while keeping sizes and colours', () => {
    const appearance = { ...DEFAULT_APPEARANCE, colourBy: 'metric:community', labelBy: 'attr:nickname' };
    const params = encodeView({ ...view, appearance });
    expect(decodeView(params, withNickname, 'abcd1234')).toMatchObject({ problems: [], patch: { appearance } });

    const elsewhere = decodeView(params, graph, 'abcd1234');
    expect(elsewhere.patch.appearance).toEqual({ ...appearance, labelBy: 'name' });
    expect(elsewhere.problems).toEqual([
      "The link labels nodes by “nickname”, which this graph's entities do not have; they show their names.",
    ]);
    // A number attribute is not offered as a label, so a link cannot choose it either.
    const byAge = decodeView(new URLSearchParams({ a: '["degree","type",0,"attr:age"]' }), withNickname, 'x');
    expect(byAge.patch.appearance?.labelBy).toBe('name');
    expect(byAge.problems).toHaveLength(1);
    const made = decodeView(new URLSearchParams({ a: '["degree","type",0,"<b>bold</b>"]' }), graph, 'x');
    expect(made.patch.appearance?.labelBy).toBe('name');
    expect(made.problems).toHaveLength(1);
  });

  it('fades only entity filters, each once, whatever a link lists', () => {
    const filters = JSON.stringify({ c: ['entity:type', 'entity:type', 'relation:type'] });
    const decoded = decodeView(new URLSearchParams({ f: filters }), graph, 'x');
    expect(decoded.patch.filters?.contextFacets).toEqual(['entity:type']);
    // An older link's x=0 (no country context) still reads.
    const older = decodeView(new URLSearchParams({ f: JSON.stringify({ x: 0 }) }), graph, 'x');
    expect(older.patch.filters?.contextFacets).toEqual([]);
  });

  it('reads links made before the label could be chosen as labelled by name', () => {
    const decoded = decodeView(new URLSearchParams({ a: '["metric:pagerank","type",12]' }), graph, 'x');
    expect(decoded.problems).toEqual([]);
    expect(decoded.patch.appearance).toEqual({
      sizeBy: 'metric:pagerank',
      colourBy: 'type',
      labelBy: 'name',
      labelMinSize: 12,
    });
    // And a view labelled by name still writes the short form those links used.
    const written = encodeView({ ...view, appearance: { ...DEFAULT_APPEARANCE, sizeBy: 'metric:pagerank' } });
    expect(written.get('a')).toBe('["metric:pagerank","type",0]');
  });

  it('clamps the zoom into the range the views accept', () => {
    const decoded = decodeView(new URLSearchParams({ c: '1,2,5000' }), graph, 'x');
    expect(decoded.patch.camera).toEqual({ x: 1, y: 2, zoom: 6 });
  });

  it('still reads the raw camera (centre and zoom) of links written before framings', () => {
    const decoded = decodeView(new URLSearchParams({ c: '10,-20,0.75' }), graph, 'x');
    expect(decoded.problems).toEqual([]);
    expect(decoded.patch.camera).toEqual({ x: 10, y: -20, zoom: 0.75 });
  });

  it('drops a framing that is empty, negative or malformed, and says so', () => {
    for (const c of ['1,2,0,5', '1,2,300,-4', '1,2,3,4,5', '1,2,x,4', '1,2,1e9,4']) {
      const decoded = decodeView(new URLSearchParams({ c }), graph, 'x');
      expect(decoded.patch.camera).toBeUndefined();
      expect(decoded.problems).toEqual([
        'The camera position in the link could not be read; the whole graph is shown.',
      ]);
    }
  });
});
