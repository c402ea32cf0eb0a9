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
