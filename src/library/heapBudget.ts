/**
 * Whether a story set fits in the heap Node allows: past the limit the process dies mid-load with a
 * V8 out-of-memory error, so a set too large is said plainly before the load, with the fix.
 */
import { getHeapStatistics } from 'node:v8';

/**
 * Peak heap per story a load parses: each parsed story is held as objects (quotes, paragraphs, offset
 * maps) until the set is stored in columns. Measured on Reuters stories (about 0.8 KB of text each):
 * a cold load of 19,043 ran out of a 160 MB heap and fitted in 200 MB.
 */
const HEAP_BYTES_PER_PARSED_STORY = 10_500;
/** Peak heap per story read from the parse cache (the estimate from the days of stories as objects). */
const HEAP_BYTES_PER_CACHED_STORY = 4_600;

/** The peak heap per story of a load of `stories` of which `cached` come from the parse cache. */
export function heapBytesPerStory(stories: number, cached: number): number {
  const fromCache = Math.min(Math.max(0, cached), stories);
  if (stories <= 0) return HEAP_BYTES_PER_CACHED_STORY;
  return Math.round(
    (fromCache * HEAP_BYTES_PER_CACHED_STORY + (stories - fromCache) * HEAP_BYTES_PER_PARSED_STORY) / stories,
  );
}

const MB = 2 ** 20;

/** The warning for a set of `stories` that will not fit in `heapLimit` bytes, or null when it fits. */
export function heapShortfall(
  stories: number,
  heapLimit: number = getHeapStatistics().heap_size_limit,
  bytesPerStory: number = HEAP_BYTES_PER_PARSED_STORY,
): string | null {
  const needed = stories * bytesPerStory;
  if (needed <= heapLimit) return null;
  const fits = Math.floor(heapLimit / bytesPerStory);
  // A quarter more than the estimate: the estimate is from one corpus, and stories vary in length.
  const neededMb = Math.ceil((needed * 1.25) / MB / 256) * 256;
  return (
    `${stories} stories need about ${Math.ceil(needed / MB)} MB of heap but Node allows ` +
    `${Math.floor(heapLimit / MB)} MB, which holds about ${fits} stories: the load will likely run out ` +
    `of memory. Start with NODE_OPTIONS=--max-old-space-size=${neededMb} (and that much memory free), ` +
    `or load at most ${fits} stories.`
  );
}
