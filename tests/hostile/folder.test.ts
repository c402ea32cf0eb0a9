/**
 * The story folder is a boundary and the parse cache cannot be fooled: links out of the folder are
 * reported and never read, a planted file cannot take a story's id, an edit that restores its mtime is
 * still seen, and a cache that cannot be written leaves no temp file and is reported once.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoryLibrary } from '../../src/library/index.ts';
import { cacheFileFor, cacheWriteProblem } from '../../src/library/parseCache.ts';
import { listStoryFiles, MAX_STORY_BYTES, readStoryFileSync } from '../../src/library/storyFiles.ts';
import { REPO_ROOT } from '../helpers/storyFolder.ts';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbot-hostile-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const story = (words: string) =>
  `date 2014-09-15\nPARIS, Sept 15 (Reuters) - ${words} The minister said talks would go on.\n`;
const SECRET = 'DISCORD_TOKEN=secret-token-value-123';

function newsbot(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, 'bin', 'newsbot.js'), ...args],
      { cwd: REPO_ROOT, env: { ...process.env, STORIES_DIR: '', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A story folder with links out of it (to a secret file and to a folder) and one link inside it. */
function folderWithLinks() {
  const root = tempDir();
  const outside = join(root, 'outside');
  mkdirSync(join(outside, 'more'), { recursive: true });
  writeFileSync(join(outside, '.env'), `${SECRET}\n`);
  writeFileSync(join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
  writeFileSync(join(outside, 'more', 'planted.txt'), story('Planted DISCORD_TOKEN words.'));
  const dir = join(root, 'stories');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'real.txt'), story('Kerry spoke about Iran.'));
  symlinkSync(join(outside, '.env'), join(dir, 'notes.txt'));
  symlinkSync(join(outside, 'passwd'), join(dir, 'sub', 'passwd.txt'));
  symlinkSync(join(outside, 'more'), join(dir, 'linked'));
  symlinkSync(join(dir, 'real.txt'), join(dir, 'sub', 'alias.md'));
  return { root, dir };
}

describe('links out of the story folder', () => {
  it('are reported with paths inside the folder and never read', async () => {
    const { dir } = folderWithLinks();
    const { files, errors } = await listStoryFiles([dir]);
    expect(files.map((file) => file.relative)).toEqual(['real.txt']);
    expect(errors).toEqual([
      { file: 'linked', reason: 'link to a folder outside the story folders; skipped' },
      { file: 'notes.txt', reason: 'link to a file outside the story folders; skipped' },
      { file: 'sub/passwd.txt', reason: 'link to a file outside the story folders; skipped' },
    ]);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    const texts = JSON.stringify(library.snapshot.stories);
    expect(texts).not.toContain('secret-token');
    expect(texts).not.toContain('root:x');
    expect(texts).not.toContain('Planted');
  });

  it('are followed when the real path is inside another story folder given', async () => {
    const { root, dir } = folderWithLinks();
    const { files } = await listStoryFiles([dir, join(root, 'outside', 'more')]);
    expect(files.map((file) => file.relative)).toEqual(['linked/planted.txt', 'real.txt']);
  });

  it('make `check` exit 1 naming them, and `ask` never answers from them', { timeout: 120_000 }, async () => {
    const { dir, root } = folderWithLinks();
    const check = await newsbot(['check', '--stories', dir, '--json'], { CACHE_DIR: join(root, 'cache') });
    expect(check.code).toBe(1);
    const out = JSON.parse(check.stdout);
    expect(out.errors.map((error: { file: string }) => error.file)).toEqual([
      'linked',
      'notes.txt',
      'sub/passwd.txt',
    ]);
    const ask = await newsbot(['ask', 'DISCORD_TOKEN', '--stories', dir, '--json'], {
      CACHE_DIR: join(root, 'cache'),
    });
    expect(ask.stdout).not.toContain('secret-token');
    expect(ask.stdout + ask.stderr).not.toContain(root);
  });

  it('report a broken link by its path inside the folder, not an absolute one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.txt'), story('Kerry spoke.'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
    const { errors } = await listStoryFiles([dir]);
    expect(errors).toEqual([{ file: 'broken.txt', reason: 'broken link: no such file or folder' }]);
  });
});

describe('deeply nested folders', () => {
  it('are listed in time linear in their depth, links inside them still resolved', async () => {
    const dir = tempDir();
    // 1,200 nested folders (a path of about 2,400 characters, inside PATH_MAX): resolving each folder's
    // real path read every folder above it, so the listing took seconds at 400 and minutes at 1,500.
    const parts = Array.from({ length: 1_200 }, () => 'd');
    const deepest = join(dir, ...parts);
    mkdirSync(deepest, { recursive: true });
    writeFileSync(join(deepest, 'deep.txt'), story('Kerry spoke deep down.'));
    symlinkSync(join(deepest, 'deep.txt'), join(dir, 'alias.md'));
    symlinkSync(join(dir, 'd'), join(deepest, 'loop'));
    const started = performance.now();
    const { files, errors } = await listStoryFiles([dir]);
    const ms = performance.now() - started;
    expect(errors).toEqual([]);
    // The link sorts first and stands for the file it points to, which is listed once.
    expect(files.map((file) => [file.relative, file.real])).toEqual([
      ['alias.md', join(deepest, 'deep.txt')],
    ]);
    // Generous: about 0.2 s here; the quadratic walk took over 20 s.
    expect(ms, `listed in ${Math.round(ms)} ms`).toBeLessThan(8_000);
  });
});

describe('a story file written to while it is read', () => {
  it('is never read past the size limit: the read stops at the limit and a byte', async () => {
    const dir = tempDir();
    const path = join(dir, 'growing.txt');
    writeFileSync(path, story('Kerry spoke.'));
    // Another process empties the file and appends to it up to 6 MB, over and over, as fast as it can,
    // while the file is read again and again: some reads start below the limit and go on past it.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); const block = 'Kerry said talks would go on. '.repeat(2000) + '\\n';
       const fd = fs.openSync(${JSON.stringify(path)}, 'r+');
       for (;;) { fs.ftruncateSync(fd, 0); for (let n = 0; n < 6e6; n += block.length) fs.writeSync(fd, block, n); }`,
    ]);
    const sizes: number[] = [];
    const reasons = new Set<string>();
    try {
      const until = performance.now() + 2_000;
      while (performance.now() < until) {
        const read = readStoryFileSync(path);
        if (read.ok) sizes.push(read.bytes);
        else reasons.add(read.reason.replace(/\d+/g, 'N'));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      writer.kill();
    }
    expect(Math.max(0, ...sizes)).toBeLessThanOrEqual(MAX_STORY_BYTES);
    // Caught mid-write it may be empty or over the limit; nothing else.
    for (const reason of reasons) expect(reason).toMatch(/^(?:file too large|empty file)/);
  });
});

describe('story ids', () => {
  it('cannot be taken by a planted file: both are errors naming each other, and check exits 1', {
    timeout: 120_000,
  }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'seed.txt'), story('The real story about Iran.'));
    writeFileSync(join(dir, 'other.txt'), story('Another story.'));
    mkdirSync(join(dir, '0'));
    writeFileSync(join(dir, '0', 'seed.txt'), story('A planted story about free nitro.'));
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    expect(library.snapshot.byId.has('seed')).toBe(false);
    expect(library.check().errors.map((error) => error.file)).toEqual(['0/seed.txt', 'seed.txt']);
    expect(library.check().errors[0]!.reason).toMatch(/also the id of seed\.txt/);
    const check = await newsbot(['check', '--stories', dir], { CACHE_DIR: join(dir, '..', 'cache') });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('0/seed.txt');
  });

  it('planted next to a loaded story during a reload leaves the loaded story in place', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'seed.txt'), story('The real story about Iran.'));
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    mkdirSync(join(dir, '0'));
    writeFileSync(join(dir, '0', 'seed.txt'), story('A planted story about free nitro.'));
    const report = await library.reload();
    expect(report.failed.map((failure) => failure.file).sort()).toEqual(['0/seed.txt', 'seed.txt']);
    const snapshot = library.snapshot;
    expect(snapshot.stories).toHaveLength(1);
    expect(snapshot.stories.at(snapshot.byId.get('seed')!)!.file).toBe('seed.txt');
    expect((snapshot.stories.at(0)!.paragraphs ?? []).join(' ')).toContain('real story');
  });
});

describe('the parse cache', () => {
  it('sees a same-size edit whose mtime was put back', async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    const path = join(dir, 'story.txt');
    writeFileSync(path, story('Kerry spoke about Iran.'));
    writeFileSync(join(dir, 'other.txt'), story('Another story.'));
    await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    const before = statSync(path);
    // `touch -r` puts the times back to the nanosecond, as a careful editor would.
    execFileSync('touch', ['-r', path, join(cacheDir, 'times')]);
    writeFileSync(path, story('Kerry spoke about Iraq.'));
    execFileSync('touch', ['-r', join(cacheDir, 'times'), path]);
    expect(statSync(path).size).toBe(before.size);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    const id = library.snapshot.byId.get('story')!;
    expect((library.snapshot.stories.at(id)!.paragraphs ?? []).join(' ')).toContain('Iraq');
  });

  it('removes temp files of writers that died, and keeps no temp file when a write fails', async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeFileSync(join(dir, 'story.txt'), story('Kerry spoke about Iran.'));
    const file = cacheFileFor(cacheDir, [dir]);
    // A pid that cannot be running: above the kernel's maximum.
    writeFileSync(`${file}.99999999.tmp`, 'partial');
    // The cache file's own path taken by a folder: every write fails after writing its temp file.
    mkdirSync(join(file, 'blocked'), { recursive: true });
    const warnings: string[] = [];
    const logger = { info() {}, warn: (_: object, message?: string) => warnings.push(message ?? '') };
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0, logger });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    writeFileSync(join(dir, 'more.txt'), story('More news.'));
    await library.reload();
    await library.flushCache();
    writeFileSync(join(dir, 'again.txt'), story('Again news.'));
    await library.reload();
    await library.flushCache();
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The folder in the cache's place is reported once as unreadable, and the failing write once.
    expect(warnings.filter((warning) => warning.includes('parse cache cannot be written'))).toHaveLength(1);
    expect(warnings.filter((warning) => warning.includes('parse cache cannot be read (EISDIR'))).toHaveLength(
      1,
    );
    expect(library.snapshot.stories).toHaveLength(3);
  });

  it('says plainly when the disk is full', () => {
    let full: unknown;
    try {
      writeFileSync('/dev/full', 'x', { flag: 'r+' });
    } catch (error) {
      full = error;
    }
    if (!full) return expect.fail('/dev/full accepted a write');
    expect(cacheWriteProblem('/var/cache/newsbot/stories-1.v8', full)).toBe(
      'the parse cache cannot be written: the disk is full (ENOSPC) at /var/cache/newsbot; stories are served as loaded, and the next start parses them again',
    );
  });
});
