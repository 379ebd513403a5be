// Plain words for the terms the explorer uses, written for a reader who knows news, not graph theory. One place, so
// the same term is explained the same way wherever it appears (a "?" beside it, or a tooltip).
import type { MetricId } from '../model/metricNames';
import type { LayoutName } from '../appearance/layouts';
import { CLAIM_STATUSES } from '../model/vocabulary';

export const METRIC_EXPLAINED: Record<MetricId, string> = {
  degree: 'How many links the entity has, in either direction: who deals with the most others.',
  inDegree: 'How many links point at the entity: things done to it, asked of it, sent to it.',
  outDegree: 'How many links start from the entity: things it did, asked for or sent.',
  weightedDegree: 'Its links counted by their evidence: a link with more independent origins counts more.',
  betweenness:
    'How often the entity sits on the shortest route between two others: a go-between or broker, whose removal would cut others apart.',
  closeness: 'How few steps it takes, on average, to reach every other entity from this one: who is close to everyone.',
  pagerank:
    'Importance passed along links: an entity that important entities point at scores high (the idea behind Google’s first ranking).',
  community:
    'A group of entities more tightly linked to each other than to the rest (a camp, a circle), found by counting links (the Louvain method).',
  component: 'A part of the graph that is linked together; entities in different components have no path between them.',
};

export const TERMS = {
  labelsFromSize:
    'Hide the names of small nodes, so the big ones stay readable. A node’s size follows "Size by"; 0 shows every name.',
  concentric: 'Places the entities with the most links in the middle and the others on rings around them.',
  forceDirected: 'Pulls linked entities together and pushes the rest apart, so groups show as clusters.',
  hierarchical: 'Lays links out in columns along their arrows: who acts on the left, whom it acts on to the right.',
  hedged: 'The source hedges its words ("reportedly", "may have"): a weaker claim, not a wrong one.',
  // The claim statuses' own descriptions, so the filter, the claims and this glossary say the same.
  background: CLAIM_STATUSES.background.description,
  reported: CLAIM_STATUSES.reported.description,
  holdingNoVersion: 'These claims take no side: they mention the link without saying which version is right.',
  extent: 'How much of the graph goes into the image: everything, or only what the screen shows now.',
  textAlternative: 'A written description of the image, for readers who cannot see it (screen readers, alt text).',
  independentOrigins:
    'How many separate first-hand origins stand behind a link. Five articles retelling one set of documents count as one origin.',
  modality: 'Whether it happened, or was only requested, organised, planned, rumoured or denied.',
  happened: 'Show links by the date the event took place.',
  knownBy: 'Show only what had been published by the end of the window: the story as it could be known that day.',
  circle: 'Places every entity on one circle, in no particular order: easy to count, says nothing about importance.',
  grid: 'Places the entities in rows and columns, in no particular order: every name readable, links crossing freely.',
  claimStatus: 'What kind of claim it is: who says it and how (reported with a source, alleged, a party’s own word…).',
  evidenceLint:
    'Questions a careful editor would ask of the evidence, found by reading the words of quotes and dates: each is a question, not a verdict. Fix the record, or keep it with a note saying why it stands.',
} as const;

export type Term = keyof typeof TERMS;

/** What each layout of the toolbar does, for the "?" beside the layout choice. */
export const LAYOUT_EXPLAINED: Record<LayoutName, string> = {
  fcose: TERMS.forceDirected,
  concentric: TERMS.concentric,
  hierarchical: TERMS.hierarchical,
  circle: TERMS.circle,
  grid: TERMS.grid,
};
