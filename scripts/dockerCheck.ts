/**
 * `npx tsx scripts/dockerCheck.ts [--build]`: runs the `newsbot` image (built first with `--build`)
 * against the local fake Discord as compose.yaml does — a read-only stories volume, a named cache
 * volume, METRICS_PORT — and checks that it gets ready, writes its parse cache as the unprivileged user,
 * answers a command, reports healthy, and that `docker stop` closes the gateway with 1000 and exits 0
 * well within the 10 s before Docker kills it. Needs a Docker daemon; the container shares the host's
 * network (the fake Discord listens on 127.0.0.1).
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { startFakeDiscord } from '../tests/fakeDiscord/fakeDiscord.ts';
import { makeStoryFolder } from '../tests/helpers/storyFolder.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { build: { type: 'boolean', default: false } } });

const docker = (...args: string[]) =>
  execFileSync('docker', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const check = (ok: boolean, what: string) => {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
  if (!ok) process.exitCode = 1;
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

if (values.build) execFileSync('docker', ['build', '-t', 'newsbot', '.'], { cwd: ROOT, stdio: 'inherit' });

const discord = await startFakeDiscord({ timeoutMs: 120_000 });
const folder = makeStoryFolder();
const stories = mkdtempSync(join(tmpdir(), 'newsbot-docker-'));
execFileSync('cp', ['-r', `${folder.dir}/.`, stories]);
// The container's user (uid 1000) reads the stories: a folder made private to root would load nothing.
execFileSync('chmod', ['-R', 'a+rX', stories]);
const name = `newsbot-check-${process.pid}`;
const volume = `${name}-cache`;
const port = String(20_000 + (process.pid % 10_000));
try {
  docker(
    'run',
    '--detach',
    '--name',
    name,
    '--network',
    'host',
    '--volume',
    `${stories}:/data/stories:ro`,
    '--volume',
    `${volume}:/data/cache`,
    '--env',
    `DISCORD_TOKEN=${discord.token}`,
    '--env',
    `DISCORD_API_URL=${discord.apiUrl}`,
    '--env',
    `DISCORD_CLIENT_ID=${discord.world.applicationId}`,
    '--env',
    `DISCORD_GUILD_ID=${discord.world.guildId}`,
    '--env',
    `METRICS_PORT=${port}`,
    'newsbot',
  );
  const logs = () => spawnSync('docker', ['logs', name], { encoding: 'utf8' });
  const deadline = Date.now() + 120_000;
  while (!/"msg":"ready/.test(logs().stdout) && Date.now() < deadline) await sleep(500);
  check(/"msg":"ready/.test(logs().stdout), 'the container logs ready');
  check(docker('exec', name, 'id', '-un') === 'node', 'it runs as the unprivileged node user');
  check(/stories-.*\.v8/.test(docker('exec', name, 'ls', '/data/cache')), 'it wrote the parse cache');
  const outcome = await discord.sendSlashCommand({ name: 'help', user: discord.newPerson('dockerreader') });
  check(outcome.callback.type === 4, 'it answers /help');
  const health = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json() as Promise<object>);
  check((health as { ready?: boolean }).ready === true, `/healthz: ${JSON.stringify(health)}`);
  // Docker runs the image's HEALTHCHECK every 30 s.
  let status = '';
  for (let i = 0; i < 45 && status !== 'healthy'; i++) {
    status = docker('inspect', '--format', '{{.State.Health.Status}}', name);
    if (status !== 'healthy') await sleep(1000);
  }
  check(status === 'healthy', `Docker's health status: ${status}`);
  const closed = discord.gateway.closeCodes.length;
  const started = Date.now();
  // Not execFileSync: the fake Discord runs in this process and must answer the close meanwhile.
  await promisify(execFile)('docker', ['stop', '--time', '10', name]);
  const seconds = (Date.now() - started) / 1000;
  const exitCode = docker('inspect', '--format', '{{.State.ExitCode}}', name);
  check(exitCode === '0' && seconds < 5, `docker stop: exit ${exitCode} after ${seconds.toFixed(1)} s`);
  check(
    discord.gateway.closeCodes.slice(closed).join() === '1000',
    `gateway closed with ${discord.gateway.closeCodes.slice(closed).join() || 'nothing'}`,
  );
  if (process.exitCode) process.stdout.write(`the container's log:\n${logs().stdout}${logs().stderr}`);
} finally {
  spawnSync('docker', ['rm', '--force', name]);
  spawnSync('docker', ['volume', 'rm', volume]);
  await discord.close();
  folder.cleanup();
  rmSync(stories, { recursive: true, force: true });
}
