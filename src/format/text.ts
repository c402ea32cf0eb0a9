/** A neutral reply as plain text, for the local chat. Discord markdown is kept: it reads fine as text. */
import type { Card, Page } from './reply.ts';

function renderCard(card: Card): string {
  const lines: string[] = [];
  if (card.title) lines.push(`== ${card.title} ==`);
  if (card.description) lines.push(card.description);
  for (const field of card.fields ?? []) {
    lines.push(`- ${field.name}`);
    lines.push(
      field.value
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
}

export function renderPageText(page: Page, hints: PageHints = {}): string {
  const parts: string[] = [];
  if (page.content) parts.push(page.content);
  for (const card of page.cards) parts.push(renderCard(card));
  const nav: string[] = [];
  if (hints.previous) nav.push('/prev for the previous page');
  if (hints.next) nav.push('/next for the next page');
  if (hints.more) nav.push(`${hints.more.command} to ${hints.more.label.toLowerCase()}`);
  if (nav.length > 0) parts.push(`[${nav.join(', ')}]`);
  return parts.join('\n\n');
}
