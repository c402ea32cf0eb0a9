/**
 * Whether a story set fits in the heap Node allows: past the limit the process dies mid-load with a
 * V8 out-of-memory error, so a set too large is said plainly before the load, with the fix.
 */
import { getHeapStatistics } from 'node:v8';

/**
 * Peak heap per loaded story: Reuters stories (about 0.8 KB of text each) exhaust Node's default
 * 4.1 GB heap near 950k stories. Heap grows by 4.2 KB a story after the load, more while it runs.
 */
const HEAP_BYTES_PER_STORY = 4_600;

const MB = 2 ** 20;

/** The warning for a set of `stories` that will not fit in `heapLimit` bytes, or null when it fits. */
export function heapShortfall(
  stories: number,
  heapLimit: number = getHeapStatistics().heap_size_limit,
  bytesPerStory: number = HEAP_BYTES_PER_STORY,
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
