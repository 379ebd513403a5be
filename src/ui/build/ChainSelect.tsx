// The chain a claim came through (`via`). By default, what the source cites (the claim stands on the article's own
// citations); or the article's own words; or a chain through one of its citations, one or two steps deep. Only
// chains that follow real citations are offered, so the schema's chain rule always holds.
import type { Story } from '../../state/explorer';
import type { Source } from '../../model/schema';
import { shortSourceName } from '../sourceLabel';

const DEFAULT = '';
const OWN_WORDS = '[]';

/** The `via` an option stands for: undefined for the default (no `via`), [] for the article's own words. */
export function chainValue(option: string): string[] | undefined {
  if (option === DEFAULT) return undefined;
  return JSON.parse(option) as string[];
}

interface Props {
  story: Story;
  source: Source;
  value: string;
  onChange: (value: string) => void;
}

export function ChainSelect({ story, source, value, onChange }: Props) {
  const byId = new Map(story.dataset.sources.map((s) => [s.id, s]));
  const name = (id: string) => shortSourceName(byId.get(id), id);
  const chains: string[][] = [];
  for (const first of source.cites) {
    chains.push([first]);
    for (const second of byId.get(first)?.cites ?? []) chains.push([first, second]);
  }
  const cites = source.cites.map(name).join(', ');
  return (
    <label>
      Chain (via)
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="claim-via">
        <option value={DEFAULT}>
          {cites ? `What the source cites (${cites})` : 'What the source cites (nothing)'}
        </option>
        <option value={OWN_WORDS}>The article’s own words (no one cited)</option>
        {chains.map((chain) => (
          <option key={chain.join('>')} value={JSON.stringify(chain)}>
            Through {chain.map(name).join(' ← ')}
          </option>
        ))}
      </select>
    </label>
  );
}
