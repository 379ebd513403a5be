// Image export for articles and reports: PNG, SVG or PDF of the whole shown graph or the current view, with a
// title, legend, caption, credits and footer (each can be switched off), a size as a scale or a width in pixels,
// and the view's text alternative to copy or download. The faded context (entities elsewhere that the shown ones
// link to) is either named or left out, as the user chooses: pale shapes without names tell a reader nothing.
import { LoadedExportNote } from './server/LoadedNote';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ExplorerState, Story } from '../state/explorer';
import type { Visibility } from '../model/filters';
import type { GraphView } from '../view/graphView';
import { encodeNodes, type NodeEncoding } from '../appearance/appearance';
import { pause } from '../model/timeSlices';
import { findPaths } from '../model/paths';
import { knownEvidence } from '../model/timeFilter';
import { describeView, textAlternative, type ViewDescription } from '../model/describeView';
import { creditLine, creditsFor } from '../model/credits';
import { legendEntriesInSlices } from '../view/publication/legendEntries';
import type { PublicationContent } from '../view/publication/compose';
import type { ImageSize, PublicationRequest } from '../view/publication/publish';
import { downloadBlob, slugify } from './download';
import { afterNextPaint } from './afterPaint';
import { useReturnFocus } from './keys/useReturnFocus';
import { Explain } from './Explain';
import { TERMS } from './glossary';
import './dialogs.css';

interface Props {
  state: ExplorerState;
  viewRef: RefObject<GraphView | null>;
  onClose: () => void;
}

type Format = 'png' | 'svg' | 'pdf';
type Part = 'legend' | 'caption' | 'credits' | 'footer';
const PARTS: { id: Part; label: string }[] = [
  { id: 'legend', label: 'Legend' },
  { id: 'caption', label: 'Caption (filters and view in words)' },
  { id: 'credits', label: 'Credits (sources of the relations shown)' },
  { id: 'footer', label: 'Footer' },
];

function viewDescription(state: ExplorerState, story: Story, visibility: Visibility): ViewDescription {
  const path = state.path;
  return {
    graph: story.graph,
    filters: state.filters,
    visibility,
    ego: state.ego,
    path: path
      ? {
          from: path.from,
          to: path.to,
          options: path,
          result: findPaths(story.graph, path.from, path.to, state.visibility.edges, path),
        }
      : null,
  };
}

export function ExportDialog({ state, viewRef, onClose }: Props) {
  useReturnFocus();
  const story = state.story!;
  const datasetTitle = story.dataset.title;
  const [format, setFormat] = useState<Format>('png');
  const [full, setFull] = useState(true);
  const [sizeBy, setSizeBy] = useState<'scale' | 'width'>('scale');
  const [scale, setScale] = useState(2);
  const [width, setWidth] = useState('2000');
  const [transparent, setTransparent] = useState(false);
  const [title, setTitle] = useState(datasetTitle);
  const [subtitle, setSubtitle] = useState('');
  const [footer, setFooter] = useState(`Made with Story Graph Explorer · data: ${datasetTitle}`);
  // All on for the story; credits only where there are sources to credit.
  const [parts, setParts] = useState<Record<Part, boolean>>({
    legend: true,
    caption: true,
    credits: story.dataset.sources.length > 0,
    footer: true,
  });
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const contextCount = state.visibility.context?.nodes.size ?? 0;
  const [nameContext, setNameContext] = useState(true);
  /** What the image shows: the faded context with names, or without it. */
  const visibility = useMemo((): Visibility => {
    const { nodes, edges, context } = state.visibility;
    return nameContext && context ? { nodes, edges, context } : { nodes, edges };
  }, [state.visibility, nameContext]);
  const description = useMemo(() => viewDescription(state, story, visibility), [state, story, visibility]);

  // The export code and its image worker load while the user picks options, not after the click.
  useEffect(() => {
    import('../view/publication/publish').then(
      (publish) => publish.prepareImageWorker(),
      () => {}, // A failed load is reported by the export itself, which loads the code again.
    );
  }, []);
  // Cancel (or any other way out of the dialog) stops a PNG still being made: its worker ends, nothing downloads.
  const stopping = useRef(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    stopping.current = controller;
    return () => controller.abort();
  }, []);

  /**
   * The words around the image. On a big graph the legend, the caption and the credits each read every entity or
   * relation: the page gets a turn between them, so no one step holds it long.
   */
  async function content(encoding: NodeEncoding): Promise<PublicationContent> {
    const legend = parts.legend ? await legendEntriesInSlices(story.graph, visibility, encoding) : null;
    const caption = parts.caption ? describeView(description) : null;
    await pause();
    const credits = parts.credits ? creditsFor(story.graph, state.visibility.edges).map(creditLine) : null;
    await pause();
    return {
      title: title.trim(),
      subtitle: subtitle.trim(),
      legend,
      caption,
      credits,
      footer: parts.footer && footer.trim() ? footer.trim() : null,
    };
  }

  function imageSize(): ImageSize {
    if (format !== 'png') return { scale: 1 };
    if (sizeBy === 'scale') return { scale };
    const pixels = Number(width);
    if (!Number.isInteger(pixels) || pixels < 1)
      throw new Error('The width must be a whole number of pixels, 1 or more.');
    return { width: pixels };
  }

  async function exportImage() {
    const view = viewRef.current;
    if (!view) return;
    setProgress(0);
    setError(null);
    // Drawing a big graph's image takes a while: "Exporting…" is on screen first.
    await afterNextPaint();
    const sizeName = format !== 'png' ? '' : sizeBy === 'scale' ? `@${scale}x` : `@${width}px`;
    const name = `${slugify(title || datasetTitle)}-${full ? 'graph' : 'view'}${sizeName}.${format}`;
    try {
      const scene = view.scene();
      const encoding = encodeNodes(story.graph, state.appearance, state.metrics.values);
      await pause();
      const request: PublicationRequest = {
        graph: story.graph,
        encoding,
        visibility,
        // The canvas renderer's own scene when it has one; otherwise the drawing's positions to build one from.
        scene,
        positions: scene ? new Map() : view.positions(),
        edgeEvidence: knownEvidence(story.graph, state.filters.time),
        screen: full ? null : view.viewport(),
        content: await content(encoding),
        marked: description.path?.result?.found
          ? { nodes: description.path.result.allNodes, edges: description.path.result.allEdges }
          : null,
        size: imageSize(),
        background: transparent ? null : '#ffffff',
        onProgress: setProgress,
      };
      // The drawing code for publication images loads when first asked for, not with the page.
      const publish = await import('../view/publication/publish');
      if (format === 'png') {
        const png = await publish.publicationPng(request, stopping.current.signal);
        if (!png) return;
        downloadBlob(png, name);
      } else if (format === 'pdf') downloadBlob(await publish.publicationPdf(request), name);
      else downloadBlob(new Blob([publish.publicationSvg(request)], { type: 'image/svg+xml' }), name);
      onClose();
    } catch (err) {
      setError(`Export failed: ${(err as Error).message}`);
    } finally {
      setProgress(null);
    }
  }

  const alternative = () => textAlternative(description, title.trim() || datasetTitle);

  async function copyAlternative() {
    setNote(null);
    try {
      await navigator.clipboard.writeText(alternative());
      setNote('Text alternative copied.');
    } catch {
      setNote('The browser refused to copy; use Download text alternative instead.');
    }
  }

  const busy = progress !== null;
  return (
    <div
      className="popover export-dialog"
      role="dialog"
      aria-label="Export image"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <LoadedExportNote story={story} />
      <fieldset className="stacked">
        <legend>Text</legend>
        <label>
          Title <input data-testid="export-title" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </label>
        <label>
          Subtitle <input value={subtitle} onChange={(e) => setSubtitle(e.target.value)} />
        </label>
        {PARTS.map(({ id, label }) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={parts[id]}
              onChange={(e) => setParts((p) => ({ ...p, [id]: e.target.checked }))}
            />{' '}
            {label}
          </label>
        ))}
        {parts.footer && (
          <label>
            Footer text <input value={footer} onChange={(e) => setFooter(e.target.value)} />
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>Format</legend>
        {(['png', 'svg', 'pdf'] as const).map((f) => (
          <label key={f}>
            <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} /> {f.toUpperCase()}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          Extent <Explain term="Extent" text={TERMS.extent} />
        </legend>
        <label>
          <input type="radio" name="extent" checked={full} onChange={() => setFull(true)} /> Whole graph
        </label>
        <label>
          <input type="radio" name="extent" checked={!full} onChange={() => setFull(false)} /> Current view
        </label>
      </fieldset>
      {contextCount > 0 && (
        <fieldset data-testid="export-context">
          <legend>
            Faded context ({contextCount === 1 ? '1 entity' : `${contextCount} entities`} elsewhere that these link to)
          </legend>
          <label>
            <input type="radio" name="context" checked={nameContext} onChange={() => setNameContext(true)} /> Name them
          </label>
          <label>
            <input type="radio" name="context" checked={!nameContext} onChange={() => setNameContext(false)} /> Leave
            them out
          </label>
        </fieldset>
      )}
      <fieldset disabled={format !== 'png'}>
        <legend>Size{format !== 'png' ? ` (${format.toUpperCase()} is vector: any size)` : ''}</legend>
        {[1, 2, 4].map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="scale"
              checked={sizeBy === 'scale' && scale === s}
              onChange={() => {
                setSizeBy('scale');
                setScale(s);
              }}
            />{' '}
            {s}×
          </label>
        ))}
        <label>
          <input type="radio" name="scale" checked={sizeBy === 'width'} onChange={() => setSizeBy('width')} /> Width
        </label>
        <input
          type="number"
          min={1}
          step={1}
          aria-label="Width in pixels"
          className="export-width"
          value={width}
          onChange={(e) => {
            setWidth(e.target.value);
            setSizeBy('width');
          }}
        />
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
      <fieldset>
        <legend>
          Text alternative (for screen readers and alt text){' '}
          <Explain term="a text alternative" text={TERMS.textAlternative} />
        </legend>
        <button type="button" onClick={() => void copyAlternative()}>
          Copy text alternative
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([alternative()], { type: 'text/plain;charset=utf-8' }),
              `${slugify(title || datasetTitle)}-description.txt`,
            )
          }
        >
          Download text alternative
        </button>
      </fieldset>
      {note && (
        <p role="status" className="muted">
          {note}
        </p>
      )}
      {busy && (
        <p role="status" data-testid="export-progress">
          Exporting… {Math.round(progress * 100)}% <progress max={1} value={progress} aria-label="Export progress" />
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="popover-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={exportImage} disabled={busy}>
          {busy ? 'Exporting…' : `Download ${format.toUpperCase()}`}
        </button>
      </div>
    </div>
  );
}
