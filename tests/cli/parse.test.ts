/** `newsbot parse` and `newsbot check`, called in-process, on files written for each case. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsbot as run } from '../helpers/cli.ts';
import { REPO_ROOT as repo } from '../helpers/storyFolder.ts';

const newsbot = (args: string[], cwd = repo) => run(args, { cwd, env: { STORIES_DIR: '' } });

let dir: string;
const good = [
  'date 2019-03-12 LYON, March 12 The city council approved the quays plan',
  'on Tuesday after a long debate.',
  '"We listened to every shop owner," Mayor Claire Dumontet told reporters.',
  '',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-cli-parse-'));
  mkdirSync(join(dir, 'set', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'good.txt'), good);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(
    join(dir, 'latin1.txt'),
    Buffer.from('date 2020-01-02 PARIS, Jan 2 Caf\u00e9 cr\u00e8me.\n', 'latin1'),
  );
  writeFileSync(join(dir, 'nodate.txt'), 'The council met on Monday and approved the plan.\n');
  writeFileSync(join(dir, 'set', 'good.txt'), good);
  writeFileSync(join(dir, 'set', 'sub', 'nodate.txt'), 'The council met on Monday.\n');
  writeFileSync(join(dir, 'set', 'sub', 'empty.md'), '');
  mkdirSync(join(dir, 'clean'));
  writeFileSync(join(dir, 'clean', 'one.txt'), good);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('newsbot parse', () => {
  it('prints one JSON document with the story in the contract shape', async () => {
    const file = join(dir, 'good.txt');
    const run = await newsbot(['parse', file, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.errors).toEqual([]);
    expect(out.stories).toHaveLength(1);
    const story = out.stories[0];
    expect(story).toMatchObject({ id: 'good', file, date: '2019-03-12' });
    expect(story.dateline.text).toBe('LYON, March 12');
    expect(typeof story.headline).toBe('string');
    expect(story.headline.length).toBeGreaterThan(0);
    expect(story.headline.length).toBeLessThanOrEqual(100);
    expect(typeof story.summary).toBe('string');
    for (const key of ['places', 'people', 'quotes']) expect(Array.isArray(story[key])).toBe(true);
    for (const quote of story.quotes) {
      expect(['direct', 'partial', 'indirect']).toContain(quote.kind);
      expect(quote.span).toHaveLength(2);
    }
  });

  it('reports unusable files by the path given, parses the rest, and exits 1', async () => {
    const files = ['empty.txt', 'binary.txt', 'latin1.txt', 'nodate.txt', 'good.txt', 'missing.txt'];
    const run = await newsbot(['parse', ...files, '--json'], dir);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.stories.map((story: { file: string }) => story.file)).toEqual(['nodate.txt', 'good.txt']);
    expect(out.stories[0].date).toBeNull();
    const reasons = Object.fromEntries(
      out.errors.map((error: { file: string; reason: string }) => [error.file, error.reason]),
    );
    expect(Object.keys(reasons)).toEqual(['empty.txt', 'binary.txt', 'latin1.txt', 'missing.txt']);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/not UTF-8/);
    expect(reasons['missing.txt']).toMatch(/no such file/);
    expect(run.stderr).toMatch(/nodate\.txt: no date/);
  });

  it('prints a readable summary without --json', async () => {
    const run = await newsbot(['parse', join(dir, 'good.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2019-03-12');
    expect(run.stdout).toContain('[good]');
    expect(run.stdout).toMatch(/Quotes \(\d+\):/);
  });

  it('refuses to run without a file, with a one-line reason', async () => {
    const run = await newsbot(['parse', '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/at least one story file/);
  });
});

describe('newsbot check', () => {
  it('counts the stories, lists errors and warnings by path inside the folder, and exits 1', async () => {
    const run = await newsbot(['check', '--stories', join(dir, 'set'), '--json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.stories).toBe(2);
    expect(out.errors).toEqual([{ file: 'sub/empty.md', reason: 'empty file' }]);
    expect(out.warnings).toContainEqual({
      file: 'sub/nodate.txt',
      reason: expect.stringMatching(/no date/),
    });
  });

  it('exits 0 on a clean set', async () => {
    const run = await newsbot(['check', '--stories', join(dir, 'clean'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ stories: 1, errors: [], warnings: [] });
  });

  it('reports a missing folder as an error and exits 1', async () => {
    const missing = join(dir, 'no-such-folder');
    const run = await newsbot(['check', '--stories', missing, '--json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.stories).toBe(0);
    expect(out.errors[0].file).toBe(missing);
    expect(out.errors[0].reason).toMatch(/unavailable/);
  });

  it('checks the sample stories shipped in the repository without errors', async () => {
    const run = await newsbot(['check', '--stories', join(repo, 'stories'), '--json']);
    const out = JSON.parse(run.stdout);
    expect(out.errors).toEqual([]);
    expect(out.stories).toBeGreaterThanOrEqual(6);
    expect(run.code).toBe(0);
  });
});
