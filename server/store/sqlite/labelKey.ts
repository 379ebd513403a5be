// Exact names by key: the SQLite store keeps, for each entity, a number made from its folded label (table
// entity_labels, keyed by investigation, number, entity), so that the search's exact names are one B-tree lookup
// instead of an FTS5 phrase that reads the position lists of every word. Different labels may share a number: the
// caller compares the labels.

/** A 32-bit FNV-1a hash of the text's UTF-16 code units, as an unsigned integer. */
export function labelKey(folded: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * An import's label keys by the entity's place in it, handed to the table in key order at the finish: rows that
 * arrive in key order are appended at the end of the table's B-tree (the import's investigation sorts last), where
 * rows in the order of the entities would land all over it (5 µs a row at 2M, against well under 1).
 */
export class ImportLabels {
  private keys = new Uint32Array(1024);

  set(place: number, key: number): void {
    if (place >= this.keys.length) {
      const grown = new Uint32Array(Math.max(place + 1, this.keys.length * 2));
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[place] = key;
  }

  /** Each place (0 to count - 1) with its key, by key then place: a radix sort, 16 bits at a time (stable). */
  inKeyOrder(count: number, visit: (place: number, key: number) => void): void {
    const keys = this.keys;
    let order = Uint32Array.from({ length: count }, (_, i) => i);
    let next = new Uint32Array(count);
    for (const shift of [0, 16]) {
      const starts = new Uint32Array(65537);
      for (let i = 0; i < count; i++) starts[((keys[order[i]!]! >>> shift) & 0xffff) + 1]!++;
      for (let b = 1; b <= 65536; b++) starts[b]! += starts[b - 1]!;
      for (let i = 0; i < count; i++) {
        const place = order[i]!;
        next[starts[(keys[place]! >>> shift) & 0xffff]!++] = place;
      }
      [order, next] = [next, order];
    }
    for (let i = 0; i < count; i++) visit(order[i]!, keys[order[i]!]!);
  }
}
