// The start-up request for ?data=: made only for addresses the app would fetch, handed over once, to the same address.
import { describe, expect, it, vi } from 'vitest';
import { requestDataEarly, takeEarlyResponse } from './earlyFetch';
import { FETCH_OPTIONS } from './readSource';

const BASE = 'https://explorer.example/app/';

describe('requestDataEarly', () => {
  it('requests the address given, without credentials, and hands the response over once', async () => {
    const response = new Response('{}');
    const fetchImpl = vi.fn(() => Promise.resolve(response));
    expect(requestDataEarly('?data=graphs/big.json', BASE, fetchImpl)).toBe(true);
    const url = new URL('graphs/big.json', BASE);
    expect(fetchImpl).toHaveBeenCalledWith(url, FETCH_OPTIONS);
    expect(takeEarlyResponse(new URL('graphs/other.json', BASE))).toBeNull();
    await expect(takeEarlyResponse(url)).resolves.toBe(response);
    expect(takeEarlyResponse(url)).toBeNull();
  });

  it('requests nothing without ?data=, or for an address the app refuses to fetch', () => {
    const fetchImpl = vi.fn(() => Promise.resolve(new Response('')));
    expect(requestDataEarly('?renderer=canvas', BASE, fetchImpl)).toBe(false);
    expect(requestDataEarly('?data=javascript:alert(1)', BASE, fetchImpl)).toBe(false);
    expect(requestDataEarly('?data=file:///etc/passwd', BASE, fetchImpl)).toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(takeEarlyResponse(new URL('file:///etc/passwd'))).toBeNull();
  });

  it('keeps a failed request for the app to report, not as an unhandled rejection', async () => {
    const failure = new TypeError('network down');
    requestDataEarly('?data=https://elsewhere.example/g.json', BASE, () => Promise.reject(failure));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeEarlyResponse(new URL('https://elsewhere.example/g.json'))).rejects.toBe(failure);
  });
});
