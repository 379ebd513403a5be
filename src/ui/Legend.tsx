// Explains the styling: one swatch per entity type in the graph, what arrows and red links mean, each line
// pattern (happened, requested, planned…) and what line width counts (independent origins, not articles).
// It has a strip of its own under the drawing (never over it), and a visible Hide/Show button collapses it to its
// heading; the drawing refits to the room it leaves.
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Story } from '../state/explorer';
import { MODALITIES, MODALITY_IDS, type EntityTypeStyle } from '../model/vocabulary';
import { dashFor, widthForOrigins, WIDEST_AT_ORIGINS } from '../appearance/edgeLook';
import { DISPUTED_COLOR, EDGE_COLOR } from '../appearance/colours';
import { stylesOf } from './typeStyles';
import type { NodeEncoding } from '../appearance/appearance';
import { METRICS, METRIC_IDS } from '../model/metricNames';
import { Explain } from './Explain';
import { METRIC_EXPLAINED, TERMS } from './glossary';
import './legend.css';

/** The legend's swatch class for a node shape. */
const SHAPE_CLASS: Record<string, string> = {
  ellipse: 'round',
  'round-rectangle': 'rounded',
  rectangle: 'square',
};

/** Numbers as a legend reads them: a few significant digits. */
const short = (n: number) =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : Number(n.toPrecision(3)).toString();

export function Legend({ story, encoding }: { story: Story; encoding: NodeEncoding }) {
  const { size, colour } = encoding.legend;
  const [open, setOpen] = useState(true);
  const types = useMemo(() => {
    const present = new Set(story.graph.mapNodes((_k, e) => e.type));
    return stylesOf(story)
      .entityTypes()
      .filter(([type]) => present.has(type));
  }, [story]);
  // Once per story: the legend renders with every change of the app's state, and 400,000 relations take a while.
  const hasDisputes = useMemo(() => story.dataset.relations.some((r) => r.disputed), [story]);
  const modalities = useMemo(() => {
    const present = new Set(story.dataset.relations.map((r) => r.modality));
    return MODALITY_IDS.filter((m) => present.has(m));
  }, [story]);
  const hasClaims = story.dataset.sources.length > 0;
  const listId = useId();
  return (
    <section className={`legend${open ? '' : ' collapsed'}`} aria-label="Legend" data-testid="legend">
      <LegendHead>
        <button
          type="button"
          className="legend-toggle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={listId}
          data-testid="legend-toggle"
        >
          {open ? 'Hide' : 'Show'}
          <span aria-hidden> {open ? '▾' : '▸'}</span>
        </button>
      </LegendHead>
      {open && (
        <ul id={listId}>
          <TypeItems types={types} byType={colour.kind === 'type'} />
          {colour.kind === 'categories' && (
            <li className="legend-block" data-testid="legend-colour">
              <span>
                Colour: {colour.title}
                <MetricExplain title={colour.title} />
              </span>
              <span className="legend-swatches">
                {colour.entries.map((e) => (
                  <span key={e.value} className="legend-swatch">
                    <span className="shape round" style={{ background: e.colour }} aria-hidden />
                    {e.value}
                  </span>
                ))}
                {colour.others && <span className="legend-swatch muted">others grey</span>}
              </span>
            </li>
          )}
          {colour.kind === 'gradient' && (
            <li className="legend-block" data-testid="legend-colour">
              <span>
                Colour: {colour.title}
                <MetricExplain title={colour.title} />
              </span>
              <span className="legend-gradient">
                {short(colour.min)}
                <span
                  className="gradient-bar"
                  style={{ background: `linear-gradient(to right, ${colour.from}, ${colour.to})` }}
                  aria-hidden
                />
                {short(colour.max)}
              </span>
            </li>
          )}
          <ArrowItem />
          {modalities.length > 1 &&
            modalities.map((m) => (
              <li key={m} data-testid={`legend-modality-${m}`} title={MODALITIES[m].description}>
                <LineSample dash={dashFor(m, 1.5)} />
                {MODALITIES[m].label.toLowerCase()}
              </li>
            ))}
          {hasDisputes && <DisputedItem />}
          {hasClaims && (
            <li data-testid="legend-width">
              <span className="line-widths" aria-hidden>
                {[1, WIDEST_AT_ORIGINS].map((n) => (
                  <LineSample key={n} width={widthForOrigins(n)} short />
                ))}
              </span>
              wider: more independent origins ({WIDEST_AT_ORIGINS}+)
              <Explain term="independent origins" text={TERMS.independentOrigins} />
            </li>
          )}
          <li className="muted" data-testid="legend-size">
            {size
              ? `Size: ${size.title}, from ${short(size.min)} (smallest) to ${short(size.max)} (biggest).`
              : SIZE_BY_LINKS}
            {size && <MetricExplain title={size.title} />}
          </li>
          {encoding.legend.labels && (
            <li className="muted" data-testid="legend-labels">
              {encoding.legend.labels}.
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

// The parts below are shared with the preview's legend strip (ui/import/PreviewCanvas.tsx), which must look and
// measure as this legend will, so that the drawing does not move when the model's legend replaces it.

/** What the legend says of size under the default appearance. */
export const SIZE_BY_LINKS = 'Bigger nodes have more links.';

/** The legend's heading row; `children` is its Hide/Show button. */
export function LegendHead({ children }: { children: ReactNode }) {
  return (
    <div className="legend-head">
      <h2 className="legend-title">Legend</h2>
      {children}
    </div>
  );
}

/** One swatch per entity type: its shape, and its colour when colour is by type (grey otherwise). */
export function TypeItems({ types, byType }: { types: [string, EntityTypeStyle][]; byType: boolean }) {
  return (
    <>
      {types.map(([type, style]) => (
        <li key={type}>
          <span
            className={`shape ${SHAPE_CLASS[style.shape] ?? style.shape}`}
            style={{ background: byType ? style.color : '#9ca3af' }}
            aria-hidden
          />
          {style.label}
        </li>
      ))}
    </>
  );
}

export function ArrowItem() {
  return (
    <li>
      <span className="line" aria-hidden>
        →
      </span>
      arrow: who acts on whom
    </li>
  );
}

export function DisputedItem() {
  return (
    <li>
      <LineSample colour={DISPUTED_COLOR} diamond />
      <span title="Drawn thin, whatever its origins: a disputed link never looks stronger than an agreed one">
        disputed: sources disagree
      </span>
    </li>
  );
}

/** A short line drawn as the graph draws links: colour, width and dash pattern. */
function LineSample(props: { dash?: number[]; colour?: string; width?: number; short?: boolean; diamond?: boolean }) {
  const { dash = [], colour = EDGE_COLOR, width = 1.5, short = false, diamond = false } = props;
  const length = short ? 14 : 28;
  return (
    <svg className="line-sample" width={length} height={10} aria-hidden>
      <line
        x1={0}
        y1={5}
        x2={length}
        y2={5}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash.length ? dash.join(' ') : undefined}
      />
      {diamond && (
        <polygon
          points={`${length / 2},1 ${length / 2 + 4},5 ${length / 2},9 ${length / 2 - 4},5`}
          fill="#ffffff"
          stroke={colour}
          strokeWidth={1.5}
        />
      )}
    </svg>
  );
}

/**
 * A "?" when the legend names one of the explorer's metrics. The encoding gives the legend a title only; a title
 * that is a metric's name is read as that metric (an imported attribute of the same name would get its words too).
 */
function MetricExplain({ title }: { title: string }) {
  const id = METRIC_IDS.find((m) => METRICS[m].label === title);
  return id ? <Explain term={title} text={METRIC_EXPLAINED[id]} /> : null;
}
