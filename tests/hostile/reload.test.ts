/**
 * A reload of a story near the 2 MB limit, through the library with its real parse workers: the work
 * left to the thread that answers (taking the story in, indexing its sentences and copies, writing the
 * cache) runs in short steps, so no turn of the event loop waits long for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES, hostileStory } from '../../scripts/bench/hostileShapes.ts';
import { StoryLibrary } from '../../src/library/storyLibrary.ts';
import { makeStoryFolder, type StoryFolder } from '../helpers/storyFolder.ts';

const SCHEDSTAT = '/proc/thread-self/schedstat';

/**
 * This thread's time on a CPU, in ms, where the system says (Linux): unlike the time between two turns
 * of the event loop, it does not grow while other processes hold the cores. Elsewhere, the wall clock.
 */
const threadMs: () => number = existsSync(SCHEDSTAT)
  ? () => Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6
  : () => performance.now();

/**
 * Runs `work` while a timer ticks every millisecond; returns the most of this thread's CPU time one
 * turn of the event loop took, and the event-loop delay's maximum (wall time, for the message).
 */
async function longestTurn(work: () => Promise<unknown>): Promise<{ cpuMs: number; delayMs: number }> {
  let running = true;
  let last = threadMs();
  let longest = 0;
  const tick = () => {
    const now = threadMs();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 1);
  };
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  tick();
  try {
    await work();
  } finally {
    running = false;
    delay.disable();
  }
  return { cpuMs: longest, delayMs: delay.max / 1e6 };
}

/** More than this of one turn would hold an answer noticeably: these stories held 110-250 ms in one step. */
const TURN_MS = 100;

describe('a reload of a story near the size limit', () => {
  let folder: StoryFolder;
  let library: StoryLibrary;
  beforeAll(async () => {
    folder = makeStoryFolder();
    library = await StoryLibrary.open({
      dirs: [folder.dir],
      cacheDir: folder.cacheDir,
      progress: false,
      verifyAfterReady: true,
      storyTextOnDisk: true,
    });
    await library.verified;
  }, 60_000);
  afterAll(async () => {
    await library?.flushCache();
    folder?.cleanup();
  });

  // Short lines: its layout runs out of time, so it loads as one paragraph of 2 MB (sentences found in it
  // all at once took 250 ms). Quotes said: 23,000 paragraphs and 117,000 sentences, as the bot's test.
  for (const [shape, bytes] of [
    ['short lines', 1_990_000],
    ['quotes said', 1_900_000],
  ] as const)
    it(`takes in a ${shape} story in turns of at most ${TURN_MS} ms of this thread, the cache write included`, {
      timeout: 120_000,
    }, async () => {
      const name = `huge-${shape.replace(' ', '-')}`;
      folder.write(`${name}.txt`, hostileStory(HOSTILE_SHAPES.find((each) => each.name === shape)!, bytes));
      const before = library.snapshot.stories.length;
      const { cpuMs, delayMs } = await longestTurn(async () => {
        const report = await library.reload();
        expect(report.added).toEqual([`${name}.txt`]);
        await library.flushCache();
      });
      console.info(
        `${shape}, ${bytes} bytes: longest turn ${cpuMs.toFixed(1)} ms of this thread, event-loop delay up to ${delayMs.toFixed(0)} ms`,
      );
      expect(library.snapshot.stories.length).toBe(before + 1);
      expect(library.snapshot.byId.has(name)).toBe(true);
      expect(cpuMs, `event-loop delay up to ${delayMs.toFixed(0)} ms`).toBeLessThan(TURN_MS);
    });
});
