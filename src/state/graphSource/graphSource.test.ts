// The graph-source seam on the hand-made mini dataset (src/test/miniDataset.ts, whose links are known by heart:
// Maduro wrote the letter, Velásquez carried it, it was addressed to Putin; Maduro asked Russia, Velásquez Iran):
// the file side's answers, what an answer adds to a partly loaded story, and the "+N" each entity then carries.
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../model/schema';
import { buildGraph } from '../../model/graph';
import { miniDataset } from '../../test/miniDataset';
import { validateDataset } from '../../io/validate';
import { encodeNodes, DEFAULT_APPEARANCE } from '../../appearance/appearance';
import { explorerReducer, initialState } from '../explorer';
import { addToDataset } from './additions';
import { fileSource } from './fileSource';
import { fetchedStep, leftOutOf } from './explore';

const mini = (): Dataset => datasetSchema.parse(miniDataset());
const held = () => {
  const dataset = mini();
  return fileSource({ dataset, graph: buildGraph(dataset) });
};

describe('the file side', () => {
  it('counts an entity’s neighbours by relation and entity type, leaving out those the caller has', async () => {
    const source = held();
    const all = await source.neighbours(['letter'], [], { limit: 0 });
    expect(all.entities).toEqual([]);
    expect(all.more).toEqual({
      total: 3,
      byRelationType: { wrote: 1, carried: 1, addressed_to: 1 },
      byEntityType: { person: 3 },
    });
    const someLoaded = await source.neighbours(['letter'], ['maduro'], { limit: 0 });
    expect(someLoaded.more.total).toBe(2);
  });

  it('brings the least connected neighbour first when asked, with the relations to it and their sources', async () => {
    // Putin has one relation; Maduro and Velásquez two each.
    const answer = await held().neighbours(['letter'], [], { limit: 1, order: 'least' });
    expect(answer.entities.map((e) => [e.id, e.degree])).toEqual([['putin', 1]]);
    expect(answer.relations.map((r) => r.id)).toEqual(['r3']);
    expect(answer.sources.map((s) => s.id)).toEqual(['b']);
    expect(answer.more.total).toBe(2);
  });

  it('finds a path over every link, following the arrows when asked', async () => {
    const source = held();
    const path = await source.paths({ from: 'maduro', to: 'putin', directed: false, rules: null });
    expect(path.found).toBe(true);
    expect(path.entities.map((e) => e.id).sort()).toEqual(['letter', 'maduro', 'putin']);
    expect(path.relations.map((r) => r.id).sort()).toEqual(['r1', 'r3']);
    const backwards = await source.paths({ from: 'putin', to: 'maduro', directed: true, rules: null });
    expect(backwards.found).toBe(false);
  });

  it('searches names and aliases, accents optional, with each entity’s degree', async () => {
    const found = await held().searchEntities('ramon', 5);
    expect(found.hits.map((h) => [h.entity.id, h.degree])).toEqual([['velasquez', 2]]);
  });
});

describe('what an answer adds to a partly loaded dataset', () => {
  const start = (): Dataset => {
    const whole = mini();
    return { ...whole, entities: whole.entities.filter((e) => e.id === 'maduro'), relations: [] };
  };
  const byId = (d: Dataset, id: string) => d.entities.find((e) => e.id === id)!;

  it('appends what is new, keeps what was there as the same records, and leaves out relations to absent ends', () => {
    const before = start();
    const whole = mini();
    const added = addToDataset(
      before,
      new Map([['maduro', 2]]),
      {
        entities: [
          { ...byId(whole, 'letter'), degree: 3 },
          { ...byId(whole, 'maduro'), degree: 2 },
        ],
        relations: whole.relations.filter((r) => r.id === 'r1' || r.id === 'r3'),
        sources: whole.sources,
      },
      validateDataset,
    );
    if (!added.ok) throw new Error(added.message);
    expect(added.dataset.entities.map((e) => e.id)).toEqual(['maduro', 'letter']);
    expect(added.dataset.entities[0]).toBe(before.entities[0]);
    // r3 goes to Putin, who is not loaded: it comes with him later.
    expect(added.dataset.relations.map((r) => r.id)).toEqual(['r1']);
    expect('degree' in added.dataset.entities[1]!).toBe(false);
    expect(added.degrees.get('letter')).toBe(3);
    expect([added.entities, added.relations]).toEqual([1, 1]);
  });

  it('refuses records that break the dataset’s rules, naming the field, and changes nothing', () => {
    const before = start();
    const whole = mini();
    const stray = { ...whole.relations[0]!, claims: [{ source: 'nowhere', quote: 'a quote', status: 'reported' }] };
    const added = addToDataset(
      before,
      new Map(),
      {
        entities: [{ ...byId(whole, 'letter'), degree: 3 }],
        relations: [stray as Dataset['relations'][number]],
        sources: [],
      },
      validateDataset,
    );
    expect(added.ok).toBe(false);
    if (!added.ok) expect(added.message).toMatch(/relations\[0\]\.claims\[0\]\.source/);
    expect(before.entities.map((e) => e.id)).toEqual(['maduro']);
  });
});

describe('a story loaded from the server a part at a time', () => {
  const investigation = { id: 'inv', title: 'Mini on a server', entities: 7, relations: 5 };
  const opened = () => {
    return explorerReducer(initialState, {
      type: 'loaded',
      dataset: { ...mini(), entities: [], relations: [], sources: [] },
      remote: { investigation, degrees: new Map() },
    });
  };

  it('grows by each answer as one undo step, selecting what a search picked, with "+N" for what is not loaded', () => {
    const empty = opened();
    expect(empty.story!.graph.order).toBe(0);
    const whole = mini();
    const search = fetchedStep(
      empty.story!,
      { entities: [{ ...whole.entities.find((e) => e.id === 'maduro')!, degree: 2 }], relations: [], sources: [] },
      validateDataset,
      () => 'Added Maduro.',
      'maduro',
    );
    if (!search || 'problem' in search) throw new Error('no step');
    const one = explorerReducer(empty, search.action);
    expect(one.selection).toEqual({ kind: 'entity', id: 'maduro' });
    expect(one.centreOnSelection).toBe(true);
    expect(one.story!.remote!.investigation).toEqual(investigation);
    // Maduro has two relations on the server, none loaded.
    expect(leftOutOf(one.story!, 'maduro')).toBe(2);

    const letter = { ...whole.entities.find((e) => e.id === 'letter')!, degree: 3 };
    const expand = fetchedStep(
      one.story!,
      { entities: [letter], relations: whole.relations.filter((r) => r.id === 'r1'), sources: whole.sources },
      validateDataset,
      (entities, relations) => `Added ${entities} and ${relations}.`,
    );
    if (!expand || 'problem' in expand) throw new Error('no step');
    const two = explorerReducer(one, expand.action);
    expect(two.notice).toEqual({ kind: 'restored', message: 'Added 1 and 1.' });
    expect(two.story!.editOf).toBe(one.story!.graph);
    const badges = encodeNodes(two.story!.graph, DEFAULT_APPEARANCE, new Map(), (key) => leftOutOf(two.story!, key));
    expect([badges.look('maduro').badge, badges.look('letter').badge]).toEqual(['+1', '+2']);

    expect(explorerReducer(two, { type: 'undo' }).story).toBe(one.story);
  });

  it('takes nothing new as no step at all', () => {
    const empty = opened();
    const nothing = { entities: [], relations: [], sources: [] };
    expect(fetchedStep(empty.story!, nothing, validateDataset, () => '')).toBeNull();
  });
});
