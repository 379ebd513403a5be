// Which side of the seam answers for the story on screen, and how an answer becomes a step: the records it
// brought are added to the story (one 'fetched' action), or the reason they could not be is given.
import type { StoryGraph } from '../../model/graph';
import type { Dataset } from '../../model/schema';
import { createServerClient, type ServerClient } from '../../io/server/client';
import type { Action, Story } from '../explorer';
import { addToDataset, relationsLeftOut, type Additions, type Validate } from './additions';
import type { GraphSource } from './graphSource';
import { fileSource } from './fileSource';
import { serverSource } from './serverSource';

let client: ServerClient | null = null;
/** The client for the graph server that serves this page (made on first use). */
export function serverClient(): ServerClient {
  client ??= createServerClient();
  return client;
}

const fileSources = new WeakMap<Story, GraphSource>();
const serverSources = new Map<string, GraphSource>();
/**
 * The source that answers for this story: the server for a story loaded a part at a time (one source per
 * investigation, whatever has been added), else the story itself.
 */
export function sourceFor(story: Story): GraphSource {
  const id = story.remote?.investigation.id;
  const known = id === undefined ? fileSources.get(story) : serverSources.get(id);
  if (known) return known;
  const source = id === undefined ? fileSource(story) : serverSource(serverClient(), id);
  if (id === undefined) fileSources.set(story, source);
  else serverSources.set(id, source);
  return source;
}

/** The entity ids linked to this node in the graph on screen (what an expand need not bring again). */
export function linkedIds(graph: StoryGraph, key: string): string[] {
  if (!graph.hasNode(key)) return [];
  return graph.neighbors(key).map((other) => graph.getNodeAttribute(other, 'id'));
}

/** How many of this node's relations the server has that are not loaded (0 for a graph held whole). */
export function leftOutOf(story: Story, key: string): number {
  const remote = story.remote;
  if (!remote || !story.graph.hasNode(key)) return 0;
  return relationsLeftOut(remote.degrees.get(story.graph.getNodeAttribute(key, 'id')), story.graph.degree(key));
}

/** The same, for a dataset about to be shown (the step an answer makes, before it is drawn). */
export function leftOutIn(dataset: Dataset, degrees: ReadonlyMap<string, number>, id: string): number {
  let loaded = 0;
  for (const r of dataset.relations) loaded += (r.source === id ? 1 : 0) + (r.target === id ? 1 : 0);
  return relationsLeftOut(degrees.get(id), loaded);
}

/**
 * The step that adds `additions` to the story on screen (`describe` says what was added, from the counts of new
 * entities and relations), or why not. Null when they bring nothing new and nothing is to be selected.
 */
export function fetchedStep(
  story: Story,
  additions: Additions,
  validate: Validate,
  describe: (entities: number, relations: number) => string,
  select?: string,
): { action: Extract<Action, { type: 'fetched' }> } | { problem: string } | null {
  const remote = story.remote;
  if (!remote) return { problem: 'This graph is not loaded from the server.' };
  const added = addToDataset(story.dataset, remote.degrees, additions, validate);
  if (!added.ok) return { problem: added.message };
  if (added.entities === 0 && added.relations === 0 && select === undefined) return null;
  const action: Extract<Action, { type: 'fetched' }> = {
    type: 'fetched',
    dataset: added.dataset,
    degrees: added.degrees,
    message: describe(added.entities, added.relations),
  };
  if (select !== undefined) action.select = select;
  return { action };
}

export const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
