/** The local chat and `npm start` without a token, as the built process. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');

const STORY = ` date 2014-09-15 PARIS, Sept 15 - Ruritania's foreign minister on Monday
rejected any talks with the rebels in the north, saying the army would "finish
the job" before winter.
  "There is nothing to discuss with people who burn villages," Minister Anna
Kovacs told reporters after a meeting with her French counterpart.
  Kovacs said the government would ask the United Nations for help with the
refugees crossing into the south.
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMain(args: string[], input: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    // As `npm start` and `npm run chat` run it: plain node on the build.
    const child = spawn(process.execPath, ['dist/src/main.js', ...args], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('the local chat as a process', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbot-chat-'));
    const stories = join(dir, 'stories');
    mkdirSync(stories);
    writeFileSync(join(stories, 'ruritania_talks.txt'), STORY);
    for (let i = 0; i < 14; i++)
      writeFileSync(
        join(stories, `filler_${i}.txt`),
        `date 2014-09-${String(i + 1).padStart(2, '0')} PARIS, Sept ${i + 1} - Story number ${i} about the harbour.\n`,
      );
    env = { STORIES_DIR: stories, CACHE_DIR: join(dir, 'cache'), LOG_LEVEL: 'warn' };
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers commands, questions and paging typed on stdin, then quits', async () => {
    const input = [
      '/help',
      '/quotes speaker:kovacs',
      '/stories place:Paris',
      '/next',
      '/prev',
      '/story ruritania_talks',
      '/read',
      '/stories date:"the day after never"',
      '/stories plac:Paris',
      '/nonsense',
      'what did Kovacs say?',
      '/quit',
      '/help',
    ].join('\n');
    const run = await runMain(['--chat'], `${input}\n`, env);
    expect(run.stderr).not.toMatch(/Something went wrong/);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^newsbot chat: 15 stories from /);
    expect(out).toContain('== newsbot help ==');
    expect(out).toContain('/quotes speaker [about] [from] [to]');
    expect(out).toContain('== Quotes from Anna Kovacs ==');
    expect(out).toContain('nothing to discuss');
    expect(out).toContain('Page 1 of 2');
    expect(out).toContain('Page 2 of 2');
    expect(out).toContain('/next for the next page');
    expect(out).toContain('/read to read full text');
    expect(out).toContain('burn villages');
    expect(out).toContain('/stories has no option "plac"');
    expect(out).toContain('There is no /nonsense');
    // After /quit nothing more is answered.
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
    expect(out.split('== newsbot help ==').length).toBe(2);
  });

  it('without a token and without a terminal, npm start exits 1 and says why', async () => {
    const run = await runMain([], '', env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No DISCORD_TOKEN is set');
    expect(run.stdout).toBe('');
  });

  it('a missing story folder is a clear error, exit 1', async () => {
    const run = await runMain(['--chat'], '/help\n', { ...env, STORIES_DIR: join(dir, 'nowhere') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/does not exist/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
