/**
 * Start-up times of the built product, each as the median of several runs and as a difference from and a
 * ratio to bare `node -e 0` measured in the same run (so a busy machine shows in both): `npx newsbot ask`
 * over the sample stories (warm cache), the chat's first prompt, and `npm start` with a token until its
 * `ready` line against the local fake Discord (less the warm load it logs).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeDiscord } from '../../tests/fakeDiscord/fakeDiscord.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'stories');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `command` until its output matches `until` (or it exits); returns the seconds taken and the output. */
function timeRun(
  command: string[],
  env: Record<string, string>,
  until?: RegExp,
): Promise<{ seconds: number; output: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const seconds = (performance.now() - started) / 1000;
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
      done({ seconds, output });
    };
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (until?.test(output)) finish();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', fail);
    child.on('exit', (code) => {
      if (!until && code !== 0) fail(new Error(`${command.join(' ')} exited ${code}: ${output}`));
      finish();
    });
  });
}

/**
 * CPU seconds (user + system) that a command and everything it starts use, which a busy machine
 * inflates far less than wall time. Linux only (null elsewhere): the shell that runs the command reads
 * its own children's times from /proc once it has waited for them (100 ticks a second).
 */
function cpuRun(command: string[], env: Record<string, string>): Promise<number | null> {
  if (process.platform !== 'linux') return Promise.resolve(null);
  return new Promise((done, fail) => {
    const shell = spawn('sh', ['-c', '"$@" >/dev/null 2>&1; cat /proc/$$/stat', 'sh', ...command], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stat = '';
    shell.stdout.on('data', (chunk: Buffer) => {
      stat += chunk.toString('utf8');
    });
    shell.on('error', fail);
    shell.on('exit', () => {
      // The fields after the command's name start with the 3rd (state); cutime and cstime are the 16th and 17th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      done((Number(fields[13]) + Number(fields[14])) / 100);
    });
  });
}

export interface StartupFigures {
  runs: number;
  bareNodeS: number;
  /** CPU seconds of bare node and of `npx newsbot ask` (see cpuRun); null off Linux. */
  cpu: { bareNodeS: number | null; cliAskS: number | null };
  /** Each: median seconds, seconds more than bare node, ratio to bare node. */
  cliAsk: Figure;
  chatPrompt: Figure;
  botReady: Figure & { warmLoadS: number; readyLessLoadS: number };
}
interface Figure {
  s: number;
  overBareS: number;
  ratio: number;
}

export async function measureStartup(runs = 5): Promise<StartupFigures> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const cache = mkdtempSync(join(tmpdir(), 'newsbot-bench-startup-'));
  const env = { STORIES_DIR: SAMPLES, CACHE_DIR: cache, DISCORD_TOKEN: '' };
  const discord = await startFakeDiscord({ timeoutMs: 20_000 });
  const botEnv = {
    ...env,
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_CLIENT_ID: discord.world.applicationId,
    DISCORD_GUILD_ID: discord.world.guildId,
  };
  try {
    // Warm the parse cache once, as any second start finds it (`check` only parses; this writes it).
    await timeRun(['node', 'bin/newsbot.js', 'speakers'], env);
    const bare: number[] = [];
    const cli: number[] = [];
    const chat: number[] = [];
    const bot: number[] = [];
    const loads: number[] = [];
    const bareCpu: number[] = [];
    const cliCpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      bare.push((await timeRun(['node', '-e', '0'], {})).seconds);
      cli.push((await timeRun(['npx', 'newsbot', 'ask', 'who said serious threat?'], env)).seconds);
      bareCpu.push((await cpuRun(['node', '-e', '0'], {})) ?? Number.NaN);
      cliCpu.push((await cpuRun(['npx', 'newsbot', 'ask', 'who said serious threat?'], env)) ?? Number.NaN);
      chat.push((await timeRun(['node', 'dist/src/main.js', '--chat'], env, /Type \/help/)).seconds);
      const started = await timeRun(['npm', 'start'], botEnv, /"msg":"ready/);
      bot.push(started.seconds);
      const loaded = /"durationMs":(\d+),"msg":"stories loaded"/.exec(started.output);
      loads.push(loaded ? Number(loaded[1]) / 1000 : 0);
    }
    const bareS = median(bare);
    const figure = (values: number[]): Figure => {
      const s = median(values);
      return { s: round(s), overBareS: round(s - bareS), ratio: round(s / bareS, 1) };
    };
    const ready = figure(bot);
    const warmLoadS = median(loads);
    return {
      runs,
      bareNodeS: round(bareS),
      cpu: {
        bareNodeS: Number.isNaN(median(bareCpu)) ? null : round(median(bareCpu)),
        cliAskS: Number.isNaN(median(cliCpu)) ? null : round(median(cliCpu)),
      },
      cliAsk: figure(cli),
      chatPrompt: figure(chat),
      botReady: { ...ready, warmLoadS: round(warmLoadS), readyLessLoadS: round(ready.s - warmLoadS) },
    };
  } finally {
    await discord.close();
    rmSync(cache, { recursive: true, force: true });
  }
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
