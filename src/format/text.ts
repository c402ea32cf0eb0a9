/**
 * A neutral reply as plain text, for the local chat. Discord's markdown is rendered as a terminal
 * shows text: `**bold**` in bold (or plain where the output is no terminal), block quotes indented
 * rather than starting with `> `, which looks like the chat's prompt.
 */
import type { Card, Page } from './reply.ts';
import { terminalText } from './terminal.ts';

/** Bold on a terminal (ANSI), or the words alone. */
export type BoldStyle = 'ansi' | 'plain';

/** A block quote indented rather than starting with `> `, which looks like the chat's prompt. */
function indentQuotes(text: string): string {
  return text.replace(/^>\s?/gm, '    ');
}

/**
 * Bold marks as a terminal shows them. Runs on text already stripped of control characters, so the
 * only escape sequences in the output are these.
 */
function renderBold(text: string, bold: BoldStyle): string {
  return text.replace(/\*\*([^*\n]+?)\*\*/g, (_, words: string) =>
    bold === 'ansi' ? `\x1b[1m${words}\x1b[22m` : words,
  );
}

function renderCard(card: Card): string {
  const lines: string[] = [];
  if (card.title) lines.push(`== ${card.title} ==`);
  if (card.description) lines.push(indentQuotes(card.description));
  for (const field of card.fields ?? []) {
    lines.push(`- ${indentQuotes(field.name)}`);
    lines.push(
      indentQuotes(field.value)
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
  if (page.content) parts.push(indentQuotes(page.content));
  for (const card of page.cards) parts.push(renderCard(card));
  const nav: string[] = [];
  if (hints.previous) nav.push('/prev for the previous page');
  if (hints.next) nav.push('/next for the next page');
  if (hints.more) nav.push(`${hints.more.command} to ${hints.more.label.toLowerCase()}`);
  if (nav.length > 0) parts.push(`[${nav.join(', ')}]`);
  // Story text must not drive the terminal: controls and bidi overrides go before bold is rendered.
  return renderBold(terminalText(parts.join('\n\n')), bold);
}
