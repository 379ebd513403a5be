// The text of an NDJSON line's record, `{…}` in `{"entity":{…}}`, so that a record already in the form the store
// keeps can be stored as it was written instead of being turned back into JSON (which costs more than parsing it).
// Used only for a line JSON.parse accepted as an object with one key; null unless the record is an object that
// ends where the line's object ends (a line repeating its key, which JSON.parse reads as the last, gets null).

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function recordText(line: string): string | null {
  let start = line.indexOf(':') + 1;
  while (SPACE.has(line.charCodeAt(start))) start++;
  if (line.charCodeAt(start) !== 0x7b) return null;
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  if (end === -1) return null;
  // After the record: only the line's closing brace, with spaces around it.
  let at = end;
  while (SPACE.has(line.charCodeAt(at))) at++;
  if (line.charCodeAt(at++) !== 0x7d) return null;
  while (SPACE.has(line.charCodeAt(at))) at++;
  return at === line.length ? line.slice(start, end) : null;
}
