// A huge graph's picture while its model is made (view/previewDrawing.ts): over the graph's place, under the
// status that says what is still being prepared. It takes no input: the model's drawing, which does, replaces it.
import { useLayoutEffect, useRef } from 'react';
import type { GraphPreview } from '../../view/wirePreview';
import { showPreview } from '../../view/previewDrawing';

export function PreviewCanvas({ preview, onDrawn }: { preview: GraphPreview; onDrawn: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;
  useLayoutEffect(() => showPreview(host.current!, preview, () => drawn.current()), [preview]);
  return <div ref={host} className="graph-preview-host" data-testid="graph-preview" />;
}
