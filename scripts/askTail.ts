/**
 * What makes an answer's p99: the bench's 300 queries of one kind over a story set opened as the bot
 * opens it (served from the parse cache, the files checked), each timed three times after the bench's
 * 100 warm-up queries, in wall and in CPU time of this thread (which a loaded machine inflates less),
 * and the slowest queries with their three times, to tell a steady cost from a pause.
 *
 * `--warm N` asks N other queries of the same kinds first (the bench's 100 by default): with a thousand,
 * the code every answer runs is compiled and optimised before the first run, which then costs what
 * the repeats cost; the gap between a first run and the repeats is mostly that compilation.
 * Collections that fell within a query are given with it, and each run's p99 with them taken out.
 *
 * `--kind` takes several kinds, comma-separated, timed one after the other in the same process.
 *
 * `--answers FILE` writes each answer (one JSON line per query, in order; asked once more before the
 * timed runs) to tell whether a change of speed changed any answer: two runs' files are identical when
 *  it did not (FILE.kind for each of several kinds).
 *
 *   NEWSBOT_PARSER_VERSION=warm-bench npx tsx scripts/askTail.ts --dir DIR --cache CACHE [--kind ask|typed|stories,quotes,summary] [--slowest 12] [--warm 100] [--answers FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { libraryEnv } from '../src/config.ts';
import { ask } from '../src/library/ask.ts';
import { findQuotes, findStories, StoryLibrary, summarizeStory } from '../src/library/index.ts';
import { buildQueries } from './bench/queries.ts';
import { typedQuestions } from './eval/typed.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    cache: { type: 'string' },
    kind: { type: 'string', default: 'ask' },
    slowest: { type: 'string', default: '12' },
    answers: { type: 'string' },
    warm: { type: 'string', default: '100' },
  },
});
if (!values.dir || !values.cache)
  throw new Error('usage: askTail.ts --dir DIR --cache CACHE [--kind ask|stories|quotes]');

const library = await StoryLibrary.open({
  dirs: [values.dir],
  cacheDir: values.cache,
  progress: false,
  parserVersion: (await libraryEnv()).parserVersion,
  verifyAfterReady: true,
  storyTextOnDisk: true,
});
await library.verified;
const { snapshot } = library;
// One clock for every query, so that answers written by two runs of the same day compare.
const now = new Date();
const runners = {
  ask: (q: ReturnType<typeof buildQueries>) => q.ask.map((question) => () => ask(snapshot, question, now)),
  stories: (q: ReturnType<typeof buildQueries>) =>
    q.stories.map((query) => () => findStories(snapshot, query)),
  quotes: (q: ReturnType<typeof buildQueries>) => q.quotes.map((query) => () => findQuotes(snapshot, query)),
  summary: (q: ReturnType<typeof buildQueries>) =>
    q.summary.map((ref) => () => summarizeStory(snapshot, ref)),
  // The bench's `ask, typed`: the eval's questions typed as people type them (the same for any warm-up).
  typed: (_q: ReturnType<typeof buildQueries>) =>
    typedQuestions().map((question) => () => ask(snapshot, question, now)),
};
const kinds = values.kind.split(',') as Array<keyof typeof runners>;
for (const kind of kinds)
  if (!runners[kind]) throw new Error(`--kind is one or more of ${Object.keys(runners).join(', ')}`);
const queries = buildQueries(snapshot, 300);
for (const kind of kinds) await tail(kind);
process.exit(0);

/** One kind's 300 queries, timed three times after the warm-up, and its answers written when asked. */
async function tail(kind: keyof typeof runners) {
  const labels =
    kind === 'typed'
      ? typedQuestions()
      : kind === 'ask' || kind === 'summary'
        ? queries[kind]
        : queries[kind].map((query) => JSON.stringify(query));
  // The typed questions are warmed on the questions made from the stories, as in the bench.
  const warmKind = kind === 'typed' ? 'ask' : kind;
  for (const run of runners[warmKind](buildQueries(snapshot, Number(values.warm), 7))) run();

  // Garbage collections, to tell a query's own cost from a collection that fell within it.
  const collections: Array<{ start: number; end: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  /** This thread's time on a core and waiting for one, in ms (Linux), or null. */
  const threadTimes = (): { onCore: number; waiting: number } | null => {
    try {
      const [onCore, waiting] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
      return { onCore: onCore! / 1e6, waiting: waiting! / 1e6 };
    } catch {
      return null;
    }
  };
  const timed = (run: () => unknown) => {
    const before = threadTimes();
    const cpu = process.cpuUsage();
    const started = performance.now();
    run();
    const ended = performance.now();
    const used = process.cpuUsage(cpu);
    const after = threadTimes();
    const thread = before && after ? after.onCore - before.onCore : Number.NaN;
    const waited = before && after ? after.waiting - before.waiting : Number.NaN;
    return {
      wall: ended - started,
      cpu: (used.user + used.system) / 1000,
      thread,
      waited,
      started,
      ended,
      gc: 0,
    };
  };
  const runs = runners[kind](queries);
  const answers = values.answers && kinds.length > 1 ? `${values.answers}.${kind}` : values.answers;
  if (answers) writeFileSync(answers, runs.map((run) => `${JSON.stringify(run())}\n`).join(''));
  const first = runs.map(timed);
  const second = runs.map(timed);
  const third = runs.map(timed);
  // The observer hears of the collections on a later turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  for (const t of [...first, ...second, ...third])
    for (const c of collections) t.gc += Math.max(0, Math.min(t.ended, c.end) - Math.max(t.started, c.start));
  const at = (times: number[], p: number) => {
    const sorted = [...times].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
  };
  const best = first.map((t, i) => Math.min(t.wall, second[i]!.wall, third[i]!.wall));
  const figures = (times: number[]) => `p50 ${at(times, 0.5)} p99 ${at(times, 0.99)}`;
  console.log(`load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.log(`${kind}, ${runs.length} queries at ${snapshot.stories.length} stories (ms)`);
  console.log(
    `  first run, wall: ${figures(first.map((t) => t.wall))}; CPU: ${figures(first.map((t) => t.cpu))}`,
  );
  console.log(`  second run, CPU: ${figures(second.map((t) => t.cpu))}; best of 3, wall: ${figures(best)}`);
  for (const [name, times] of Object.entries({ first, second, third })) {
    const gc = times.reduce((sum, t) => sum + t.gc, 0);
    console.log(
      `  ${name} run, wall: ${figures(times.map((t) => t.wall))}; without the collections within them: ${figures(times.map((t) => t.wall - t.gc))}; ${times.filter((t) => t.gc > 0).length} queries met a collection, ${gc.toFixed(0)} ms in all`,
    );
  }
  const total = (times: Array<{ cpu: number }>) => times.reduce((sum, t) => sum + t.cpu, 0).toFixed(0);
  console.log(
    `  CPU of all ${runs.length} queries, each run: ${[first, second, third].map(total).join(' / ')} ms`,
  );
  if (!Number.isNaN(first[0]!.thread)) {
    const each = [first, second, third];
    const sums = (read: (t: (typeof first)[number]) => number) =>
      each.map((times) => times.reduce((sum, t) => sum + read(t), 0).toFixed(0)).join(' / ');
    const p99s = each
      .map((times) =>
        at(
          times.map((t) => t.thread),
          0.99,
        ),
      )
      .join(' / ');
    console.log(
      `  of which the answering thread's, each run: ${sums((t) => t.thread)} ms (p99 ${p99s}); its wait for a core: ${sums((t) => t.waited)} ms`,
    );
  }
  console.log('slowest first runs: wall/CPU of each of the three runs (and the collections within it)');
  const order = [...runs.keys()].sort((a, b) => first[b]!.wall - first[a]!.wall);
  for (const i of order.slice(0, Number(values.slowest))) {
    const each = [first[i]!, second[i]!, third[i]!].map(
      (t) => `${t.wall.toFixed(1)}/${t.cpu.toFixed(1)}${t.gc > 0 ? ` (gc ${t.gc.toFixed(1)})` : ''}`,
    );
    console.log(`  ${each.join('  ')}  ${labels[i]}`);
  }
}
