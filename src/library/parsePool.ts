/**
 * Parsing across cores: a few worker threads, each running the engine. Jobs go out in batches; each
 * result comes back as it is done, and a watchdog stops a story that takes too long.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PARSE_STEPS, type ParseOutcome, type ParseStep, STORY_BUDGET_MS } from '../engine/parseStory.ts';
import { type ParsedCopy, type ParsedStory, unpackOutcome } from './parsedStory.ts';
import { PROGRESS_JOB, PROGRESS_STEP } from './parseSlots.ts';
import type { ParseBatch, ParseJob } from './parseWorker.ts';
import { textClaims } from './textClaims.ts';

const BATCH = 64;

/**
 * A parse of texts this small in all goes to one worker (or to those already started): a story of them
 * takes a few milliseconds, and starting another worker (the engine loaded and warmed, some 60 MB) costs
 * more CPU than it would save, on cores the answering thread shares.
 */
const ONE_WORKER_BYTES = 256 * 1024;

/** The workers a parse of `jobs` uses: one for a few small texts, else one per job up to `size`. */
function workersFor(jobs: readonly ParseJob[], size: number): number {
  let bytes = 0;
  for (const job of jobs) {
    // A file a worker reads: its size is not known here.
    if (job.raw === undefined) return Math.min(size, jobs.length);
    bytes += job.raw.length;
    if (bytes > ONE_WORKER_BYTES) return Math.min(size, jobs.length);
  }
  return 1;
}

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

/** A worker may take this long over the story budget before it is stopped (steps are checked between). */
const GRACE_MS = 500;
const WATCH_EVERY_MS = 100;

interface Lane {
  worker: Worker;
  /** Shared with the worker: the job it is parsing (index + 1) and the step (see parseWorker.ts). */
  progress: Int32Array;
  batch: number[];
  next: number;
  /** The job the watchdog last saw this worker on, and since when. */
  seenJob: number;
  seenAt: number;
  run: Run | null;
  /** The terms the worker numbered, in its order, as it sent them (see ParsedStory.terms). */
  terms: string[];
}

/** One call of `parse`: its jobs, what is waiting and what came back. */
interface Run {
  jobs: readonly ParseJob[];
  /** Which earlier job had each text, when the workers read files (see textClaims.ts). */
  claims: Int32Array | undefined;
  /** Given each outcome as it comes back (by job index); nothing is kept here once given. */
  onParsed: (index: number, parsed: ParsedStory | ParsedCopy) => void;
  /** Jobs waiting, as indexes, the next one last; stopped stories and the rest of their batch go back. */
  queue: number[];
  /** Jobs stopped for running out of time, with the step they were in. */
  stopped: Map<number, ParseStep>;
  batchSize: number;
  done: number;
  onProgress: ((done: number) => void) | undefined;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Parses stories on worker threads. A story still parsing `budgetMs` after it started is stopped (its
 * worker is replaced) and parsed again up to the step it was stuck in, so it loads with what finished
 * and a warning naming that step; the other stories never wait for it. Workers stay for `idleMs` after a
 * parse, so a burst of reloads starts them once; idle workers never keep the process alive.
 */
export class ParsePool {
  readonly #size: number;
  readonly #budgetMs: number;
  readonly #idleMs: number;
  readonly #entry = workerEntry();
  #lanes = new Set<Lane>();
  #idleTimer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> = Promise.resolve();

  constructor(size: number, options: { budgetMs?: number; idleMs?: number } = {}) {
    this.#size = Math.max(1, size);
    this.#budgetMs = options.budgetMs ?? STORY_BUDGET_MS;
    this.#idleMs = options.idleMs ?? 60_000;
  }

  /** Parses the jobs; `onProgress` gets the number done so far. Calls run one after another. */
  async parse(jobs: readonly ParseJob[], onProgress?: (done: number) => void): Promise<ParsedStory[]> {
    const outcomes = new Array<ParsedStory>(jobs.length);
    await this.parseEach(
      jobs,
      (index, parsed) => {
        // Without shareTexts every job is parsed.
        if (!('sameAs' in parsed)) outcomes[index] = parsed;
      },
      onProgress,
    );
    return outcomes;
  }

  /**
   * Parses the jobs, giving `onParsed` each outcome (by job index) as it comes back, so the caller can
   * take in the first stories while the workers parse the rest. With `shareTexts`, a file (a job with a
   * `path`) whose text an earlier job has comes back as a copy of that job (see textClaims.ts), maybe
   * before that job: the caller takes it in after. Calls run one after another.
   */
  parseEach(
    jobs: readonly ParseJob[],
    onParsed: Run['onParsed'],
    onProgress?: (done: number) => void,
    { shareTexts = false }: { shareTexts?: boolean } = {},
  ): Promise<void> {
    const result = this.#running.then(() => this.#parse(jobs, onParsed, onProgress, shareTexts));
    // The next call waits for this one, without holding on to its outcomes (all of a load's stories).
    this.#running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /**
   * Starts `count` workers now (at most the pool's size), ahead of a parse that may follow (a reload
   * lists and stats its files first), so that they load the engine meanwhile on the other cores. A
   * parse that needs more starts them then. Unused, they end after `idleMs`.
   */
  warm(count = this.#size): void {
    if ([...this.#lanes].some((lane) => lane.run)) return;
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    while (this.#lanes.size < Math.min(count, this.#size)) this.#start().worker.unref();
    this.#closeWhenIdle();
  }

  /** How many workers are started (for tests and figures). */
  get started(): number {
    return this.#lanes.size;
  }

  /** Ends every worker. */
  async close(): Promise<void> {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    const lanes = [...this.#lanes];
    this.#lanes.clear();
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }

  async #parse(
    jobs: readonly ParseJob[],
    onParsed: Run['onParsed'],
    onProgress: ((done: number) => void) | undefined,
    shareTexts: boolean,
  ): Promise<void> {
    if (jobs.length === 0) return;
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    // Workers already started are used whatever the parse (their start is paid for).
    const workers = Math.min(jobs.length, Math.max(workersFor(jobs, this.#size), this.#lanes.size));
    const run: Run = {
      claims: shareTexts ? textClaims(jobs.length) : undefined,
      jobs,
      onParsed,
      queue: jobs.map((_, i) => jobs.length - 1 - i),
      stopped: new Map(),
      // A few jobs are spread over every worker used too: one slow story must not hold up the rest (the
      // few small texts one worker parses alone cannot hold it long).
      batchSize: Math.max(1, Math.min(BATCH, Math.ceil(jobs.length / workers))),
      done: 0,
      onProgress,
      resolve: () => {},
      reject: () => {},
    };
    const finished = new Promise<void>((resolve, reject) => {
      run.resolve = resolve;
      run.reject = reject;
    });
    while (this.#lanes.size < workers) this.#start();
    const lanes = [...this.#lanes].slice(0, workers);
    for (const lane of lanes) {
      lane.worker.ref();
      lane.run = run;
      Atomics.store(lane.progress, PROGRESS_JOB, 0);
      lane.seenJob = 0;
      this.#send(lane);
    }
    const watchdog = setInterval(() => this.#watch(run), WATCH_EVERY_MS);
    try {
      await finished;
    } catch (error) {
      await this.close();
      throw error;
    } finally {
      clearInterval(watchdog);
      for (const lane of this.#lanes) {
        lane.run = null;
        lane.worker.unref();
      }
    }
    this.#closeWhenIdle();
  }

  /**
   * Ends the workers after `idleMs` without a parse. Made apart from #parse: a closure made there would
   * share its scope, keeping the run, its progress callback and the caller's outcomes (a whole load's
   * stories) alive for as long as the timer waits.
   */
  #closeWhenIdle() {
    this.#idleTimer = setTimeout(() => void this.close(), this.#idleMs);
    this.#idleTimer.unref();
  }

  #start(): Lane {
    const progress = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(this.#entry, { workerData: { progress } });
    const lane: Lane = { worker, progress, batch: [], next: 0, seenJob: 0, seenAt: 0, run: null, terms: [] };
    this.#lanes.add(lane);
    worker.on('message', (parsed: ParsedStory | ParsedCopy) => {
      // Learnt whatever the run: the worker sends each term once.
      if ('terms' in parsed && parsed.terms) {
        if (parsed.terms.added !== '')
          for (const term of parsed.terms.added.split('\n')) lane.terms.push(term);
        parsed.terms.known = lane.terms;
      }
      const run = lane.run;
      if (!run) return;
      const index = lane.batch[lane.next]!;
      lane.next++;
      run.onParsed(index, parsed);
      run.onProgress?.(++run.done);
      if (lane.next >= lane.batch.length) this.#send(lane);
    });
    worker.on('error', (error) => {
      const run = lane.run;
      const current = Atomics.load(progress, PROGRESS_JOB) - 1;
      this.#lanes.delete(lane);
      if (!run) return;
      // A worker that dies inside a story (out of memory) fails that story only; one that cannot
      // start fails the parse, and the caller parses without workers.
      if (current < 0 || lane.batch[lane.next] !== current) {
        run.reject(error);
        return;
      }
      run.onParsed(current, {
        outcome: { ok: false, error: `parser error: ${error.message}` },
        counts: null,
      });
      run.onProgress?.(++run.done);
      this.#replace(lane, 1);
    });
    return lane;
  }

  #send(lane: Lane) {
    const run = lane.run!;
    lane.batch = run.queue.splice(Math.max(0, run.queue.length - run.batchSize)).reverse();
    lane.next = 0;
    lane.seenAt = performance.now();
    if (lane.batch.length === 0) {
      if (run.queue.length === 0 && [...this.#lanes].every((other) => other.batch.length === 0))
        run.resolve();
      return;
    }
    const batch: ParseBatch = {
      ...(run.claims ? { claims: run.claims } : {}),
      jobs: lane.batch.map((index) => {
        const stoppedIn = run.stopped.get(index);
        return stoppedIn ? { ...run.jobs[index]!, stoppedIn } : run.jobs[index]!;
      }),
      indexes: lane.batch,
      budgetMs: this.#budgetMs,
    };
    lane.worker.postMessage(batch);
  }

  /** Ends a lane's worker, puts back the jobs after the first `skipped` it had left, goes on with a new one. */
  #replace(lane: Lane, skipped: number) {
    const run = lane.run!;
    this.#lanes.delete(lane);
    lane.run = null;
    void lane.worker.terminate();
    run.queue.push(...lane.batch.slice(lane.next + skipped).reverse());
    lane.batch = [];
    const fresh = this.#start();
    fresh.run = run;
    this.#send(fresh);
  }

  /** Stops a story that has run past the budget, to be parsed again up to the step it is in. */
  #watch(run: Run) {
    const now = performance.now();
    for (const lane of this.#lanes) {
      if (lane.run !== run) continue;
      const job = Atomics.load(lane.progress, PROGRESS_JOB);
      if (job !== lane.seenJob) {
        lane.seenJob = job;
        lane.seenAt = now;
        continue;
      }
      const current = job - 1;
      if (current < 0 || lane.batch[lane.next] !== current || now - lane.seenAt < this.#budgetMs + GRACE_MS)
        continue;
      // A second try runs only the steps that finished in the first: stopping it again, as a loaded
      // machine's slower clock would, could only take away what the first try had.
      if (run.stopped.has(current)) continue;
      const step = PARSE_STEPS[Atomics.load(lane.progress, PROGRESS_STEP)] ?? 'layout';
      run.stopped.set(current, step);
      this.#replace(lane, 0);
    }
  }
}

/** Parses all jobs on `workers` threads started for this call (see ParsePool); the stories unpacked. */
export async function parseInWorkers(
  jobs: readonly ParseJob[],
  workers: number,
  onProgress?: (done: number) => void,
  budgetMs = STORY_BUDGET_MS,
): Promise<Array<{ outcome: ParseOutcome }>> {
  const pool = new ParsePool(workers, { budgetMs, idleMs: 0 });
  try {
    return (await pool.parse(jobs, onProgress)).map(({ outcome }) => ({ outcome: unpackOutcome(outcome) }));
  } finally {
    await pool.close();
  }
}
