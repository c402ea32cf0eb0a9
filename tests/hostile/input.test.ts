/**
 * Typed text cannot cost more than its cap allows, and odd text is refused plainly: every query input has
 * a length cap (the same through the library, the command line and batch), lookups of capped text stay
 * fast, numbers and dates are read strictly, and what reaches a terminal cannot drive it.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/library/ask.ts';
import { parseDateRange } from '../../src/library/dateRange.ts';
import { StoryLibrary } from '../../src/library/index.ts';
import { clippedInput, INPUT_CAPS } from '../../src/library/limits.ts';
import {
  findQuotes,
  findStories,
  listSpeakers,
  QueryError,
  type StorySnapshot,
  suggestPlaces,
  suggestSpeakers,
  suggestStories,
  summarizeStory,
} from '../../src/library/queryApi.ts';
import { REPO_ROOT } from '../helpers/storyFolder.ts';

let root: string;
let snapshot: StorySnapshot;
const stories = join(REPO_ROOT, 'stories');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'newsbot-hostile-input-'));
  snapshot = (await StoryLibrary.open({ dirs: [stories], cacheDir: null, workers: 0 })).snapshot;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function newsbot(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(REPO_ROOT, 'bin', 'newsbot.js'), ...args],
      { cwd: REPO_ROOT, env: { ...process.env, STORIES_DIR: stories, CACHE_DIR: join(root, 'cache') } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

/** 600 MB: past V8's longest string (512 MB), so a reader that holds a whole line first dies. */
const HUGE_LINE = 600 * 2 ** 20;

/**
 * Runs node with `args`, piping it a line of HUGE_LINE characters without a break, then `next` (JSON
 * unless a string) on a line of its own, and collects what it prints.
 */
function pipeHugeLine(
  args: string[],
  next: unknown,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, STORIES_DIR: stories, CACHE_DIR: join(root, 'cache'), DISCORD_TOKEN: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    const block = Buffer.alloc(2 ** 20, 'x');
    let written = 0;
    const write = () => {
      while (written < HUGE_LINE) {
        written += block.length;
        if (!child.stdin.write(block)) {
          child.stdin.once('drain', write);
          return;
        }
      }
      child.stdin.end(`\n${typeof next === 'string' ? next : JSON.stringify(next)}\n`);
    };
    write();
  });
}

/** Text of `length` characters that matches nothing and defeats prefix shortcuts. */
const noise = (length: number) =>
  Array.from({ length }, (_, i) => 'qzxvjkw'[(i * 5 + (i >> 3)) % 7]).join('');

function tooLong(run: () => unknown, kind: keyof typeof INPUT_CAPS, length: number) {
  expect(run).toThrow(QueryError);
  expect(run).toThrow(`the ${kind} is too long (${length} characters; at most ${INPUT_CAPS[kind]})`);
}

describe('every typed input has a cap', () => {
  it('refuses over-long speaker, place, topic, story and date with the cap in the message', () => {
    const long = noise(6000);
    tooLong(() => findQuotes(snapshot, { speaker: long }), 'speaker', 6000);
    tooLong(() => findQuotes(snapshot, { speaker: 'Kerry', about: long }), 'topic', 6000);
    tooLong(() => findStories(snapshot, { place: long }), 'place', 6000);
    tooLong(() => findStories(snapshot, { topic: long }), 'topic', 6000);
    tooLong(() => findStories(snapshot, { date: long }), 'date', 6000);
    tooLong(() => findStories(snapshot, { from: long }), 'date', 6000);
    tooLong(() => summarizeStory(snapshot, long), 'story', 6000);
    tooLong(() => listSpeakers(snapshot, { story: long }), 'story', 6000);
  });

  it('takes text at the cap, and lookups of it stay fast', () => {
    for (const length of [24, 25, 40, 100]) {
      const text = noise(length);
      const started = performance.now();
      findQuotes(snapshot, { speaker: text, about: text });
      findStories(snapshot, { place: text, topic: text });
      summarizeStory(snapshot, text);
      suggestSpeakers(snapshot, text);
      suggestPlaces(snapshot, text);
      suggestStories(snapshot, text);
      // A generous bound: before the caps, one 100-character name cost about a second.
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('clips keystrokes to the cap instead of failing them (autocomplete)', () => {
    const long = `Kerry${noise(6000)}`;
    expect(() => suggestSpeakers(snapshot, long)).not.toThrow();
    expect(() => suggestPlaces(snapshot, long)).not.toThrow();
    expect(() => suggestStories(snapshot, long)).not.toThrow();
  });

  it('searches a question that fits its cap on the first words of a longer topic, cut at a word', () => {
    const pasted =
      `rotterdam dock workers strike night shifts ${'port container ships anchor '.repeat(20)}`.slice(0, 490);
    const result = ask(snapshot, pasted);
    expect(result.answer).not.toMatch(/too long/);
    expect(result.citations[0]?.id).toBe('rotterdam_strike');
    expect(clippedInput('topic', 'a'.repeat(95) + ' bcdefghij')).toBe('a'.repeat(95));
  });

  it('finds a speaker typed with a typo in each of two words, without the full fuzzy search', () => {
    const names = suggestSpeakers(snapshot, 'Clarie Dumontte').map((speaker) => speaker.name);
    expect(names).toEqual(['Claire Dumontet']);
    expect(suggestSpeakers(snapshot, 'Ali Kamenei').map((speaker) => speaker.name)).toEqual(['Ali Khamenei']);
  });
});

describe('dates are read strictly', () => {
  it('refuses a signed date and year 0000', () => {
    expect(() => parseDateRange('-2014-09-15')).toThrow(/is not a date/);
    expect(() => parseDateRange('+2014-09-15')).toThrow(/is not a date/);
    expect(() => parseDateRange('0000-01-01')).toThrow(/before year 1/);
    expect(() => parseDateRange('0000')).toThrow(/before year 1/);
    expect(parseDateRange('2014-09-15')).toEqual({ from: '2014-09-15', to: '2014-09-15' });
  });
});

describe('the command line', () => {
  it('refuses --limit in hex or exponent form before loading anything', async () => {
    for (const limit of ['0x10', '1e3', '0', '2.5']) {
      const run = await newsbot(['stories', '--limit', limit, '--json']);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`newsbot: --limit takes a whole number of at least 1, not "${limit}"\n`);
    }
  });

  it('refuses a 6,000-character speaker in one line, quickly', async () => {
    const run = await newsbot(['quotes', '--speaker', noise(6000), '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('newsbot: the speaker is too long (6000 characters; at most 100)\n');
  });

  it('batch: a BOM line is read, hostile fields get one-line errors, and the batch goes on', async () => {
    const lines = [
      `\uFEFF${JSON.stringify({ command: 'speakers', limit: 1 })}`,
      JSON.stringify({ command: 'stories', place: noise(96_000) }),
      JSON.stringify({ command: 'stories', date: '-2014-09-15' }),
      JSON.stringify({ command: 'stories', date: '0000-03-01' }),
      JSON.stringify({ command: 'stories', limit: '0x10' }),
      JSON.stringify({ command: 'stories', limit: '1e3' }),
      JSON.stringify({ command: 'summary', story: noise(200) }),
      JSON.stringify({ command: 'speakers', limit: 1 }),
    ];
    const run = await newsbot(['batch', '--json'], `${lines.join('\n')}\n`);
    expect(run.code).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out).toHaveLength(8);
    expect(out[0].speakers).toHaveLength(1);
    expect(out[1].error).toMatch(/^line 2 is too long|the place is too long/);
    expect(out[2].error).toMatch(/is not a date/);
    expect(out[3].error).toMatch(/before year 1/);
    expect(out[4].error).toBe('"limit" must be a whole number of at least 1');
    expect(out[5].error).toBe('"limit" must be a whole number of at least 1');
    expect(out[6].error).toBe('the story is too long (200 characters; at most 100)');
    expect(out[7]).toEqual(out[0]);
  });

  it('batch: a line longer than any string can be is refused by its length, and the next is answered', {
    timeout: 120_000,
  }, async () => {
    const result = await pipeHugeLine([join(REPO_ROOT, 'bin', 'newsbot.js'), 'batch', '--json'], {
      command: 'speakers',
      limit: 1,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { error: `line 1 is too long (${HUGE_LINE} characters; at most 16384)` },
      { speakers: [expect.objectContaining({ name: expect.any(String) })] },
    ]);
  });

  it('chat fed from a pipe: a line longer than any string can be is answered by its length', {
    timeout: 120_000,
  }, async () => {
    const result = await pipeHugeLine([join(REPO_ROOT, 'dist', 'src', 'main.js'), '--chat'], '/help');
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/RangeError|Invalid string length/);
    expect(result.stdout).toContain(`That line is too long (${HUGE_LINE} characters; at most 16384).`);
    // The next line is answered: /help lists the commands.
    expect(result.stdout).toContain('/quotes');
  });

  it('batch piped into a reader that stops early ends quietly', async () => {
    const requests = `${Array.from({ length: 3000 }, () => JSON.stringify({ command: 'speakers' })).join('\n')}\n`;
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        'sh',
        [
          '-c',
          `"${process.execPath}" "${join(REPO_ROOT, 'bin', 'newsbot.js')}" batch --json | head -c 100 >/dev/null`,
        ],
        { cwd: REPO_ROOT, env: { ...process.env, STORIES_DIR: stories, CACHE_DIR: join(root, 'cache') } },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end(requests);
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('names shown on a terminal', () => {
  it('lose control and bidi characters in check output; JSON escapes the bidi ones', async () => {
    const dir = join(root, 'odd');
    mkdirSync(dir, { recursive: true });
    const odd = 'evil\u001b]0;pwned\u0007\u202Etxt.\nname.txt';
    writeFileSync(join(dir, odd), '');
    writeFileSync(join(dir, 'fine.txt'), 'date 2014-09-15\nPARIS, Sept 15 - A story.\n');
    const text = await newsbot(['check', '--stories', dir]);
    expect(text.code).toBe(1);
    for (const output of [text.stdout, text.stderr]) {
      expect(output).not.toMatch(/[\u001b\u0007\u202E]/);
      expect(output).toContain('evil]0;pwnedtxt.name.txt: empty file');
    }
    const json = await newsbot(['check', '--stories', dir, '--json']);
    expect(json.stdout).not.toMatch(/[\u001b\u0007\u202E]/);
    expect(JSON.parse(json.stdout).errors[0].file).toBe(odd);
  });
});
