/** Every slash command, in the order /help lists them. */
import * as about from './about.ts';
import * as ask from './ask.ts';
import type { Command } from './context.ts';
import * as help from './help.ts';
import * as quotes from './quotes.ts';
import * as reload from './reload.ts';
import * as speakers from './speakers.ts';
import * as stories from './stories.ts';
import * as story from './story.ts';
import * as summary from './summary.ts';

export const commands: readonly Command[] = [
  stories satisfies Command,
  quotes satisfies Command,
  summary satisfies Command,
  story satisfies Command,
  ask satisfies Command,
  speakers satisfies Command,
  about satisfies Command,
  help satisfies Command,
  reload satisfies Command,
];

export const commandsByName: ReadonlyMap<string, Command> = new Map(
  commands.map((command) => [command.data.name, command]),
);

/** Usage lines for /help. */
export const helpEntries = commands.map((command) => ({
  usage: command.usage,
  description: command.data.description,
}));
