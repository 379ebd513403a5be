// "N independent origins · M articles" for a relation, the origins by name, and a plain warning when every
// claim goes back to one origin: several articles repeating one report are not corroboration.
import type { RelationEvidence, SourceIndex } from '../model/evidence';
import { SourceLinks } from './SourceLinks';
import './evidence.css';

interface Props {
  evidence: RelationEvidence;
  index: SourceIndex;
  disputed: boolean;
  onSelectSource: (id: string) => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function EvidenceSummary({ evidence, index, disputed, onSelectSource }: Props) {
  const { origins, articles } = evidence;
  if (articles === 0) return null;
  return (
    <div className="evidence-summary">
      <p className="origin-count" data-testid="origin-count">
        <strong>{plural(origins.length, 'independent origin', 'independent origins')}</strong> ·{' '}
        {plural(articles, 'article', 'articles')}
      </p>
      {origins.length === 0 ? (
        <p className="origins">
          No origin counts: its claims are commentary or denials, not evidence that it took place.
        </p>
      ) : (
        <p className="origins">
          {origins.length === 1 ? 'Origin: ' : 'Origins: '}
          <SourceLinks ids={origins} index={index} onSelectSource={onSelectSource} separator="; " />
        </p>
      )}
      {origins.length === 1 && !disputed && (
        <p className="uncorroborated" role="note" data-testid="uncorroborated">
          Uncorroborated:{' '}
          {articles > 1 ? `all ${articles} articles go back to this one origin` : 'one article, one origin'}. No
          independent source confirms it.
        </p>
      )}
    </div>
  );
}
