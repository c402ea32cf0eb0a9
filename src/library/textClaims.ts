/**
 * Which job of a parse first had each text, shared by every parse worker of that parse (one
 * SharedArrayBuffer): a file whose text an earlier job has is not parsed again, whichever worker has that
 * job. Keyed by the first 32 bits of the text's SHA-1, so a claim names a candidate only: the loader
 * checks the whole hash before taking the story.
 */

/** A table for up to `texts` texts: twice as many slots of [key, job index + 1], so probes stay short. */
export function textClaims(texts: number): Int32Array {
  let slots = 16;
  while (slots < texts * 2) slots *= 2;
  return new Int32Array(new SharedArrayBuffer(slots * 2 * Int32Array.BYTES_PER_ELEMENT));
}

/**
 * Claims the text of hash `sha1` (hex) for job `index`: the earlier job that claimed it first, or -1
 * when this job is the first (or the first is a later job, or has not yet said which it is), and
 * parses it.
 */
export function claimText(claims: Int32Array, sha1: string, index: number): number {
  const key = Number.parseInt(sha1.slice(0, 8), 16) | 0 || 1;
  const mask = claims.length / 2 - 1;
  for (let slot = Number.parseInt(sha1.slice(8, 16), 16) & mask; ; slot = (slot + 1) & mask) {
    const at = slot * 2;
    const held = Atomics.compareExchange(claims, at, 0, key);
    if (held === 0) {
      Atomics.store(claims, at + 1, index + 1);
      return -1;
    }
    if (held === key) {
      const first = Atomics.load(claims, at + 1) - 1;
      return first >= 0 && first < index ? first : -1;
    }
  }
}
