// A huge graph's picture while its model is made (view/previewDrawing.ts): over the graph's place, under the
// status that says what is still being prepared. It answers no input: the model's drawing, which does, replaces it.
// The legend's strip is laid out under it as the graph's own legend will be (ui/Legend.tsx, default appearance),
// so that the picture is fitted to the room the model's drawing will have and does not move when it comes.
import { useLayoutEffect, useRef } from 'react';
import type { GraphPreview, PreviewLegend } from '../../view/wirePreview';
import { showPreview } from '../../view/previewDrawing';
import { ArrowItem, DisputedItem, LegendHead, SIZE_BY_LINKS, TypeItems } from '../Legend';
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
        <LegendHead>
          <button type="button" className="legend-toggle" tabIndex={-1} disabled>
            Hide<span> ▾</span>
          </button>
        </LegendHead>
        <ul>
          <TypeItems types={legend.types} byType />
          <ArrowItem />
          {legend.disputed && <DisputedItem />}
          <li className="muted">{SIZE_BY_LINKS}</li>
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
