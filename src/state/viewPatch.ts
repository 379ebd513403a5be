// A view, as a link, a saved view or the last session hands it back: the parts of the explorer's state that say
// what is shown and how. Every field is optional: a link restores what it carries and leaves the rest.
import type { Filters } from '../model/filters';
import type { TimeFilter } from '../model/timeFilter';
import type { Selection } from '../model/selection';
import type { Ego } from '../model/ego';
import type { Appearance } from '../appearance/appearance';
import type { Camera, Framing } from '../appearance/camera';
import type { LayoutName } from '../appearance/layouts';
import type { PathOptions } from '../model/paths';

export interface PathQuery extends PathOptions {
  from: string;
  to: string;
}

export interface ViewPatch {
  filters?: Filters;
  layout?: LayoutName;
  selection?: Selection | null;
  /** What a link frames (links written now), or the raw camera an older link carried. */
  camera?: Camera | Framing;
  appearance?: Appearance;
  ego?: Ego | null;
  path?: PathQuery | null;
  /** The time window, kept apart from the other filters so a link can carry one without the other. */
  time?: TimeFilter | null;
}

/** A view the user saved by name, kept as the same short parameters a link carries (see urlState.ts). */
export type { SavedView } from '../model/schema';
