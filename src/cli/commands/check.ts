/** `newsbot check [--stories DIR]... [--json]`: reads and parses every story file and lists the problems. */
import { parseStory, storyIdOf } from '../../engine/parseStory.ts';
import type { FileIssue } from '../../engine/types.ts';
import type { CheckResult } from '../../library/results.ts';
import { listStoryFiles, readStoryFileSync } from '../../library/storyFiles.ts';
import { parseCommandArgs, printJson, storyDirs } from '../io.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {});
  if (values.help) {
    process.stdout.write('Usage: newsbot check [--stories DIR]... [--json]\n');
    return 0;
  }
  const dirs = await storyDirs(values);
  const result = await checkStories(dirs);
  if (values.json) printJson(result);
  else process.stdout.write(formatCheck(result, dirs));
  if (result.errors.length > 0) {
    const first = result.errors[0]!;
    process.stderr.write(
      `newsbot: ${result.errors.length} story file problem(s); first: ${first.file}: ${first.reason}\n`,
    );
  }
  return result.errors.length > 0 ? 1 : 0;
}

/**
 * Reads and parses every story file of the folders. Errors are files that cannot be used (and folders
 * that cannot be read); warnings are usable files with a problem (no date, a duplicate id, …).
 */
export async function checkStories(dirs: string[]): Promise<CheckResult> {
  const listing = await listStoryFiles(dirs);
  const errors: FileIssue[] = [...listing.errors];
  const warnings: FileIssue[] = [];
  const idFiles = new Map<string, string>();
  let stories = 0;
  for (const entry of listing.files) {
    const file = entry.relative;
    const read = readStoryFileSync(entry.path, file);
    if (!read.ok) {
      errors.push({ file, reason: read.reason });
      continue;
    }
    const outcome = parseStory(read.text, file);
    if (!outcome.ok) {
      errors.push({ file, reason: outcome.error });
      continue;
    }
    stories++;
    for (const reason of outcome.warnings) warnings.push({ file, reason });
    const id = storyIdOf(file);
    const other = idFiles.get(id);
    if (other !== undefined) warnings.push({ file, reason: `story id "${id}" is also used by ${other}` });
    else idFiles.set(id, file);
  }
  if (listing.files.length === 0 && listing.errors.length === 0)
    errors.push({ file: dirs.join(', '), reason: 'no story files (*.txt, *.md) found' });
  return { stories, errors, warnings };
}

function formatCheck(result: CheckResult, dirs: string[]): string {
  const lines = [
    `${result.stories} ${result.stories === 1 ? 'story' : 'stories'} read from ${dirs.join(', ')}: ` +
      `${result.errors.length} error(s), ${result.warnings.length} warning(s)`,
  ];
  for (const error of result.errors) lines.push(`  error    ${error.file}: ${error.reason}`);
  for (const warning of result.warnings) lines.push(`  warning  ${warning.file}: ${warning.reason}`);
  return `${lines.join('\n')}\n`;
}
