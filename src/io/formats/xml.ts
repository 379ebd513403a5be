// Safe XML reading and writing for GEXF and GraphML: refuses DTDs, checks well-formedness, decodes entities
// ourselves (fast-xml-parser's entity expansion stays off) and escapes output so our own reader gets it back exactly.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './types';
import type { FormatId } from './types';
import { quote } from './shared';
import type { Warnings } from './shared';

export interface XmlElement {
  /** Qualified name as written, e.g. 'viz:color'. */
  name: string;
  /** Name without prefix: formats are matched on local names, whatever prefix a tool chose. */
  local: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Direct text content (entities decoded, CDATA verbatim), concatenated. */
  text: string;
}

/** Deep enough for yEd's group nodes several levels down; deeper input is refused, not recursed into. */
export const MAX_XML_DEPTH = 100;

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Entities are decoded by decodeXml below: no DTD-defined entity can ever be expanded.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  textNodeName: '#text',
  ignoreDeclaration: true,
  ignorePiTags: true,
  allowBooleanAttributes: false,
  maxNestedTags: MAX_XML_DEPTH,
} as const;

const DTD = /<!\s*(?:DOCTYPE|ENTITY)/i;
const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Decodes the five predefined entities and character references; anything else stays literal, with a warning. */
export function decodeXml(raw: string, warnings: Warnings, attribute = false): string {
  // Attribute-value normalisation of XML 1.0 §3.3.3: literal whitespace becomes a space (references survive).
  const text = attribute ? raw.replace(/[\t\n]/g, ' ') : raw;
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code <= 0x10ffff) return String.fromCodePoint(code);
      warnings.add(`The character reference ${quote(whole)} is out of range; kept as written.`);
      return whole;
    }
    const named = PREDEFINED.get(ref);
    if (named !== undefined) return named;
    warnings.add(`The entity ${quote(whole)} is not defined in XML; kept as written.`);
    return whole;
  });
}

type Ordered = Record<string, unknown>;

function convert(entry: Ordered, warnings: Warnings): XmlElement | string | undefined {
  const name = Object.keys(entry).find((k) => k !== ':@');
  if (name === undefined) return undefined;
  const content = entry[name];
  if (name === '#text') return decodeXml(String(content), warnings);
  if (name === '#cdata') {
    return Array.isArray(content) ? content.map((c: Ordered) => String(c['#text'] ?? '')).join('') : '';
  }
  const attrs = new Map<string, string>();
  const rawAttrs = entry[':@'];
  if (rawAttrs && typeof rawAttrs === 'object') {
    for (const key of Object.keys(rawAttrs))
      attrs.set(key, decodeXml(String((rawAttrs as Ordered)[key]), warnings, true));
  }
  const element: XmlElement = { name, local: name.slice(name.lastIndexOf(':') + 1), attrs, children: [], text: '' };
  if (Array.isArray(content)) {
    for (const item of content as Ordered[]) {
      const child = convert(item, warnings);
      if (typeof child === 'string') element.text += child;
      else if (child) element.children.push(child);
    }
  }
  return element;
}

/** Parses XML text into a tree, or throws ImportError ('unsafe', 'malformed', 'too-deep'). */
export function readXml(text: string, format: FormatId, warnings: Warnings): XmlElement {
  if (DTD.test(text)) {
    throw new ImportError(
      'unsafe',
      'refused: the file declares a DOCTYPE/entities, which can expand to huge sizes or reach other files',
      { format },
    );
  }
  // XML end-of-line handling (§2.11), done before parsing so text and attributes see only '\n'.
  const source = text.replace(/\r\n?/g, '\n');
  const valid = XMLValidator.validate(source, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const where = line ? ` (line ${line}${col ? `, column ${col}` : ''})` : '';
    throw new ImportError('malformed', `The file is not well-formed XML${where}: ${msg}`, {
      format,
      line: line || undefined,
    });
  }
  let parsed: unknown;
  try {
    parsed = new XMLParser(PARSER_OPTIONS).parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/nested tags/i.test(message)) {
      throw new ImportError('too-deep', `The XML is nested more than ${MAX_XML_DEPTH} levels deep; refused.`, {
        format,
      });
    }
    if (/SECURITY/.test(message)) {
      const name = /"([^"]*)"/.exec(message)?.[1] ?? '';
      throw new ImportError('unsafe', `refused: the file uses ${quote(name)} as an XML element or attribute name.`, {
        format,
      });
    }
    throw new ImportError('malformed', `The file is not well-formed XML: ${message.slice(0, 200)}`, { format });
  }
  const top = Array.isArray(parsed) ? (parsed as Ordered[]) : [];
  for (const entry of top) {
    const element = convert(entry, warnings);
    if (element && typeof element !== 'string') return element;
  }
  throw new ImportError('malformed', 'The file has no XML root element.', { format });
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/** Depth-first search, bounded by MAX_XML_DEPTH through the parser, so recursion is safe. */
export function findDescendant(element: XmlElement, local: string): XmlElement | undefined {
  for (const child of element.children) {
    if (child.local === local) return child;
    const found = findDescendant(child, local);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing.
//
// Policy for characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone
// surrogates): they are removed, because even a character reference to them makes the file unreadable for other
// tools. Everything else survives exactly: CR, LF and tab are written as character references where a reader would
// otherwise normalise them away.

const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripIllegalXml(value: string): string {
  return value.replace(ILLEGAL, '');
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

export function escapeText(value: string): string {
  return stripIllegalXml(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

export function escapeAttr(value: string): string {
  return stripIllegalXml(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

/** `name="value"` pairs; undefined values are left out. */
export function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}
