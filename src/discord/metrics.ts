/**
 * The bot's operational endpoints on METRICS_PORT (only when it is set): `/healthz` (200 once connected
 * with the stories loaded, 503 before, with the story count and the last reload) and `/metrics` for
 * Prometheus: answers by kind and outcome, answer latency, reloads by outcome, stories, and the process's
 * memory and event-loop figures (prom-client's defaults).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ReloadReport } from '../library/results.ts';
import type { AnswerOutcome } from './router.ts';

export interface Health {
  /** Connected to Discord with the stories loaded. */
  ready: boolean;
  stories: number;
  /** When the story set in use was loaded (ISO), null before the first load ends. */
  lastReload: string | null;
  /** While the first load runs: how far it has got. */
  loading: { done: number; total: number } | null;
}

export interface BotMetrics {
  answered(kind: string, outcome: AnswerOutcome, ms: number): void;
  reloaded(report: ReloadReport): void;
  close(): Promise<void>;
  /** The port the server listens on (the configured one, or the one picked for port 0). */
  port: number;
}

export async function startMetrics(port: number, health: () => Health): Promise<BotMetrics> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsbot_' });
  const answers = new Counter({
    name: 'newsbot_answers_total',
    help: 'Commands and mentions answered, by kind (command name or mention) and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'newsbot_answer_seconds',
    help: 'Time to compute an answer, by kind',
    labelNames: ['kind'] as const,
    buckets: [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'newsbot_reloads_total',
    help: 'Story reloads (by /reload or a folder change), by outcome (ok or failed)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const failedFiles = new Counter({
    name: 'newsbot_reload_failed_files_total',
    help: 'Story files that failed to load in reloads',
    registers: [registry],
  });
  new Gauge({
    name: 'newsbot_stories',
    help: 'Stories in the set being served',
    registers: [registry],
    collect() {
      this.set(health().stories);
    },
  });
  new Gauge({
    name: 'newsbot_ready',
    help: '1 when connected to Discord with the stories loaded',
    registers: [registry],
    collect() {
      this.set(health().ready ? 1 : 0);
    },
  });
  for (const outcome of ['ok', 'failed']) reloads.inc({ outcome }, 0);

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/healthz') {
      const state = health();
      response
        .writeHead(state.ready ? 200 : 503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: state.ready ? 'ok' : 'starting', ...state }));
    } else if (path === '/metrics') {
      registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    } else response.writeHead(404, { 'content-type': 'text/plain' }).end('Try /healthz or /metrics.\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    answered(kind, outcome, ms) {
      answers.inc({ kind, outcome });
      if (outcome === 'ok' || outcome === 'refused' || outcome === 'failed')
        latency.observe({ kind }, ms / 1000);
    },
    reloaded(report) {
      reloads.inc({ outcome: report.error ? 'failed' : 'ok' });
      failedFiles.inc(report.failed.length);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
