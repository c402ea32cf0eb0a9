/**
 * Parsing across cores: a few worker threads, each running the engine. Jobs go out in batches; results
 * come back in order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParseOutcome } from '../engine/parseStory.ts';
import type { ParseJob } from './parseWorker.ts';

const BATCH = 64;

/**
 * The worker's entry. Built (`dist/`), it is the compiled worker module run by plain node. From the
 * TypeScript sources (tests, `npm run dev`), a tiny ES module that registers tsx, then imports the
 * TypeScript worker (passing `--import tsx` in execArgv is not enough on Node 20: the worker's entry is
 * resolved before the hooks).
 */
function workerEntry(): URL {
  if (import.meta.url.endsWith('.js')) return new URL('./parseWorker.js', import.meta.url);
  let api = 'tsx/esm/api';
  try {
    api = import.meta.resolve('tsx/esm/api');
  } catch {
    // Left as a bare name: resolved from the working folder.
  }
  const worker = new URL('./parseWorker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** How many workers to use by default: one per core, leaving one for the main thread on big machines. */
export function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores > 2 ? cores - 1 : cores;
}

/**
 * Parses all jobs on `workers` threads; `onProgress` is called with the number done so far. The
 * workers end when the jobs are done.
 */
export async function parseInWorkers(
  jobs: readonly ParseJob[],
  workers: number,
  onProgress?: (done: number) => void,
): Promise<ParseOutcome[]> {
  const outcomes = new Array<ParseOutcome>(jobs.length);
  let next = 0;
  let done = 0;
  const entry = workerEntry();
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= jobs.length) {
          resolve();
          return;
        }
        const start = next;
        next = Math.min(jobs.length, next + BATCH);
        worker.once('message', (batch: ParseOutcome[]) => {
          for (let i = 0; i < batch.length; i++) outcomes[start + i] = batch[i]!;
          done += batch.length;
          onProgress?.(done);
          send();
        });
        worker.postMessage(jobs.slice(start, next));
      };
      worker.once('error', reject);
      send();
    });
  const count = Math.max(1, Math.min(workers, Math.ceil(jobs.length / BATCH)));
  const pool = Array.from({ length: count }, () => new Worker(entry));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return outcomes;
}
