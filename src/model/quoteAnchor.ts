// Anchoring a quote in its source's stored text, in the manner of the W3C TextQuoteSelector: the exact words, a few
// words before and after them (prefix, suffix) and where they start (like a TextPositionSelector).
//
// Verbatim means every character as the text has it (quotation marks, apostrophes, accents, case), except that any
// run of whitespace matches any other: a line break in the article may be a space in the quote, as `npm run
// validate` has always allowed (model/quotes.ts). The stored quote keeps single spaces.
//
// An anchor is never moved to a similar sentence. After the text is edited, a quote is still anchored only where
// its exact words stand with the same words around them (the same passage, perhaps at a new offset); anything else
// is reported as unanchored, for the editor to look at.
import { MAX_QUOTE_WORDS, wordCount, type QuoteAnchor } from './schema';
import { closestPassage, type Passage } from './closestPassage';

export type { Passage } from './closestPassage';

/** How many words of context an anchor keeps on each side, and at most how many characters. */
const CONTEXT_WORDS = 5;
const CONTEXT_CHARS = 80;

/** A text with its whitespace runs made single spaces, and where each of its characters came from. */
export interface FlatText {
  flat: string;
  /** raw[i]: the offset in the original text of flat character i; one more entry for the end. */
  raw: Int32Array;
}

export function flatten(text: string): FlatText {
  const raw = new Int32Array(text.length + 1);
  let flat = '';
  let parts: string[] = [];
  let n = 0;
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      raw[n++] = i;
      parts.push(' ');
      while (i < text.length && /\s/.test(text[i]!)) i++;
    } else {
      raw[n++] = i;
      parts.push(text[i]!);
      i++;
    }
    // Joining in chunks keeps a 2-million-character text from building a huge array of one-letter strings.
    if (parts.length >= 8192) {
      flat += parts.join('');
      parts = [];
    }
  }
  flat += parts.join('');
  raw[n] = text.length;
  return { flat, raw: raw.slice(0, n + 1) };
}

/** The quote as it is stored: whitespace runs become single spaces, the ends trimmed. */
export const normaliseQuote = (quote: string) => quote.replace(/\s+/g, ' ').trim();

export interface Found {
  /** Offsets in the original text: the quote is text.slice(start, end). */
  start: number;
  end: number;
}

export type Anchoring =
  | { ok: true; quote: string; anchor: QuoteAnchor; found: Found; occurrences: number }
  | { ok: false; reason: string; closest?: Passage };

/** Every place the (normalised) quote stands in the flat text, as flat offsets. */
function occurrencesIn(flat: string, quote: string): number[] {
  const at: number[] = [];
  if (!quote) return at;
  for (let i = flat.indexOf(quote); i >= 0; i = flat.indexOf(quote, i + 1)) at.push(i);
  return at;
}

function prefixBefore(flat: string, at: number): string {
  const before = flat.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const words = before.split(' ');
  // The first piece may be a word cut by the character limit: drop it unless the text starts there.
  const whole = at - CONTEXT_CHARS > 0 ? words.slice(1) : words;
  return whole.slice(-CONTEXT_WORDS - 1).join(' ');
}

function suffixAfter(flat: string, at: number): string {
  const after = flat.slice(at, at + CONTEXT_CHARS);
  const words = after.split(' ');
  const whole = at + CONTEXT_CHARS < flat.length ? words.slice(0, -1) : words;
  return whole.slice(0, CONTEXT_WORDS + 1).join(' ');
}

function anchorAt(text: FlatText, at: number, length: number): { anchor: QuoteAnchor; found: Found } {
  const found = { start: text.raw[at]!, end: text.raw[at + length - 1]! + 1 };
  return {
    anchor: { prefix: prefixBefore(text.flat, at), suffix: suffixAfter(text.flat, at + length), start: found.start },
    found,
  };
}

/**
 * Anchors a quote in a source's text, or says why it cannot: empty, too long, or not found verbatim (then with the
 * closest passage). `near`: where the user selected it, to choose among repeated occurrences.
 */
export function anchorQuote(text: string, quote: string, near?: number, flat: FlatText = flatten(text)): Anchoring {
  const wanted = normaliseQuote(quote);
  if (!wanted) return { ok: false, reason: 'the quote is empty: select or type the words that support the claim' };
  const words = wordCount(wanted);
  if (words > MAX_QUOTE_WORDS)
    return {
      ok: false,
      reason: `the quote has ${words} words; a quote is at most ${MAX_QUOTE_WORDS}: keep the words that support the claim`,
    };
  const all = occurrencesIn(flat.flat, wanted);
  if (all.length === 0) {
    const closest = closestPassage(text, wanted) ?? undefined;
    return {
      ok: false,
      reason: closest
        ? 'the quote is not word for word in the source’s text; the closest passage is shown below'
        : 'the quote is not word for word in the source’s text, and no passage resembles it',
      closest,
    };
  }
  const nearest = near === undefined ? all[0]! : nearestTo(all, (at) => flat.raw[at]!, near);
  return { ok: true, quote: wanted, ...anchorAt(flat, nearest, wanted.length), occurrences: all.length };
}

function nearestTo(candidates: number[], offset: (c: number) => number, target: number): number {
  let best = candidates[0]!;
  for (const c of candidates) if (Math.abs(offset(c) - target) < Math.abs(offset(best) - target)) best = c;
  return best;
}

/**
 * Where an anchored quote stands in a (perhaps edited) text: its exact words with the same prefix and suffix,
 * nearest its old offset; null when no such place is left. A quote without an anchor is found at its first
 * occurrence.
 */
export function locateQuote(
  text: string,
  quote: string,
  anchor: QuoteAnchor | undefined,
  flat: FlatText = flatten(text),
): Found | null {
  const wanted = normaliseQuote(quote);
  const all = occurrencesIn(flat.flat, wanted);
  if (all.length === 0) return null;
  if (!anchor) return anchorAt(flat, all[0]!, wanted.length).found;
  const fitting = all.filter(
    (at) =>
      at >= anchor.prefix.length &&
      flat.flat.startsWith(anchor.prefix, at - anchor.prefix.length) &&
      flat.flat.startsWith(anchor.suffix, at + wanted.length),
  );
  if (fitting.length === 0) return null;
  return anchorAt(
    flat,
    nearestTo(fitting, (at) => flat.raw[at]!, anchor.start),
    wanted.length,
  ).found;
}

export interface ClaimRef {
  relationId: string;
  claimIndex: number;
}

export interface Reanchored extends ClaimRef {
  /** The anchor for the text now: the same passage (perhaps at a new offset), or a first anchor for a quote found. */
  anchor: QuoteAnchor;
}

export interface Unanchored extends ClaimRef {
  quote: string;
  /** Why: the words are gone, or they stand only with other words around them. */
  reason: string;
}

export interface AnchorReport {
  anchored: Reanchored[];
  unanchored: Unanchored[];
}

interface ClaimLike {
  source: string;
  quote: string;
  anchor?: QuoteAnchor;
}

/**
 * Every claim quoting `sourceId`, checked against the source's text: those still (or newly) found get their anchor,
 * the rest are listed as unanchored. Nothing is ever matched by likeness.
 */
export function reanchorClaims(
  relations: readonly { id: string; claims: readonly ClaimLike[] }[],
  sourceId: string,
  text: string,
): AnchorReport {
  const flat = flatten(text);
  const report: AnchorReport = { anchored: [], unanchored: [] };
  for (const relation of relations) {
    relation.claims.forEach((claim, claimIndex) => {
      if (claim.source !== sourceId) return;
      const ref = { relationId: relation.id, claimIndex };
      const found = locateQuote(text, claim.quote, claim.anchor, flat);
      if (found) {
        const at = flatOffset(flat, found.start);
        report.anchored.push({ ...ref, anchor: anchorAt(flat, at, normaliseQuote(claim.quote).length).anchor });
      } else {
        const present = occurrencesIn(flat.flat, normaliseQuote(claim.quote)).length > 0;
        report.unanchored.push({
          ...ref,
          quote: claim.quote,
          reason: present
            ? 'its words are in the text, but not with the words that stood around them'
            : 'its words are no longer in the text',
        });
      }
    });
  }
  return report;
}

/** The flat offset of an original offset (binary search: raw offsets only grow). */
function flatOffset(flat: FlatText, rawOffset: number): number {
  let lo = 0;
  let hi = flat.raw.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (flat.raw[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
