// Opening files end to end (text → validated dataset) and re-opening what the exporter writes.
import { describe, expect, it } from 'vitest';
import { loadBundledStory } from './bundledStory';
import { EXPORT_FORMATS, datasetSubset, exportData } from './exportData';
import { openCsv, openGraphText } from './openGraph';
import { ImportError } from './formats';
import { datasetSchema } from '../model/schema';
import { evidenceByRelation } from '../model/evidence';
import { miniDataset } from '../test/miniDataset';

const story = loadBundledStory();

function reopen(files: { name: string; text: string }[]) {
  if (files.length === 2) {
    const [nodes, edges] = files as [{ text: string }, { name: string; text: string }];
    return openCsv(edges.text, edges.name, { nodesText: nodes.text }).dataset;
  }
  const [file] = files as [{ name: string; text: string }];
  return openGraphText(file.text, file.name).dataset;
}

describe('export then open', () => {
  it('project JSON gives back the same dataset', () => {
    const again = reopen(exportData(story, 'project-json', 'story'));
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(story)));
  });

  for (const { id } of EXPORT_FORMATS.filter((f) => f.id !== 'project-json')) {
    it(`${id} keeps every entity and relation with its type, country and label`, () => {
      const again = reopen(exportData(story, id, 'story'));
      expect(again.entities.map((e) => [e.id, e.label, e.type, e.country])).toEqual(
        story.entities.map((e) => [e.id, e.label, e.type, e.country]),
      );
      expect(again.relations.map((r) => [r.id, r.source, r.target, r.type])).toEqual(
        story.relations.map((r) => [r.id, r.source, r.target, r.type]),
      );
      // A second round trip changes nothing more: the export of an import is stable.
      const twice = reopen(exportData(again, id, 'story'));
      expect(JSON.parse(JSON.stringify(twice.entities))).toEqual(JSON.parse(JSON.stringify(again.entities)));
      expect(JSON.parse(JSON.stringify(twice.relations))).toEqual(JSON.parse(JSON.stringify(again.relations)));
    });
  }

  it('GEXF and the other formats carry the drawing (positions, colours) so other tools show the same picture', () => {
    const positions = new Map(story.entities.map((e, i) => [e.id, { x: i * 10, y: 1 - i }]));
    const drawing = { positions, colourOf: (e: { type: string }) => (e.type === 'person' ? '#2563eb' : '#999999') };
    for (const format of ['gexf', 'graphml', 'cytoscape-json'] as const) {
      const again = reopen(exportData(story, format, 'story', undefined, drawing));
      expect(again.entities.map((e) => e.position)).toEqual(story.entities.map((e) => positions.get(e.id)));
      expect(again.entities.map((e) => e.color)).toEqual(story.entities.map((e) => drawing.colourOf(e)));
    }
    // The project file keeps the positions, not the colours (those follow the entity types).
    const project = reopen(exportData(story, 'project-json', 'story', undefined, drawing));
    expect(project.entities.map((e) => e.position)).toEqual(story.entities.map((e) => positions.get(e.id)));
    expect(project.entities.every((e) => e.color === undefined)).toBe(true);
  });

  it('exports only what the filters show when given a subset', () => {
    const kept = story.relations.slice(0, 3);
    const nodes = new Set(kept.flatMap((r) => [r.source, r.target]));
    const subset = { nodes, edges: new Set(kept.map((r) => r.id)) };
    const again = reopen(exportData(story, 'graphml', 'story', subset));
    expect(again.entities.map((e) => e.id).sort()).toEqual([...nodes].sort());
    expect(again.relations.map((r) => r.id)).toEqual(kept.map((r) => r.id));
    const project = reopen(exportData(story, 'project-json', 'story', subset));
    // The sources the kept claims quote or name in their chains, and all that those cite in turn.
    const byId = new Map(story.sources.map((src) => [src.id, src]));
    const cited = new Set<string>();
    const walk = (id: string): void => {
      if (cited.has(id)) return;
      cited.add(id);
      byId.get(id)?.cites.forEach(walk);
    };
    kept.forEach((r) => r.claims.forEach((c) => [c.source, ...(c.via ?? [])].forEach(walk)));
    expect(project.sources.map((src) => src.id).sort()).toEqual([...cited].sort());
    expect(project.sources.length).toBeLessThan(story.sources.length);
  });
});

describe('evidence in exports', () => {
  const mini = datasetSchema.parse(miniDataset());
  mini.relations[4]!.modality = 'requested';

  it('project JSON keeps sources, chains, versions and modality exactly', () => {
    const again = reopen(exportData(mini, 'project-json', 'mini'));
    expect(JSON.parse(JSON.stringify(again.sources))).toEqual(JSON.parse(JSON.stringify(mini.sources)));
    expect(
      again.relations.map((r) => [r.modality, r.disputed, r.claims.map((c) => [c.via, c.version, c.hedged])]),
    ).toEqual(mini.relations.map((r) => [r.modality, r.disputed, r.claims.map((c) => [c.via, c.version, c.hedged])]));
  });

  it('exports a selection from a dataset whose sources cite each other in a chain thousands long', () => {
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      kind: 'news_report' as const,
      title: `C${i}`,
      published: 'not given',
      cites: i + 1 < n ? [`c${i + 1}`] : [],
    }));
    const long = {
      ...mini,
      sources: [...mini.sources.map((s) => (s.id === 'docs' ? { ...s, cites: ['c0'] } : s)), ...chain],
    };
    const subset = datasetSubset(long, { nodes: new Set(['maduro', 'letter']), edges: new Set(['r1']) });
    expect(subset.sources).toHaveLength(2 + n);
  });

  for (const format of ['gexf', 'graphml', 'csv'] as const) {
    it(`${format} carries modality and the origin and article counts as attributes`, () => {
      const again = reopen(exportData(mini, format, 'mini'));
      const evidence = evidenceByRelation(mini.relations, mini.sources);
      for (const relation of mini.relations) {
        const read = again.relations.find((r) => r.id === relation.id)!;
        expect(read.modality).toBe(relation.modality);
        expect(Number(read.attributes?.origins)).toBe(evidence(relation).origins.length);
        expect(Number(read.attributes?.articles)).toBe(evidence(relation).articles);
      }
    });
  }
});

describe('Cytoscape JSON as a bare { nodes, edges } object', () => {
  it('opens like the other shapes, which cytoscape.js accepts too', () => {
    const text = JSON.stringify({
      nodes: [{ data: { id: 'x', label: 'X' } }, { data: { id: 'y' } }],
      edges: [{ data: { source: 'x', target: 'y', interaction: 'knows' } }],
    });
    const opened = openGraphText(text, 'bare.json');
    expect(opened.dataset.entities.map((e) => [e.id, e.label])).toEqual([
      ['x', 'X'],
      ['y', 'y'],
    ]);
    expect(opened.dataset.relations.map((r) => [r.source, r.target, r.type])).toEqual([['x', 'y', 'knows']]);
  });
});

describe('opening bad files', () => {
  const cases: [string, string, string, RegExp][] = [
    ['empty file', '', 'a.gexf', /empty/i],
    ['PNG renamed .gexf', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'a.gexf', /binary|image|PNG|not text/i],
    [
      'project JSON with a relation to nowhere',
      JSON.stringify({
        title: 't',
        entities: [{ id: 'a', type: 'person', label: 'A' }],
        relations: [{ id: 'r', type: 'met', source: 'a', target: 'zz' }],
      }),
      'p.json',
      /relations\[0\]\.target/,
    ],
    ['truncated JSON', '{"title": "t", "entities": [', 'p.json', /not valid JSON/i],
    ['unknown format', 'hello world', 'notes.txt', /not recognised/i],
  ];
  for (const [name, text, file, message] of cases) {
    it(`refuses ${name} with a clear message`, () => {
      let error: unknown;
      try {
        openGraphText(text, file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('keeps __proto__ ids and attribute names as data', () => {
    const text = 'source,target,__proto__\n__proto__,constructor,x\n';
    const { dataset } = openGraphText(text, 'edges.csv');
    expect(dataset.entities.map((e) => e.id)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(dataset.relations[0]!.attributes, '__proto__')?.value).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('Cytoscape JSON that is not plain', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  const file = (value: string) => `{"elements":{"nodes":[{"data":{"id":"a","tags":${value}}}],"edges":[]}}`;

  it('keeps a nested value as JSON text, with a warning', () => {
    const opened = openGraphText(file(nested(3)), 'tags.cyjs');
    expect(opened.dataset.entities[0]!.attributes).toEqual(Object.assign(Object.create(null), { tags: '[[[1]]]' }));
    expect(opened.warnings.join(' ')).toMatch(/kept as JSON text/);
  });

  it('refuses nesting past the limit as too deep, though JSON.parse itself could read it', () => {
    const error = (() => {
      try {
        openGraphText(file(nested(150)), 'deep.cyjs');
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('too-deep');
  });

  it('reports broken JSON as such', () => {
    expect(() => openGraphText('{"elements":\n{"nodes": [}', 'broken.cyjs')).toThrow(/The file is not valid JSON/);
  });
});
