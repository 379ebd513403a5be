// PNG and SVG export of the current view or the whole graph, at a chosen scale and background.
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import svg from 'cytoscape-svg';

export interface ImageExportOptions {
  /** true: every visible element; false: what the viewport shows. */
  full: boolean;
  scale: number;
  /** A CSS colour, or null for a transparent background. */
  background: string | null;
}

let svgRegistered = false;

export async function exportPng(cy: Core, { full, scale, background }: ImageExportOptions): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full, scale, bg: background ?? undefined });
}

export function exportSvg(cy: Core, { full, scale, background }: ImageExportOptions): string {
  if (!svgRegistered) {
    cytoscape.use(svg);
    svgRegistered = true;
  }
  const withSvg = cy as Core & { svg(options: { full: boolean; scale: number; bg?: string }): string };
  return withSvg.svg({ full, scale, bg: background ?? undefined });
}
