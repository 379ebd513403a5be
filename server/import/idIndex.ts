// The ids of an import's records, each with its position (0, 1, 2… in the order added), in a few typed arrays: a
// Set of two million strings costs a few hundred megabytes and long garbage-collector pauses; this costs about
// 40 bytes an id.
// Ids are kept as UTF-16 code units in one growing arena and found through an open-addressing hash table.

const EMPTY = 0;
/**
 * Three numbers a slot, side by side so one memory read gets them: the id's hash (so most probes compare no
 * characters), its position + 1 (0: a free slot), and where its characters start in the arena, after its length.
 * A lookup then reads two places in memory (the slot, the characters), which on a big import are two cache misses.
 */
const SLOT = 3;
/** The arena keeps each id's length in one code unit; ids are at most 1000 characters (model/ids.ts). */
const MAX_LENGTH = 0xffff;

export class IdIndex {
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  private slots = new Int32Array(SLOT << 12);
  private mask = (1 << 12) - 1;
  size = 0;

  /** Adds the id and returns its position, or returns -1 - (position of the id already there). */
  add(id: string): number {
    const hash = hashOf(id);
    const slots = this.slots;
    const mask = this.mask;
    let slot = hash & mask;
    for (let at = slots[slot * SLOT + 1]!; at !== EMPTY; at = slots[slot * SLOT + 1]!) {
      if (slots[slot * SLOT] === hash && this.equals(slots[slot * SLOT + 2]!, id)) return -at;
      slot = (slot + 1) & mask;
    }
    const position = this.size++;
    slots[slot * SLOT] = hash;
    slots[slot * SLOT + 1] = position + 1;
    slots[slot * SLOT + 2] = this.store(id);
    if (this.size * 2 > mask + 1) this.grow();
    return position;
  }

  /** The id's position, or -1. */
  get(id: string): number {
    const hash = hashOf(id);
    const slots = this.slots;
    const mask = this.mask;
    let slot = hash & mask;
    for (let at = slots[slot * SLOT + 1]!; at !== EMPTY; at = slots[slot * SLOT + 1]!) {
      if (slots[slot * SLOT] === hash && this.equals(slots[slot * SLOT + 2]!, id)) return at - 1;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  has(id: string): boolean {
    return this.get(id) !== -1;
  }

  /** Appends the id's length and characters to the arena; returns where they start. */
  private store(id: string): number {
    if (id.length > MAX_LENGTH) throw new RangeError(`An id of ${id.length} characters is too long to index.`);
    if (this.used + 1 + id.length > this.chars.length) this.chars = grown(this.chars, this.used + 1 + id.length);
    const start = this.used;
    this.chars[start] = id.length;
    for (let i = 0; i < id.length; i++) this.chars[start + 1 + i] = id.charCodeAt(i);
    this.used += 1 + id.length;
    return start;
  }

  private equals(start: number, id: string): boolean {
    const chars = this.chars;
    if (chars[start] !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (chars[start + 1 + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array((mask + 1) * SLOT);
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 1] === EMPTY) continue;
      const hash = old[from]!;
      let slot = hash & mask;
      while (slots[slot * SLOT + 1] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot * SLOT] = hash;
      slots[slot * SLOT + 1] = old[from + 1]!;
      slots[slot * SLOT + 2] = old[from + 2]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grown(array: Uint16Array<ArrayBuffer>, least: number): Uint16Array<ArrayBuffer> {
  const bigger = new Uint16Array(Math.max(array.length * 2, least));
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
