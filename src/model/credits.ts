// Credits for an exported view: every source behind the shown relations — the articles quoted, each source their
// chains name, and the origins those chains end in — with outlet, title and date. Pure.
import { publicationText } from './publication';
import type { StoryGraph } from './graph';
import type { Source } from './schema';
import { NOT_GIVEN } from './vocabulary';

export interface Credit {
  id: string;
  /** Empty when the source names none (a document, unnamed officials). */
  outlet: string;
  title: string;
  /** The publication date, or "date not given". */
  date: string;
}

/** Sources behind the relations in `edges`, in the dataset's order of sources. */
export function creditsFor(graph: StoryGraph, edges: ReadonlySet<string>): Credit[] {
  const index = graph.getAttribute('sourceIndex');
  const behind = new Set<string>();
  graph.forEachEdge((edge, relation) => {
    if (!edges.has(edge)) return;
    for (const claim of relation.claims) {
      behind.add(claim.source);
      for (const step of claim.via ?? []) behind.add(step);
      // The origins the chain ends in (without a named chain: what the article stands on); own words end at the article.
      if (claim.via?.length === 0) continue;
      const end = claim.via?.length ? claim.via[claim.via.length - 1]! : claim.source;
      for (const root of index.rootsOf(end)) behind.add(root);
    }
  });
  return graph
    .getAttribute('sources')
    .filter((s) => behind.has(s.id))
    .map((source) => creditOf(source, graph.getAttribute('sources')));
}

function creditOf(source: Source, sources: readonly Source[]): Credit {
  return {
    id: source.id,
    outlet: source.outlet ?? '',
    title: source.title,
    date: source.published === NOT_GIVEN ? `date ${publicationText(source, sources)}` : source.published,
  };
}

/** "ILKHA: “Maduro requests military aid…” (date not given)"; a source without outlet is named by its title. */
export function creditLine(credit: Credit): string {
  const name = credit.outlet ? `${credit.outlet}: “${credit.title}”` : credit.title;
  return `${name} (${credit.date})`;
}
