// Lines of a byte stream, decoded as UTF-8 without ever holding more than one line (and one chunk) in memory. A line
// longer than the cap is refused by number rather than buffered: a file of one endless line cannot exhaust memory.
// Lines come a few hundred at a time (one await per line would cost more than reading it), each decoded on its
// own: a line of plain ASCII or Latin-1 text then stays a one-byte string, which is faster to parse and to store.
import { ApiError } from '../graph/errors';

export interface LineBatch {
  lines: string[];
  /** The number of the batch's first line (the file's first line is 1). */
  first: number;
}

const NEWLINE = 10;
const CR = 13;
/** A UTF-8 text of n bytes holds at least n / 3 UTF-16 code units. */
const MAX_BYTES_PER_CHAR = 3;
/**
 * Lines handed on at a time: a chunk's lines wait on the heap until they are read, and what waits there when the
 * garbage collector runs is copied and promoted (a 1 MB chunk holds about 4,000 lines).
 */
const LINES_AT_A_TIME = 256;

export async function* lineBatchesOf(
  stream: AsyncIterable<Buffer | string>,
  maxLineChars: number,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<LineBatch> {
  /**
   * The start of a line not yet ended: the pieces of it from earlier chunks. Only its own bytes are joined, once
   * its end comes (an upload's chunks are 64 KB: copying each whole chunk to join a few bytes on costs more).
   */
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  const tooLong = () =>
    new ApiError(400, 'too-large', `Line ${number + 1} is longer than ${maxLineChars} characters.`, number + 1);
  const decode = (bytes: Buffer, start: number, end: number) => {
    if (end > start && bytes[end - 1] === CR) end--;
    const line = bytes.toString('utf8', start, end);
    if (line.length > maxLineChars) throw tooLong();
    return line;
  };
  /** The pending line ended by `bytes` up to `end`, as one buffer. */
  const joined = (bytes: Buffer, end: number) => {
    const whole = Buffer.concat([...pending, bytes.subarray(0, end)], pendingBytes + end);
    pending = [];
    pendingBytes = 0;
    return whole;
  };
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    onBytes?.(data.byteLength);
    let lines: string[] = [];
    let first = number + 1;
    let start = 0;
    let end = data.indexOf(NEWLINE);
    try {
      if (pendingBytes > 0 && end !== -1) {
        const line = joined(data, end);
        lines.push(decode(line, 0, line.length));
        number++;
        start = end + 1;
        end = data.indexOf(NEWLINE, start);
      }
      for (; end !== -1; end = data.indexOf(NEWLINE, start)) {
        lines.push(decode(data, start, end));
        number++;
        start = end + 1;
        if (lines.length === LINES_AT_A_TIME) {
          yield { lines, first };
          lines = [];
          first = number + 1;
        }
      }
    } catch (error) {
      // The lines before the long one are read first: a problem in them is the one to report.
      if (lines.length > 0) yield { lines, first };
      throw error;
    }
    if (start < data.length) {
      // Copied when it is a chunk's tail, so the chunk it came from is not kept alive by it.
      pending.push(start === 0 ? data : Buffer.from(data.subarray(start)));
      pendingBytes += data.length - start;
    }
    if (lines.length > 0) yield { lines, first };
    if (pendingBytes > maxLineChars * MAX_BYTES_PER_CHAR) throw tooLong();
  }
  if (pendingBytes > 0) {
    const line = joined(Buffer.alloc(0), 0);
    yield { lines: [decode(line, 0, line.length)], first: number + 1 };
  }
}
