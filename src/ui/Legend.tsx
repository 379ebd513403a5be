// Explains the styling: one swatch per entity type in the graph, and what arrows and dashed red links mean.
import { useMemo, useState } from 'react';
import type { Story } from '../state/explorer';
import { stylesOf } from './typeStyles';

const SHAPE_CLASS: Record<string, string> = { ellipse: 'round', 'round-rectangle': 'rounded', rectangle: 'square' };

export function Legend({ story }: { story: Story }) {
  const [open, setOpen] = useState(true);
  const types = useMemo(() => {
    const present = new Set(story.graph.mapNodes((_k, e) => e.type));
    return stylesOf(story)
      .entityTypes()
      .filter(([type]) => present.has(type));
  }, [story]);
  const hasDisputes = story.dataset.relations.some((r) => r.disputed || r.claims.some((c) => c.status === 'disputed'));
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <button type="button" className="legend-toggle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        Legend
      </button>
      {open && (
        <ul>
          {types.map(([type, style]) => (
            <li key={type}>
              <span className={`shape ${SHAPE_CLASS[style.shape] ?? style.shape}`} style={{ background: style.color }} aria-hidden />
              {style.label}
            </li>
          ))}
          <li>
            <span className="line" aria-hidden>
              →
            </span>
            relation (arrow: who acts on whom)
          </li>
          {hasDisputes && (
            <li>
              <span className="line disputed" aria-hidden>
                - -
              </span>
              disputed: sources disagree
            </li>
          )}
          <li className="muted">Bigger nodes have more links.</li>
        </ul>
      )}
    </section>
  );
}
