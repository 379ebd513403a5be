// How a source is named in the UI: outlet and author where known, else its headline.
import type { Source } from '../model/schema';

export function sourceLabel(source: Source): string {
  const who = [source.outlet, source.author].filter(Boolean).join(', ');
  return who ? `${who}: “${source.title}”` : `“${source.title}”`;
}
