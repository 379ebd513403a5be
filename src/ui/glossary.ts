// Plain words for the terms the explorer uses, written for a reader who knows news, not graph theory. One place, so
// the same term is explained the same way wherever it appears (a "?" beside it, or a tooltip).
import type { MetricId } from '../model/metricNames';

export const METRIC_EXPLAINED: Record<MetricId, string> = {
  degree: 'How many links the entity has, in either direction.',
  inDegree: 'How many links point at the entity: things done to it, asked of it, sent to it.',
  outDegree: 'How many links start from the entity: things it did, asked for or sent.',
  weightedDegree: 'Its links counted by their evidence: a link with more independent origins counts more.',
  betweenness: 'How often the entity lies on the shortest route between two others: a go-between or broker.',
  closeness: 'How few steps it takes, on average, to reach every other entity from this one.',
  pagerank:
    'Importance passed along links: an entity that important entities point at scores high (the idea behind Google’s first ranking).',
  community: 'A group of entities more tightly linked to each other than to the rest, found by the Louvain method.',
  component: 'A part of the graph that is linked together; entities in different components have no path between them.',
};

export const TERMS = {
  labelsFromSize:
    'Hide the names of small nodes, so the big ones stay readable. A node’s size follows "Size by"; 0 shows every name.',
  concentric: 'Places the best-connected entities in the middle and the others on rings around them.',
  forceDirected: 'Pulls linked entities together and pushes the rest apart, so groups show as clusters.',
  hierarchical: 'Lays links out in layers along their arrows: who acts first at the top, whom it acts on below.',
  hedged: 'The source hedges its words ("reportedly", "may have"): a weaker claim, not a wrong one.',
  background: "The article's own context, attributed to no one: what it says it knew already.",
  reported: 'The article reports it and says where it comes from (documents, an outlet, officials).',
  holdingNoVersion: 'These claims take no side: they mention the link without saying which version is right.',
  extent: 'How much of the graph goes into the image: everything, or only what the screen shows now.',
  textAlternative: 'A written description of the image, for readers who cannot see it (screen readers, alt text).',
  independentOrigins:
    'How many separate first-hand origins stand behind a link. Five articles retelling one set of documents count as one origin.',
  modality: 'Whether it happened, or was only requested, organised, planned, rumoured or denied.',
  happened: 'Show links by the date the event took place.',
  knownBy: 'Show only what had been published by the end of the window: the story as it could be known that day.',
} as const;

export type Term = keyof typeof TERMS;
