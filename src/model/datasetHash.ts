// A short fingerprint of a dataset's content, so a link or a stored view can tell whether the data it was made
// on has changed since. FNV-1a (32 bits) over the canonical JSON: not a security hash, only a change detector.
import type { Dataset } from './schema';

export function datasetHash(dataset: Dataset): string {
  const text = JSON.stringify(dataset);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
