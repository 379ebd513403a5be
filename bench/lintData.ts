// A seeded investigation for timing the evidence lint: n relations between n/2 entities, each with one to three
// claims quoting articles that cite documents and experts. The quotes are drawn from a small set of sentences
// written for the bench, some with the words the rules look for (a request, "reportedly", "remains unclear", a
// date) in one claim in five, so every rule has work and finds some items. No Node imports: the bench page builds it in the browser.
import { seededRandom } from '../src/model/seededRandom';
import type { Claim, Dataset, Entity, Relation, Source } from '../src/model/schema';

/** Plain sentences, put together from parts so that nearly every quote is different, as in a real investigation. */
const SUBJECTS = ['The minister', 'The air force', 'Two officers', 'The delegation', 'The navy', 'The ministry'];
const VERBS = ['delivered', 'inspected', 'repaired', 'received', 'installed', 'moved', 'tested', 'handed over'];
const OBJECTS = ['radar units', 'engines', 'spare parts', 'transport aircraft', 'training manuals', 'air defence kits'];
const PLACES = ['at the northern base', 'to the coastal brigade', 'near the capital', 'at the main airport'];
/** Sentences with the words the rules look for, used for one claim in five. */
const FLAGGED = [
  'The minister asked the neighbouring government for help repairing its radar systems',
  'Officials reportedly signed the agreement in the capital after two days of talks',
  'According to the documents, the shipment left the port with spare parts and engines',
  'It remains unclear whether the request was ever answered by the other side',
  'The companies were urged to accelerate production of detection equipment',
  'In October the two delegations met to discuss the training of pilots',
  'The government says the deployment is part of a defensive strategy',
  'Analysts believe the support has waned because of commitments elsewhere',
  'The delivery could begin within days, according to unconfirmed information',
  'The firm delivered twelve engines and five radar units to the air force',
];
const TYPES = ['supplied', 'requested_aid', 'met_with', 'signed', 'agreement_with'] as const;

export function lintBenchDataset(relations: number, seed = 19): Dataset {
  const random = seededRandom(seed * 101 + relations);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const documents = Array.from({ length: 10 }, (_, i) => `doc-${i}`);
  const experts = Array.from({ length: 3 }, (_, i) => `expert-${i}`);
  const articles = Array.from({ length: 20 }, (_, i) => `article-${i}`);
  const day = (d: number) => `2025-10-${String(d).padStart(2, '0')}`;
  const sources: Source[] = [
    ...documents.map((id, i) => ({ id, kind: 'document' as const, title: id, published: day(1 + i), cites: [] })),
    ...experts.map((id) => ({ id, kind: 'expert' as const, title: id, published: 'not given', cites: [] })),
    // Some articles are dated before a document they cite: the "earlier than cited" rule has items.
    ...articles.map((id, i) => ({
      id,
      kind: 'article' as const,
      title: id,
      published: 'not given',
      notBefore: day(5 + (i % 20)),
      cites: [pick(documents), pick(documents), pick(experts)],
    })),
  ];
  const entityCount = Math.max(2, Math.floor(relations / 2));
  const entities: Entity[] = Array.from({ length: entityCount }, (_, i) => ({
    id: `e${i}`,
    type: i % 7 === 0 ? 'country' : 'organization',
    label: `Entity ${i}`,
    // One in a thousand shares an alias with the next: the "shared alias" rule has items.
    aliases: i % 1000 === 0 ? [`Shared ${Math.floor(i / 2000)}`] : i % 3 === 0 ? [`E-${i}`] : [],
  }));
  const rels: Relation[] = Array.from({ length: relations }, (_, i) => {
    const count = 1 + Math.floor(random() * 3);
    const claims: Claim[] = Array.from({ length: count }, () => {
      const source = pick(articles);
      const roll = random();
      const plain = `${pick(SUBJECTS)} ${pick(VERBS)} ${1 + Math.floor(random() * 500)} ${pick(OBJECTS)} ${pick(PLACES)}`;
      return {
        source,
        quote: random() < 0.2 ? `${pick(FLAGGED)}; ${plain.toLowerCase()}` : plain,
        status: roll < 0.7 ? 'reported' : roll < 0.85 ? 'alleged' : roll < 0.95 ? 'background' : 'commentary',
        ...(roll < 0.5 ? { via: [sources.find((s) => s.id === source)!.cites[0]!] } : roll < 0.6 ? { via: [] } : {}),
        ...(roll > 0.9 ? { hedged: true } : {}),
      };
    });
    const a = Math.floor(random() * entityCount);
    const b = (a + 1 + Math.floor(random() * (entityCount - 1))) % entityCount;
    const dated = random();
    return {
      id: `r${i}`,
      type: pick(TYPES),
      source: `e${a}`,
      target: `e${b}`,
      ...(dated < 0.3
        ? { date: '2025-10' }
        : dated < 0.35
          ? { date: '2025', dateText: 'not dated in the articles' }
          : {}),
      modality: random() < 0.8 ? 'happened' : 'requested',
      disputed: false,
      claims,
      directed: true,
    };
  });
  return { title: `Lint bench, ${relations} relations`, sources, entities, relations: rels };
}
