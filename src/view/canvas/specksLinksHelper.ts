// The specks worker's side of its links helper (specksLinks.worker.ts): a second worker, started by the specks
// worker, that writes the later part of a picture's links while the specks worker writes the earlier part. It holds
// the arrays a line reads, sent once per version as the page sends the specks worker its own. If it cannot draw
// (no workers in a worker, one core, or it failed), the specks worker writes every link itself, as before.
import { workerKind } from '../../workers/workerJobs';
import type { LinksAnswer, LinksArrays, LinksJob } from './specksJob';
import type { SpeckCamera } from './specksPixels';
import { SPECKS_HELPER_FROM_LINKS } from '../../model/thresholds';

/**
 * When the helper's part came this long (a share of the specks worker's own part's time) after that part was done,
 * the two did not run at once: the machine's cores are busy with other work, and a picture in two parts only adds
 * the hand-over and the wait (measured on the project's shared 2-core machine). The next pictures are then written
 * in one part, and the helper tried again after them.
 */
const LATE_SHARE = 0.5;
const PICTURES_ALONE_WHEN_LATE = 8;
/** As long as the page keeps the specks worker after its last drawing (specksInWorker.ts). */
const HELPER_IDLE_MS = 5 * 60_000;

export interface LinksHelper {
  /** Whether the helper takes a part of a picture of this many links. */
  takes(links: number): boolean;
  /**
   * Starts writing the links from `from` on, for the arrays of `version`; resolves with their bytes, or null when
   * the caller has to write them itself.
   */
  write(
    version: number,
    arrays: LinksArrays,
    edgeShown: Uint8Array,
    from: number,
    camera: SpeckCamera,
    width: number,
    height: number,
  ): Promise<Uint8Array | null>;
  /** The bytes `write` gave, once read: the next job writes into them. */
  giveBack(codes: Uint8Array): void;
  /** How long the specks worker took for its own part, and then waited for the helper's (ms). */
  timed(ownMs: number, waitedMs: number): void;
}

/** Whether to hand the helper part of the next picture, from how late its part came before. */
export function createHelperPace() {
  let alone = 0;
  return {
    next(): boolean {
      if (alone === 0) return true;
      alone--;
      return false;
    },
    /** A picture in two parts: the specks worker's time for its own part, then its wait for the helper's (ms). */
    timed(ownMs: number, waitedMs: number): void {
      if (waitedMs > ownMs * LATE_SHARE) alone = PICTURES_ALONE_WHEN_LATE;
    },
  };
}

const copied = (a: LinksArrays): LinksArrays => ({
  x: a.x.slice(),
  y: a.y.slice(),
  source: a.source.slice(),
  target: a.target.slice(),
  edgeFlags: a.edgeFlags.slice(),
});

export function createLinksHelper(): LinksHelper {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  let usable = typeof Worker !== 'undefined' && cores >= 2;
  const helper = workerKind<LinksJob, LinksAnswer>(
    () => new Worker(new URL('./specksLinks.worker.ts', import.meta.url), { type: 'module' }),
    { keepIdleMs: HELPER_IDLE_MS, name: 'specks links helper' },
  );
  // Started with the specks worker, so that the first picture does not wait for it.
  if (usable) helper.prepare();
  let heldVersion: number | null = null;
  const pace = createHelperPace();
  /** Whether the last job sent the arrays: its wait includes their hand-over, and says nothing of the cores. */
  let sentArrays = false;
  let spareCodes: Uint8Array = new Uint8Array(0);
  let spareShown: Uint8Array = new Uint8Array(0);

  return {
    takes: (links) => usable && links >= SPECKS_HELPER_FROM_LINKS && pace.next(),
    async write(version, arrays, edgeShown, from, camera, width, height) {
      const sent = heldVersion === version ? undefined : copied(arrays);
      sentArrays = sent !== undefined;
      heldVersion = version;
      const shown = spareShown.length === edgeShown.length ? spareShown : new Uint8Array(edgeShown.length);
      shown.set(edgeShown);
      const codes = spareCodes;
      spareShown = new Uint8Array(0);
      spareCodes = new Uint8Array(0);
      const transfer = [
        ...(sent ? [sent.x, sent.y, sent.source, sent.target, sent.edgeFlags].map((a) => a.buffer as ArrayBuffer) : []),
        shown.buffer as ArrayBuffer,
        codes.buffer as ArrayBuffer,
      ];
      try {
        const job: LinksJob = { version, arrays: sent, edgeShown: shown, from, camera, width, height, codes };
        const answer = await helper.run(job, { transfer }).done;
        if (!answer) return null;
        spareShown = answer.edgeShown;
        if (answer.written) return answer.codes;
        // Started anew since it was sent the arrays: they go with the next job.
        heldVersion = null;
        spareCodes = answer.codes;
        return null;
      } catch {
        // Not asked again: a helper that failed once (or could not start) would most likely fail again.
        usable = false;
        heldVersion = null;
        return null;
      }
    },
    giveBack(codes) {
      spareCodes = codes;
    },
    timed(ownMs, waitedMs) {
      if (!sentArrays) pace.timed(ownMs, waitedMs);
    },
  };
}
