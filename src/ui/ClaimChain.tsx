// A claim's attribution chain, nearest first: ILKHA ← The Washington Post ← internal U.S. government documents.
// Each source is a button that opens its details.
import { Fragment } from 'react';
import type { Claim } from '../model/schema';
import type { SourceIndex } from '../model/evidence';
import { chainOf } from '../model/evidence';
import { SourceLink, SourceLinks } from './SourceLinks';
import './evidence.css';

interface Props {
  claim: Claim;
  index: SourceIndex;
  onSelectSource: (id: string) => void;
}

export function ClaimChain({ claim, index, onSelectSource }: Props) {
  const article = index.byId.get(claim.source);
  // No chain named: the claim stands on everything its article cites.
  const standsOn = claim.via === undefined ? (article?.cites ?? []) : [];
  return (
    <span className="chain" data-testid="claim-chain">
      {chainOf(claim).map((id, i) => (
        <Fragment key={`${i}-${id}`}>
          {i > 0 && (
            <>
              <span className="chain-arrow" aria-hidden>
                {' ← '}
              </span>
              <span className="visually-hidden"> citing </span>
            </>
          )}
          <SourceLink id={id} index={index} onSelectSource={onSelectSource} />
        </Fragment>
      ))}
      {claim.via !== undefined && claim.via.length === 0 && <span className="muted"> (its own words)</span>}
      {standsOn.length > 0 && (
        <span className="muted">
          {' '}
          (no attribution given; it stands on what the article cites:{' '}
          <SourceLinks ids={standsOn} index={index} onSelectSource={onSelectSource} />)
        </span>
      )}
    </span>
  );
}
