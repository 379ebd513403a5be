// The closed vocabularies of the data model: entity and relation types, claim statuses, modalities, source kinds.
// Each term carries its human label and its look, so the schema, the legend and the stylesheet agree.

export const ENTITY_TYPES = {
  person: { label: 'Person', color: '#2563eb', shape: 'ellipse' },
  organization: { label: 'Organization', color: '#7c3aed', shape: 'round-rectangle' },
  country: { label: 'Country', color: '#059669', shape: 'hexagon' },
  equipment: { label: 'Equipment', color: '#d97706', shape: 'diamond' },
  facility: { label: 'Facility', color: '#0891b2', shape: 'rectangle' },
  document: { label: 'Document', color: '#6b7280', shape: 'tag' },
  event: { label: 'Event', color: '#db2777', shape: 'star' },
} as const;

export type EntityType = keyof typeof ENTITY_TYPES;
export const ENTITY_TYPE_IDS = Object.keys(ENTITY_TYPES) as [EntityType, ...EntityType[]];

/**
 * `label` reads source → target ("Maduro asked for aid from Russia").
 * `symmetric` relations have no meaningful direction and are drawn without an arrow.
 */
export const RELATION_TYPES = {
  requested_aid: { label: 'asked for aid from', symmetric: false },
  requested_item: { label: 'asked for', symmetric: false },
  wrote: { label: 'wrote', symmetric: false },
  addressed_to: { label: 'is addressed to', symmetric: false },
  carried: { label: 'carried', symmetric: false },
  visited: { label: 'visited', symmetric: false },
  met_with: { label: 'met with', symmetric: true },
  spoke_with: { label: 'spoke with', symmetric: true },
  commented_on: { label: 'commented on', symmetric: false },
  agreement_with: { label: 'has an agreement with', symmetric: true },
  supplied: { label: 'supplied', symmetric: false },
  acquired: { label: 'acquired', symmetric: false },
  possesses: { label: 'has in service', symmetric: false },
  deployed: { label: 'deployed', symmetric: false },
  produces: { label: 'produces', symmetric: false },
  financing_through: { label: 'proposed financing through', symmetric: false },
  military_action: { label: 'took military action against', symmetric: false },
  arrived_in: { label: 'arrived in', symmetric: false },
  located_in: { label: 'is located in', symmetric: false },
  holds_office_in: { label: 'holds office in', symmetric: false },
  leads: { label: 'leads', symmetric: false },
  sanctioned: { label: 'imposed sanctions on', symmetric: false },
  restricted_parts_for: { label: 'restricted spare parts for', symmetric: false },
  limited_access_to: { label: 'has limited access to', symmetric: false },
  arranged: { label: 'arranged', symmetric: false },
  signed: { label: 'signed', symmetric: false },
  approved: { label: 'approved', symmetric: false },
  pressured: { label: 'puts pressure on', symmetric: false },
  close_ties_with: { label: 'has close ties with', symmetric: true },
} as const;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_IDS = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/**
 * What a claim is, by who says it and how (docs/data-format.md, "Evidence rules"). A party's own word, an article's
 * unattributed background and commentary are kept, and labelled for what they are. `corroborates` says whether
 * the claim's origins count for the relation: commentary is not evidence of the act, and a denial speaks against it.
 */
export const CLAIM_STATUSES = {
  reported: {
    label: 'Reported',
    description: 'The article reports it and says where it comes from (documents, an outlet, officials).',
    corroborates: true,
  },
  alleged: {
    label: 'Alleged',
    description: 'Attributed to a single or unnamed source, or called unconfirmed.',
    corroborates: true,
  },
  statement: {
    label: 'Own statement',
    description:
      "A party's own words (an announcement, a claim about itself, the remark it made): its word, not a confirmation.",
    corroborates: true,
  },
  background: {
    label: 'Background',
    description: "The article's own context, attributed to no one: what the writer gives as already known.",
    corroborates: true,
  },
  commentary: {
    label: 'Commentary',
    description: 'Analysis or opinion (a journalist, an analyst, an expert): not evidence of the act.',
    corroborates: false,
  },
  denied: { label: 'Denied', description: 'A party says it is not so.', corroborates: false },
} as const;

export type ClaimStatus = keyof typeof CLAIM_STATUSES;
export const CLAIM_STATUS_IDS = Object.keys(CLAIM_STATUSES) as [ClaimStatus, ...ClaimStatus[]];

/**
 * Whether a relation is something that took place (or holds), or only something asked for, prepared, rumoured
 * or denied. Each is drawn with its own line pattern (`dash`, in units of the line width; empty: solid), so
 * a request never looks like a delivery.
 */
export const MODALITIES = {
  happened: { label: 'Happened', description: 'Took place, or holds, as the sources tell it.', dash: [] },
  requested: { label: 'Requested', description: 'Asked for; not known to have been given.', dash: [6, 3] },
  organized: {
    label: 'Organized',
    description: 'Arranged by someone; not known to have arrived or taken place.',
    dash: [8, 3, 2, 3],
  },
  planned: { label: 'Planned', description: 'Being prepared; not known to have taken place.', dash: [2, 3] },
  rumoured: {
    label: 'Rumoured',
    description: 'Reported as possible or under consideration, unconfirmed.',
    dash: [1, 5],
  },
  denied: { label: 'Denied', description: 'Reported, and denied by a party to it.', dash: [12, 4, 1, 4, 1, 4] },
} as const satisfies Record<string, { label: string; description: string; dash: readonly number[] }>;

export type Modality = keyof typeof MODALITIES;
export const MODALITY_IDS = Object.keys(MODALITIES) as [Modality, ...Modality[]];

/** Kinds of source record: the articles quoted, and what they credit in turn. */
export const SOURCE_KINDS = {
  article: 'Article',
  news_report: 'News report',
  agency: 'News agency',
  document: 'Document',
  official_statement: 'Official statement',
  expert: 'Expert or analyst',
  other: 'Other',
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;

/** A source's publication date when the text gives none: said outright, never left blank. */
export const NOT_GIVEN = 'not given';
export const SOURCE_KIND_IDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** Names for the country codes a dataset is likely to use; any other valid code is shown as is. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  VE: 'Venezuela',
  RU: 'Russia',
  CN: 'China',
  IR: 'Iran',
  US: 'United States',
  UA: 'Ukraine',
  CU: 'Cuba',
  CO: 'Colombia',
  BR: 'Brazil',
  TR: 'Türkiye',
};

export function countryName(code: string): string {
  return Object.hasOwn(COUNTRY_NAMES, code) ? COUNTRY_NAMES[code]! : code;
}

/** Colours for types a dataset declares without one, picked by the type's name so they stay stable. */
const EXTRA_PALETTE = [
  '#0ea5e9',
  '#84cc16',
  '#f43f5e',
  '#a855f7',
  '#14b8a6',
  '#f97316',
  '#64748b',
  '#eab308',
  '#ec4899',
  '#22c55e',
];
const EXTRA_SHAPES = ['ellipse', 'round-rectangle', 'triangle', 'pentagon', 'octagon', 'vee'] as const;

export interface EntityTypeStyle {
  label: string;
  color: string;
  shape: string;
}
export interface RelationTypeStyle {
  label: string;
  symmetric: boolean;
}

export interface DeclaredVocabulary {
  entityTypes?: Record<string, { label: string; color?: string }>;
  relationTypes?: Record<string, { label: string; symmetric?: boolean }>;
}

export interface TypeStyles {
  entity(type: string): EntityTypeStyle;
  relation(type: string): RelationTypeStyle;
  /** Every entity type the legend should explain: built-in ones first, then declared ones. */
  entityTypes(): [string, EntityTypeStyle][];
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

export function typeStyles(declared: DeclaredVocabulary | undefined): TypeStyles {
  const declaredEntities = declared?.entityTypes ?? {};
  const declaredRelations = declared?.relationTypes ?? {};
  const entity = (type: string): EntityTypeStyle => {
    if (Object.hasOwn(ENTITY_TYPES, type)) return ENTITY_TYPES[type as EntityType];
    const own = Object.hasOwn(declaredEntities, type) ? declaredEntities[type] : undefined;
    const h = hash(type);
    return {
      label: own?.label ?? type,
      color: own?.color ?? EXTRA_PALETTE[h % EXTRA_PALETTE.length]!,
      shape: EXTRA_SHAPES[h % EXTRA_SHAPES.length]!,
    };
  };
  const relation = (type: string): RelationTypeStyle => {
    if (Object.hasOwn(RELATION_TYPES, type)) return RELATION_TYPES[type as RelationType];
    const own = Object.hasOwn(declaredRelations, type) ? declaredRelations[type] : undefined;
    return { label: own?.label ?? type.replace(/_/g, ' '), symmetric: own?.symmetric ?? false };
  };
  return {
    entity,
    relation,
    entityTypes: () => [...ENTITY_TYPE_IDS, ...Object.keys(declaredEntities)].map((t) => [t, entity(t)]),
  };
}
