/**
 * A SQuAD part's articles loaded as a story set, and its questions on the articles that are not held
 * apart (`isHeldOut`): what the trainers and their cross-validation read. The corpus is never copied.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { StoryLibrary } from '../../src/library/storyLibrary.ts';
import { isHeldOut, readQuestions, type SquadQuestion } from '../eval/squadScore.ts';

/** `part`: `v1.1-dev` or `v2.0-part` under `shared`'s `corpora/squad`; exits naming `script` when absent. */
export async function openTuning(
  shared: string,
  part: string,
  script: string,
): Promise<{ snapshot: StorySnapshot; questions: SquadQuestion[] }> {
  const dir = join(shared, 'corpora', 'squad', part);
  if (!existsSync(dir)) {
    process.stderr.write(`${script}: ${dir} is absent\n`);
    process.exit(1);
  }
  const library = await StoryLibrary.open({
    dirs: [join(dir, 'stories')],
    cacheDir: join('.cache', part === 'v1.1-dev' ? 'train' : `train-${part}`),
    progress: false,
    workers: 0,
  });
  const questions = readQuestions(join(dir, 'questions.jsonl')).filter((q) => !isHeldOut(q.title));
  return { snapshot: library.snapshot, questions };
}
