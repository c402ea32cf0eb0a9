/**
 * Memory of a sharded bot: `node dist/src/main.js --sharded` (what `npm run start:sharded` runs) with N
 * shards against the local fake Discord, over a story set whose parse cache is warmed first; its
 * resident memory once every shard is ready and the load has settled.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeDiscord } from '../../tests/fakeDiscord/fakeDiscord.ts';
import { startBotProcess } from '../../tests/helpers/botProcess.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ShardFigures {
  shards: number;
  stories: number;
  /** Seconds from start to the `ready` line (warm cache; every shard allowed to identify at once). */
  readyS: number;
  rssMb: number;
}

const rssMbOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export async function measureShards(shards: number, storiesDir: string): Promise<ShardFigures> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const cacheDir = mkdtempSync(join(tmpdir(), 'newsbot-bench-shards-'));
  const discord = await startFakeDiscord({
    timeoutMs: 600_000,
    recommendedShards: shards,
    maxConcurrency: shards,
  });
  try {
    // Any command that opens the story set writes its parse cache (`check` only parses).
    execFileSync(process.execPath, ['bin/newsbot.js', 'speakers', '--stories', storiesDir], {
      cwd: ROOT,
      env: { ...process.env, CACHE_DIR: cacheDir },
      stdio: 'ignore',
    });
    const started = performance.now();
    const bot = await startBotProcess({
      discord,
      storiesDir,
      cacheDir,
      command: [process.execPath, 'dist/src/main.js', '--sharded'],
      readyTimeoutMs: 600_000,
    });
    const readyS = (performance.now() - started) / 1000;
    try {
      const ready = JSON.parse(bot.lines.find((line) => line.includes('"msg":"ready'))!) as {
        stories: number;
        shards: number[];
      };
      const loaded = JSON.parse(bot.lines.find((line) => line.includes('"parsed"'))!) as { parsed: number };
      if (loaded.parsed > 0)
        throw new Error(`the bot parsed ${loaded.parsed} stories: the cache was not warm`);
      // Past the load's short-lived garbage, as a bot serves after a few seconds.
      await new Promise((done) => setTimeout(done, 5000));
      return {
        shards: ready.shards.length,
        stories: ready.stories,
        readyS: Number(readyS.toFixed(1)),
        rssMb: Math.round(rssMbOf(bot.child.pid!)),
      };
    } finally {
      await bot.stop();
    }
  } finally {
    await discord.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
