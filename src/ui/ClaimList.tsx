// Each claim as a quotation with its status and attribution chain. All text is rendered as text, never as HTML.
import type { Claim } from '../model/schema';
import type { SourceIndex } from '../model/evidence';
import { CLAIM_STATUSES, type ClaimStatus } from '../model/vocabulary';
import { ClaimChain } from './ClaimChain';
import { Explain } from './Explain';
import { TERMS } from './glossary';
import './claimTerms.css';
import type { Dispatch, ReactNode } from 'react';
import type { Action, Story } from '../state/explorer';
import { ClaimEditorInline } from './build/ClaimEditorInline';
import { DeleteButton } from './build/DeleteConfirm';
import { useEditToggle } from './build/useEditForm';
import { deleteClaim } from '../model/edit/records';

/** What editing a relation's claims needs: the claims' places among all of the relation's (a time window hides some). */
export interface ClaimEditing {
  story: Story;
  relationId: string;
  indices: readonly number[];
  dispatch: Dispatch<Action>;
}

interface Props {
  claims: readonly Claim[];
  index: SourceIndex;
  onSelectSource: (id: string) => void;
  /** Offers Edit and Delete on each claim. */
  edit?: ClaimEditing;
}

export function ClaimList({ claims, index, onSelectSource, edit }: Props) {
  return (
    <ol className="claims" data-testid="claims">
      {claims.map((claim, i) =>
        edit ? (
          <EditableClaim
            key={`${edit.relationId}:${edit.indices[i] ?? i}`}
            claim={claim}
            index={index}
            onSelectSource={onSelectSource}
            at={edit.indices[i] ?? i}
            edit={edit}
          />
        ) : (
          <ClaimItem key={i} claim={claim} index={index} onSelectSource={onSelectSource} />
        ),
      )}
    </ol>
  );
}

/** A claim with Edit (the claim's fields in its place) and Delete (refused for a relation's only claim). */
function EditableClaim({
  claim,
  index,
  onSelectSource,
  at,
  edit,
}: {
  claim: Claim;
  index: SourceIndex;
  onSelectSource: (id: string) => void;
  at: number;
  edit: ClaimEditing;
}) {
  const editor = useEditToggle();
  const { story, relationId, dispatch } = edit;
  if (editor.editing)
    return (
      <li className="claim">
        <ClaimEditorInline
          story={story}
          relationId={relationId}
          index={at}
          claim={claim}
          dispatch={dispatch}
          onClose={editor.close}
        />
      </li>
    );
  const run = () => deleteClaim(story.dataset, relationId, at);
  return (
    <ClaimItem claim={claim} index={index} onSelectSource={onSelectSource}>
      <div className="claim-actions">
        <button
          type="button"
          className="link"
          ref={editor.buttonRef}
          onClick={editor.open}
          aria-label={`Edit claim ${at + 1}`}
          data-testid="edit-claim"
        >
          Edit
        </button>
        <DeleteButton
          what={`claim ${at + 1}`}
          label={`Delete claim ${at + 1}`}
          consequences={() => <p>“{claim.quote}”</p>}
          refusal={() => {
            const result = run();
            return result.ok ? null : result.error;
          }}
          run={run}
          dispatch={dispatch}
          testId="delete-claim"
        />
      </div>
    </ClaimItem>
  );
}

export function ClaimItem({
  claim,
  index,
  onSelectSource,
  children,
}: {
  claim: Claim;
  index: SourceIndex;
  onSelectSource: (id: string) => void;
  /** Actions on the claim (Edit, Delete), after it. */
  children?: ReactNode;
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
      {children}
    </li>
  );
}
