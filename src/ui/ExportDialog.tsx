// Image export options (format, extent, scale, background) and the download itself.
import { useEffect, useState, type RefObject } from 'react';
import type { GraphView } from '../view/graphView';
import { downloadBlob, slugify } from './download';
import { afterNextPaint } from './afterPaint';

interface Props {
  title: string;
  viewRef: RefObject<GraphView | null>;
  onClose: () => void;
}

type Format = 'png' | 'svg';

export function ExportDialog({ title, viewRef, onClose }: Props) {
  const [format, setFormat] = useState<Format>('png');
  const [full, setFull] = useState(true);
  const [scale, setScale] = useState(2);
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The canvas view starts its image worker now, while the options are chosen.
  useEffect(() => viewRef.current?.prepareExport(), [viewRef]);

  async function exportImage() {
    const view = viewRef.current;
    if (!view) return;
    setBusy(true);
    setError(null);
    // Drawing a big graph's image holds the page for a while: "Exporting…" is on screen first.
    await afterNextPaint();
    const options = { full, scale: format === 'png' ? scale : 1, background: transparent ? null : '#ffffff' };
    const name = `${slugify(title)}-${full ? 'graph' : 'view'}${format === 'png' ? `@${scale}x` : ''}.${format}`;
    try {
      if (format === 'png') downloadBlob(await view.exportPng(options), name);
      else downloadBlob(new Blob([view.exportSvg(options)], { type: 'image/svg+xml' }), name);
      onClose();
    } catch (err) {
      setError(`Export failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="popover" role="dialog" aria-label="Export image" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <fieldset>
        <legend>Format</legend>
        {(['png', 'svg'] as const).map((f) => (
          <label key={f}>
            <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} /> {f.toUpperCase()}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Extent</legend>
        <label>
          <input type="radio" name="extent" checked={full} onChange={() => setFull(true)} /> Whole graph
        </label>
        <label>
          <input type="radio" name="extent" checked={!full} onChange={() => setFull(false)} /> Current view
        </label>
      </fieldset>
      <fieldset disabled={format === 'svg'}>
        <legend>Scale</legend>
        {[1, 2, 4].map((s) => (
          <label key={s}>
            <input type="radio" name="scale" checked={scale === s} onChange={() => setScale(s)} /> {s}×
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Background</legend>
        <label>
          <input type="radio" name="bg" checked={!transparent} onChange={() => setTransparent(false)} /> White
        </label>
        <label>
          <input type="radio" name="bg" checked={transparent} onChange={() => setTransparent(true)} /> Transparent
        </label>
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="popover-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={exportImage} disabled={busy} autoFocus>
          {busy ? 'Exporting…' : `Download ${format.toUpperCase()}`}
        </button>
      </div>
    </div>
  );
}
