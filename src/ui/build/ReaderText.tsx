// A source's text drawn as React elements from ranges (never as markup): quotes already used are highlighted, each a
// link that opens its claim's relation, and the names of known entities are marked. The elements hold the text
// exactly, so a selection's offset in them is its offset in the stored text.
import { Fragment, forwardRef, useMemo } from 'react';
import { segmentText, type Range } from '../../model/textSegments';
import type { Mention } from '../../model/mentions';

export interface QuoteRange extends Range {
  relationId: string;
  claimIndex: number;
  /** How the relation reads ("Nicolás Maduro asked for aid from Russia"), for the highlight's name. */
  reading: string;
}

interface Props {
  text: string;
  quotes: readonly QuoteRange[];
  mentions: readonly Mention[];
  entityName: (id: string) => string;
  onOpenClaim: (quote: QuoteRange) => void;
}

export const ReaderText = forwardRef<HTMLDivElement, Props>(function ReaderText(
  { text, quotes, mentions, entityName, onOpenClaim },
  ref,
) {
  const pieces = useMemo(() => {
    const segments = segmentText(text.length, quotes, mentions);
    // Neighbouring pieces under the same first quote form one highlight.
    const groups: { quote: QuoteRange | null; segments: typeof segments }[] = [];
    for (const segment of segments) {
      const quote = segment.quotes[0] ?? null;
      const last = groups[groups.length - 1];
      if (last && last.quote === quote) last.segments.push(segment);
      else groups.push({ quote, segments: [segment] });
    }
    return groups;
  }, [text, quotes, mentions]);

  const draw = (segment: { start: number; end: number; mention: Mention | null }) => {
    const piece = text.slice(segment.start, segment.end);
    if (!segment.mention) return piece;
    return (
      <mark
        key={segment.start}
        className="mention"
        data-entity-id={segment.mention.entityId}
        title={entityName(segment.mention.entityId)}
      >
        {piece}
      </mark>
    );
  };

  return (
    <div className="reader-text" ref={ref} data-testid="reader-text">
      {pieces.map(({ quote, segments }) => {
        const content = segments.map((s) =>
          s.mention ? draw(s) : <Fragment key={s.start}>{text.slice(s.start, s.end)}</Fragment>,
        );
        if (!quote) return <span key={segments[0]!.start}>{content}</span>;
        return (
          <mark key={segments[0]!.start} className="quote-mark">
            <a
              href={`#claim-${quote.relationId}-${quote.claimIndex}`}
              title={`Open the claim: ${quote.reading}`}
              data-testid="quote-highlight"
              data-relation-id={quote.relationId}
              // A drag that starts on a quote selects words (one sentence can support two claims), not the link.
              draggable={false}
              onClick={(event) => {
                event.preventDefault();
                // The end of a drag that selected words inside the quote is not a click on it.
                if (!(document.getSelection()?.isCollapsed ?? true)) return;
                onOpenClaim(quote);
              }}
            >
              {content}
            </a>
          </mark>
        );
      })}
    </div>
  );
});
