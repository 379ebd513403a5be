// The full name of a node whose name the drawing hides to make room for others (or cuts short, where a stylesheet
// uses an ellipsis; the story's names wrap instead) (labelDeclutter.ts): shown over the node while the pointer is on it, and for the selected node (picked by
// keyboard, search or click) while nothing is hovered. Text only (textContent): names come from data.
import type { Core, EventObject, NodeSingular } from 'cytoscape';

export interface NameTooltip {
  /** The node selected now, or null: its full name shows while no other node is hovered. */
  setFocused(node: NodeSingular | null): void;
  destroy(): void;
}

/** Space (px) between the node's top and the tooltip. */
const ABOVE = 6;

export function createNameTooltip(
  cy: Core,
  container: HTMLElement,
  isHidden: (node: NodeSingular) => boolean,
): NameTooltip {
  const tip = document.createElement('div');
  tip.className = 'name-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.dataset.testid = 'name-tooltip';
  tip.hidden = true;
  container.appendChild(tip);
  const measure = document.createElement('canvas').getContext('2d');
  let hovered: NodeSingular | null = null;
  let focused: NodeSingular | null = null;

  /** Whether cytoscape draws less than the whole name: it is cut at text-max-width, or hidden. */
  function needsTip(node: NodeSingular): boolean {
    const name = String(node.data('label') ?? '');
    if (!name || !node.visible()) return false;
    if (isHidden(node)) return true;
    if (!measure || node.style('text-wrap') !== 'ellipsis') return false;
    measure.font = `${node.style('font-weight')} ${node.numericStyle('font-size')}px ${node.style('font-family')}`;
    return measure.measureText(name).width > node.numericStyle('text-max-width');
  }

  function render(): void {
    const node = [hovered, focused].find((n) => n !== null && n.inside() && needsTip(n));
    if (!node) {
      tip.hidden = true;
      return;
    }
    const name = String(node.data('label'));
    if (tip.textContent !== name) tip.textContent = name;
    const { x, y } = node.renderedPosition();
    tip.style.left = `${x}px`;
    tip.style.top = `${y - node.renderedOuterHeight() / 2 - ABOVE}px`;
    tip.hidden = false;
  }

  const onOver = (event: EventObject) => {
    hovered = event.target as NodeSingular;
    render();
  };
  const onOut = () => {
    hovered = null;
    render();
  };
  // Follows its node when dragged or laid out again; other nodes moving do not concern it.
  const onMove = (event: EventObject) => {
    if (event.target === hovered || event.target === focused) render();
  };
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('viewport', render);
  cy.on('position', 'node', onMove);
  // The declutter hides and shows names by class once things rest: the selected node's name may come back after it
  // was picked (then it needs no tooltip), or give way later.
  cy.on('class', 'node', onMove);

  return {
    setFocused(node) {
      focused = node;
      render();
    },
    destroy() {
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('viewport', render);
      cy.off('position', 'node', onMove);
      cy.off('class', 'node', onMove);
      tip.remove();
    },
  };
}
