/**
 * Long builds written once as steps (a generator that yields between small pieces of work) and run
 * either at once, or in slices of a few milliseconds between turns of the event loop, so that a reload
 * of a large set never holds an answer up.
 */

/** A build that yields between pieces of work and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A slice's length: answers waiting behind it wait at most about this long. */
const SLICE_MS = 4;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the steps in slices of about `sliceMs`, letting the event loop run between slices. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= sliceEnd) {
      await nextTurn();
      sliceEnd = performance.now() + sliceMs;
    }
  }
}

/** How often (in items) a loop over many small items yields: a clock read per item costs more than the item. */
export const ITEMS_PER_STEP = 256;
