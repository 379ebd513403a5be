// Shared by the reference pages: reads the graph named by ?data= (Cytoscape JSON), offers the same controls the
// harness drives in the app (a country tick box, a layout button, a PNG export button), and sets the same
// performance marks as src/view does, so one harness measures every page the same way.
export interface RefNode {
  id: string;
  label: string;
  country: string;
  x: number | undefined;
  y: number | undefined;
}
export interface RefEdge {
  id: string;
  source: string;
  target: string;
  /** First and last day (UTC day numbers) of a dated edge (bench/generate.ts `datedGraphs`); absent: undated. */
  start?: number;
  end?: number;
}
export interface RefGraph {
  nodes: RefNode[];
  edges: RefEdge[];
}

interface CyJson {
  elements: {
    nodes: { data: Record<string, unknown>; position?: { x: number; y: number } }[];
    edges: { data: Record<string, unknown> }[];
  };
}

export async function loadGraph(): Promise<RefGraph> {
  const url = new URLSearchParams(location.search).get('data');
  if (!url) throw new Error('no ?data=');
  const json = (await (await fetch(url)).json()) as CyJson;
  const nodes = json.elements.nodes.map(({ data, position }) => ({
    id: String(data.id),
    label: String(data.label ?? data.name ?? data.id),
    country: String(data.country ?? ''),
    x: position?.x,
    y: position?.y,
  }));
  const edges = json.elements.edges.map(({ data }, i) => ({
    id: String(data.id ?? `e${i}`),
    source: String(data.source),
    target: String(data.target),
    ...(data.start === undefined ? {} : { start: Number(data.start), end: Number(data.end) }),
  }));
  return { nodes, edges };
}

const PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c', '#0891b2', '#65a30d'];
export function colourOf(country: string): string {
  let h = 0;
  for (const ch of country) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/** The commonest country: ticking it hides every other node (half of them in the synthetic graphs). */
export function commonestCountry(graph: RefGraph): string {
  const counts = new Map<string, number>();
  for (const n of graph.nodes) counts.set(n.country, (counts.get(n.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** What a PNG export shows: the whole graph at 2 pixels per graph unit, or the current view at twice its size. */
export type Extent = 'graph' | 'view';

export interface Controls {
  filter(country: string | null): void;
  layout(): Promise<void>;
  /** The 2x PNG exports the renderer offers, by extent. */
  exportPng: Partial<Record<Extent, () => Promise<Blob>>>;
}

export function mountControls(graph: RefGraph, controls: Controls): void {
  const bar = document.getElementById('bar')!;
  const country = commonestCountry(graph);
  bar.innerHTML = '';
  const facet = document.createElement('section');
  facet.dataset.testid = 'facet-entity:country';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.addEventListener('change', () => {
    // Marked before filtering: a renderer that draws synchronously draws inside filter(), after the mark.
    performance.mark('graphview:visibility');
    controls.filter(box.checked ? country : null);
  });
  const label = document.createElement('label');
  label.append(box, ` only ${country}`);
  facet.append(label);
  const layout = document.createElement('button');
  layout.textContent = 'Re-run';
  layout.title = 'Run the layout again';
  layout.addEventListener('click', () => {
    performance.mark('graphview:layout-start');
    void controls.layout().then(() => performance.mark('graphview:layout-end'));
  });
  const exports = Object.entries(controls.exportPng).map(([extent, exportPng]) => {
    const png = document.createElement('button');
    png.textContent = `PNG 2x (${extent})`;
    png.dataset.testid = `export-png-${extent}`;
    // Handed to URL.createObjectURL as the app hands its image to the download link: the harness (probe.js)
    // ends the export there on every page.
    png.addEventListener('click', () => {
      void exportPng().then((blob) => URL.revokeObjectURL(URL.createObjectURL(blob)));
    });
    return png;
  });
  bar.append(facet, layout, ...exports);
}

/** Positions for nodes the file left unplaced, seeded so every page and run sees the same picture. */
export function placeMissing(graph: RefGraph): void {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const side = Math.sqrt(graph.nodes.length) * 60;
  for (const n of graph.nodes) {
    if (n.x === undefined || n.y === undefined) {
      n.x = random() * side;
      n.y = random() * side;
    }
  }
}
