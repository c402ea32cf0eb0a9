/**
 * `npm run bench [-- --quick] [-- --sizes 19043,100000] [-- --json] [-- --startup] [-- --shards 4]`:
 * start-up times of the built product against bare node (`--startup` measures only those; `--shards N`
 * only the memory of N shards in one process over the Reuters corpus), then load, memory, reload and
 * answer latency of the story library on the Reuters corpus in ../shared and on it replicated to 100k
 * stories, plus the engine's parse throughput. `ask` is timed on questions made from the stories and on
 * the eval's questions typed as people type them (`ask, typed`). Each measurement runs in its own process. Skips when the corpus
 * is absent. Targets at 100k: p99 < 20 ms for every answer (autocomplete at the 100-character cap too),
 * warm load < 1 s, RSS < 400 MB, reload with 10 changed files < 1 s, cold load within 10 times a plain
 * read of the same files; `--sizes 1000000` adds the million-story point (8 GB at most). `--cold run`
 * measures every cold load, `--cold reuse` takes the figures of the run that built a cache of this
 * parser version (the default at a million stories, whose cold load takes tens of minutes here), and
 * `--cold skip` measures none (and no warm load where no such cache exists). `--warm-only` measures only
 * the warm loads, answers and reloads (cold loads re-used by default as with `--cold reuse`; no start-up,
 * parse throughput, hostile shapes or fuse.js comparison): a minute or two at 100k once a cache exists.
 * `--reload-only` is `--warm-only` without the answer latencies: the warm load and the reload alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { heapBytesPerStory } from '../src/library/heapBudget.ts';
import { parserVersion } from '../src/library/parserVersion.ts';
import { type ColdMode, coldLoad } from './bench/coldLoad.ts';
import { prepareStorySet, reutersFiles } from './bench/corpus.ts';
import { measureShards } from './bench/shards.ts';
import { measureStartup, type StartupFigures } from './bench/startup.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    json: { type: 'boolean', default: false },
    shared: { type: 'string' },
    queries: { type: 'string' },
    startup: { type: 'boolean', default: false },
    shards: { type: 'string' },
    // run | reuse | skip: see bench/coldLoad.ts. Default: run, and reuse at the million-story point.
    cold: { type: 'string' },
    'warm-only': { type: 'boolean', default: false },
    'reload-only': { type: 'boolean', default: false },
  },
});
const reloadOnly = values['reload-only'];
const warmOnly = values['warm-only'] || reloadOnly;

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** The start-up figures as lines of text (targets: CLI within 1 s of bare node, chat prompt 2 s, ready 2 s + load). */
function startupLines(f: StartupFigures): string {
  const line = (name: string, fig: { s: number; overBareS: number; ratio: number }, target: string) =>
    `${name.padEnd(44)} ${fig.s.toFixed(2)} s  (bare node + ${fig.overBareS.toFixed(2)} s, ${fig.ratio}x)  target ${target}`;
  return [
    `start-up, median of ${f.runs} runs; bare node -e 0: ${f.bareNodeS.toFixed(2)} s`,
    line('npx newsbot ask (sample stories, warm cache)', f.cliAsk, 'bare + 1 s'),
    ...(f.cpu.cliAskS === null
      ? []
      : [
          `  in CPU time (user + system, all its processes): ${f.cpu.cliAskS.toFixed(2)} s against ${f.cpu.bareNodeS?.toFixed(2)} s for bare node`,
        ]),
    line('chat prompt (node dist/src/main.js --chat)', f.chatPrompt, '2 s'),
    `${line('npm start with a token, until ready', f.botReady, '2 s + warm load')}; warm load ${f.botReady.warmLoadS.toFixed(2)} s, ready less load ${f.botReady.readyLessLoadS.toFixed(2)} s`,
  ].join('\n');
}

const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');
const reuters = join(shared, 'corpora/reuters21578/stories');

if (values.shards) {
  const shards = Number(values.shards);
  const dir = existsSync(reuters) ? reuters : resolve('stories');
  log(`${shards} shards in one process over ${dir}…`);
  const figures = await measureShards(shards, dir);
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ shards: figures }, null, 1)}\n`
      : `${figures.shards} shards, one process, ${figures.stories} stories: RSS ${figures.rssMb} MB, ready in ${figures.readyS} s (warm cache)\n`,
  );
  process.exit(0);
}

log(warmOnly ? 'warm loads only: no start-up times' : 'start-up times of the built product…');
const startup = warmOnly ? null : await measureStartup(values.quick ? 3 : 5);
if (values.startup && startup) {
  process.stdout.write(
    values.json ? `${JSON.stringify({ startup }, null, 1)}\n` : `${startupLines(startup)}\n`,
  );
  process.exit(0);
}

const polnear = join(shared, 'corpora/polnear');
if (!existsSync(reuters)) {
  process.stderr.write(`bench: ${reuters} is absent; only start-up measured\n`);
  if (startup) process.stdout.write(`${startupLines(startup)}\n`);
  process.exit(0);
}
const corpusSize = reutersFiles(reuters).length;
const sizes = values.sizes
  ? values.sizes
      .split(',')
      .map((size) => (size.trim() === 'all' ? corpusSize : Number(size.replace(/k$/i, '000'))))
  : values.quick
    ? [2000]
    : [corpusSize, 100_000];
const queries = values.queries ?? (values.quick ? '200' : '300');

// One parser version for every process of this run (see parserVersion.ts).
process.env.NEWSBOT_PARSER_VERSION ??= `bench-${parserVersion()}`;

// The measurements run the built product (plain JavaScript, as `npm start` runs it), not the TypeScript
// sources through tsx: a parse worker started from the sources compiles its modules when it starts
// (about 0.6 s of CPU in a reload), which the product never pays. The measuring script is built with the
// library into the same `dist/` so that it and the library are one set of modules.
const ROOT = resolve(import.meta.dirname, '..');
log('building the product and the measuring script (tsconfig.bench.json)…');
execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.bench.json'], {
  cwd: ROOT,
  stdio: 'inherit',
});
execFileSync(process.execPath, ['scripts/copyData.mjs'], { cwd: ROOT, stdio: 'inherit' });
const measureScript = join(ROOT, 'dist/scripts/bench/measure.js');
function measure(args: string[], heapMb = 4096): Record<string, unknown> {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', `--max-old-space-size=${heapMb}`, measureScript, ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

const results: Record<
  string,
  { cold: Record<string, unknown>; coldNote: string; warm: Record<string, unknown> }
> = {};
for (const size of sizes) {
  log(`preparing ${size} stories…`);
  const dir = prepareStorySet(reuters, size);
  const cache = join(tmpdir(), `newsbot-bench-cache-${size}`);
  // The million-story point may use up to 8 GB; smaller sets get Node's usual 4 GB.
  const heapMb = size > 400_000 ? 8192 : 4096;
  const mode = (values.cold ?? (warmOnly || size > 400_000 ? 'reuse' : 'run')) as ColdMode;
  if (!['run', 'reuse', 'skip'].includes(mode)) throw new Error(`--cold ${mode}: run, reuse or skip`);
  const cold = coldLoad(
    mode,
    size,
    cache,
    process.env.NEWSBOT_PARSER_VERSION!,
    () => {
      log(`${size}: cold load (parse + index, workers)…`);
      // A cold load holds every parsed story as objects before storing them in columns: at a million
      // stories that passes 8 GB, so the load that builds the cache gets the heap its estimate asks for.
      const coldHeapMb = Math.ceil((size * heapBytesPerStory(size, 0) * 1.25) / 2 ** 20 / 256) * 256;
      return measure(['--mode', 'cold', '--dir', dir, '--cache', cache], Math.max(heapMb, coldHeapMb));
    },
    log,
  );
  if (!cold.cacheReady) {
    log(`${size}: warm load not run either: it needs the cache a cold load builds`);
    continue;
  }
  log(`${size}: warm load, answers, reload…`);
  const warm = measure(
    [
      '--mode',
      'warm',
      '--dir',
      dir,
      '--cache',
      cache,
      '--queries',
      queries,
      '--fuse',
      // fuse.js over a million stories would take hours: that point has no comparison, nor a warm-only run.
      warmOnly || size > 400_000 ? '0' : size > 50_000 ? '10' : '20',
      ...(reloadOnly ? ['--reload-only'] : []),
    ],
    heapMb,
  );
  results[size] = { cold: cold.figures ?? {}, coldNote: cold.note, warm };
}
if (!warmOnly) log('parse throughput (one core)…');
const throughput = warmOnly
  ? {}
  : measure(['--mode', 'throughput', '--reuters', reuters, '--polnear', polnear]);
if (!warmOnly) log('hostile shapes (one worker, story budget)…');
const hostile = (
  warmOnly
    ? { bytes: 0, shapes: [] }
    : measure(['--mode', 'hostile', '--bytes', values.quick ? '300000' : '1000000'])
) as {
  bytes: number;
  shapes: Array<{ shape: string; storiesPerSecond: number; leftOut: string[] }>;
};

if (values.json) {
  process.stdout.write(`${JSON.stringify({ startup, sizes: results, throughput, hostile }, null, 1)}\n`);
} else {
  if (startup) process.stdout.write(`${startupLines(startup)}\n`);
  type Latency = { p50: number; p99: number };
  const rows: string[][] = [['figure', ...sizes.map(String), 'target (100k)']];
  const row = (name: string, target: string, get: (r: (typeof results)[string]) => unknown) =>
    rows.push([
      name,
      ...sizes.map((size) => (results[size] ? String(get(results[size]) ?? '') : 'not run')),
      target,
    ]);
  row('cold load (s): how measured', '', (r) =>
    r.cold.loadMs === undefined
      ? r.coldNote
      : `${((r.cold.loadMs as number) / 1000).toFixed(1)}: ${r.coldNote}`,
  );
  row(
    `cold load: peak heap (MB), bytes per story (start-up check assumes ${heapBytesPerStory(1, 0).toLocaleString('en')})`,
    '',
    (r) => (r.cold.peakHeapMb === undefined ? '' : `${r.cold.peakHeapMb}, ${r.cold.peakHeapBytesPerStory}`),
  );
  row('cold load: stories per CPU-second, all threads', '', (r) => r.cold.storiesPerCpuSecond);
  row(
    'cold load / raw read of the same files',
    '<= 10',
    (r) => `${r.cold.overRawRead}x (${r.cold.rawReadMs} ms)`,
  );
  row(
    'warm load until ready to answer with every index, wall (CPU) (s)',
    '< 1',
    (r) =>
      `${((r.warm.loadMs as number) / 1000).toFixed(2)} (${((r.warm.loadCpuMs as number) / 1000).toFixed(2)})`,
  );
  row('warm load until every story file is checked against the cache, wall (CPU) (s)', '', (r) =>
    r.warm.verifiedMs === undefined
      ? ''
      : `${((r.warm.verifiedMs as number) / 1000).toFixed(2)} (${((r.warm.verifiedCpuMs as number) / 1000).toFixed(2)})`,
  );
  row('RSS (heap) when ready to answer, before the check of the files (MB)', '< 400', (r) =>
    r.warm.readyRssMb === undefined ? '' : `${r.warm.readyRssMb} (${r.warm.readyHeapMb})`,
  );
  row('RSS after cold load (MB)', '', (r) => r.cold.rssMb);
  row('RSS after warm load and the check of the files (MB); 2 s later', '< 400', (r) =>
    r.warm.settledRssMb === undefined ? r.warm.rssMb : `${r.warm.rssMb}; ${r.warm.settledRssMb}`,
  );
  row('heap after warm load (MB)', '', (r) => r.warm.heapMb);
  row(
    'sentence index: sentences, memory (MB), ready after the library (s)',
    '',
    (r) =>
      `${r.warm.sentences}, ${r.warm.sentenceIndexMb}, ${((r.warm.sentenceIndexMs as number) / 1000).toFixed(1)}`,
  );
  row('bytes per story: stories / text index / sentence index', '', (r) => {
    const b = r.warm.bytesPerStory as Record<string, number>;
    return `${b.stories} / ${b.textIndex} / ${b.sentenceIndex}`;
  });
  row('bytes per story: speakers / places / headlines / ids and order / files', '', (r) => {
    const b = r.warm.bytesPerStory as Record<string, number>;
    return `${b.speakers} / ${b.places} / ${b.headlines} / ${b.idsAndOrder} / ${b.files}`;
  });
  row('bytes per story: RSS / heap after warm load', '', (r) => {
    const b = r.warm.bytesPerStory as Record<string, number>;
    return `${b.rss} / ${b.heap}`;
  });
  const seconds = ({ ms, cpuMs }: { ms: number; cpuMs: number }) =>
    `${(ms / 1000).toFixed(2)} (${(cpuMs / 1000).toFixed(2)})`;
  row(
    'reload, 10 changed, every file checked (s), wall (CPU); the next, its parse worker running (s)',
    '< 1',
    (r) => {
      const reload = r.warm.reload as { ms: number; cpuMs: number; restoreMs: number };
      return `${seconds(reload)}; ${(reload.restoreMs / 1000).toFixed(2)}`;
    },
  );
  row("reload from the watcher's paths: 10 edited / 10 added as the newest (s), wall (CPU)", '< 1', (r) => {
    type Timed = { ms: number; cpuMs: number };
    const watched = (r.warm.reload as { watched?: { edited: Timed; added: Timed } }).watched;
    return watched ? `${seconds(watched.edited)} / ${seconds(watched.added)}` : 'not run';
  });
  for (const kind of [
    'stories',
    'quotes',
    'summary',
    'speakers',
    'autocomplete',
    'autocomplete speakers at cap',
    'autocomplete places at cap',
    'autocomplete stories at cap',
    'ask',
    'ask, typed',
  ]) {
    row(`${kind} p50 / p99 (ms) [best of 3]`, 'p99 < 20', (r) => {
      const l = (r.warm.latency as Record<string, Latency & { bestOf3: Latency }> | undefined)?.[kind];
      return l ? `${l.p50} / ${l.p99} [${l.bestOf3.p50} / ${l.bestOf3.p99}]` : 'not run';
    });
  }
  for (const kind of ['stories', 'quotes', 'ask'])
    row(`${kind} after a reload, its change kept apart: p50 / p99 (ms) [best of 3]`, 'p99 < 20', (r) => {
      const after = (r.warm.reload as { latency: Record<string, Latency & { bestOf3: Latency }> | null })
        .latency;
      const l = after?.[kind];
      return l ? `${l.p50} / ${l.p99} [${l.bestOf3.p50} / ${l.bestOf3.p99}]` : 'not run';
    });
  type FullText = { bm25: Latency & { top10: number }; fuse: Latency & { top10: number; buildMs: number } };
  for (const engine of ['bm25', 'fuse'] as const)
    row(`topic ${engine === 'bm25' ? 'BM25' : 'fuse.js'} p50 / p99 (ms), top-10 hit`, '', (r) => {
      const f = (r.warm.fullText as FullText | null)?.[engine];
      return f ? `${f.p50} / ${f.p99}, ${Math.round(f.top10 * 100)}%` : 'not run';
    });
  row('speakers / places / terms', '', (r) => `${r.warm.speakers} / ${r.warm.places} / ${r.warm.terms}`);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((cells) => cells[c]!.length)));
  for (const cells of rows)
    process.stdout.write(
      `${cells
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd()}\n`,
    );
  if (sizes.length > 1 && results[sizes[0]!] && results[sizes.at(-1)!]) {
    const [a, b] = [results[sizes[0]!]!, results[sizes.at(-1)!]!];
    const growth = (x: number, y: number) => `${(y / x).toFixed(2)}x`;
    process.stdout.write(
      `growth ${sizes[0]} → ${sizes.at(-1)} stories (${growth(sizes[0]!, sizes.at(-1)!)}): warm load ${growth(a.warm.loadMs as number, b.warm.loadMs as number)}, RSS ${growth(a.warm.rssMb as number, b.warm.rssMb as number)}\n`,
    );
  }
  const t = throughput as Record<
    string,
    { stories: number; storiesPerSecond: number; mbPerSecond: number } | null
  >;
  for (const [name, figures] of Object.entries(t))
    if (figures)
      process.stdout.write(
        `parse ${name}: ${figures.storiesPerSecond} stories/s, ${figures.mbPerSecond} MB/s (one core, ${figures.stories} stories)\n`,
      );
  const [worst] = hostile.shapes;
  if (worst)
    process.stdout.write(
      `parse hostile shapes (${Math.round(hostile.bytes / 1000)} KB each, one worker, story budget): worst ${worst.storiesPerSecond} stories/s (${worst.shape}${worst.leftOut.length ? `; left out: ${worst.leftOut.join(', ')}` : ''}), best ${hostile.shapes.at(-1)!.storiesPerSecond}\n`,
    );
}
