// The cytoscape stylesheet. Per-element looks come from data fields set in elements.ts (color, shape),
// so one stylesheet serves every graph and no style function runs per element on redraw.
import type { StylesheetJson } from 'cytoscape';

import {
  CONTEXT_ALPHA,
  DISPUTED_COLOR,
  EDGE_COLOR,
  FADED_ALPHA,
  HIGHLIGHT_COLOR as HIGHLIGHT,
  SELECTED_COLOR,
} from '../../appearance/colours';
import { MODALITY_IDS } from '../../model/vocabulary';
import { dashFor } from '../../appearance/edgeLook';
import { labelRules } from './labelDeclutter';
import { LABEL_MARGIN, LABEL_PADDING } from '../labels/labelRoom';

/** Names' size on screen (px) in the story-sized view, whatever the zoom. */
export const NAME_PX = 12;
/** A name wider than this on screen (px) wraps onto another line, between words. */
export const NAME_MAX_WIDTH_PX = 150;

/** The zoom the names are sized for: the view sets it, and the stylesheet's size functions read it. */
export interface NameScale {
  zoom: number;
}

export { DISPUTED_COLOR };

/** The stylesheet for story-sized graphs (big ones are drawn on the canvas, which has its own encoding of the same). */
export function buildStylesheet(names: NameScale = { zoom: 1 }): StylesheetJson {
  // Names keep one size on screen at every zoom (NAME_PX), as in sigma and Gephi Lite: at the zoom that fits a
  // story into a laptop's drawing (about 0.5) a name of fixed model size would be 6 px, unreadable. The view
  // updates `names.zoom` and restyles once the zoom changes (labelDeclutter.ts).
  const perZoom = (px: number) => () => px / names.zoom;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': perZoom(NAME_PX) as never,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': LABEL_MARGIN,
        // Long names wrap between words onto a second line rather than being cut mid-word.
        'text-wrap': 'wrap',
        'text-max-width': (() => `${NAME_MAX_WIDTH_PX / names.zoom}px`) as never,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': `${LABEL_PADDING}px`,
        'min-zoomed-font-size': 6,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': EDGE_COLOR,
        'target-arrow-color': EDGE_COLOR,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 8,
        color: '#475569',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 9,
      },
    },
    { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
    // Red, and a hollow diamond mid-line, so a dispute does not rest on colour alone (the canvas draws the same).
    {
      selector: 'edge.disputed',
      style: {
        'line-color': DISPUTED_COLOR,
        'target-arrow-color': DISPUTED_COLOR,
        'mid-target-arrow-shape': 'diamond',
        'mid-target-arrow-fill': 'hollow',
        'mid-target-arrow-color': DISPUTED_COLOR,
      },
    },
    ...modalityRules(),
    ...commonRules(),
    ...labelRules(),
  ];
}

/** One dash pattern per modality (edgeLook.ts), at the base width: what was only asked for never looks done. */
function modalityRules(): StylesheetJson {
  return MODALITY_IDS.filter((m) => dashFor(m, 1.5).length > 0).map((m) => ({
    selector: `edge.m-${m}`,
    style: { 'line-style': 'dashed', 'line-dash-pattern': dashFor(m, 1.5), 'line-cap': 'butt' },
  })) as StylesheetJson;
}

function commonRules(): StylesheetJson {
  return [
    { selector: '.context', style: { opacity: CONTEXT_ALPHA } },
    // A pinned node: a double ring, so it reads without colour.
    { selector: 'node.pinned', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#1f2933' } },
    { selector: '.faded', style: { opacity: FADED_ALPHA, 'text-opacity': 0.3 } },
    { selector: 'node.neighbour', style: { 'border-width': 3, 'border-color': HIGHLIGHT } },
    {
      selector: 'edge.neighbour',
      style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 'mapData(width, 1, 6, 2.5, 6)' },
    },
    {
      selector: 'edge.neighbour.disputed',
      style: { 'line-color': DISPUTED_COLOR, 'target-arrow-color': DISPUTED_COLOR },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': SELECTED_COLOR, 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 4,
        'line-color': SELECTED_COLOR,
        'target-arrow-color': SELECTED_COLOR,
        'z-index': 10,
        'font-size': 10,
      },
    },
  ];
}
