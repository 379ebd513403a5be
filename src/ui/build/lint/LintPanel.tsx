// The evidence lint panel: what a careful editor would query in the open investigation, rule by rule. Each item
// shows what it is about (one click selects it in the graph and its details), and can be kept with a note, which
// is stored in the dataset (an edit, so Ctrl+Z takes it back); an answered item shows its note and can be reopened.
import { useState, type Dispatch, type ReactNode } from 'react';
import type { Action, Story } from '../../../state/explorer';
import { LINT_RULES, reviewsByItem, type LintItem } from '../../../model/lint';
import { ViewHead } from '../../SourcesView';
import { Explain } from '../../Explain';
import { TERMS } from '../../glossary';
import { LintItemView } from './LintItemView';
import { useLint } from './useLint';
import './lint.css';
import '../../evidence.css';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
}

/** Items listed per rule before "Show more": a big investigation may hold thousands. */
const PAGE = 50;

export function LintPanel({ story, dispatch }: Props) {
  const { dataset } = story;
  const { items, checking, error } = useLint(dataset);
  const answers = reviewsByItem(dataset.reviews);
  const open = items?.filter((i) => !answers.has(i.key)).length ?? 0;
  const answered = (items?.length ?? 0) - open;
  return (
    <section className="evidence-view lint-panel" data-testid="evidence-lint" aria-label="Evidence lint">
      <ViewHead title="Evidence lint" count={open} dispatch={dispatch} />
      <div className="lint-summary-line">
        <p className="muted" role="status" data-testid="lint-summary">
          {items === null
            ? 'Checking the evidence…'
            : `${open} to check · ${answered} answered${checking ? ' · checking the latest edit…' : ''}`}
        </p>
        <Explain term="the evidence lint" text={TERMS.evidenceLint} />
      </div>
      {error && (
        <p className="notice error" role="alert">
          The lint could not run: {error}
        </p>
      )}
      {items?.length === 0 && <p className="muted">Nothing to query: every rule passes.</p>}
      {items &&
        LINT_RULES.map((rule) => {
          const ofRule = items.filter((i) => i.rule === rule.id);
          if (ofRule.length === 0) return null;
          return (
            <RuleGroup
              key={rule.id}
              title={rule.title}
              ruleId={rule.id}
              items={ofRule}
              open={ofRule.filter((i) => !answers.has(i.key)).length}
            >
              {(item) => (
                <LintItemView
                  key={item.key}
                  item={item}
                  story={story}
                  answer={answers.get(item.key)}
                  dispatch={dispatch}
                />
              )}
            </RuleGroup>
          );
        })}
    </section>
  );
}

function RuleGroup({
  title,
  ruleId,
  items,
  open,
  children,
}: {
  title: string;
  ruleId: string;
  items: LintItem[];
  /** How many of them are still to check (the rest are answered), counted as the panel's summary counts. */
  open: number;
  children: (item: LintItem) => ReactNode;
}) {
  const [shown, setShown] = useState(PAGE);
  const headingId = `lint-rule-${ruleId}`;
  return (
    <section className="lint-rule" aria-labelledby={headingId} data-testid="lint-rule" data-rule={ruleId}>
      <h3 id={headingId}>
        {title}{' '}
        <span className="count">
          {open === items.length ? open : `${open} to check · ${items.length - open} answered`}
        </span>
      </h3>
      <ul className="lint-items">{items.slice(0, shown).map(children)}</ul>
      {items.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, items.length - shown)} more of {items.length - shown}
        </button>
      )}
    </section>
  );
}
