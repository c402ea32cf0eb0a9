/**
 * A parse worker: parses the story texts it is sent (or reads their files first) and posts each outcome
 * back as soon as it is done, in order. While it parses, `workerData.progress` holds the job's index + 1 and the step running, so
 * the pool's watchdog can stop a story that runs out of time and name the step.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type ParseOutcome, type ParseStep, parseStory } from '../engine/parseStory.ts';
import { type ParsedCopy, type ParsedStory, packOutcome } from './parsedStory.ts';
import { PROGRESS_JOB, PROGRESS_STEP } from './parseSlots.ts';
import { storyTerms } from './sentenceIndex.ts';
import { readStoryFileSync } from './storyFiles.ts';
import { claimText } from './textClaims.ts';
import { Vocabulary } from './textIndex.ts';

/** A story to parse: its text, or the path of its file for the worker to read (a cold load's many files). */
export interface ParseJob {
  raw?: string;
  /** Read without following a link (see readStoryFile), checked and hashed here. */
  path?: string;
  file: string;
  /** The step an earlier try ran out of time in (see ParseOptions). */
  stoppedIn?: ParseStep;
}

/** A batch as sent to a worker: the jobs and their indexes in the whole load. */
export interface ParseBatch {
  jobs: ParseJob[];
  indexes: number[];
  /** Which earlier job of the parse had each text, shared by its workers (see textClaims.ts). */
  claims?: Int32Array;
  /** The time budget of each story (see ParseOptions). */
  budgetMs: number;
}

const progress = (workerData as { progress?: Int32Array } | null)?.progress;

// The first parse in a thread builds the engine's lazy tables; done here, before any story's clock
// starts, so the watchdog never takes that for a slow story.
parseStory(
  'date 2014-09-15\nPARIS, Sept 15 (Reuters) - The United States on Monday ruled out talks with Iran, ' +
    'Secretary of State John Kerry said in Paris.\n    "We will not do it," he told reporters. ' +
    'Iran\'s Supreme Leader Ali Khamenei said the offer was "hollow".\n',
  'warm-up.txt',
);

/** The terms this thread has met, numbered in that order: a story's terms are sent as these numbers. */
const ownTerms = new Vocabulary();
/** How many of them were sent. */
let sentTerms = 0;

/** The terms met since the last story sent, joined by newlines (sent once, with that story). */
function addedTerms(): string {
  const added = ownTerms.terms.slice(sentTerms).join('\n');
  sentTerms = ownTerms.terms.length;
  return added;
}

parentPort?.on('message', (batch: ParseBatch) => {
  batch.jobs.forEach((job, i) => {
    if (progress) {
      Atomics.store(progress, PROGRESS_STEP, 0);
      Atomics.store(progress, PROGRESS_JOB, batch.indexes[i]! + 1);
    }
    const read = job.path === undefined ? null : readStoryFileSync(job.path, { noFollow: true });
    if (read && !read.ok) {
      parentPort!.postMessage({
        outcome: { ok: false, error: read.reason },
        counts: null,
      } satisfies ParsedStory);
      return;
    }
    // A text an earlier job of this parse has is that job's story (the loader checks the whole hash).
    const first = read && batch.claims ? claimText(batch.claims, read.sha1, batch.indexes[i]!) : -1;
    if (read && first >= 0) {
      parentPort!.postMessage({ sameAs: first, sha1: read.sha1 } satisfies ParsedCopy);
      return;
    }
    const outcome: ParseOutcome = parseStory(read ? read.text : job.raw!, job.file, {
      budgetMs: batch.budgetMs,
      ...(job.stoppedIn ? { stoppedIn: job.stoppedIn } : {}),
      ...(progress ? { onStep: (step: number) => Atomics.store(progress, PROGRESS_STEP, step) } : {}),
    });
    // Its counted terms and its sentences' go with it, so the thread that indexes it need not read its
    // text again.
    const terms = outcome.ok ? storyTerms(outcome.story, ownTerms) : null;
    const parsed: ParsedStory = {
      outcome: packOutcome(outcome),
      counts: terms?.counts ?? null,
      ...(terms ? { sentences: terms.sentences, terms: { added: addedTerms() } } : {}),
      ...(read ? { sha1: read.sha1 } : {}),
    };
    parentPort!.postMessage(parsed, ownBuffers(parsed));
  });
});

/**
 * The buffers of the typed arrays in `value` that own the whole of theirs, to move rather than copy: a
 * story of 2 MB sends some 14 MB of columns and sentences, and copying them in took the thread that
 * answers 20-85 ms in one turn. (A `Buffer` cut from Node's shared pool does not own its buffer.)
 */
function ownBuffers(value: unknown, found: ArrayBuffer[] = []): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    const { buffer } = value;
    if (
      buffer instanceof ArrayBuffer &&
      value.byteOffset === 0 &&
      value.byteLength === buffer.byteLength &&
      !found.includes(buffer)
    )
      found.push(buffer);
  } else if (Array.isArray(value)) for (const item of value) ownBuffers(item, found);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) ownBuffers(item, found);
  return found;
}
