import { afterEach, describe, expect, it } from 'vitest';
import { firstPictureOnItsWay, firstPictureRequested, firstPictureSettled } from './firstPicture';

describe('a first picture on its way', () => {
  afterEach(firstPictureSettled);

  it('nothing is waited for until a picture is requested', () => {
    expect(firstPictureOnItsWay()).toBeNull();
  });

  it('a request is waited for until it settles, and a second request does not start a second wait', async () => {
    firstPictureRequested();
    const arrival = firstPictureOnItsWay();
    firstPictureRequested();
    expect(firstPictureOnItsWay()).toBe(arrival);
    let arrived = false;
    void arrival!.then(() => (arrived = true));
    await Promise.resolve();
    expect(arrived).toBe(false);
    firstPictureSettled();
    await arrival;
    expect(arrived).toBe(true);
    expect(firstPictureOnItsWay()).toBeNull();
  });
});
