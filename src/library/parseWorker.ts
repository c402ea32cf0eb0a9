/** A parse worker: parses the story texts it is sent and posts the outcomes back, in order. */
import { parentPort } from 'node:worker_threads';
import { type ParseOutcome, parseStory } from '../engine/parseStory.ts';

export interface ParseJob {
  raw: string;
  file: string;
}

parentPort?.on('message', (jobs: ParseJob[]) => {
  const outcomes: ParseOutcome[] = jobs.map((job) => parseStory(job.raw, job.file));
  parentPort!.postMessage(outcomes);
});
