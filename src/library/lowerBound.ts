/**
 * The first position of a sorted list (`from .. to`) whose value is at least `key`, `to` when none is:
 * where `key` is, or would go.
 */
export function lowerBound<T extends number | string>(
  list: ArrayLike<T>,
  key: T,
  from = 0,
  to = list.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `sorted` with `items` (in the same order) put in, each where a binary search from the last one's place
 * finds it, the stretches between copied: a few items put into a long list without sorting it again.
 * `before(a, b)`: whether `a` comes before `b`.
 */
export function withSorted(
  sorted: Uint32Array,
  items: readonly number[],
  before: (a: number, b: number) => boolean,
): Uint32Array {
  const out = new Uint32Array(sorted.length + items.length);
  let at = 0;
  let next = 0;
  for (const item of items) {
    let lo = next;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(sorted[mid]!, item)) lo = mid + 1;
      else hi = mid;
    }
    out.set(sorted.subarray(next, lo), at);
    at += lo - next;
    next = lo;
    out[at++] = item;
  }
  out.set(sorted.subarray(next), at);
  return out;
}
