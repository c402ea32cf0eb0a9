/** `newsbot check [--stories DIR]... [--json]`: reads and parses every story file and lists the problems. */
import type { FileIssue } from '../../engine/types.ts';
import { loadStoryFiles } from '../../library/loader.ts';
import { defaultWorkers, ParsePool } from '../../library/parsePool.ts';
import type { CheckResult } from '../../library/results.ts';
import { Vocabulary } from '../../library/textIndex.ts';
import { parseCommandArgs, printJson, printProblem, printText, storyDirs, terminalName } from '../io.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {});
  if (values.help) {
    process.stdout.write('Usage: newsbot check [--stories DIR]... [--json]\n');
    return 0;
  }
  const dirs = await storyDirs(values);
  const result = await checkStories(dirs);
  if (values.json) printJson(result);
  else printText(formatCheck(result, dirs));
  if (result.errors.length > 0) {
    const first = result.errors[0]!;
    printProblem(
      `newsbot: ${result.errors.length} story file problem(s); first: ${terminalName(first.file)}: ${first.reason}`,
    );
  }
  return result.errors.length > 0 ? 1 : 0;
}

/**
 * Reads and parses every story file of the folders as a load does (large files in worker threads, where
 * a story that runs out of time is stopped). Errors are files that cannot be used (and folders that
 * cannot be read); warnings are usable files with a problem (no date, a step left out, …).
 */
export async function checkStories(dirs: string[]): Promise<CheckResult> {
  const pool = new ParsePool(defaultWorkers(), { idleMs: 0 });
  try {
    const outcome = await loadStoryFiles({
      dirs,
      vocabulary: new Vocabulary(),
      known: new Map(),
      knownByHash: () => new Map(),
      workers: defaultWorkers(),
      pool,
      inlineBelow: 400,
      requireFolders: false,
    });
    const errors: FileIssue[] = [
      ...outcome.errors,
      ...outcome.failed.map(({ file, reason }) => ({ file, reason })),
    ];
    if (outcome.files.length === 0 && errors.length === 0)
      errors.push({ file: dirs.join(', '), reason: 'no story files (*.txt, *.md) found' });
    return { stories: outcome.files.length, errors, warnings: outcome.warnings };
  } finally {
    await pool.close();
  }
}

function formatCheck(result: CheckResult, dirs: string[]): string {
  const lines = [
    `${result.stories} ${result.stories === 1 ? 'story' : 'stories'} read from ${dirs.join(', ')}: ` +
      `${result.errors.length} error(s), ${result.warnings.length} warning(s)`,
  ];
  for (const error of result.errors) lines.push(`  error    ${terminalName(error.file)}: ${error.reason}`);
  for (const warning of result.warnings)
    lines.push(`  warning  ${terminalName(warning.file)}: ${warning.reason}`);
  return `${lines.join('\n')}\n`;
}
