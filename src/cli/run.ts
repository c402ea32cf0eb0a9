/**
 * `newsbot <command> [options]` as a function (`main.ts` runs it as the process; tests call it
 * in-process). Each command lives in its own module under `src/cli/commands/` and is loaded only when
 * asked for, so a quick command stays quick. The JSON of every command is described in docs/cli.md.
 */
import { libraryEnv } from '../config.ts';
import { CliError, printProblem } from './io.ts';

type CommandModule = { run: (argv: string[]) => Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  parse: {
    summary: 'parse story files: newsbot parse FILE... [--json]',
    load: () => import('./commands/parse.ts'),
  },
  check: {
    summary: 'check a story set for broken files: newsbot check [--stories DIR] [--json]',
    load: () => import('./commands/check.ts'),
  },
  stories: {
    summary:
      'stories by date, place and topic: newsbot stories [--date D] [--from D] [--to D] [--place P] [--topic WORDS]',
    load: () => import('./commands/stories.ts'),
  },
  quotes: {
    summary: 'quotes by speaker: newsbot quotes --speaker NAME [--about WORDS] [--from D] [--to D]',
    load: () => import('./commands/quotes.ts'),
  },
  summary: {
    summary: "a story's summary: newsbot summary STORY",
    load: () => import('./commands/summary.ts'),
  },
  ask: { summary: 'a free question: newsbot ask "QUESTION"', load: () => import('./commands/ask.ts') },
  speakers: {
    summary: 'who is quoted, with counts: newsbot speakers [--story ID]',
    load: () => import('./commands/speakers.ts'),
  },
  batch: {
    summary: 'JSON Lines requests on stdin, one result per line: newsbot batch --json',
    load: () => import('./commands/batch.ts'),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(9)} ${summary}`);
  return [
    'Usage: newsbot <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Common options: --stories DIR (repeatable; default STORIES_DIR or ./stories), --json, --limit N',
  ].join('\n');
}

/** Runs one command; returns the exit status. Bad input is one line on stderr and status 1. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    // Bad input is reported in one line; anything else is a bug, in one line too, with its stack
    // under LOG_LEVEL=debug for the report.
    if (error instanceof CliError) printProblem(`newsbot: ${error.message}`);
    else {
      const { debug } = await libraryEnv();
      const detail =
        error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
      printProblem(`newsbot: unexpected error: ${detail}${debug ? '' : ' (LOG_LEVEL=debug shows where)'}`);
    }
    return 1;
  }
}

async function dispatch(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`newsbot: unknown command "${name}". Try: ${Object.keys(commands).join(', ')}\n`);
    return 1;
  }
  const module = await command.load();
  return module.run(rest);
}
