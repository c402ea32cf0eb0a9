/** The story set the answer sections ask over: the seed, Reuters and the PolNeAR test and dev stories. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryLibrary } from '../../src/library/storyLibrary.ts';

/** The loaded set, or why it cannot be loaded here (a folder of `../shared` is absent). */
export async function openAnswerLibrary(
  shared: string,
): Promise<{ library: StoryLibrary; dirs: string[] } | { skipped: string }> {
  const dirs = [
    join(shared, 'seed'),
    join(shared, 'corpora', 'reuters21578', 'stories'),
    join(shared, 'corpora', 'polnear', 'test', 'stories'),
    join(shared, 'corpora', 'polnear', 'dev', 'stories'),
  ];
  const missing = dirs.find((dir) => !existsSync(dir));
  if (missing)
    return { skipped: `needs the seed, Reuters and PolNeAR test and dev stories; absent: ${missing}` };
  const { StoryLibrary } = await import('../../src/library/storyLibrary.ts');
  const library = await StoryLibrary.open({
    dirs,
    cacheDir: join('.cache', 'eval'),
    progress: false,
    workers: 0,
  });
  return { library, dirs };
}
