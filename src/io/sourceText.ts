// A source's full text, from a file the user picks or from a paste. Plain text and Markdown are kept as they are;
// HTML is reduced to its readable text. Nothing in a file runs or loads: the HTML is parsed into a detached document
// (DOMParser runs no script and fetches nothing, and the document is never put into the page), and only its text
// nodes are read, with script, style and other non-text elements skipped.
import { MAX_SOURCE_TEXT_CHARS } from '../model/schema';

export const SOURCE_TEXT_FORMATS = '.txt, .md or .html (.htm)';
export const SOURCE_TEXT_ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export type SourceTextResult = { ok: true; text: string } | { ok: false; error: string };

type Kind = 'plain' | 'html';

export function kindOfFile(name: string): Kind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'md' || ext === 'markdown') return 'plain';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}

/** A pasted or read text, refused when over the stored limit (nothing is cut silently). */
export function checkSourceText(text: string, what = 'The text'): SourceTextResult {
  if (text.length > MAX_SOURCE_TEXT_CHARS)
    return {
      ok: false,
      error: `${what} is ${text.length.toLocaleString('en')} characters; a source text is at most ${MAX_SOURCE_TEXT_CHARS.toLocaleString('en')}. Keep the article, not the whole page or book.`,
    };
  return { ok: true, text };
}

/** The smallest part of a DOM node the text walk reads: what a detached document and a test's tree both have. */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'SELECT',
  'BUTTON',
]);
/** Elements that stand as paragraphs of their own: a blank line around them. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'HR',
  'ADDRESS',
]);

/**
 * The readable text of an HTML tree: text nodes in order, whitespace runs as single spaces (as a browser shows
 * them), a blank line between paragraphs and a line break for <br>. Iterative: a page may nest deeply.
 */
export function textOfTree(root: TextNode): string {
  const out: string[] = [];
  let line = '';
  const breakLine = (blank: boolean) => {
    const trimmed = line.replace(/ +/g, ' ').trim();
    if (trimmed) out.push(trimmed);
    if (blank && out.length > 0 && out[out.length - 1] !== '') out.push('');
    line = '';
  };
  // Each entry: a node to enter, or a marker that an element closes.
  const stack: (TextNode | { close: string })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      if (BLOCKS.has(item.close)) breakLine(true);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      line += (item.nodeValue ?? '').replace(/\s+/g, ' ');
      continue;
    }
    const name = item.nodeName.toUpperCase();
    if (item.nodeType === ELEMENT_NODE && SKIPPED.has(name)) continue;
    if (name === 'BR') {
      breakLine(false);
      continue;
    }
    if (BLOCKS.has(name)) {
      breakLine(true);
      stack.push({ close: name });
    }
    for (let i = item.childNodes.length - 1; i >= 0; i--) stack.push(item.childNodes[i]!);
  }
  breakLine(false);
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** HTML source to text, in the browser: parsed detached, never shown, never run. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return textOfTree(doc.body ?? doc.documentElement);
}

/** The text of a file the user picked, or why it cannot be used. */
export async function readSourceFile(file: File): Promise<SourceTextResult> {
  const kind = kindOfFile(file.name);
  if (!kind)
    return {
      ok: false,
      error: `“${file.name}” is not a text this reader takes: use a ${SOURCE_TEXT_FORMATS} file, or paste the text.`,
    };
  // An HTML page may carry far more markup than text; 4× the text limit is read before refusing.
  const limit = kind === 'html' ? MAX_SOURCE_TEXT_CHARS * 4 : MAX_SOURCE_TEXT_CHARS * 2;
  if (file.size > limit)
    return {
      ok: false,
      error: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB: too long for a source text. Keep the article, not the whole page or book.`,
    };
  const raw = await file.text();
  const text = kind === 'html' ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, error: `“${file.name}” holds no text.` };
  return checkSourceText(text, `The text of “${file.name}”`);
}
