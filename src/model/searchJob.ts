// A big graph's search indexes made in a worker (ui/import/searchIndexInWorker.ts). Made on the page, in slices, the
// indexes of 200,000 entities and 400,000 relations took seconds of its time and some 1.2 million objects, whose
// garbage collection fell in the first filter clicks after the load. The worker is sent the names as texts and the
// relations as numbers, and answers with what a query reads: the folded names joined into one text per list
// (search.ts, PackedNames) and the entities' order by label. Searches then find what the page's own indexes find,
// in the same order (searchJob.test.ts).
import type { StoryGraph } from './graph';
import { graphNumbers } from './graphNumbers';
import type { Entity } from './schema';
import { fold, foldedNamesJoiner, LABEL_ORDER, labelLocale, type JoinedNames, type PackedNames } from './search';
import { forEachInSlices } from './timeSlices';

/** Strings one after another in one text, with where each ends: one string to copy instead of thousands. */
export interface Texts {
  text: string;
  ends: Int32Array;
}

/** What the worker is sent. */
export interface SearchJob {
  /** The page's locale, in which labels are ordered. */
  locale: string;
  /** Entity labels, in the list's order. */
  labels: Texts;
  /** Every entity's aliases one after another, and how many aliases the entities up to each one have in all. */
  aliases: Texts;
  aliasesUpTo: Int32Array;
  /** Each relation's ends as entity numbers and its type's number, in the graph's order. */
  source: Int32Array;
  target: Int32Array;
  types: Int32Array;
  /** The relation types' labels, by number. */
  typeLabels: string[];
}

/** A list's names as the worker sends them back. */
export interface PackedNamesWire extends JoinedNames {
  firsts: Int32Array;
}

export interface SearchJobReply {
  /** The entity numbers by label (the entity index's order). */
  order: Int32Array;
  entities: PackedNamesWire;
  relations: PackedNamesWire;
}

/** Strings gathered into one text, in slices. */
function textsMaker(count: number) {
  const strings: string[] = [];
  const ends = new Int32Array(count);
  let end = 0;
  return {
    add(value: string) {
      end += value.length;
      ends[strings.length] = end;
      strings.push(value);
    },
    finish: (): Texts => ({ text: strings.join(''), ends }),
  };
}

const textAt = ({ text, ends }: Texts, i: number): string => text.slice(i === 0 ? 0 : ends[i - 1], ends[i]);

/**
 * The worker's job for a graph and its entity list, gathered in slices; null when the graph's entities are not the
 * list's, in its order (the graph is then not one opened from this list).
 */
export async function searchJobInSlices(graph: StoryGraph, entities: readonly Entity[]): Promise<SearchJob | null> {
  const numbers = graphNumbers(graph);
  if (numbers.entities.length !== entities.length) return null;
  const labels = textsMaker(entities.length);
  const aliasCount = entities.reduce((sum, entity) => sum + entity.aliases.length, 0);
  const aliases = textsMaker(aliasCount);
  const aliasesUpTo = new Int32Array(entities.length);
  let same = true;
  await forEachInSlices(entities.length, (i) => {
    const entity = entities[i]!;
    same &&= numbers.entities[i] === entity;
    labels.add(entity.label);
    for (const alias of entity.aliases) aliases.add(alias);
    aliasesUpTo[i] = (i === 0 ? 0 : aliasesUpTo[i - 1]!) + entity.aliases.length;
  });
  if (!same) return null;
  const { relations } = numbers;
  const styles = graph.getAttribute('styles');
  const typeNumbers = new Map<string, number>();
  const typeLabels: string[] = [];
  const types = new Int32Array(relations.length);
  await forEachInSlices(relations.length, (j) => {
    const type = relations[j]!.type;
    let number = typeNumbers.get(type);
    if (number === undefined) {
      typeNumbers.set(type, (number = typeLabels.length));
      typeLabels.push(styles.relation(type).label);
    }
    types[j] = number;
  });
  return {
    locale: labelLocale(),
    labels: labels.finish(),
    aliases: aliases.finish(),
    aliasesUpTo,
    // Copies: the graph keeps its own, and the job's are handed over.
    source: numbers.source.slice(),
    target: numbers.target.slice(),
    types,
    typeLabels,
  };
}

/** The buffers a job hands over to the worker. */
export function searchJobTransfers(job: SearchJob): ArrayBuffer[] {
  return [job.labels.ends, job.aliases.ends, job.aliasesUpTo, job.source, job.target, job.types].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** The buffers a reply hands back. */
export function searchReplyTransfers(reply: SearchJobReply): ArrayBuffer[] {
  return [reply.order, ...[reply.entities, reply.relations].flatMap((n) => [n.starts, n.owners, n.firsts])].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/**
 * The worker's work: the names folded and joined as search.ts's indexes join them, entities in label order (a
 * stable sort, as the page's), and relations read "<source label> <type label> <target label>" as storySearch.ts
 * reads them.
 */
export function answerSearchJob(job: SearchJob): SearchJobReply {
  const count = job.labels.ends.length;
  const labels = Array.from({ length: count }, (_, i) => textAt(job.labels, i));
  const folded = labels.map(fold);
  const collator = new Intl.Collator(job.locale, LABEL_ORDER);
  const order = Int32Array.from(
    Array.from({ length: count }, (_, i) => i).sort((a, b) => collator.compare(labels[a]!, labels[b]!)),
  );
  const entities = foldedNamesJoiner();
  const entityFirsts = new Int32Array(count + 1);
  let names = 0;
  order.forEach((i, place) => {
    entityFirsts[place] = names;
    entities.add(place, folded[i]!);
    names++;
    for (let a = i === 0 ? 0 : job.aliasesUpTo[i - 1]!; a < job.aliasesUpTo[i]!; a++, names++)
      entities.add(place, fold(textAt(job.aliases, a)));
    entities.itemDone();
  });
  entityFirsts[count] = names;
  const typeLabels = job.typeLabels.map(fold);
  const relations = foldedNamesJoiner();
  const relationCount = job.source.length;
  for (let j = 0; j < relationCount; j++) {
    relations.add(j, `${folded[job.source[j]!]} ${typeLabels[job.types[j]!]} ${folded[job.target[j]!]}`);
    relations.itemDone();
  }
  return {
    order,
    entities: { ...entities.finish(), firsts: entityFirsts },
    relations: { ...relations.finish(), firsts: Int32Array.from({ length: relationCount + 1 }, (_, j) => j) },
  };
}

/** The entity list's index from the worker's reply: item i is the i-th entity by label. */
export function packedEntityNames(entities: readonly Entity[], reply: SearchJobReply): PackedNames<Entity> {
  const { order } = reply;
  return {
    names: reply.entities,
    firsts: reply.entities.firsts,
    item: (i) => entities[order[i]!]!,
    original: (entity, k) => (k === 0 ? entity.label : entity.aliases[k - 1]!),
  };
}

/** The relations' index from the worker's reply: item j is the graph's j-th relation, by its edge key. */
export function packedRelationNames(graph: StoryGraph, reply: SearchJobReply): PackedNames<string> {
  const { edgeKeys } = graphNumbers(graph);
  // Readings are kept only folded: the list reads the few it shows afresh.
  return { names: reply.relations, firsts: reply.relations.firsts, item: (j) => edgeKeys[j]!, original: () => '' };
}
