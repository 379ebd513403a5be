// The passage of a text that most resembles a quote that is not in it, to show an editor what the article says
// instead ("misquoted: the article says …"). Shown, never used in the quote's place.
//
// Words are compared folded (case, accents and punctuation ignored). A window as long as the quote slides over the
// text, counting the quote's words it holds (updated in constant time per step, so a 60,000-character article
// takes a few milliseconds); the best few windows are then refined by a word-level edit distance over nearby
// starts and lengths, which also weighs word order.
import { fold } from './search';

export interface Passage {
  /** Offsets in the text: the passage is text.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** 1 for the same words in the same order, down to 0. */
  similarity: number;
}

interface Word {
  key: string;
  start: number;
  end: number;
}

/** Below this likeness nothing is offered: a passage sharing a word or two with the quote would only mislead. */
const MIN_SIMILARITY = 0.3;
/** Candidates refined, and how far their starts and lengths may move. */
const CANDIDATES = 8;
const SLACK = 3;
/** Quotes are at most 40 words; a longer paste is compared on its first words. */
const MAX_WORDS = 60;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const key = fold(m[0]).replace(/[^\p{L}\p{N}]/gu, '');
    if (key) words.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return words;
}

export function closestPassage(text: string, quote: string): Passage | null {
  const q = wordsOf(quote)
    .slice(0, MAX_WORDS)
    .map((w) => w.key);
  const words = wordsOf(text);
  const n = q.length;
  if (n === 0 || words.length === 0) return null;
  const span = Math.min(n, words.length);
  const wanted = new Map<string, number>();
  for (const k of q) wanted.set(k, (wanted.get(k) ?? 0) + 1);
  const held = new Map<string, number>();
  let overlap = 0;
  const add = (k: string) => {
    const h = held.get(k) ?? 0;
    if (h < (wanted.get(k) ?? 0)) overlap++;
    held.set(k, h + 1);
  };
  const remove = (k: string) => {
    const h = held.get(k)! - 1;
    held.set(k, h);
    if (h < (wanted.get(k) ?? 0)) overlap--;
  };
  for (let i = 0; i < span; i++) add(words[i]!.key);
  const scores = new Int32Array(words.length - span + 1);
  scores[0] = overlap;
  for (let s = 1; s < scores.length; s++) {
    remove(words[s - 1]!.key);
    add(words[s + span - 1]!.key);
    scores[s] = overlap;
  }
  const best = topStarts(scores, CANDIDATES, Math.max(1, Math.floor(span / 2)));
  let winner: { start: number; length: number; similarity: number } | null = null;
  for (const start of best) {
    for (let from = Math.max(0, start - SLACK); from <= start + SLACK; from++) {
      for (let length = Math.max(1, span - SLACK); length <= span + SLACK; length++) {
        if (from + length > words.length) break;
        const similarity = likeness(q, words, from, length);
        if (!winner || similarity > winner.similarity) winner = { start: from, length, similarity };
      }
    }
  }
  if (!winner || winner.similarity < MIN_SIMILARITY) return null;
  let start = words[winner.start]!.start;
  let end = words[winner.start + winner.length - 1]!.end;
  // Punctuation clinging to the first or last word belongs to the passage only if the quote has it there too.
  const trimmed = quote.trim();
  while (end > start && /[,.;:!?]/.test(text[end - 1]!) && !trimmed.endsWith(text[end - 1]!)) end--;
  while (start < end && /[(“"‘']/.test(text[start]!) && !trimmed.startsWith(text[start]!)) start++;
  return { start, end, text: text.slice(start, end), similarity: winner.similarity };
}

/** The starts of the `count` best windows, each at least `apart` words from a better one. */
function topStarts(scores: Int32Array, count: number, apart: number): number[] {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const kept: number[] = [];
  for (const s of order) {
    if (scores[s] === 0 || kept.length === count) break;
    if (kept.every((k) => Math.abs(k - s) >= apart)) kept.push(s);
  }
  return kept;
}

/** 1 − the word-level edit distance between the quote and words[from, from + length), over the longer length. */
function likeness(q: readonly string[], words: readonly Word[], from: number, length: number): number {
  let previous = Array.from({ length: length + 1 }, (_, j) => j);
  for (let i = 1; i <= q.length; i++) {
    const current = [i];
    for (let j = 1; j <= length; j++) {
      const same = q[i - 1] === words[from + j - 1]!.key ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + same);
    }
    previous = current;
  }
  return 1 - previous[length]! / Math.max(q.length, length);
}
