// Lines of a byte stream, decoded as UTF-8 without ever holding more than one line (and one chunk) in memory. A line
// longer than the cap is refused by number rather than buffered: a file of one endless line cannot exhaust memory.
import { StringDecoder } from 'node:string_decoder';
import { ApiError } from '../graph/errors';

export async function* linesOf(
  stream: AsyncIterable<Buffer | string>,
  maxLineChars: number,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<{ line: string; number: number }> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let number = 0;
  const tooLong = () =>
    new ApiError(400, 'too-large', `Line ${number + 1} is longer than ${maxLineChars} characters.`, number + 1);
  for await (const chunk of stream) {
    onBytes?.(typeof chunk === 'string' ? chunk.length : chunk.byteLength);
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      number++;
      if (end - start > maxLineChars) throw tooLong();
      yield { line: pending.slice(start, end).replace(/\r$/, ''), number };
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLineChars) throw tooLong();
  }
  pending += decoder.end();
  if (pending.length > 0) {
    number++;
    yield { line: pending.replace(/\r$/, ''), number };
  }
}
