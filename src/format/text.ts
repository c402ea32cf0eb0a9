/**
 * A neutral reply as plain text, for the local chat. Discord's markdown is rendered as a terminal
 * shows text: `**bold**` in bold (or plain where the output is no terminal), block quotes indented
 * rather than starting with `> `, which looks like the chat's prompt.
 */
import type { Card, Page } from './reply.ts';

/** Bold on a terminal (ANSI), or the words alone. */
export type BoldStyle = 'ansi' | 'plain';

/** Discord markdown as terminal text: bold marks rendered, block quotes indented. */
export function terminalText(text: string, bold: BoldStyle = 'plain'): string {
  return text
    .replace(/\*\*([^*\n]+?)\*\*/g, (_, words: string) =>
      bold === 'ansi' ? `\x1b[1m${words}\x1b[22m` : words,
    )
    .replace(/^>\s?/gm, '    ');
}

function renderCard(card: Card, bold: BoldStyle): string {
  const lines: string[] = [];
  if (card.title) lines.push(`== ${card.title} ==`);
  if (card.description) lines.push(terminalText(card.description, bold));
  for (const field of card.fields ?? []) {
    lines.push(`- ${terminalText(field.name, bold)}`);
    lines.push(
      terminalText(field.value, bold)
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n'),
    );
  }
  if (card.footer) lines.push(`(${card.footer})`);
  return lines.join('\n');
}

export interface PageHints {
  /** Whether there is a previous / next page to point the reader to. */
  previous?: boolean;
  next?: boolean;
  /** The label of a further reply (e.g. "Read full text") and the command that opens it. */
  more?: { label: string; command: string };
  /** How bold text shows: ANSI on a terminal, plain elsewhere (the default). */
  bold?: BoldStyle;
}

export function renderPageText(page: Page, hints: PageHints = {}): string {
  const parts: string[] = [];
  const bold = hints.bold ?? 'plain';
  if (page.content) parts.push(terminalText(page.content, bold));
  for (const card of page.cards) parts.push(renderCard(card, bold));
  const nav: string[] = [];
  if (hints.previous) nav.push('/prev for the previous page');
  if (hints.next) nav.push('/next for the next page');
  if (hints.more) nav.push(`${hints.more.command} to ${hints.more.label.toLowerCase()}`);
  if (nav.length > 0) parts.push(`[${nav.join(', ')}]`);
  return parts.join('\n\n');
}
