// mulberry32: a tiny seeded generator of numbers in [0, 1), for everything that must come out the same on every
// run: the benchmark's graphs, the fuzz test's mutants, the bundled story's stored layout.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
