// Each claim as a quotation with its status and attribution chain. All text is rendered as text, never as HTML.
import type { Claim } from '../model/schema';
import type { SourceIndex } from '../model/evidence';
import { CLAIM_STATUSES, type ClaimStatus } from '../model/vocabulary';
import { ClaimChain } from './ClaimChain';
import { Explain } from './Explain';
import { TERMS } from './glossary';
import './claimTerms.css';

interface Props {
  claims: readonly Claim[];
  index: SourceIndex;
  onSelectSource: (id: string) => void;
}

export function ClaimList({ claims, index, onSelectSource }: Props) {
  return (
    <ol className="claims" data-testid="claims">
      {claims.map((claim, i) => (
        <ClaimItem key={i} claim={claim} index={index} onSelectSource={onSelectSource} />
      ))}
    </ol>
  );
}

export function ClaimItem({
  claim,
  index,
  onSelectSource,
}: {
  claim: Claim;
  index: SourceIndex;
  onSelectSource: (id: string) => void;
}) {
  const status = CLAIM_STATUSES[claim.status as ClaimStatus];
  return (
    <li className="claim">
      <blockquote>“{claim.quote}”</blockquote>
      <p className="claim-meta">
        {/* The title is for the mouse; the "?" opens the same words by keyboard and touch, on the same line. */}
        <span className="claim-term">
          <span className={`status status-${claim.status}`} title={status?.description}>
            {status?.label ?? claim.status}
          </span>
          {status && <Explain term={status.label} text={status.description} />}
        </span>
        {claim.hedged && (
          <span className="claim-term">
            <span className="tag hedged" title={TERMS.hedged}>
              hedged
            </span>
            <Explain term="hedged" text={TERMS.hedged} />
          </span>
        )}{' '}
        — <ClaimChain claim={claim} index={index} onSelectSource={onSelectSource} />
      </p>
      {claim.note && <p className="claim-note">{claim.note}</p>}
    </li>
  );
}
