// Exact names by key: the SQLite store keeps, for each entity, a number made from its folded label (table
// entity_labels, indexed), so that the search's exact names are one B-tree lookup instead of an FTS5 phrase that
// reads the position lists of every word. Different labels may share a number: the caller compares the labels.

/** A 32-bit FNV-1a hash of the text's UTF-16 code units, as an unsigned integer. */
export function labelKey(folded: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
