// Reads a table pasted from a spreadsheet: tab-separated, one row a line, a cell holding a tab, a line break or a
// quote wrapped in double quotes with its quotes doubled (what spreadsheet programs put on the clipboard). Writes
// rows back the same way for copying.

/** More rows than this are refused before they are read: a paste is for a batch, a file import for a whole graph. */
export const MAX_PASTED_ROWS = 10_000;

export interface PastedRow {
  /** The line the row starts on, counting the header as line 1. */
  line: number;
  cells: string[];
}

export type ParsedTsv = { ok: true; header: string[]; rows: PastedRow[] } | { ok: false; error: string };

/** Counts lines without reading cells, so a huge paste is refused at once. */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function parseTsv(text: string, maxRows = MAX_PASTED_ROWS): ParsedTsv {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (body.trim() === '') return { ok: false, error: 'The pasted text is empty.' };
  const lines = lineCount(body);
  // A quoted cell can span lines, so this overcounts such rows; it only needs to catch pastes far past the cap.
  if (lines - 1 > maxRows * 2)
    return {
      ok: false,
      error: `The pasted table has ${(lines - 1).toLocaleString('en')} rows: at most ${maxRows.toLocaleString('en')} can be pasted at once. Paste it in parts, or open it as a CSV file.`,
    };
  const records: PastedRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let atCellStart = true;
  while (i < body.length) {
    const ch = body[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the quote that is not doubled.
      const openedOn = line;
      let j = i + 1;
      let value = '';
      for (;;) {
        const close = body.indexOf('"', j);
        if (close < 0)
          return {
            ok: false,
            error: `Line ${openedOn}: a quoted cell is never closed (a " with no closing "). Check the quotes on that line.`,
          };
        value += body.slice(j, close);
        if (body[close + 1] === '"') {
          value += '"';
          j = close + 2;
          continue;
        }
        j = close + 1;
        break;
      }
      for (const c of body.slice(i, j)) if (c === '\n') line++;
      const next = body[j];
      if (next !== undefined && next !== '\t' && next !== '\n')
        return {
          ok: false,
          error: `Line ${line}: text follows a closing quote inside a cell. A quote inside a quoted cell is written twice ("").`,
        };
      cell = value;
      i = j;
      atCellStart = false;
      continue;
    }
    if (ch === '\t') {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      cells.push(cell);
      records.push({ line: rowLine, cells });
      if (records.length > maxRows + 1)
        return {
          ok: false,
          error: `The pasted table has more than ${maxRows.toLocaleString('en')} rows: paste it in parts, or open it as a CSV file.`,
        };
      cells = [];
      cell = '';
      line++;
      rowLine = line;
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
    i++;
  }
  cells.push(cell);
  records.push({ line: rowLine, cells });
  const [header, ...rows] = records;
  if (rows.length > maxRows)
    return {
      ok: false,
      error: `The pasted table has ${rows.length.toLocaleString('en')} rows: at most ${maxRows.toLocaleString('en')} can be pasted at once. Paste it in parts, or open it as a CSV file.`,
    };
  if (rows.length === 0)
    return {
      ok: false,
      error: 'The pasted table has a header row and no rows under it: the first line names the columns.',
    };
  return { ok: true, header: header!.cells.map((h) => h.trim()), rows };
}

function tsvCell(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as a spreadsheet takes them from the clipboard, header first. */
export function writeTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(tsvCell).join('\t')).join('\n') + '\n';
}
