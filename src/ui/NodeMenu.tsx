// A node's menu, opened by right-clicking it: pin or unpin it, add its neighbours to the view, or select it.
// Focus moves into the menu; Escape, a choice or a click elsewhere closes it, and the first two give focus back.
import { useEffect, useRef } from 'react';
import { useReturnFocus } from './keys/useReturnFocus';
import { GRAPH_SURFACE_ID } from '../view/graphSurface';
import './graphCanvas.css';

export interface NodeMenuRequest {
  id: string;
  label: string;
  at: { x: number; y: number };
  pinned: boolean;
}

interface Props {
  menu: NodeMenuRequest;
  onTogglePin: () => void;
  onExpand: () => void;
  onSelect: () => void;
  onClose: () => void;
}

export function NodeMenu({ menu, onTogglePin, onExpand, onSelect, onClose }: Props) {
  // Escape or a choice gives focus back to the drawing the menu was opened on (a right-click may not focus it).
  useReturnFocus(drawingSurface);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector('button')?.focus();
    const away = (event: PointerEvent) => {
      if (!list.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
    // A new menu (another node) takes focus; the same one redrawn does not steal it back.
  }, [menu.id, onClose]);
  const choose = (action: () => void) => () => {
    action();
    onClose();
  };
  return (
    <div
      ref={list}
      className="node-menu"
      role="menu"
      aria-label={`Actions for ${menu.label}`}
      style={{ left: menu.at.x, top: menu.at.y }}
      data-testid="node-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        const items = [...(list.current?.querySelectorAll('button') ?? [])];
        const at = items.indexOf(document.activeElement as HTMLButtonElement);
        items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
      }}
    >
      <button type="button" role="menuitem" onClick={choose(onTogglePin)}>
        {menu.pinned ? 'Unpin' : 'Pin'}
      </button>
      <button type="button" role="menuitem" onClick={choose(onExpand)}>
        Add its neighbours
      </button>
      <button type="button" role="menuitem" onClick={choose(onSelect)}>
        Select
      </button>
    </div>
  );
}

const drawingSurface = () => document.getElementById(GRAPH_SURFACE_ID);
