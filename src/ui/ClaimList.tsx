// Each claim as a quotation with its source and status. All text is rendered as text, never as HTML.
import type { Claim, Source } from '../model/schema';
import { CLAIM_STATUSES, type ClaimStatus } from '../model/vocabulary';
import { sourceLabel } from './sourceLabel';

export function ClaimList({ claims, sources }: { claims: readonly Claim[]; sources: readonly Source[] }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <ol className="claims" data-testid="claims">
      {claims.map((claim, i) => {
        const source = byId.get(claim.source);
        const status = CLAIM_STATUSES[claim.status as ClaimStatus];
        return (
          <li key={i} className="claim">
            <blockquote>“{claim.quote}”</blockquote>
            <p className="claim-meta">
              <span className={`status status-${claim.status}`} title={status?.description}>
                {status?.label ?? claim.status}
              </span>{' '}
              — {source ? sourceLabel(source) : claim.source}
            </p>
            {claim.note && <p className="claim-note">{claim.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
