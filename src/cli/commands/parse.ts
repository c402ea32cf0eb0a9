/** `newsbot parse FILE... [--json]`: parses story files as given, without loading a story set. */
import { parseStory } from '../../engine/parseStory.ts';
import type { FileIssue, Story } from '../../engine/types.ts';
import { readStoryFileSync } from '../../library/storyFiles.ts';
import { CliError, parseCommandArgs, printJson, printProblem, printText, terminalName } from '../io.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {});
  if (values.help) {
    process.stdout.write('Usage: newsbot parse FILE... [--json]\n');
    return 0;
  }
  if (positionals.length === 0)
    throw new CliError('parse needs at least one story file: newsbot parse FILE...');

  const stories: Story[] = [];
  const errors: FileIssue[] = [];
  const warnings: FileIssue[] = [];
  for (const file of positionals) {
    const read = readStoryFileSync(file);
    if (!read.ok) {
      errors.push({ file, reason: read.reason });
      continue;
    }
    const outcome = parseStory(read.text, file);
    if (!outcome.ok) {
      errors.push({ file, reason: outcome.error });
      continue;
    }
    stories.push(outcome.story);
    for (const reason of outcome.warnings) warnings.push({ file, reason });
  }

  for (const warning of warnings)
    printProblem(`newsbot: warning: ${terminalName(warning.file)}: ${warning.reason}`);
  if (values.json) printJson({ stories, errors });
  else printText(stories.map(formatStory).join('\n'));
  for (const error of errors) printProblem(`newsbot: ${terminalName(error.file)}: ${error.reason}`);
  // Every file named must be usable: a file that cannot be read or parsed is bad input.
  return errors.length > 0 ? 1 : 0;
}

/** A readable account of one parsed story: headline, date and place, people, quotes with speakers. */
export function formatStory(story: Story): string {
  const where = story.dateline ? [story.dateline.place ?? story.dateline.text, story.dateline.country] : [];
  const lines = [
    `${story.headline || '(no headline)'}  [${story.id}]`,
    `  ${[story.date ?? 'undated', where.filter(Boolean).join(', ')].filter(Boolean).join(' · ')}`,
  ];
  if (story.summary) lines.push(`  Summary: ${story.summary}`);
  if (story.places.length > 0) lines.push(`  Places: ${story.places.map((place) => place.name).join(', ')}`);
  if (story.people.length > 0)
    lines.push(
      `  People: ${story.people.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)).join('; ')}`,
    );
  if (story.quotes.length > 0) {
    lines.push(`  Quotes (${story.quotes.length}):`);
    for (const quote of story.quotes) {
      const who = quote.speaker ?? 'unknown speaker';
      const mention =
        quote.speakerMention && quote.speakerMention !== quote.speaker ? ` ("${quote.speakerMention}")` : '';
      lines.push(`    [${quote.kind}] ${who}${mention}: ${quote.text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
