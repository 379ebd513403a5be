// Reads a user's file or a URL as text, refusing oversize input before reading it and reporting progress.
// Nothing here parses: it only turns bytes into text, or into a clear error.
import { MAX_FILE_BYTES } from '../model/thresholds';

export { MAX_FILE_BYTES };

export class ReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadError';
  }
}

export type Progress = (loadedBytes: number, totalBytes: number | null) => void;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function checkSize(name: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new ReadError(
      `“${name}” is ${sizeText(bytes)}; the limit is ${sizeText(MAX_FILE_BYTES)}. Split the graph or filter it before exporting.`,
    );
  }
  if (bytes === 0) throw new ReadError(`“${name}” is empty.`);
}

/**
 * From this many bytes (when the size is known), chunks are decoded as they arrive. Decoding 55 MB at the end held
 * the page for 0.1-0.15 s in one task; such files are read in a worker, and the joined pieces are one flat string.
 */
const DECODE_AS_READ_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Reads a stream as UTF-8 text, stopping once it passes the size limit (a server may not send a length). The bytes
 * of a file of up to a few MB are decoded once at the end: decoding each chunk and joining the pieces took ~20 ms
 * for 2.6 MB, and left a string that JSON.parse had to flatten first.
 */
async function readStream(
  name: string,
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress?: Progress,
): Promise<string> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const asRead = total !== null && total >= DECODE_AS_READ_FROM_BYTES;
  const pieces: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > MAX_FILE_BYTES) {
      await reader.cancel();
      checkSize(name, loaded);
    }
    if (asRead) pieces.push(decoder.decode(value, { stream: true }));
    else chunks.push(value);
    onProgress?.(loaded, total);
  }
  if (loaded === 0) checkSize(name, 0);
  if (asRead) return pieces.join('') + decoder.decode();
  const bytes = chunks.length === 1 ? chunks[0]! : new Uint8Array(loaded);
  if (chunks.length > 1) {
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
  }
  return decoder.decode(bytes);
}

export async function readFileText(file: File, onProgress?: Progress): Promise<string> {
  checkSize(file.name, file.size);
  return readStream(file.name, file.stream(), file.size, onProgress);
}

/** Only http(s) URLs, resolved against the page; anything else (javascript:, data:, file:) is refused. */
export function parseDataUrl(raw: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new ReadError(`“${raw}” is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ReadError(`Only http and https URLs can be loaded, not “${url.protocol}”.`);
  }
  return url;
}

/** The file name a URL points to, for messages and titles: its last path segment, decoded when it can be, or its host. */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').pop() || url.host;
  try {
    return decodeURIComponent(last);
  } catch {
    // A stray "%" (e.g. "report%.json"): the segment as written still names the file.
    return last;
  }
}

/** No cookies or credentials go to another site with a graph request. */
export const FETCH_OPTIONS: RequestInit = { credentials: 'omit', redirect: 'follow' };

export async function fetchText(url: URL, onProgress?: Progress, fetchImpl: typeof fetch = fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, FETCH_OPTIONS);
  } catch (err) {
    throw new ReadError(
      `Could not fetch ${url.href}: ${(err as Error).message}. Check the address, and that the server allows cross-origin requests.`,
    );
  }
  if (!response.ok)
    throw new ReadError(`Could not fetch ${url.href}: the server answered ${response.status} ${response.statusText}.`);
  const name = url.pathname.split('/').pop() || url.host;
  const lengthHeader = response.headers.get('content-length');
  const total = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  if (total !== null) checkSize(name, total);
  if (!response.body) return response.text();
  return readStream(name, response.body, total, onProgress);
}
