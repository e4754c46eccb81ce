// A small seeded PRNG: the same seed gives the same numbers in Node and in every browser, so the seeded histories
// are identical behind Express and behind MSW, run after run.

/** A 32-bit FNV-1a hash of a string: the seed of one payment's numbers. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Random numbers in [0, 1) from a seed (mulberry32: tiny, fast, and good enough to vary a mock history). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Numbers for one named thing (`owner|programme|month`): each payment's randomness depends on nothing else. */
export function randomFor(key: string): () => number {
  return seededRandom(hashSeed(key));
}
