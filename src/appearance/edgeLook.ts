// How a relation's line looks, decided once for both renderers: its width follows the independent origins
// behind it (articles repeating one origin add nothing), its dash pattern says whether it happened or was only
// requested, organized, planned, rumoured or denied, and it is red when its sources disagree. A disputed link is
// drawn at the base width whatever its origins: its sources contradict each other, so it must never look as strong
// as a link they agree on.
import type { StoryGraph } from '../model/graph';
import type { Relation } from '../model/schema';
import type { RelationEvidence } from '../model/evidence';
import { MODALITIES, MODALITY_IDS, type Modality } from '../model/vocabulary';

export interface EdgeLook {
  readonly width: number;
  /** Canvas/SVG dash lengths in pixels; empty for a solid line. */
  readonly dash: number[];
  readonly modality: Modality;
  readonly disputed: boolean;
}

/** Origins beyond this draw no wider. */
export const WIDEST_AT_ORIGINS = 4;

/** A disputed link is drawn no wider than one with this many origins (the base width). */
export const DISPUTED_AT_ORIGINS = 1;

/** Line width for a number of independent origins: 1 px with none (an imported link), 1.5 to 6 px for 1 to 4+. */
export function widthForOrigins(origins: number): number {
  if (origins <= 0) return 1;
  return 1.5 * Math.min(origins, WIDEST_AT_ORIGINS);
}

/** Dash lengths scaled to the line, so a pattern reads the same on a thin and a thick line. */
export function dashFor(modality: Modality, width: number): number[] {
  const unit = Math.max(width, 1.5);
  return MODALITIES[modality].dash.map((d) => d * unit);
}

/** Looks are few (modalities × widths × disputed): each is made once and shared, so 100k edges allocate nothing. */
const LOOKS = new Map<string, EdgeLook>();

/** A relation's evidence as drawn: the whole of it, or (under "known by") only what was out by then. */
export type EdgeEvidence = (relation: Relation) => RelationEvidence;

export function edgeLookOf(
  relation: Relation,
  graph: StoryGraph,
  evidence: EdgeEvidence = graph.getAttribute('evidence'),
): EdgeLook {
  const counted = Math.min(evidence(relation).origins.length, WIDEST_AT_ORIGINS);
  const origins = relation.disputed ? Math.min(counted, DISPUTED_AT_ORIGINS) : counted;
  const modality = MODALITY_IDS.includes(relation.modality) ? relation.modality : 'happened';
  const key = `${modality}${origins}${relation.disputed ? 'd' : ''}`;
  let look = LOOKS.get(key);
  if (!look) {
    const width = widthForOrigins(origins);
    look = Object.freeze({ width, dash: dashFor(modality, width), modality, disputed: relation.disputed });
    LOOKS.set(key, look);
  }
  return look;
}
