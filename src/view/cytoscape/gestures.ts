// What the cytoscape renderer reports of the user's gestures: a node dragged to a new place (with where it came
// from, for undo) and the camera once a pan or zoom comes to rest (for the address bar); and the wheel's zoom step.
import type { Core, EventObject } from 'cytoscape';
import type { RendererCallbacks } from '../renderer';
import { cameraOf } from '../../appearance/camera';
import { wheelZoomFactor } from '../wheelZoom';
import { cameraRest } from '../framing';

export function watchGestures(
  cy: Core,
  keyOf: (element: { data(name: string): unknown }) => string,
  callbacks: Pick<RendererCallbacks, 'onMoved' | 'onCamera' | 'onNodeMenu'>,
): void {
  let grabbed: { id: string; from: { x: number; y: number } } | null = null;
  cy.on('grab', 'node', (event: EventObject) => {
    grabbed = { id: keyOf(event.target), from: { ...event.target.position() } };
  });
  cy.on('dragfree', 'node', (event: EventObject) => {
    const id = keyOf(event.target);
    const to = { ...event.target.position() };
    if (grabbed?.id === id && (grabbed.from.x !== to.x || grabbed.from.y !== to.y))
      callbacks.onMoved({ id, from: grabbed.from, to });
    grabbed = null;
  });
  cy.on('cxttap', 'node', (event: EventObject) => {
    callbacks.onNodeMenu(keyOf(event.target), { ...event.renderedPosition });
  });
  const rest = cameraRest(() => callbacks.onCamera(cameraOf(cy.pan(), cy.zoom(), cy.width(), cy.height())));
  cy.on('viewport', rest.schedule);
  cy.on('destroy', rest.cancel);
}

/**
 * Zooms by the wheel as the canvas renderer does (wheelZoom.ts). cytoscape's own step is set only through its
 * `wheelSensitivity` option, which it warns about on every load, so the wheel is taken before it: `frame` holds
 * cytoscape's container, and a capturing listener there runs before cytoscape's own one on the container.
 */
export function zoomWithWheel(cy: Core, frame: HTMLElement): void {
  const onWheel = (event: WheelEvent) => {
    if (event.deltaY === 0 || !cy.userZoomingEnabled()) return;
    event.preventDefault();
    event.stopPropagation();
    cy.stop();
    const box = cy.container()!.getBoundingClientRect();
    cy.zoom({
      level: cy.zoom() * wheelZoomFactor(event),
      renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top },
    });
  };
  frame.addEventListener('wheel', onWheel, { capture: true, passive: false });
  cy.on('destroy', () => frame.removeEventListener('wheel', onWheel, { capture: true }));
}
