/**
 * The bench's cold load of one story set: measured (which builds the parse cache the warm load then
 * reads), taken from the run that built the cache, or skipped. A million stories take tens of minutes
 * to parse on a small machine, so that point re-uses a cache built once by default.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CACHE_FORMAT } from '../../src/library/parseCache.ts';

export type ColdMode = 'run' | 'reuse' | 'skip';

export interface ColdOutcome {
  /** The figures of the cold load (measured now or when the cache was built), or null when skipped. */
  figures: Record<string, unknown> | null;
  /** How they were had: `measured`, `from the run of <date>`, or why there are none. */
  note: string;
  /** Whether a warm load can read a cache of this parser version. */
  cacheReady: boolean;
}

interface Recorded {
  parserVersion: string;
  /** The parse cache's format when it was built: a cache of another format is not read (absent before 11). */
  cacheFormat?: number;
  stories: number;
  at: string;
  figures: Record<string, unknown>;
}

/** Stories a cold load takes in per CPU-second of all its threads (645-767 measured on 2026-12-06). */
const COLD_STORIES_PER_CPU_SECOND = 700;

/** Where the figures of the cold load that built `cache` are kept (beside it: a cold load empties it). */
const recordOf = (cache: string) => `${cache}.cold.json`;

function recorded(cache: string, parserVersion: string, size: number): Recorded | null {
  if (!existsSync(recordOf(cache)) || !existsSync(cache)) return null;
  try {
    const record = JSON.parse(readFileSync(recordOf(cache), 'utf8')) as Recorded;
    // A cache of another format would be parsed again by the warm load itself, and timed as one.
    return record.parserVersion === parserVersion &&
      record.cacheFormat === CACHE_FORMAT &&
      record.stories === size
      ? record
      : null;
  } catch {
    return null;
  }
}

/**
 * The cold load of `size` stories in `mode`: `run` measures it; `reuse` takes the figures of the run
 * that built the cache when that cache is of this parser version (else measures); `skip` measures
 * nothing. `measure` runs the cold load and returns its figures.
 */
export function coldLoad(
  mode: ColdMode,
  size: number,
  cache: string,
  parserVersion: string,
  measure: () => Record<string, unknown>,
  log: (text: string) => void,
): ColdOutcome {
  const record = mode === 'run' ? null : recorded(cache, parserVersion, size);
  if (record) {
    log(`${size}: cold load not run: the cache its run of ${record.at} built is re-used`);
    return { figures: record.figures, note: `from the run of ${record.at}`, cacheReady: true };
  }
  if (mode === 'skip') {
    log(`${size}: cold load skipped (--cold skip); no cache of this parser version to load warm either`);
    return { figures: null, note: 'skipped (--cold skip)', cacheReady: false };
  }
  if (mode === 'reuse')
    log(
      `${size}: no cache of this parser version yet: a cold load builds it first (about ` +
        `${Math.ceil(size / COLD_STORIES_PER_CPU_SECOND / 60)} CPU-minutes; --cold skip skips it)`,
    );
  // A cold load empties the cache first: until it has finished, no record may vouch for it.
  rmSync(recordOf(cache), { force: true });
  const started = Date.now();
  const figures = measure();
  const at = new Date(started).toISOString();
  log(`${size}: cold load took ${((figures.loadMs as number) / 1000).toFixed(1)} s`);
  writeFileSync(
    recordOf(cache),
    JSON.stringify({
      parserVersion,
      cacheFormat: CACHE_FORMAT,
      stories: size,
      at,
      figures,
    } satisfies Recorded),
  );
  return { figures, note: 'measured', cacheReady: true };
}
