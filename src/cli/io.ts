import { type ParseArgsConfig, parseArgs } from 'node:util';
import { JSON_UNSAFE, terminalName, terminalText } from '../format/terminal.ts';

export { terminalName };

import { libraryEnv } from '../config.ts';

/** Bad command-line input: printed as one line on stderr, exit status 1. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Options every command takes. */
const commonOptions = {
  stories: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Parses argv with the common options plus a command's own; unknown options are a CliError. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
) {
  try {
    return parseArgs({
      args: argv,
      options: { ...commonOptions, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** The story folders: `--stories` (repeatable), else STORIES_DIR, else ./stories. */
export async function storyDirs(values: { stories?: string[] | undefined }): Promise<string[]> {
  if (values.stories && values.stories.length > 0) return values.stories;
  return [(await libraryEnv()).storiesDir];
}

/** A positive whole number from `--limit`, or the default. */
export function parseLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  // Digits only: `0x10`, `1e3` and ` 5` are not what anyone types as a count.
  const limit = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(limit) || limit < 1)
    throw new CliError(`--limit takes a whole number of at least 1, not "${value}"`);
  return limit;
}

/** Prints text meant for people on stdout, safe for a terminal. */
export function printText(text: string): void {
  process.stdout.write(terminalText(text));
}

/** Prints one line about a problem on stderr, safe for a terminal. */
export function printProblem(line: string): void {
  process.stderr.write(`${terminalText(line)}\n`);
}

/**
 * Prints one JSON document on stdout. Bidi and C1 characters are written as `\uXXXX` escapes (the same
 * JSON), so the document cannot reorder a terminal's text either.
 */
export function printJson(value: unknown): void {
  const json = JSON.stringify(value).replace(
    JSON_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  process.stdout.write(`${json}\n`);
}

/**
 * Opens the story library for a command (cache in CACHE_DIR, progress on stderr when it is a
 * terminal). An unusable story set — a folder missing, no story files — is a CliError.
 */
export async function openLibrary(dirs: string[]): Promise<import('../library/index.ts').StoryLibrary> {
  const { StoryLibrary, LoadError } = await import('../library/index.ts');
  try {
    const { cacheDir, parserVersion } = await libraryEnv();
    const library = await StoryLibrary.open({
      dirs,
      cacheDir,
      ...(parserVersion ? { parserVersion } : {}),
      serving: false,
    });
    if (library.snapshot.stories.length === 0) {
      const failed = library.snapshot.load.errors.length;
      throw new CliError(
        `no usable story files in ${dirs.join(', ')}${failed ? ` (${failed} failed; run newsbot check)` : ''}`,
      );
    }
    return library;
  } catch (error) {
    if (error instanceof LoadError) throw new CliError(error.message);
    throw error;
  }
}

/** Runs a library query; its QueryError (bad input) becomes a CliError. */
export async function answer<T>(query: () => T): Promise<T> {
  const { QueryError } = await import('../library/results.ts');
  try {
    return query();
  } catch (error) {
    if (error instanceof QueryError) throw new CliError(error.message);
    throw error;
  }
}
