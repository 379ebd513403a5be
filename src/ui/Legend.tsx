// Explains the styling: one swatch per entity type, and what arrows and dashed red links mean.
import { useState } from 'react';
import { ENTITY_TYPES } from '../model/vocabulary';

const SHAPE_CLASS: Record<string, string> = { ellipse: 'round', 'round-rectangle': 'rounded', rectangle: 'square' };

export function Legend() {
  const [open, setOpen] = useState(true);
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <button type="button" className="legend-toggle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        Legend
      </button>
      {open && (
        <ul>
          {Object.entries(ENTITY_TYPES).map(([type, info]) => (
            <li key={type}>
              <span className={`shape ${SHAPE_CLASS[info.shape] ?? info.shape}`} style={{ background: info.color }} aria-hidden />
              {info.label}
            </li>
          ))}
          <li>
            <span className="line" aria-hidden>
              →
            </span>
            relation (arrow: who acts on whom)
          </li>
          <li>
            <span className="line disputed" aria-hidden>
              - -
            </span>
            disputed: sources disagree
          </li>
          <li className="muted">Bigger nodes have more links.</li>
        </ul>
      )}
    </section>
  );
}
