/**
 * The command line as real processes, as people run it: `bin/newsbot.js` (plain node on the build) and
 * `npx newsbot` (the link `npm install` makes). Every command's behaviour is tested in-process
 * (tests/cli-*.test.ts); these check only that the built program starts, reads its arguments and
 * environment, and exits with the right status.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStoryFolder, REPO_ROOT } from '../helpers/storyFolder.ts';

const folder = makeStoryFolder();

afterAll(() => folder.cleanup());

function run(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: REPO_ROOT, env: { ...process.env, STORIES_DIR: folder.dir, CACHE_DIR: folder.cacheDir } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('newsbot as a process', () => {
  it('bin/newsbot.js ask answers from STORIES_DIR in the JSON shape of docs/cli.md', async () => {
    const result = await run(process.execPath, [
      join(REPO_ROOT, 'bin/newsbot.js'),
      'ask',
      'who said serious threat?',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(Object.keys(answer).sort()).toEqual(['answer', 'citations', 'extract', 'intent']);
    // A quotes question extracts no single phrase.
    expect(answer.extract).toBeNull();
    expect(answer.answer).toContain('serious threat');
  });

  it('npx newsbot runs the same program; bad input exits 1 with one line', async () => {
    const checked = await run('npx', ['--no-install', 'newsbot', 'check', '--json']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ errors: [] });
    const bad = await run('npx', ['--no-install', 'newsbot', 'stories', '--date', 'the twelfth of never']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
