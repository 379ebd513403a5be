// The graph named by `?data=` is requested as soon as the page's code runs, before the app has mounted: the
// download then overlaps React's first render instead of following it. openUrl takes the response when it asks
// for the same address; nothing is parsed or shown here, so errors are still reported by the app as usual.
import { FETCH_OPTIONS, parseDataUrl } from './readSource';

let early: { href: string; response: Promise<Response> } | null = null;

/**
 * Starts the request for the address in `search`'s `data` parameter; returns whether it did. An address the app
 * will not fetch (javascript:, file:…) is left to the app, which says why and shows the bundled story instead.
 */
export function requestDataEarly(search: string, base: string, fetchImpl: typeof fetch = fetch): boolean {
  const raw = new URLSearchParams(search).get('data');
  if (!raw) return false;
  let url: URL;
  try {
    url = parseDataUrl(raw, base);
  } catch {
    return false;
  }
  const response = fetchImpl(url, FETCH_OPTIONS);
  // A failure is reported when the response is taken; until then it must not count as unhandled.
  response.catch(() => undefined);
  early = { href: url.href, response };
  return true;
}

/** The early response for this address (once), or null: then the caller fetches it itself. */
export function takeEarlyResponse(url: URL): Promise<Response> | null {
  if (early?.href !== url.href) return null;
  const { response } = early;
  early = null;
  return response;
}
