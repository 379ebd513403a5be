// What nodes are sized, coloured and labelled by (degree, a metric, an attribute) and which labels show; metrics are
// computed when first chosen, with progress and Cancel on big graphs.
import { useId, type Dispatch } from 'react';
import type { Action, ExplorerState, Story } from '../state/explorer';
import { MetricProgress } from './MetricProgress';
import { METRICS, type MetricId } from '../model/metricNames';
import { keyHint } from './keys/appKeys';
import { Explain } from './Explain';
import { useAfterPaintWork } from './useAfterPaint';
import { runInSlices, type SlicedWork } from '../model/timeSlices';
import type { Entity } from '../model/schema';
import { METRIC_EXPLAINED, TERMS } from './glossary';
import './appearance.css';

interface Props {
  story: Story;
  state: ExplorerState;
  onCancel: (id: MetricId) => void;
  dispatch: Dispatch<Action>;
}

const SIZE_METRICS: MetricId[] = ['inDegree', 'outDegree', 'weightedDegree', 'betweenness', 'closeness', 'pagerank'];
const GRADIENT_METRICS: MetricId[] = ['degree', 'betweenness', 'closeness', 'pagerank'];

interface AttributeKinds {
  numeric: string[];
  categorical: string[];
  text: string[];
}

/** Entity attributes by kind: numbers can size or shade, texts with few values can colour, any text can label. */
function* attributeKindSteps(entities: readonly Entity[]): SlicedWork<AttributeKinds> {
  const kinds = new Map<string, { numbers: boolean; texts: boolean; values: Set<string> }>();
  for (let i = 0; i < entities.length; i++) {
    if (i % 2048 === 2047) yield;
    for (const [name, value] of Object.entries(entities[i]!.attributes ?? {})) {
      const kind = kinds.get(name) ?? { numbers: true, texts: false, values: new Set<string>() };
      if (typeof value !== 'number') kind.numbers = false;
      if (typeof value === 'string') kind.texts = true;
      if (kind.values.size <= 40) kind.values.add(String(value));
      kinds.set(name, kind);
    }
  }
  const names = [...kinds.keys()].sort((a, b) => a.localeCompare(b));
  return {
    numeric: names.filter((n) => kinds.get(n)!.numbers),
    categorical: names.filter((n) => !kinds.get(n)!.numbers && kinds.get(n)!.values.size <= 40),
    text: names.filter((n) => kinds.get(n)!.texts),
  };
}

/** Read from every entity (~0.1-0.2 s at 200k): in slices, after the graph's first drawing is on screen. */
const scanAttributes = (story: Story) => runInSlices(attributeKindSteps(story.dataset.entities));

const NO_ATTRIBUTES: AttributeKinds = { numeric: [], categorical: [], text: [] };

export function AppearancePanel({ story, state, onCancel, dispatch }: Props) {
  const { appearance, metrics } = state;
  const attributes = useAfterPaintWork(story, scanAttributes)?.result ?? NO_ATTRIBUTES;
  const minSizeHint = useId();
  const set = (next: Partial<typeof appearance>) =>
    dispatch({ type: 'setAppearance', appearance: { ...appearance, ...next } });
  const running = metrics.running;
  const sampledNotes = [...metrics.sampled]
    .filter(([id]) => appearance.sizeBy === `metric:${id}` || appearance.colourBy === `metric:${id}`)
    .map(
      ([id, n]) =>
        `${METRICS[id].label} is estimated from ${n.toLocaleString('en')} sampled entities: the graph is too big to compute it exactly in reasonable time.`,
    );
  return (
    <section className="facet appearance" data-testid="appearance" aria-label="Appearance">
      <h3>Appearance</h3>
      {/* Each "?" follows its <label>, outside it, so that it does not become part of the choice's accessible name. */}
      <div className="field-row">
        <label className="field">
          <span>Size by</span>
          <select data-testid="size-by" value={appearance.sizeBy} onChange={(e) => set({ sizeBy: e.target.value })}>
            <option value="degree" title={METRIC_EXPLAINED.degree}>
              Degree
            </option>
            <Choices metrics={SIZE_METRICS} attributes={attributes.numeric} />
          </select>
        </label>
        <MetricExplain chosen={appearance.sizeBy === 'degree' ? 'metric:degree' : appearance.sizeBy} />
      </div>
      <div className="field-row">
        <label className="field">
          <span>Colour by</span>
          <select
            data-testid="colour-by"
            value={appearance.colourBy}
            onChange={(e) => set({ colourBy: e.target.value })}
          >
            <option value="type">Entity type</option>
            <option value="metric:community" title={METRIC_EXPLAINED.community}>
              Community
            </option>
            <option value="metric:component" title={METRIC_EXPLAINED.component}>
              Connected component
            </option>
            <Choices metrics={GRADIENT_METRICS} attributes={[...attributes.categorical, ...attributes.numeric]} />
          </select>
        </label>
        <MetricExplain chosen={appearance.colourBy} />
      </div>
      <div className="field-row">
        <label className="field">
          <span>Label by</span>
          <select data-testid="label-by" value={appearance.labelBy} onChange={(e) => set({ labelBy: e.target.value })}>
            <option value="name">Name</option>
            {attributes.text.map((name) => (
              <option key={name} value={`attr:${name}`}>
                {name}
              </option>
            ))}
            <option value="none">None</option>
          </select>
        </label>
        <NoExplain />
      </div>
      <div className="field-row">
        <label className="field">
          <span>Labels from size</span>
          <input
            type="number"
            min={0}
            max={60}
            step={2}
            value={appearance.labelMinSize}
            onChange={(e) => set({ labelMinSize: Math.max(0, Math.min(60, Number(e.target.value) || 0)) })}
            data-testid="label-min-size"
            aria-describedby={minSizeHint}
          />
        </label>
        <Explain term="Labels from size" text={TERMS.labelsFromSize} />
      </div>
      <p className="hint" id={minSizeHint}>
        Only nodes at least this big show a label; 0 labels all.
      </p>
      {running && <MetricProgress running={running} onCancel={onCancel} />}
      <button
        type="button"
        className="link"
        onClick={() => dispatch({ type: 'showPanel', panel: 'ranking' })}
        {...keyHint('t', 'A table of the entities ranked by a metric')}
      >
        Top entities by a metric…
      </button>
      {metrics.message && (
        <p className="hint" role="status">
          {metrics.message}
        </p>
      )}
      {sampledNotes.map((note) => (
        <p key={note} className="hint" data-testid="metric-sampled">
          {note}
        </p>
      ))}
    </section>
  );
}

/** Options for metrics (by their plain names) and attributes (by theirs). */
function Choices({ metrics, attributes }: { metrics: MetricId[]; attributes: string[] }) {
  return (
    <>
      {metrics.map((id) => (
        <option key={id} value={`metric:${id}`} title={METRIC_EXPLAINED[id]}>
          {METRICS[id].label}
        </option>
      ))}
      {attributes.map((name) => (
        <option key={name} value={`attr:${name}`}>
          {name}
        </option>
      ))}
    </>
  );
}

/** A "?" explaining the metric a select has chosen ("metric:betweenness"); nothing for a type or an attribute. */
function MetricExplain({ chosen }: { chosen: string }) {
  const id = chosen.startsWith('metric:') ? (chosen.slice('metric:'.length) as MetricId) : undefined;
  if (!id || !Object.hasOwn(METRICS, id)) return <NoExplain />;
  return <Explain term={METRICS[id].label} text={METRIC_EXPLAINED[id]} />;
}

/** Keeps a row's choice aligned with the others when it has no "?". */
function NoExplain() {
  return <span className="explain-none" aria-hidden />;
}
