// Reference page: sigma.js v3 over a graphology graph (what Gephi Lite renders with), default settings,
// filtering through a node reducer and ForceAtlas2 in graphology's worker, as Gephi Lite does.
import Graph from 'graphology';
import Sigma from 'sigma';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { toBlob } from '@sigma/export-image';
import { colourOf, loadGraph, mountControls, placeMissing } from './common';

const data = await loadGraph();
placeMissing(data);
const graph = new Graph({ multi: true });
for (const n of data.nodes)
  graph.addNode(n.id, { label: n.label, x: n.x, y: n.y, size: 4, color: colourOf(n.country), country: n.country });
for (const e of data.edges)
  if (graph.hasNode(e.source) && graph.hasNode(e.target))
    graph.addEdgeWithKey(e.id, e.source, e.target, { start: e.start, end: e.end });
// Both marks before the renderer is made: sigma draws its first frame synchronously in its constructor.
performance.mark('graphview:setGraph-start', { detail: { nodes: graph.order, edges: graph.size } });
performance.mark('graphview:setGraph-end', { detail: { nodes: graph.order, edges: graph.size } });
let shown: string | null = null;
// The time window the bench's brush sets (bench/brush.ts), in UTC day numbers: undated edges hide under a window,
// as in the app with "show undated" off.
let brush: { from: number; to: number } | null = null;
const outsideBrush = (start?: number, end?: number) =>
  brush !== null && (start === undefined || end === undefined || start > brush.to || end < brush.from);
const renderer = new Sigma(graph, document.getElementById('graph')!, {
  nodeReducer: (_key, attrs) => (shown !== null && attrs.country !== shown ? { ...attrs, hidden: true } : attrs),
  // Only for dated graphs: the other figures measure sigma as it was, without a reducer on every edge.
  edgeReducer: data.edges.some((e) => e.start !== undefined)
    ? (_key, attrs) => (outsideBrush(attrs.start, attrs.end) ? { ...attrs, hidden: true } : attrs)
    : null,
});
(window as { __setTime?: (time: { from: number; to: number } | null) => void }).__setTime = (time) => {
  brush = time && { from: time.from, to: time.to };
  renderer.refresh();
};
// How long the bench lets ForceAtlas2 run: it never stops by itself (Gephi Lite leaves that to the user).
const LAYOUT_MS = Number(new URLSearchParams(location.search).get('layoutMs') ?? '5000');

mountControls(data, {
  filter(country) {
    shown = country;
    renderer.refresh();
  },
  async layout() {
    const fa2 = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
    fa2.start();
    await new Promise((resolve) => setTimeout(resolve, LAYOUT_MS));
    fa2.stop();
    fa2.kill();
  },
  // @sigma/export-image draws what the camera shows (the whole graph, fitted, until one pans or zooms): sigma has
  // no export of the whole graph at a scale of graph units.
  exportPng: {
    view: () =>
      toBlob(renderer, {
        format: 'png',
        backgroundColor: '#ffffff',
        width: renderer.getContainer().clientWidth * 2,
        height: renderer.getContainer().clientHeight * 2,
      }),
  },
});
