// The ids of an import's records, each with its position (0, 1, 2… in the order added), in a few typed arrays: a
// Set of two million strings costs a few hundred megabytes and long garbage-collector pauses; this costs ~40 MB.
// Ids are kept as UTF-16 code units in one growing arena and found through an open-addressing hash table.

const EMPTY = 0;

export class IdIndex {
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  /** Where each id starts in `chars`; the next one's start is its end. */
  private starts = new Int32Array(1024);
  /**
   * Two numbers a slot, side by side so one memory read gets both: the id's hash (so most probes compare no
   * characters) and its position + 1 (0: a free slot).
   */
  private slots = new Int32Array(2 << 12);
  size = 0;

  /** Adds the id and returns its position, or returns -1 - (position of the id already there). */
  add(id: string): number {
    const hash = hashOf(id);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (let at = slots[slot * 2 + 1]!; at !== EMPTY; at = slots[slot * 2 + 1]!) {
      if (slots[slot * 2] === hash && this.equals(at - 1, id)) return -at;
      slot = (slot + 1) & mask;
    }
    const position = this.size++;
    this.store(id, position);
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = position + 1;
    if (this.size * 4 > slots.length) this.grow();
    return position;
  }

  /** The id's position, or -1. */
  get(id: string): number {
    const hash = hashOf(id);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (let at = slots[slot * 2 + 1]!; at !== EMPTY; at = slots[slot * 2 + 1]!) {
      if (slots[slot * 2] === hash && this.equals(at - 1, id)) return at - 1;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  has(id: string): boolean {
    return this.get(id) !== -1;
  }

  private store(id: string, position: number): void {
    if (position + 2 > this.starts.length) this.starts = grown(this.starts, position + 2);
    if (this.used + id.length > this.chars.length) this.chars = grown(this.chars, this.used + id.length);
    this.starts[position] = this.used;
    for (let i = 0; i < id.length; i++) this.chars[this.used + i] = id.charCodeAt(i);
    this.used += id.length;
    this.starts[position + 1] = this.used;
  }

  private equals(position: number, id: string): boolean {
    const start = this.starts[position]!;
    if (this.starts[position + 1]! - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let old = 0; old < this.slots.length; old += 2) {
      const at = this.slots[old + 1]!;
      if (at === EMPTY) continue;
      const hash = this.slots[old]!;
      let slot = hash & mask;
      while (slots[slot * 2 + 1] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot * 2] = hash;
      slots[slot * 2 + 1] = at;
    }
    this.slots = slots;
  }
}

function grown<T extends Uint16Array | Int32Array>(array: T, least: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, least));
  bigger.set(array);
  return bigger;
}

/** FNV-1a over the code units, then a final mix so that ids differing only at their end spread over the table. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
