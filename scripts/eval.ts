/**
 * `npm run eval [-- --json] [-- --check] [-- --only NAME[,NAME…]] [-- --limit N]`: measures quote attribution,
 * dates and places, summaries and answers on the corpora in ../shared, and prints a table.
 * With --check it exits 1 when any figure is below its bar.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Metric, SectionResult } from './eval/section.ts';
import { sections } from './eval/sections.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    limit: { type: 'string' },
    shared: { type: 'string' },
  },
});

const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');
const limit = values.limit ? Number(values.limit) : undefined;
// `--only typed,answers` and `--only typed --only answers` alike.
const only = values.only?.flatMap((names) => names.split(','));
const chosen = sections.filter((section) => !only || only.includes(section.name));

const formatValue = (metric: Metric) =>
  metric.format === 'percent'
    ? `${(metric.value * 100).toFixed(1)}%`
    : String(Math.round(metric.value * 1000) / 1000);
const formatBar = (metric: Metric) =>
  metric.min === undefined
    ? ''
    : metric.format === 'percent'
      ? `>= ${(metric.min * 100).toFixed(1)}%`
      : `>= ${metric.min}`;

const results: Record<string, SectionResult & { seconds: number }> = {};
let failures = 0;
if (!existsSync(shared)) process.stderr.write(`eval: ${shared} is absent; every corpus section is skipped\n`);
for (const section of chosen) {
  const started = performance.now();
  process.stderr.write(`eval: ${section.name}…\n`);
  const result = await section.run({ shared, limit });
  results[section.name] = { ...result, seconds: (performance.now() - started) / 1000 };
  for (const metric of result.metrics) if (metric.min !== undefined && metric.value < metric.min) failures++;
}

if (values.json) {
  process.stdout.write(`${JSON.stringify({ shared, failures, sections: results }, null, 1)}\n`);
} else {
  const rows: string[][] = [['section', 'metric', 'value', 'bar', '']];
  for (const [name, result] of Object.entries(results)) {
    if (result.skipped) rows.push([name, 'skipped', result.skipped, '', '']);
    for (const metric of result.metrics) {
      const ok = metric.min === undefined ? '' : metric.value >= metric.min ? 'ok' : 'BELOW';
      rows.push([name, metric.name, formatValue(metric), formatBar(metric), ok]);
    }
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    process.stdout.write(
      `${row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}\n`,
    );
}
if (values.check && failures > 0) {
  process.stderr.write(`eval: ${failures} figure(s) below their bar\n`);
  process.exitCode = 1;
}
