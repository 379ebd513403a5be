// The publication layout on the bundled story, with text measured by a simple rule (6 px a character): every name
// in full and clear of the others, text wrapped within the page, and pixel sizes and limits as asked.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGraph } from '../../model/graph';
import { datasetSchema } from '../../model/schema';
import { computeVisibility, NO_FILTERS } from '../../model/filters';
import { FIXED_FACETS } from '../../model/facets';
import { DEFAULT_APPEARANCE, encodeNodes } from '../../appearance/appearance';
import { applyVisibility, buildScene } from '../scene';
import { compose, highestFirst, wrap, type Measure, type PublicationContent } from './compose';
import { legendEntries, legendEntriesInSlices } from './legendEntries';
import { largestSize, MAX_EXPORT_PIXELS, MAX_EXPORT_SIDE, pixelSize } from './publish';

const story = datasetSchema.parse(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));
const graph = buildGraph(story);
const encoding = encodeNodes(graph, DEFAULT_APPEARANCE);
const visibility = computeVisibility(graph, NO_FILTERS);
const scene = buildScene(graph, undefined, encoding);
applyVisibility(scene, visibility);
const measure: Measure = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)![1]);
  return { width: text.length * size * 0.55, ascent: size * 0.8, descent: size * 0.25 };
};
const full: PublicationContent = {
  title: story.title,
  subtitle: 'A subtitle',
  legend: legendEntries(graph, visibility, encoding),
  caption: 'Showing everything. '.repeat(30),
  credits: ['ILKHA: “A title” (date not given)'],
  footer: 'Made with Story Graph Explorer',
};
const plain: PublicationContent = { title: '', subtitle: '', legend: null, caption: null, credits: null, footer: null };
const intersect = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('compose', () => {
  const page = compose(scene, { kind: 'whole' }, full, 'sans-serif', measure);

  it('writes every name in full, no two boxes meeting, all on the page', () => {
    expect(page.labels.map((l) => l.text).sort()).toEqual(story.entities.map((e) => e.label).sort());
    for (let i = 0; i < page.labels.length; i++) {
      const a = page.labels[i]!.box;
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.top).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(page.width);
      expect(a.top + a.height).toBeLessThanOrEqual(page.height);
      for (let j = i + 1; j < page.labels.length; j++) expect(intersect(a, page.labels[j]!.box)).toBe(false);
    }
  });

  it('keeps every name off every node', () => {
    const { zoom, panX, panY } = page.graph.view;
    for (let i = 0; i < scene.nodeKeys.length; i++) {
      const r = scene.radius[i]! * zoom;
      const node = {
        left: scene.x[i]! * zoom + panX - r,
        top: scene.y[i]! * zoom + panY - r,
        width: 2 * r,
        height: 2 * r,
      };
      for (const label of page.labels) expect(intersect(node, label.box), label.text).toBe(false);
    }
  });

  it('puts the title first and wraps long text inside the margins without losing a word', () => {
    expect(page.texts[0]!.text).toBe(story.title.split(' ').slice(0, page.texts[0]!.text.split(' ').length).join(' '));
    const captionLines = page.texts.filter((t) => t.text.startsWith('Showing'));
    expect(captionLines.length).toBeGreaterThan(1);
    for (const t of page.texts) expect(t.x + measure(t.text, t.font).width).toBeLessThanOrEqual(page.width);
    const words = page.texts.map((t) => t.text).join(' ');
    expect(words).toContain('Made with Story Graph Explorer');
    // The legend lists each entity type of the story once.
    const types = new Set(story.entities.map((e) => e.type));
    expect(page.swatches.filter((s) => s.entry.swatch.kind === 'node')).toHaveLength(types.size);
  });

  it('gives a plain image of the view exactly the screen size, and leaves out names the frame would cut', () => {
    const screen = { zoom: 1.5, panX: -100, panY: -50, width: 640, height: 480 };
    const view = compose(scene, { kind: 'view', screen }, plain, 'sans-serif', measure);
    expect([view.width, view.height]).toEqual([640, 480]);
    expect(view.graph.clip).toBe(true);
    for (const { box } of view.labels) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width).toBeLessThanOrEqual(640);
    }
  });
});

describe('the faded context', () => {
  // Russia's entities, and faded for context whatever they link to elsewhere: read from the file itself.
  const russian = new Set(story.entities.filter((e) => e.country === 'RU').map((e) => e.id));
  const elsewhere = new Set(
    story.relations.flatMap((r) =>
      russian.has(r.source) && !russian.has(r.target)
        ? [r.target]
        : russian.has(r.target) && !russian.has(r.source)
          ? [r.source]
          : [],
    ),
  );
  const contextNames = story.entities.filter((e) => elsewhere.has(e.id)).map((e) => e.label);
  const filters = { ...NO_FILTERS, picks: new Map([[FIXED_FACETS.country, ['RU']]]) };
  const shown = computeVisibility(graph, filters);
  const names = (v: typeof shown) => {
    const faded = buildScene(graph, undefined, encoding);
    applyVisibility(faded, v);
    return compose(faded, { kind: 'whole' }, plain, 'sans-serif', measure).labels.map((l) => l.text);
  };

  it('is named, in a paler ink than the shown entities', () => {
    expect(contextNames.length).toBeGreaterThan(0);
    const drawn = names(shown);
    for (const name of contextNames) expect(drawn).toContain(name);
    const faded = buildScene(graph, undefined, encoding);
    applyVisibility(faded, shown);
    const labels = compose(faded, { kind: 'whole' }, plain, 'sans-serif', measure).labels;
    const ink = (name: string) => labels.find((l) => l.text === name)!.colour;
    const russianName = story.entities.find((e) => russian.has(e.id))!.label;
    expect(ink(contextNames[0]!)).not.toBe(ink(russianName));
  });

  it('is left out with its names when the visibility carries none', () => {
    const drawn = names({ nodes: shown.nodes, edges: shown.edges });
    for (const name of contextNames) expect(drawn).not.toContain(name);
    expect(drawn.length).toBeGreaterThan(0);
  });

  it('is explained in the legend only when drawn', () => {
    const pale = (v: typeof shown) => legendEntries(graph, v, encoding).some((e) => e.text.startsWith('pale: context'));
    expect(pale(shown)).toBe(true);
    expect(pale({ nodes: shown.nodes, edges: shown.edges })).toBe(false);
  });
});

describe('wrap', () => {
  it('never cuts a word longer than the line', () => {
    const long = 'Supercalifragilisticexpialidocious';
    expect(wrap(`a ${long} b`, '10px x', 50, measure)).toEqual(['a', long, 'b']);
  });
});

describe('image size', () => {
  it('follows a width in pixels or a scale', () => {
    expect(pixelSize({ width: 800, height: 600 }, { width: 1234 })).toMatchObject({ width: 1234, height: 926 });
    expect(pixelSize({ width: 800, height: 600 }, { scale: 2 })).toMatchObject({ width: 1600, height: 1200 });
  });

  it('refuses what the browser cannot draw, naming the largest size that works', () => {
    expect(() => pixelSize({ width: 800, height: 600 }, { width: 40_000 })).toThrow(
      /40,000 × 30,000 pixels is more than .* The largest that works is 10,327 × 7,745 pixels/,
    );
    const largest = largestSize(40_000, 30_000);
    expect(largest.width).toBeLessThanOrEqual(MAX_EXPORT_SIDE);
    expect(largest.width * largest.height).toBeLessThanOrEqual(MAX_EXPORT_PIXELS);
    expect(() => pixelSize({ width: 800, height: 600 }, largest)).not.toThrow();
    expect(() => pixelSize({ width: 800, height: 600 }, { width: 0 })).toThrow(/positive/);
  });
});

describe('highestFirst', () => {
  // Items 0-5 with priorities 1, 3, 3, 2, 3, 1: the 3s come first, in their order, then the 2.
  const priority = (i: number) => [1, 3, 3, 2, 3, 1][i]!;
  const items = [0, 1, 2, 3, 4, 5];

  it('keeps the highest priorities, highest first, ties in their first order', () => {
    expect(highestFirst(items, priority, 2)).toEqual([1, 2]);
    expect(highestFirst(items, priority, 4)).toEqual([1, 2, 4, 3]);
    expect(highestFirst(items, priority, 5)).toEqual([1, 2, 4, 3, 0]);
  });

  it('takes what a stable sort of them all would take first, on many ties', () => {
    const many = Array.from({ length: 5000 }, (_, i) => i);
    const tied = (i: number) => (i * 7919) % 13;
    const sorted = [...many].sort((a, b) => tied(b) - tied(a)).slice(0, 400);
    expect(highestFirst(many, tied, 400)).toEqual(sorted);
  });
});

describe('legendEntriesInSlices', () => {
  it('reads the same legend as in one pass, disputes and all', async () => {
    const sliced = await legendEntriesInSlices(graph, visibility, encoding);
    expect(sliced).toEqual(legendEntries(graph, visibility, encoding));
    const disputed = story.relations.some((r) => r.disputed);
    expect(sliced.some((e) => e.text.startsWith('disputed'))).toBe(disputed);
  });
});
