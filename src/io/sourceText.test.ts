import { describe, expect, it } from 'vitest';
import { checkSourceText, kindOfFile, readSourceFile, textOfTree, type TextNode } from './sourceText';
import { MAX_SOURCE_TEXT_CHARS } from '../model/schema';

// A small stand-in for a parsed document: the walk reads only these fields.
const text = (value: string): TextNode => ({ nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] });
const el = (name: string, ...children: TextNode[]): TextNode => ({
  nodeType: 1,
  nodeName: name,
  nodeValue: null,
  childNodes: children,
});

describe('textOfTree', () => {
  it('keeps paragraphs apart, joins inline text and drops script, style and the like', () => {
    const body = el(
      'BODY',
      el('SCRIPT', text('window.ran = true')),
      el('STYLE', text('p { color: red }')),
      el('H1', text('Harbour  news')),
      el('P', text('The board '), el('EM', text('met')), text('\n  on Tuesday.')),
      el('IMG'),
      el('P', text('Line one'), el('BR'), text('line two')),
      el('DIV', el('DIV', text('Nested')), text('tail')),
      el('NOSCRIPT', text('enable scripts')),
    );
    expect(textOfTree(body)).toBe('Harbour news\n\nThe board met on Tuesday.\n\nLine one\nline two\n\nNested\n\ntail');
  });

  it('walks a deeply nested page without running out of stack', () => {
    let node = text('deep');
    for (let i = 0; i < 50_000; i++) node = el('SPAN', node);
    expect(textOfTree(el('BODY', node))).toBe('deep');
  });
});

describe('kindOfFile and readSourceFile', () => {
  it('knows text, Markdown and HTML by their endings', () => {
    expect(['a.txt', 'b.MD', 'c.html', 'd.htm', 'e.pdf', 'f'].map(kindOfFile)).toEqual([
      'plain',
      'plain',
      'html',
      'html',
      null,
      null,
    ]);
  });

  it('reads a text file as it is, with Windows line ends made plain', async () => {
    const result = await readSourceFile(new File(['First line\r\nSecond line'], 'article.txt'));
    expect(result).toEqual({ ok: true, text: 'First line\nSecond line' });
  });

  it('refuses another type, naming the formats that work', async () => {
    const result = await readSourceFile(new File(['%PDF-1.4'], 'article.pdf'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/“article\.pdf”.*\.txt, \.md or \.html/);
  });

  it('refuses an empty file', async () => {
    expect(await readSourceFile(new File(['  \n'], 'empty.md'))).toMatchObject({ ok: false });
  });
});

describe('checkSourceText', () => {
  it('refuses a text over the limit, saying how long it is and what the limit is', () => {
    const result = checkSourceText('x'.repeat(MAX_SOURCE_TEXT_CHARS + 1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(MAX_SOURCE_TEXT_CHARS.toLocaleString('en'));
    expect(checkSourceText('short').ok).toBe(true);
  });
});
