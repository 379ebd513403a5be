// Which names come first when not all fit: the selection, then its neighbours, then the best-connected entities.
// Shared by the live view (labelDeclutter.ts) and any export that places labels (labelPlacement.ts).

/** Far above any degree, so one tier always wins over the next whatever the degrees. */
const TIER = 1e9;

export interface LabelRank {
  selected: boolean;
  /** Highlighted as a neighbour of the selection (or on a path asked for). */
  neighbour: boolean;
  degree: number;
}

/** A LabelRequest priority: higher is placed first. */
export function labelPriority({ selected, neighbour, degree }: LabelRank): number {
  return (selected ? 2 * TIER : neighbour ? TIER : 0) + degree;
}
