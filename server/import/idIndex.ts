// The ids of an import's records, each with its position (0, 1, 2… in the order added), in a few typed arrays: a
// Set of two million strings costs a few hundred megabytes and long garbage-collector pauses; this costs about
// 40 bytes an id.
// Ids are found through an open-addressing hash table; a short id is kept in its slot, a longer one as UTF-16 code
// units in one growing arena.

const EMPTY = 0;
/**
 * Four numbers a slot, side by side so one memory read gets them: the id's hash (so most probes compare no
 * characters), its position + 1 (0: a free slot), then the id itself when it is short, else where its characters
 * start in the arena. Most ids are short (`o123456`): a lookup then reads one place in memory, not two, and on a big
 * import each place is a cache miss. A short id has 1 to 8 characters, each from 1 to 255, packed four to a number
 * (the first character never 0, which tells the two kinds apart); a slot with a long id holds 0 and the arena start.
 */
const SLOT = 4;
/** The arena keeps each long id's length in one code unit; ids are at most 1000 characters (model/ids.ts). */
const MAX_LENGTH = 0xffff;

/** The id's characters packed as a short id holds them (`low`: the first four), or false for an id too long or wide. */
function pack(id: string, into: Int32Array): boolean {
  if (id.length === 0 || id.length > 8) return false;
  let low = 0;
  let high = 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c === 0 || c > 0xff) return false;
    if (i < 4) low |= c << (i * 8);
    else high |= c << ((i - 4) * 8);
  }
  into[0] = low;
  into[1] = high;
  return true;
}

export class IdIndex {
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  private slots = new Int32Array(SLOT << 12);
  private mask = (1 << 12) - 1;
  /** The id looked for, packed (see pack). */
  private readonly packed = new Int32Array(2);
  /** The hash of the id looked for, and whether it is short (packed). */
  private hash = 0;
  private short = false;
  size = 0;

  /** Adds the id and returns its position, or returns -1 - (position of the id already there). */
  add(id: string): number {
    const slot = this.find(id);
    const slots = this.slots;
    const at = slots[slot * SLOT + 1]!;
    if (at !== EMPTY) return -at;
    const position = this.size++;
    slots[slot * SLOT] = this.hash;
    slots[slot * SLOT + 1] = position + 1;
    if (this.short) {
      slots[slot * SLOT + 2] = this.packed[0]!;
      slots[slot * SLOT + 3] = this.packed[1]!;
    } else {
      slots[slot * SLOT + 2] = 0;
      slots[slot * SLOT + 3] = this.store(id);
    }
    if (this.size * 2 > this.mask + 1) this.grow();
    return position;
  }

  /** The id's position, or -1. */
  get(id: string): number {
    return this.slots[this.find(id) * SLOT + 1]! - 1;
  }

  has(id: string): boolean {
    return this.get(id) !== -1;
  }

  /** The slot that holds the id, or the free slot where it would go. */
  private find(id: string): number {
    const hash = (this.hash = hashOf(id));
    const slots = this.slots;
    const mask = this.mask;
    const short = (this.short = pack(id, this.packed));
    const low = this.packed[0]!;
    const high = this.packed[1]!;
    let slot = hash & mask;
    while (slots[slot * SLOT + 1] !== EMPTY) {
      if (slots[slot * SLOT] === hash) {
        const first = slots[slot * SLOT + 2]!;
        if (
          short
            ? first === low && slots[slot * SLOT + 3] === high
            : first === 0 && this.equals(slots[slot * SLOT + 3]!, id)
        )
          return slot;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
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
      let slot = old[from]! & mask;
      while (slots[slot * SLOT + 1] !== EMPTY) slot = (slot + 1) & mask;
      for (let k = 0; k < SLOT; k++) slots[slot * SLOT + k] = old[from + k]!;
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
