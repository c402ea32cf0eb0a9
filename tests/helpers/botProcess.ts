/**
 * The real bot as a child process (`node dist/src/main.js`, as `npm start` runs it; the e2e tests build
 * `dist/` once before they start), pointed at a fake Discord through
 * DISCORD_API_URL, with its log lines collected so tests can wait for them and show them on failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import type { FakeDiscord } from '../fakeDiscord/fakeDiscord.ts';
import { REPO_ROOT } from './storyFolder.ts';

export interface BotProcessOptions {
  discord: FakeDiscord;
  storiesDir: string;
  cacheDir: string;
  adminUserIds?: string[];
  adminRoleIds?: string[];
  /** Extra environment (overrides the defaults). */
  env?: Record<string, string>;
  /** How long to wait for the `ready` log line, in ms. */
  readyTimeoutMs?: number;
  /** The built script to run (default `dist/src/main.js`; `dist/src/discord/sharded.js` for the sharded bot). */
  entry?: string;
  /** The whole command instead of `node ENTRY`, e.g. `['npm', 'start']` as a service manager runs it. */
  command?: string[];
  /** Start it as the leader of its own process group (as systemd and docker do), for group signals. */
  detached?: boolean;
  /** Set false to return at once, e.g. for a start that is expected to fail. */
  waitForReady?: boolean;
}

export interface BotProcess {
  child: ChildProcess;
  /** Every line the bot wrote (stdout and stderr), in order. */
  lines: string[];
  /** Resolves with the first line (from `from` on) matching `pattern`; rejects on timeout or exit. */
  waitForLog(pattern: RegExp, options?: { timeoutMs?: number; from?: number }): Promise<string>;
  /** Whether the process is still running. */
  get alive(): boolean;
  /** Resolves with the exit code once the process has ended (rejects after `timeoutMs`). */
  waitForExit(timeoutMs?: number): Promise<number | null>;
  /** The last lines of the log, for failure messages. */
  tail(count?: number): string;
  /** SIGTERM (SIGKILL after 5 s); resolves with the exit code, or the signal's name if killed. */
  stop(): Promise<number | string | null>;
}

export async function startBotProcess(options: BotProcessOptions): Promise<BotProcess> {
  const { discord } = options;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    LANG: process.env.LANG ?? 'C.UTF-8',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_CLIENT_ID: discord.world.applicationId,
    DISCORD_GUILD_ID: discord.world.guildId,
    STORIES_DIR: options.storiesDir,
    STORIES_WATCH: 'false',
    CACHE_DIR: options.cacheDir,
    ADMIN_USER_IDS: (options.adminUserIds ?? []).join(','),
    ADMIN_ROLE_IDS: (options.adminRoleIds ?? []).join(','),
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const [file, ...args] = options.command ?? [process.execPath, options.entry ?? 'dist/src/main.js'];
  const child = spawn(file!, args, {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      lines.push(...parts.filter((line) => line.trim() !== ''));
      for (const listener of [...listeners]) listener();
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  // If the test worker itself ends (a timeout, a crash), the bot must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.on('exit', (code, signal) => {
    process.off('exit', killOnExit);
    exit = { code, signal };
    for (const listener of [...listeners]) listener();
  });

  const tail = (count = 25) => lines.slice(-count).join('\n');
  const bot: BotProcess = {
    child,
    lines,
    get alive() {
      return exit === undefined;
    },
    tail,
    waitForLog(pattern, { timeoutMs = 20_000, from = 0 } = {}) {
      return new Promise<string>((resolve, reject) => {
        const check = () => {
          const found = lines.slice(from).find((line) => pattern.test(line));
          if (found !== undefined) {
            done();
            resolve(found);
          } else if (exit) {
            done();
            reject(
              new Error(
                `the bot exited (code ${exit.code}, signal ${exit.signal}) before logging ${pattern}; its log:\n${tail()}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`the bot did not log ${pattern} within ${timeoutMs} ms; its log:\n${tail()}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    waitForExit(timeoutMs = 30_000) {
      return new Promise<number | null>((resolve, reject) => {
        const check = () => {
          if (!exit) return;
          done();
          resolve(exit.code);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`the bot did not exit within ${timeoutMs} ms; its log:\n${tail()}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (!exit) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      return exit!.code ?? exit!.signal;
    },
  };
  discord.diagnostics = () => `bot log (last lines):\n${tail(15)}`;
  if (options.waitForReady === false) return bot;
  try {
    await bot.waitForLog(/\bready\b/i, { timeoutMs: options.readyTimeoutMs ?? 60_000 });
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return bot;
}
