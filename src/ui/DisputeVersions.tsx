// The versions of a disputed relation side by side: what each says, in whose words, and through whom.
import type { Relation } from '../model/schema';
import type { SourceIndex } from '../model/evidence';
import { ClaimItem } from './ClaimList';
import { Explain } from './Explain';
import { TERMS } from './glossary';
import './evidence.css';
import './claimTerms.css';

interface Props {
  relation: Relation;
  index: SourceIndex;
  onSelectSource: (id: string) => void;
}

/** Claims grouped by the version they hold, in the order versions first appear; claims holding none last. */
export function versionsOf(relation: Relation): { version: string | null; claims: Relation['claims'] }[] {
  const groups = new Map<string | null, Relation['claims'][number][]>();
  for (const claim of relation.claims) {
    const key = claim.version ?? null;
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  const named = [...groups].filter(([v]) => v !== null).map(([version, claims]) => ({ version, claims }));
  const rest = groups.get(null);
  return rest ? [...named, { version: null, claims: rest }] : named;
}

export function DisputeVersions({ relation, index, onSelectSource }: Props) {
  const versions = versionsOf(relation);
  return (
    <div className="versions" data-testid="versions">
      {versions.map(({ version, claims }) => (
        <section
          key={version === null ? 'none' : `v:${version}`}
          className="version"
          aria-label={version ? `Version: ${version}` : 'Claims holding no version'}
        >
          <h4>
            {version ?? (
              <>
                Holding no version
                <Explain term="Holding no version" text={TERMS.holdingNoVersion} />
              </>
            )}
          </h4>
          <ol className="claims">
            {claims.map((claim, i) => (
              <ClaimItem key={i} claim={claim} index={index} onSelectSource={onSelectSource} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
