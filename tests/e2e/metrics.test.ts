/**
 * METRICS_PORT on the real bot process: `/healthz` says ready with the story count and last reload, and
 * Prometheus scrapes `/metrics` with answers by kind and outcome, their latency, reloads, stories and
 * memory.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';

let e2e: E2E;
let base: string;

/** A port free on this machine now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  e2e = await startE2E({ env: { METRICS_PORT: String(port) } });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

/** The value of one sample line of the Prometheus text format, e.g. `newsbot_stories`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/healthz and /metrics', () => {
  it('/healthz: ready, with the stories loaded and the last reload', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as { stories: number; lastReload: string };
    expect(health).toMatchObject({ status: 'ok', ready: true, loading: null });
    expect(health.stories).toBeGreaterThanOrEqual(6);
    expect(Date.parse(health.lastReload)).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('/metrics counts answers by kind and outcome, their latency, reloads, stories and memory', async () => {
    const user = e2e.discord.newPerson('scraped');
    await e2e.discord.sendSlashCommand({ name: 'stories', options: { place: 'Paris' }, user });
    await e2e.discord.sendSlashCommand({ name: 'stories', options: { date: 'the twelfth of never' }, user });
    await e2e.discord.sendSlashCommand(
      { name: 'reload', user: e2e.discord.world.admin },
      { timeoutMs: 25_000 },
    );
    const sent = e2e.discord.sendMessage({
      content: `<@${e2e.discord.world.bot.id}> who said serious threat?`,
      author: user,
    });
    await e2e.discord.waitForReplyTo(sent.id);

    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(sample(text, 'newsbot_answers_total{kind="stories",outcome="ok"}')).toBe(1);
    expect(sample(text, 'newsbot_answers_total{kind="stories",outcome="refused"}')).toBe(1);
    expect(sample(text, 'newsbot_answers_total{kind="mention",outcome="ok"}')).toBe(1);
    expect(sample(text, 'newsbot_answer_seconds_count{kind="stories"}')).toBe(2);
    expect(sample(text, 'newsbot_reloads_total{outcome="ok"}')).toBe(1);
    expect(sample(text, 'newsbot_reloads_total{outcome="failed"}')).toBe(0);
    expect(sample(text, 'newsbot_stories')).toBeGreaterThanOrEqual(6);
    expect(sample(text, 'newsbot_ready')).toBe(1);
    expect(sample(text, 'newsbot_process_resident_memory_bytes')).toBeGreaterThan(10 * 2 ** 20);
    expect(sample(text, 'newsbot_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('other paths are 404', async () => {
    expect((await fetch(`${base}/`)).status).toBe(404);
  });
});
