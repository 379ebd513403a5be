// Opening graphs from files, drops and URLs: reads with progress, parses, and only then swaps the graph in.
// Any failure becomes one message in the notice bar; the graph on screen is left exactly as it was.
import { newInvestigationId } from '../../state/investigations';
import { useCallback, useRef, useState, type Dispatch } from 'react';
import type { Action } from '../../state/explorer';
import { fetchText, fileNameOf, parseDataUrl, readFileText, type Progress } from '../../io/readSource';
import { FORMAT_NAMES, detectOpenedFormat, type OpenedGraph } from '../../io/openPlain';
import { openInWorker, prepareOpenWorker, wantsWorkerEarly } from '../../io/openInWorker';
import { takeEarlyResponse } from '../../io/earlyFetch';
import type { CsvInspection, CsvOptions } from '../../io/formats';
import { buildGraphInSlices } from '../../model/graph';
import { prepareSceneInSlices } from '../../view/scene';
import { prepareSearch } from '../../model/storySearch';
import { searchIndexer } from './searchIndexInWorker';
import { afterNextPaint } from '../afterPaint';
import { BUILD_IN_SLICES_FROM_ELEMENTS, PREVIEW_FROM_NODES, SPECKS_FROM_NODES } from '../../model/thresholds';
import { prepareSpecksWorker } from '../../view/canvas/specksInWorker';
import { mark } from '../../view/marks';
import { betweenSlices } from '../../model/timeSlices';
import { legendFromWire, previewFromWire } from '../../view/wirePreview';
import type { Preview } from './PreviewCanvas';
import { canShowPreview } from '../../view/previewDrawing';
import type { PackedDataset } from '../../io/datasetWire';

/** What the status says while a huge graph's preview is shown and its model is made. */
export const PREPARING_MESSAGE = 'Preparing filters and search…';

declare global {
  interface Window {
    /** Hook for browser tests (test-hooks builds only): the model of an opened graph waits for this to settle. */
    __modelGate?: Promise<void>;
  }
}

/** The CSV reader's column guess, loaded with the reader when a CSV file is opened. */
const inspectCsv = async (text: string): Promise<CsvInspection> =>
  (await import('../../io/formats/csv')).inspectCsv(text);

/** A CSV edge list waiting for the user to confirm its columns. */
export interface PendingCsv {
  fileName: string;
  text: string;
  inspection: CsvInspection;
  nodesText?: string;
  nodesFileName?: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useGraphImport(dispatch: Dispatch<Action>) {
  const [pendingCsv, setPendingCsv] = useState<PendingCsv | null>(null);
  // A huge graph's picture from the open worker's reply, shown until its model's drawing is on screen.
  const [preview, setPreview] = useState<Preview | null>(null);
  // Whether the model of the graph previewed is still being made (the status says so once the picture is drawn).
  const preparing = useRef(false);

  const previewReply = useCallback((dataset: PackedDataset) => {
    if (dataset.entities.count < PREVIEW_FROM_NODES || !canShowPreview()) return;
    prepareSpecksWorker();
    preparing.current = true;
    // In a task of its own (some tens of ms at 200,000 entities), not added to the one that took the reply; the
    // records' slices, which only read the same columns, come after it.
    void betweenSlices().then(() => {
      const picture = preparing.current ? previewFromWire(dataset) : null;
      if (picture) setPreview({ picture, legend: legendFromWire(dataset) });
    });
  }, []);

  const previewDrawn = useCallback(() => {
    if (preparing.current) dispatch({ type: 'busy', busy: { message: PREPARING_MESSAGE, fraction: null } });
  }, [dispatch]);

  /** The load ended (shown or failed): no status for the preview; the picture goes once the model's is drawn. */
  const previewDone = useCallback((failed: boolean) => {
    preparing.current = false;
    if (failed) setPreview(null);
    else void afterNextPaint().then(() => setPreview(null));
  }, []);

  const progressFor = useCallback(
    (name: string): Progress => {
      let shown = -1;
      return (loaded, total) => {
        const fraction = total ? Math.min(1, loaded / total) : null;
        // Re-render at most once per 2%: progress events can fire thousands of times for a big file.
        const step = fraction === null ? Math.floor(loaded / (1024 * 1024)) : Math.floor(fraction * 50);
        if (step === shown) return;
        shown = step;
        const done = fraction === null ? ` (${(loaded / 1024 / 1024).toFixed(1)} MB)` : '';
        dispatch({ type: 'busy', busy: { message: `Reading ${name}…${done}`, fraction } });
      };
    },
    [dispatch],
  );

  const show = useCallback(
    async (name: string, opened: OpenedGraph) => {
      const { entities, relations } = opened.dataset;
      // A big graph's model and drawing are made in slices first, so that showing it does not hold the page for
      // seconds.
      const big = entities.length + relations.length >= BUILD_IN_SLICES_FROM_ELEMENTS;
      // Seen whole, a graph this size is drawn in a worker: it starts while the model is built.
      if (entities.length >= SPECKS_FROM_NODES) prepareSpecksWorker();
      mark('open:records');
      if (import.meta.env.VITE_TEST_HOOKS && window.__modelGate) await window.__modelGate;
      const graph = big ? await buildGraphInSlices(opened.dataset) : undefined;
      mark('open:graph');
      if (graph) await prepareSceneInSlices(graph);
      mark('open:scene');
      dispatch({
        type: 'loaded',
        dataset: opened.dataset,
        ...(graph ? { graph } : {}),
        origin: { name, format: FORMAT_NAMES[opened.format] },
        warnings: opened.warnings,
        // Each opened graph becomes an investigation of its own in the browser's list.
        investigation: { id: newInvestigationId(), kind: 'imported' },
      });
      previewDone(false);
      // The search indexes follow, once the graph is on screen, so that the first search finds them made; in a
      // worker for a huge one.
      if (graph)
        void afterNextPaint()
          .then(afterNextPaint)
          .then(() => prepareSearch(graph, entities, searchIndexer(entities.length + relations.length)))
          .then(() => mark('open:search'));
    },
    [dispatch, previewDone],
  );

  /** Opens a graph file's text; CSV files whose columns are not obvious go through the mapping step first. */
  const openText = useCallback(
    async (text: string, name: string, nodes?: { text: string; name: string }) => {
      if (detectOpenedFormat(text, name) === 'csv') {
        const inspection = await inspectCsv(text);
        if (!inspection.confident || nodes) {
          dispatch({ type: 'busy', busy: null });
          setPendingCsv({ fileName: name, text, inspection, nodesText: nodes?.text, nodesFileName: nodes?.name });
          return;
        }
      }
      // Parsing and checking run in a worker: the page stays responsive and the progress keeps moving.
      dispatch({ type: 'busy', busy: { message: `Reading the graph in ${name}…`, fraction: null } });
      await show(name, await openInWorker({ kind: 'file', text, fileName: name }, previewReply));
    },
    [dispatch, show, previewReply],
  );

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      try {
        if (files.length === 0) return;
        if (files.length > 2)
          throw new Error(
            `Open one graph file at a time (or a CSV edges file with its nodes file); ${files.length} files were given.`,
          );
        // Bytes, not characters, but near enough to tell a file that will want a worker.
        if (wantsWorkerEarly(files.reduce((sum, file) => sum + file.size, 0))) prepareOpenWorker();
        const texts = [];
        for (const file of files)
          texts.push({ name: file.name, text: await readFileText(file, progressFor(file.name)) });
        if (texts.length === 2) {
          // Two files: a CSV edge list and its nodes file. The edges file is the one with source and target columns.
          const [a, b] = texts as [{ name: string; text: string }, { name: string; text: string }];
          const bothCsv = [a, b].every((t) => detectOpenedFormat(t.text, t.name) === 'csv');
          if (!bothCsv)
            throw new Error('Two files can be opened together only as CSV: an edges file and a nodes file.');
          const [edges, nodes] =
            (await inspectCsv(a.text)).confident || !(await inspectCsv(b.text)).confident ? [a, b] : [b, a];
          await openText(edges.text, edges.name, nodes);
          return;
        }
        const [only] = texts as [{ name: string; text: string }];
        await openText(only.text, only.name);
      } catch (error) {
        previewDone(true);
        dispatch({ type: 'loadFailed', message: messageOf(error) });
      }
    },
    [dispatch, openText, progressFor, previewDone],
  );

  /** Opens a graph from a URL; resolves to the failure message (already reported), or null when it opened. */
  const openUrl = useCallback(
    async (raw: string): Promise<string | null> => {
      try {
        const url = parseDataUrl(raw, window.location.href);
        const name = fileNameOf(url);
        dispatch({ type: 'busy', busy: { message: `Fetching ${name}…`, fraction: null } });
        const progress = progressFor(name);
        const onProgress = (loaded: number, total: number | null) => {
          // The first chunk tells the size (when the server does): only a big file wants the worker started now.
          if (wantsWorkerEarly(total)) prepareOpenWorker();
          progress(loaded, total);
        };
        // The address given at start-up was requested before the app mounted (see main.tsx).
        const text = await fetchText(url, onProgress, (input, init) => takeEarlyResponse(url) ?? fetch(input, init));
        mark('open:text');
        await openText(text, name);
        return null;
      } catch (error) {
        previewDone(true);
        dispatch({ type: 'loadFailed', message: messageOf(error) });
        return messageOf(error);
      }
    },
    [dispatch, openText, progressFor, previewDone],
  );

  /** The mapping step's answer: open the CSV with these columns, or report why not (the dialog stays open). */
  const confirmCsv = useCallback(
    async (options: CsvOptions): Promise<string | null> => {
      if (!pendingCsv) return null;
      try {
        const { text, fileName } = pendingCsv;
        const opened = await openInWorker(
          {
            kind: 'csv',
            text,
            fileName,
            options: { ...options, nodesText: options.nodesText ?? pendingCsv.nodesText },
          },
          previewReply,
        );
        setPendingCsv(null);
        await show(fileName, opened);
        return null;
      } catch (error) {
        previewDone(true);
        return messageOf(error);
      }
    },
    [pendingCsv, show, previewReply, previewDone],
  );

  const cancelCsv = useCallback(() => setPendingCsv(null), []);

  return { openFiles, openUrl, pendingCsv, confirmCsv, cancelCsv, preview, previewDrawn };
}
