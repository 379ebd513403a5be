// The graph sizes at which the app changes how it works, in one place: each figure is defined here and only here,
// with why it sits where it does (bench/README.md has the measurements). Code imports these; the docs name them
// rather than restate the numbers, which would drift.
//
// "Elements" are entities and relations (nodes and links) counted together.

// --- Drawing ------------------------------------------------------------------------------------------------------

/**
 * Past this many entities, or LARGE_ELEMENTS elements, a graph is big: drawn by the canvas renderer (or, when
 * cytoscape is forced, in its lighter style). At 1k nodes / 2k edges cytoscape took 2.5 s to a first frame and 0.8 s
 * to show filtered nodes again (bench, quick run); edge captions are unreadable at that density anyway.
 */
export const LARGE_NODES = 1_000;
export const LARGE_ELEMENTS = 2_500;

/** From this many elements on, drawing takes long enough to deserve a progress message. */
export const DRAWING_MESSAGE_FROM_ELEMENTS = 3_000;

/**
 * Canvas scenes smaller than this are simply redrawn on every pan or zoom frame; bigger ones move a snapshot and
 * redraw once the camera rests. (A count, not a measured draw time: the browser records canvas calls and rasterises
 * them later, so timing the calls says little about a frame's cost.)
 */
export const SNAPSHOT_MIN_ELEMENTS = 4_000;

/**
 * From this many entities and relations together, the model is built in slices (model/timeSlices.ts) before it is
 * shown: at 50,000 and more one pass holds the page for hundreds of milliseconds.
 */
export const BUILD_IN_SLICES_FROM_ELEMENTS = 30_000;

/**
 * From this many entities and relations together, the search indexes are made in a worker (model/searchJob.ts):
 * at 200,000 entities and 400,000 relations the page spent seconds and some 1.2 million objects on them. Below,
 * the page makes them in slices in a few tenths of a second, about what starting the worker costs.
 */
export const SEARCH_WORKER_FROM_ELEMENTS = 100_000;

/** Past this many entities the canvas draws one device pixel per CSS pixel: a 2x screen would fill 4x the pixels. */
export const ONE_PIXEL_RATIO_PAST_NODES = 20_000;

/** From this many nodes, nodes a pixel or so across are written as pixels at rest too (canvas/nodeLayer.ts). */
export const SPECKS_FROM_NODES = 50_000;

/**
 * From this many entities, a graph's whole picture is drawn from the open worker's reply while its records and
 * model are made (view/wirePreview.ts): past some seconds of waiting. Smaller graphs are drawn from their model in
 * about a second anyway.
 */
export const PREVIEW_FROM_NODES = SPECKS_FROM_NODES;

/**
 * From this many links the specks worker hands the later part of a picture's links to a helper worker
 * (canvas/specksLinksHelper.ts); below, a picture takes a few ms and handing part of it over would save nothing.
 */
export const SPECKS_HELPER_FROM_LINKS = 50_000;

/** Nodes get their borders only while fewer than this many are on screen: past it a border is a pixel of noise. */
export const BORDERS_BELOW_NODES_ON_SCREEN = 20_000;

/**
 * From this many entities and links drawn (shown or faded context), a PNG export writes its graph as pixels
 * (view/publication/pixelGraph.ts) rather than through canvas paths. At 200,000 entities and 400,000 links the
 * image worker's canvas took 28–35 s to rasterise the paths of a 2× image and 8–15 s more to encode it, against
 * about a tenth of that as pixels; below this, paths cost a second or two and keep their anti-aliased links.
 */
export const EXPORT_PIXELS_FROM_ELEMENTS = 50_000;

/** Past this many links an exported image leaves arrowheads to the legend: on every link they would bury the graph. */
export const EXPORT_ARROWS_MAX_LINKS = 3_000;

// --- Layouts ------------------------------------------------------------------------------------------------------

/**
 * The force layout's iterations by graph size: fewer as graphs grow, since each costs O(n log n) and big graphs
 * settle their broad shape early. Up to `nodes` entities, `iterations`; past the last step, FORCE_ITERATIONS_PAST.
 */
export const FORCE_ITERATIONS_BY_SIZE: readonly { nodes: number; iterations: number }[] = [
  { nodes: 2_000, iterations: 500 },
  { nodes: 10_000, iterations: 200 },
  { nodes: 30_000, iterations: 120 },
];
export const FORCE_ITERATIONS_PAST = 80;

/**
 * From this many entities the force layout is the multilevel one (view/layout/multilevel.ts). On the bench's graphs
 * it draws 1,000 nodes as well as ForceAtlas2's 500 iterations in a thirtieth of their time, and 10,000 or 50,000
 * better than ForceAtlas2's 30 s in under a third of them; at 500 both take well under a second and ForceAtlas2 is
 * as good (bench/README.md, "Layout quality").
 */
export const MULTILEVEL_LAYOUT_FROM_NODES = 1_000;

/** Above this many entities cytoscape's force layout runs in a worker; fcose stays for story-sized graphs (it looks better). */
export const FORCE_WORKER_PAST_NODES = 400;

/** dagre takes ~0.3 s at this many entities and links, and grows quadratically; past it, the layered layout (layered.ts). */
export const DAGRE_MAX_ELEMENTS = 300;

/**
 * Up to this many entities, a story's first drawing nudges crowded nodes apart to make room for names. The nudge runs
 * on the page: ~10 ms on the 53-entity story but about 300 ms on a crowded layout of a few hundred nodes, and a first
 * sight of that many shows few names anyway.
 */
export const ARRANGE_MAX_NODES = 300;

// --- Work off the page --------------------------------------------------------------------------------------------

/**
 * From this many elements, metrics run in a worker. Exact betweenness takes ~170 ms at 1,000 nodes and 2,000 links
 * (in Node, on the machine of bench/README.md), so past about a thousand elements the page would stutter.
 */
export const METRICS_WORKER_FROM_ELEMENTS = 1_000;

/**
 * Past this many entities, betweenness and closeness are estimated from a sample of sources: exact, each is a search
 * from every node, O(nodes × links) (closeness took 25 s at 10k nodes, betweenness 2.7 s).
 */
export const EXACT_METRICS_MAX_NODES = 2_000;

/** Past this many relations the evidence lint runs in a worker (issue 19); below, its rules take milliseconds. */
export const LINT_WORKER_PAST_RELATIONS = 5_000;

// --- Opening and storing ------------------------------------------------------------------------------------------

/**
 * Up to this many entities, a graph with no work stored under its hash is hashed a second time the way hashes were
 * made before they sorted keys (2026-12), to find work stored and links made then. Past it the second hash would cost
 * the page seconds on every first opening, for work that could only have come from a file opened before that day.
 */
export const LEGACY_HASH_MAX_ENTITIES = 50_000;

/**
 * The largest graph file read, from disk, a URL or the server (hostile-input hardening: anything larger is refused
 * from its declared size, before a byte is read). 256 MiB: the bench's 500,000 entities and 1,000,000 relations are
 * about 140 MB as Cytoscape JSON, and a parser's text may be as long (MAX_TEXT_LENGTH in io/formats/types.ts).
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The most entities and relations an import takes (also the most positions a stored layout holds). Past them the
 * import stops early instead of filling the tab's memory: 500,000 entities and 1,000,000 relations load and pan with
 * about 700 MB of JavaScript heap (bench/README.md, "200k and 500k in the browser"); the caps leave a fifth more.
 */
export const MAX_NODES = 600_000;
export const MAX_EDGES = 1_200_000;

/** A server investigation with fewer entities than this opens whole in the browser; a bigger one opens search-first. */
export const OPEN_WHOLE_MAX_ENTITIES = 50_000;

/** An imported graph with more entities than this is stored once it is edited, not on opening (storing takes a while). */
export const STORE_ON_OPEN_MAX_ENTITIES = 50_000;
