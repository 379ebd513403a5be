// Where the team's shared folder is: the source articles (seeds) and the public sample graphs live beside the
// checkout in ../shared. A clone elsewhere (a CI work folder, say) finds it in the nearest folder above that
// has shared/<name>; an environment variable names it outright.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const CHECKOUT = resolve(import.meta.dirname, '..');

/** The folder, or where it would be beside the checkout when there is none (for messages that say so). */
export function sharedDir(name: 'seeds' | 'samples', override?: string, checkout = CHECKOUT): string {
  if (override) return resolve(override);
  const nearest = join(dirname(checkout), 'shared', name);
  for (let dir = dirname(checkout); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return nearest;
  }
}
