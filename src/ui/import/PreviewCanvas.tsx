// A huge graph's picture while its model is made (view/previewDrawing.ts): over the graph's place, under the
// status that says what is still being prepared. It answers no input: the model's drawing, which does, replaces it.
// The legend's strip is laid out under it as the graph's own legend will be (ui/Legend.tsx, default appearance),
// so that the picture is fitted to the room the model's drawing will have and does not move when it comes.
import { useLayoutEffect, useRef } from 'react';
import type { GraphPreview, PreviewLegend } from '../../view/wirePreview';
import { showPreview } from '../../view/previewDrawing';
import { DISPUTED_COLOR } from '../../appearance/colours';
import { SHAPE_CLASS } from '../Legend';
import '../time/timebar.css';

export interface Preview {
  picture: GraphPreview;
  legend: PreviewLegend;
}

export function PreviewCanvas({ preview, onDrawn }: { preview: Preview; onDrawn: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;
  const { picture, legend } = preview;
  useLayoutEffect(() => showPreview(host.current!, picture, () => drawn.current()), [picture]);
  return (
    <div className="graph-preview-host" data-testid="graph-preview">
      <div ref={host} className="graph-preview-drawing" />
      <section className="legend" aria-hidden>
        <div className="legend-head">
          <h2 className="legend-title">Legend</h2>
          <button type="button" className="legend-toggle" tabIndex={-1} disabled>
            Hide<span> ▾</span>
          </button>
        </div>
        <ul>
          {legend.types.map(([type, style]) => (
            <li key={type}>
              <span
                className={`shape ${SHAPE_CLASS[style.shape] ?? style.shape}`}
                style={{ background: style.color }}
              />
              {style.label}
            </li>
          ))}
          <li>
            <span className="line">→</span>
            arrow: who acts on whom
          </li>
          {legend.disputed && (
            <li>
              <svg className="line-sample" width={28} height={10}>
                <line x1={0} y1={5} x2={28} y2={5} stroke={DISPUTED_COLOR} strokeWidth={1.5} />
              </svg>
              disputed: sources disagree
            </li>
          )}
          <li className="muted">Bigger nodes have more links.</li>
        </ul>
      </section>
    </div>
  );
}

/** The time bar's place while the preview is shown, as the time bar first shows (time/TimeBar.tsx). */
export function PreviewTimeBar() {
  return (
    <section className="timebar" aria-hidden>
      <p className="hint">Reading dates…</p>
    </section>
  );
}
