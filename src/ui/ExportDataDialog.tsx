// Data export: the whole graph or only what the filters show, in the project's JSON or another tool's format.
import { LoadedExportNote } from './server/LoadedNote';
import { useState, type RefObject } from 'react';
import type { GraphView } from '../view/graphView';
import { stylesOf } from './typeStyles';
import type { ExplorerState } from '../state/explorer';
import { EXPORT_FORMATS, type ExportFormat } from '../io/exportFormats';
import { isFiltered } from '../model/filters';
import { downloadBlob, slugify } from './download';
import { afterNextPaint } from './afterPaint';
import { useReturnFocus } from './keys/useReturnFocus';
import './ExportDataDialog.css';
import './dialogs.css';

interface Props {
  state: ExplorerState;
  viewRef: RefObject<GraphView | null>;
  onClose: () => void;
}

export function ExportDataDialog({ state, viewRef, onClose }: Props) {
  useReturnFocus();
  const [format, setFormat] = useState<ExportFormat>('project-json');
  const filtered = isFiltered(state.filters);
  const [onlyVisible, setOnlyVisible] = useState(filtered);
  const [withPositions, setWithPositions] = useState(true);
  const [withStyle, setWithStyle] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const story = state.story;
  if (!story) return null;
  const { visibility } = state;

  async function download() {
    if (!story) return;
    setBusy(true);
    setError(null);
    // Writing a big graph's file holds the page for a while: "Exporting…" is on screen first.
    await afterNextPaint();
    try {
      const base = `${slugify(story.dataset.title)}${onlyVisible ? '-filtered' : ''}`;
      // Visibility holds graph keys; the dataset speaks entity ids.
      const subset = {
        nodes: new Set([...visibility.nodes].map((key) => story.graph.getNodeAttribute(key, 'id'))),
        edges: visibility.edges,
      };
      // Positions and colours as drawn, so Gephi or Cytoscape shows the same picture (keys → entity ids).
      const drawn = viewRef.current?.positions() ?? new Map<string, { x: number; y: number }>();
      const positions = new Map([...drawn].map(([key, p]) => [story.graph.getNodeAttribute(key, 'id'), p]));
      const styles = stylesOf(story);
      const drawing = {
        positions: withPositions ? positions : undefined,
        colourOf: (e: { type: string }) => styles.entity(e.type).color,
      };
      // The writers are loaded with the first export: the page starts without their code.
      const { exportData } = await import('../io/exportData');
      // Saved views travel in the project's JSON (an empty list leaves the key out).
      const views = state.savedViews.length > 0 ? [...state.savedViews] : undefined;
      const dataset = { ...story.dataset, views };
      const files = exportData(dataset, format, base, onlyVisible ? subset : undefined, drawing, {
        cytoscapeStyle: withStyle,
      });
      for (const file of files) downloadBlob(new Blob([file.text], { type: file.mimeType }), file.name);
      onClose();
    } catch (err) {
      setError(`Export failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="popover" role="dialog" aria-label="Export data" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <LoadedExportNote story={story} />
      <fieldset className="stacked">
        <legend>Format</legend>
        {EXPORT_FORMATS.map((f) => (
          <div key={f.id} className="export-format">
            <label>
              <input
                type="radio"
                name="data-format"
                checked={format === f.id}
                onChange={() => setFormat(f.id)}
                aria-describedby={`export-readers-${f.id}`}
              />{' '}
              {f.label}
            </label>
            <span id={`export-readers-${f.id}`} className="export-readers">
              {f.readers}
            </span>
          </div>
        ))}
      </fieldset>
      {format === 'cytoscape-json' && (
        <label className="check">
          <input type="checkbox" checked={withStyle} onChange={(e) => setWithStyle(e.target.checked)} /> Also write a
          Cytoscape style file (.json)
        </label>
      )}
      <fieldset className="stacked">
        <legend>What</legend>
        <label>
          <input type="radio" name="data-extent" checked={!onlyVisible} onChange={() => setOnlyVisible(false)} /> Whole
          graph ({story.graph.order} entities, {story.graph.size} relations)
        </label>
        <label>
          <input
            type="radio"
            name="data-extent"
            checked={onlyVisible}
            onChange={() => setOnlyVisible(true)}
            disabled={!filtered}
          />{' '}
          Only what the filters show ({visibility.nodes.size} entities, {visibility.edges.size} relations)
        </label>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={withPositions} onChange={(e) => setWithPositions(e.target.checked)} /> Save node
        positions as drawn
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="popover-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void download()} disabled={busy} autoFocus>
          {busy ? 'Exporting…' : 'Download'}
        </button>
      </div>
    </div>
  );
}
