// Reading files and URLs: oversize input is refused from its declared size before a byte is read, streams that
// outgrow the limit are cut off, and only http(s) URLs are fetched.
import { describe, expect, it } from 'vitest';
import { fetchText, fileNameOf, MAX_FILE_BYTES, parseDataUrl, readFileText, ReadError } from './readSource';

function fakeFile(name: string, size: number): File {
  return {
    name,
    size,
    stream() {
      throw new Error('the file must not be read');
    },
  } as unknown as File;
}

describe('readFileText', () => {
  it('refuses a file over the limit from its size alone, naming the file and both sizes', async () => {
    const error = await readFileText(fakeFile('huge.gexf', MAX_FILE_BYTES + 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    // 256 MiB (thresholds.ts): room for the 500,000-entity graph of issue 22, about 140 MB as a file.
    expect((error as Error).message).toMatch(/“huge\.gexf” is 256\.0 MB; the limit is 256\.0 MB/);
  });

  it('refuses an empty file', async () => {
    await expect(readFileText(fakeFile('empty.csv', 0))).rejects.toThrow('“empty.csv” is empty.');
  });

  it('reads UTF-8 text and reports progress', async () => {
    const file = new File(['source,target\nÁna,Bö\n'], 'pairs.csv');
    const seen: number[] = [];
    expect(await readFileText(file, (loaded) => seen.push(loaded))).toBe('source,target\nÁna,Bö\n');
    expect(seen.at(-1)).toBe(file.size);
  });
});

describe('fetchText', () => {
  const url = new URL('https://graphs.test/g.gexf');

  it('decodes characters whose bytes arrive in different chunks', async () => {
    const bytes = new TextEncoder().encode('{"label":"Velásquez – Caracas"}');
    const cut = bytes.indexOf(0xc3) + 1; // Inside "á": its first byte in one chunk, its second in the next.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut, cut + 3));
        controller.enqueue(bytes.slice(cut + 3));
        controller.close();
      },
    });
    const loaded: number[] = [];
    const text = await fetchText(
      url,
      (n) => loaded.push(n),
      () => Promise.resolve(new Response(body)),
    );
    expect(text).toBe('{"label":"Velásquez – Caracas"}');
    expect(loaded).toEqual([cut, cut + 3, bytes.byteLength]);
  });

  it('reads a big body decoded chunk by chunk as it arrives into the same text, a BOM dropped', async () => {
    const words = 'Velásquez – Caracas, 12 km → ✓ ';
    const text = words.repeat(Math.ceil((5 * 1024 * 1024) / words.length));
    const bytes = new TextEncoder().encode('\ufeff' + text);
    // An odd chunk size cuts many characters between two chunks.
    const chunk = 65_537;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.byteLength; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
        controller.close();
      },
    });
    const response = new Response(body, { headers: { 'content-length': String(bytes.byteLength) } });
    const read = await fetchText(url, undefined, () => Promise.resolve(response));
    expect(read.length).toBe(text.length);
    expect(read === text).toBe(true);
  });

  it('refuses a response whose declared length is over the limit without reading the body', async () => {
    const response = new Response(
      new ReadableStream({
        pull: () => {
          throw new Error('body must not be read');
        },
      }),
      {
        headers: { 'content-length': String(MAX_FILE_BYTES + 1) },
      },
    );
    await expect(fetchText(url, undefined, async () => response)).rejects.toThrow(/the limit is 256\.0 MB/);
  });

  it('stops reading a body that outgrows the limit when no length was declared', async () => {
    let sent = 0;
    const chunk = new Uint8Array(8 * 1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    await expect(fetchText(url, undefined, async () => new Response(body))).rejects.toThrow(ReadError);
    expect(sent).toBeLessThan(MAX_FILE_BYTES + 3 * chunk.byteLength);
  });

  it('says what the server answered', async () => {
    const notFound = async () => new Response('nope', { status: 404, statusText: 'Not Found' });
    await expect(fetchText(url, undefined, notFound)).rejects.toThrow('the server answered 404 Not Found');
  });
});

describe('parseDataUrl', () => {
  it.each(['javascript:alert(1)', 'data:text/plain,a,b', 'file:///etc/passwd'])('refuses %s', (raw) => {
    expect(() => parseDataUrl(raw, 'https://app.test/')).toThrow(/Only http and https/);
  });

  it('resolves relative URLs against the page', () => {
    expect(parseDataUrl('graphs/g.gexf', 'https://app.test/explorer/').href).toBe(
      'https://app.test/explorer/graphs/g.gexf',
    );
  });
});

describe('fileNameOf', () => {
  it('names the file a URL points to, decoded, or the host when the path names none', () => {
    expect(fileNameOf(new URL('https://example.org/data/les%20mis%C3%A9rables.gexf?x=1'))).toBe('les misérables.gexf');
    expect(fileNameOf(new URL('https://example.org/'))).toBe('example.org');
  });

  it('keeps a name with a stray percent sign as written instead of failing', () => {
    expect(fileNameOf(new URL('https://example.org/report%.json'))).toBe('report%.json');
  });
});
