// A seeded graph shaped like the ICIJ Offshore Leaks (companies, officers, intermediaries, addresses; a heavy-tailed
// degree with a few supernodes), streamed as NDJSON records so that 2M entities and 3.3M relations never sit in memory.
import type { Relation } from '../../src/model/schema';
import { seededRandom } from '../../src/model/seededRandom';
import type { DatasetHead, NdjsonRecord } from '../../src/io/server/wire';
import { ID_PREFIX, KINDS, makeEntity, mix, relationDate, type Kind } from './offshoreNames';

export { KINDS, type Kind } from './offshoreNames';

export interface Supernode {
  kind: 'address' | 'intermediary';
  /** Relations it holds at full size; fewer when its relation type has too few (see `hubShare`). */
  degree: number;
}

export interface OffshoreOptions {
  entities: number;
  relations: number;
  seed: number;
  supernodes: Supernode[];
  /** At most this share of a relation type's relations go to its supernodes (they shrink together to fit). */
  hubShare: number;
}

export const FULL_SIZE = { entities: 2_000_000, relations: 3_300_000 };

export const DEFAULT_OPTIONS: OffshoreOptions = {
  ...FULL_SIZE,
  seed: 1,
  supernodes: [
    { kind: 'address', degree: 80_000 },
    { kind: 'address', degree: 35_000 },
    { kind: 'address', degree: 15_000 },
    { kind: 'intermediary', degree: 60_000 },
    { kind: 'intermediary', degree: 25_000 },
    { kind: 'intermediary', degree: 12_000 },
  ],
  hubShare: 0.4,
};

/** Shares of the entities by kind, about those of the Offshore Leaks. */
const KIND_SHARES: Record<Kind, number> = { company: 0.4, officer: 0.35, intermediary: 0.01, address: 0.24 };

/** One end of a relation: its kind, and how skewed the choice is (1: even; 2: degree falls as rank^-1/2). */
interface End {
  kind: Kind;
  skew: number;
  /** This end is where the kind's supernodes get their relations. */
  hubs?: boolean;
}

interface TypeSpec {
  type: string;
  label: string;
  share: number;
  directed: boolean;
  /** Share of relations with a date (in the register's wording: a day, or a month or year). */
  dated: number;
  variants: { weight: number; source: End; target: End }[];
}

const TYPE_SPECS: TypeSpec[] = [
  {
    type: 'officer_of',
    label: 'is an officer of',
    share: 0.52,
    directed: true,
    dated: 0.7,
    variants: [{ weight: 1, source: { kind: 'officer', skew: 2 }, target: { kind: 'company', skew: 1.5 } }],
  },
  {
    type: 'registered_address',
    label: 'is registered at',
    share: 0.28,
    directed: true,
    dated: 0,
    variants: [
      { weight: 0.7, source: { kind: 'company', skew: 1 }, target: { kind: 'address', skew: 2, hubs: true } },
      { weight: 0.3, source: { kind: 'officer', skew: 1 }, target: { kind: 'address', skew: 2, hubs: true } },
    ],
  },
  {
    type: 'intermediary_of',
    label: 'is the intermediary of',
    share: 0.15,
    directed: true,
    dated: 0.5,
    variants: [
      { weight: 1, source: { kind: 'intermediary', skew: 2, hubs: true }, target: { kind: 'company', skew: 1.5 } },
    ],
  },
  {
    type: 'similar_name',
    label: 'has a name like',
    share: 0.05,
    directed: false,
    dated: 0,
    variants: [
      { weight: 0.7, source: { kind: 'officer', skew: 1 }, target: { kind: 'officer', skew: 1 } },
      { weight: 0.3, source: { kind: 'company', skew: 1 }, target: { kind: 'company', skew: 1 } },
    ],
  },
];

const COLOURS: Record<Kind, string> = {
  company: '#c2410c',
  officer: '#1d4ed8',
  intermediary: '#15803d',
  address: '#6b7280',
};

export interface PlannedHub {
  id: string;
  kind: Kind;
  /** Index among all entities (companies first, then officers, intermediaries, addresses). */
  index: number;
  /** Relations it gets, on average over seeds (each relation of its type picks it with a fixed chance). */
  degree: number;
}

export interface OffshorePlan {
  options: OffshoreOptions;
  counts: Record<Kind, number>;
  /** Index of each kind's first entity among all entities. */
  offsets: Record<Kind, number>;
  types: { spec: TypeSpec; count: number }[];
  hubs: PlannedHub[];
  /** Per kind, how many relation ends could pick its supernodes (those of the ends marked `hubs`). */
  hubDraws: Record<Kind, number>;
  /** Local index of a kind's entity of the given rank (rank 0 the most connected): a permutation of 0..count-1. */
  rankToLocal: (kind: Kind, rank: number) => number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * A multiplier coprime with `count`, so that rank × multiplier mod count visits every index once; near the golden
 * ratio of `count`, so that neighbouring ranks land far apart.
 */
function multiplierFor(count: number): number {
  let m = Math.max(1, Math.floor(count * 0.618034));
  while (gcd(m, count) !== 1) m++;
  return m;
}

export function offshorePlan(given: Partial<OffshoreOptions> = {}): OffshorePlan {
  const options = { ...DEFAULT_OPTIONS, ...given };
  const { entities, relations, seed } = options;
  if (!Number.isInteger(entities) || entities < KINDS.length) throw new Error('entities: at least 4, a whole number');
  if (!Number.isInteger(relations) || relations < 0) throw new Error('relations: a whole number, 0 or more');
  const counts = {} as Record<Kind, number>;
  for (const kind of KINDS) counts[kind] = Math.max(1, Math.floor(entities * KIND_SHARES[kind]));
  counts.company += entities - KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  const offsets = {} as Record<Kind, number>;
  let at = 0;
  for (const kind of KINDS) [offsets[kind], at] = [at, at + counts[kind]];

  const types = TYPE_SPECS.map((spec) => ({ spec, count: Math.floor(relations * spec.share) }));
  types[0]!.count += relations - types.reduce((sum, t) => sum + t.count, 0);

  const multipliers = Object.fromEntries(KINDS.map((kind) => [kind, multiplierFor(counts[kind])]));
  const shifts = Object.fromEntries(KINDS.map((kind, i) => [kind, mix(seed, 100 + i) % counts[kind]]));
  const rankToLocal = (kind: Kind, rank: number) => (rank * multipliers[kind]! + shifts[kind]!) % counts[kind];

  const hubs: PlannedHub[] = [];
  const hubDraws = {} as Record<Kind, number>;
  for (const kind of KINDS) {
    // A kind's supernodes are its first ranks, at most half of the kind; they draw from the end marked `hubs`.
    const wanted = options.supernodes.filter((s) => s.kind === kind).slice(0, Math.floor(counts[kind] / 2));
    const draws = types.reduce(
      (sum, t) => sum + t.spec.variants.reduce((s, v) => s + (hubEnd(v, kind) ? v.weight * t.count : 0), 0),
      0,
    );
    hubDraws[kind] = draws;
    const total = wanted.reduce((sum, s) => sum + s.degree, 0);
    const scale = total > options.hubShare * draws ? (options.hubShare * draws) / total : 1;
    wanted.forEach((s, rank) => {
      const local = rankToLocal(kind, rank);
      hubs.push({ id: `${ID_PREFIX[kind]}${local}`, kind, index: offsets[kind] + local, degree: s.degree * scale });
    });
  }
  return { options, counts, offsets, types, hubs, hubDraws, rankToLocal };
}

function hubEnd(variant: TypeSpec['variants'][number], kind: Kind): boolean {
  const carries = (end: End) => end.hubs === true && end.kind === kind;
  return carries(variant.source) || carries(variant.target);
}

export interface RelationEnds {
  /** The relation's number: its id is `r<n>`. */
  n: number;
  spec: TypeSpec;
  /** Entity indices among all entities. */
  source: number;
  target: number;
}

/**
 * The relations' types and ends as numbers, in order, drawn without making any record: what the records are made
 * from, and what a test reads to learn the degrees of a full-size graph in a few seconds.
 */
export function* relationEnds(plan: OffshorePlan): Generator<RelationEnds> {
  const random = seededRandom(mix(plan.options.seed, 1));
  const hubsOf = (kind: Kind) => plan.hubs.filter((h) => h.kind === kind);
  // Each end: a chance of picking a supernode, then which one (by its degree), else a skewed rank among the rest.
  const endPicker = (end: End) => {
    const hubs = hubsOf(end.kind);
    const hubTotal = end.hubs ? hubs.reduce((sum, h) => sum + h.degree, 0) : 0;
    const hubChance = hubTotal > 0 ? hubTotal / plan.hubDraws[end.kind] : 0;
    const count = plan.counts[end.kind];
    const first = hubs.length < count ? hubs.length : 0;
    const offset = plan.offsets[end.kind];
    return () => {
      if (hubChance > 0 && random() < hubChance) {
        let x = random() * hubTotal;
        for (const hub of hubs) if ((x -= hub.degree) < 0) return hub.index;
        return hubs[hubs.length - 1]!.index;
      }
      const rank = first + Math.floor((count - first) * random() ** end.skew);
      return offset + plan.rankToLocal(end.kind, rank);
    };
  };
  let n = 0;
  for (const { spec, count } of plan.types) {
    const variants = spec.variants.map((v) => ({
      weight: v.weight,
      source: endPicker(v.source),
      target: endPicker(v.target),
      sameKind: v.source.kind === v.target.kind,
      kind: v.source.kind,
    }));
    for (let i = 0; i < count; i++) {
      let x = random();
      const variant = variants.find((v) => (x -= v.weight) < 0) ?? variants[variants.length - 1]!;
      const source = variant.source();
      let target = variant.target();
      // No relation from an entity to itself: the next entity of the kind instead.
      if (variant.sameKind && target === source && plan.counts[variant.kind] > 1) {
        const offset = plan.offsets[variant.kind];
        target = offset + ((target - offset + 1) % plan.counts[variant.kind]);
      }
      yield { n: n++, spec, source, target };
    }
  }
}

/** Which kind an entity index is, and its index within the kind. */
export function kindOf(plan: OffshorePlan, index: number): { kind: Kind; local: number } {
  for (let k = KINDS.length - 1; k >= 0; k--) {
    const kind = KINDS[k]!;
    if (index >= plan.offsets[kind]) return { kind, local: index - plan.offsets[kind] };
  }
  throw new Error(`no entity ${index}`);
}

export function entityId(plan: OffshorePlan, index: number): string {
  const { kind, local } = kindOf(plan, index);
  return `${ID_PREFIX[kind]}${local}`;
}

/** The entity at `index` among all entities, made from the seed and index alone. */
export function offshoreEntity(plan: OffshorePlan, index: number) {
  const { kind, local } = kindOf(plan, index);
  return makeEntity(plan.options.seed, kind, local);
}

export function offshoreHead(plan: OffshorePlan): DatasetHead {
  const { entities, relations, seed } = plan.options;
  const label = (kind: Kind) => kind[0]!.toUpperCase() + kind.slice(1);
  return {
    title: `Offshore-shaped graph: ${entities.toLocaleString('en')} entities, ${relations.toLocaleString('en')} relations`,
    description: `Generated (seed ${seed}) in the shape of the ICIJ Offshore Leaks; every name is made up.`,
    vocabulary: {
      entityTypes: Object.fromEntries(KINDS.map((kind) => [kind, { label: label(kind), color: COLOURS[kind] }])),
      relationTypes: Object.fromEntries(
        TYPE_SPECS.map((s) => [s.type, s.directed ? { label: s.label } : { label: s.label, symmetric: true }]),
      ),
    },
  };
}

/** The graph as NDJSON records: the dataset head, every entity, then every relation. */
export function* offshoreRecords(given: Partial<OffshoreOptions> = {}): Generator<NdjsonRecord> {
  const plan = offshorePlan(given);
  yield { dataset: offshoreHead(plan) };
  for (const kind of KINDS)
    for (let local = 0; local < plan.counts[kind]; local++)
      yield { entity: makeEntity(plan.options.seed, kind, local) };
  const random = seededRandom(mix(plan.options.seed, 2));
  for (const { n, spec, source, target } of relationEnds(plan)) {
    const relation: Relation = {
      id: `r${n}`,
      type: spec.type,
      source: entityId(plan, source),
      target: entityId(plan, target),
      modality: 'happened',
      disputed: false,
      claims: [],
      directed: spec.directed,
    };
    const date = spec.dated > 0 ? relationDate(random, spec.dated) : undefined;
    if (date) relation.date = date;
    yield { relation };
  }
}
