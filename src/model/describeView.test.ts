// The view in words and its credits, on the bundled story: expectations come from the data and the model.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGraph } from './graph';
import { datasetSchema } from './schema';
import { computeVisibility, NO_FILTERS, togglePick, type Filters } from './filters';
import { FIXED_FACETS } from './facets';
import { applyEgo, type Ego } from './ego';
import { findPaths, type PathOptions } from './paths';
import { describeView, relationSentence, textAlternative, type ViewDescription } from './describeView';
import { creditLine, creditsFor } from './credits';
import { parseIsoDay } from './time';
import { miniDataset } from '../test/miniDataset';

const story = datasetSchema.parse(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));
const graph = buildGraph(story);
const evidence = graph.getAttribute('evidence');

function viewOf(filters: Filters, ego: Ego | null = null, path: ViewDescription['path'] = null): ViewDescription {
  const visibility = applyEgo(graph, computeVisibility(graph, filters), ego);
  return { graph, filters, visibility, ego, path };
}

describe('describeView', () => {
  it('says that everything is shown when nothing filters the story', () => {
    const text = describeView(viewOf(NO_FILTERS));
    expect(text).toContain(`Showing all ${story.entities.length} entities and ${story.relations.length} relations.`);
    expect(text).toContain('No filters.');
  });

  it('names each filter in words, with the counts it leaves', () => {
    const filters = { ...togglePick(togglePick(NO_FILTERS, FIXED_FACETS.country, 'RU'), FIXED_FACETS.country, 'VE') };
    const strict = { ...filters, minCorroboration: 2 };
    const view = viewOf(strict);
    const text = describeView(view);
    expect(text).toContain(`Showing ${view.visibility.nodes.size} of ${story.entities.length} entities`);
    expect(text).toContain(`${view.visibility.edges.size} of ${story.relations.length} relations`);
    expect(text).toContain('country is Russia or Venezuela');
    expect(text).toContain('at least 2 independent origins');
    const context = view.visibility.context?.nodes.size ?? 0;
    if (context > 0) expect(text).toContain(`${context} ${context === 1 ? 'entity' : 'entities'} elsewhere`);
  });

  it('names the neighbourhood and the path', () => {
    const ego: Ego = { centre: 'maduro', hops: 1, direction: 'both', expanded: [] };
    expect(describeView(viewOf(NO_FILTERS, ego))).toContain('within 1 step of Nicolás Maduro, either way');
    const options: PathOptions = { directed: false, rules: null, bestSupported: false };
    const result = findPaths(graph, 'maduro', 'russia', new Set(graph.edges()), options);
    if (!result.found) throw new Error(result.reason);
    const text = describeView(viewOf(NO_FILTERS, null, { from: 'maduro', to: 'russia', options, result }));
    const steps = result.steps.length;
    expect(text).toContain(`Shortest paths from Nicolás Maduro to Russia: ${steps} ${steps === 1 ? 'step' : 'steps'}`);
  });

  it('names the time window and its mode', () => {
    const time = { from: parseIsoDay('2025-10-01')!, to: parseIsoDay('2025-10-31')!, showUndated: false };
    const happened = describeView(viewOf({ ...NO_FILTERS, time: { ...time, mode: 'happened' } }));
    expect(happened).toContain('relations whose dates in the sources overlap 2025-10-01 to 2025-10-31');
    expect(happened).toContain('undated relations hidden');
    const known = describeView(viewOf({ ...NO_FILTERS, time: { ...time, mode: 'known-by' } }));
    expect(known).toContain('Time: known by 2025-10-31');
    expect(describeView(viewOf(NO_FILTERS))).not.toContain('Time:');
  });
});

describe('text alternative', () => {
  it('reads a relation as subject — relation — object, with its independent origins', () => {
    const edge = graph.findEdge('maduro', 'russia', (_e, r) => r.type === 'requested_aid')!;
    const origins = evidence(graph.getEdgeAttributes(edge)).origins.length;
    expect(relationSentence(graph, edge)).toMatch(
      new RegExp(`^Nicolás Maduro — asked for aid from — Russia \\(${origins} independent origins?; requested`),
    );
  });

  it('lists every shown relation and none of the hidden ones', () => {
    const view = viewOf(togglePick(NO_FILTERS, FIXED_FACETS.country, 'IR'));
    const text = textAlternative(view, story.title);
    expect(text.startsWith(`${story.title}\n`)).toBe(true);
    expect(text).toContain(describeView(view));
    const lines = text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(view.visibility.edges.size);
    for (const edge of graph.edges()) {
      const sentence = `- ${relationSentence(graph, edge)}`;
      if (view.visibility.edges.has(edge)) expect(lines).toContain(sentence);
    }
    expect(lines.length).toBeLessThan(story.relations.length);
  });
});

describe('credits', () => {
  it('credit every article quoted by a shown relation, with its outlet and date, and no source of hidden ones', () => {
    const view = viewOf(togglePick(NO_FILTERS, FIXED_FACETS.source, 'ilkha'));
    const credits = creditsFor(graph, view.visibility.edges);
    const ids = credits.map((c) => c.id);
    for (const edge of view.visibility.edges)
      for (const claim of graph.getEdgeAttributes(edge).claims) {
        expect(ids).toContain(claim.source);
        for (const step of claim.via ?? []) expect(ids).toContain(step);
      }
    const ilkha = credits.find((c) => c.id === 'ilkha')!;
    expect(ilkha.outlet).toBe('ILKHA');
    expect(creditLine(ilkha)).toBe(
      `ILKHA: “${story.sources.find((s) => s.id === 'ilkha')!.title}” (date not given; not before 2025-10-26, as it retells The Washington Post)`,
    );
    // A source no shown relation rests on is not credited.
    const everything = new Set(creditsFor(graph, new Set(graph.edges())).map((c) => c.id));
    expect(ids.length).toBeLessThan(everything.size);
  });

  it('follow a chain to its origins, and keep the dataset order and dates', () => {
    const mini = buildGraph(datasetSchema.parse(miniDataset()));
    // r3 quotes article B with no chain named: it stands on everything B cites.
    expect(creditsFor(mini, new Set(['r3'])).map((c) => c.id)).toEqual(['b', 'docs', 'officials']);
    // r1 quotes article A, dated, which rests on the documents.
    const r1 = creditsFor(mini, new Set(['r1']));
    expect(r1.map((c) => [c.id, c.date])).toEqual([
      ['a', '2025-10-30'],
      ['docs', 'date not given'],
    ]);
    expect(creditsFor(mini, new Set())).toEqual([]);
  });
});
