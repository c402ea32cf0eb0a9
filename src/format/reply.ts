/**
 * The neutral reply every command produces. The Discord adapter sends it as embeds and buttons; the
 * local chat prints it as text. Keeping commands on this model is what lets one handler serve both.
 */
import { LIMITS } from './limits.ts';
import { ELLIPSIS, fitBudget, truncateWords } from './truncate.ts';

export interface CardField {
  name: string;
  value: string;
  inline?: boolean;
}

/** One embed's worth of content. */
export interface Card {
  title?: string;
  description?: string;
  fields?: CardField[];
  footer?: string;
  color?: number;
}

/** What is shown at once: an optional plain line and up to ten cards. */
export interface Page {
  content?: string;
  cards: Card[];
}

export interface Reply {
  /** At least one; with more than one, the transport offers previous/next. */
  pages: Page[];
  /** Shown only to the asker (errors, admin reports). */
  ephemeral?: boolean;
  /** A further reply offered behind a button (Discord) or a command (chat), e.g. a story's full text. */
  more?: { label: string; reply: Reply };
}

export const COLORS = { answer: 0x2b6cb0, error: 0xc53030, admin: 0x718096 } as const;

/** A one-page reply. */
export function single(page: Page, options: { ephemeral?: boolean } = {}): Reply {
  return { pages: [page], ...(options.ephemeral ? { ephemeral: true } : {}) };
}

/** The length Discord counts toward the 6000 total of a message's embeds. */
export function cardLength(card: Card): number {
  let total = (card.title ?? '').length + (card.description ?? '').length + (card.footer ?? '').length;
  for (const field of card.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** Discord rejects an empty field name or value; a zero-width space keeps such a field valid. */
const BLANK = '\u200b';

/** A card within every per-part limit of an embed, and within `budget` in total. */
export function fitCard(card: Card, budget: number = LIMITS.embedTotal): Card {
  const title = card.title ? truncateWords(card.title, LIMITS.title) : undefined;
  const footer = card.footer ? truncateWords(card.footer, LIMITS.footer) : undefined;
  const description = card.description ? truncateWords(card.description, LIMITS.description) : undefined;
  const fields = (card.fields ?? []).slice(0, LIMITS.fields).map((field) => ({
    ...field,
    name: truncateWords(field.name, LIMITS.fieldName) || BLANK,
    value: truncateWords(field.value, LIMITS.fieldValue) || BLANK,
  }));
  // Over budget: title and footer first (they frame the card), then the description, then fields in order.
  const [fTitle = '', fFooter = '', fDescription = ''] = fitBudget(
    [title ?? '', footer ?? '', description ?? ''],
    budget,
  );
  let left = budget - fTitle.length - fFooter.length - fDescription.length;
  const kept: CardField[] = [];
  for (const field of fields) {
    if (left < field.name.length + BLANK.length + 1) break;
    const value = truncateWords(field.value, Math.min(LIMITS.fieldValue, left - field.name.length));
    if (value.length === 0 || value === ELLIPSIS) break;
    kept.push({ ...field, value });
    left -= field.name.length + value.length;
  }
  const fitted: Card = {};
  if (fTitle) fitted.title = fTitle;
  if (fDescription) fitted.description = fDescription;
  if (kept.length > 0) fitted.fields = kept;
  if (fFooter) fitted.footer = fFooter;
  if (card.color !== undefined) fitted.color = card.color;
  // An embed needs some content; an all-empty card becomes a blank description.
  if (!fitted.title && !fitted.description && !fitted.fields) fitted.description = BLANK;
  return fitted;
}

/** A page within Discord's message limits: content ≤ 2000, ≤ 10 cards, all cards ≤ 6000 together. */
export function fitPage(page: Page): Page {
  let left: number = LIMITS.embedTotal;
  const cards: Card[] = [];
  for (const card of page.cards.slice(0, LIMITS.embedsPerMessage)) {
    if (left <= 0) break;
    const fitted = fitCard(card, left);
    left -= cardLength(fitted);
    cards.push(fitted);
  }
  const fitted: Page = { cards };
  if (page.content) fitted.content = truncateWords(page.content, LIMITS.content);
  return fitted;
}

/**
 * Packs fields into pages of at most `perPage`, each page also within the embed budget, and numbers
 * the pages in their footers. `base` gives each page's title, description and color.
 */
export function pageFields(
  base: Omit<Card, 'fields'>,
  fields: CardField[],
  { perPage = 10, footer }: { perPage?: number; footer?: string } = {},
): Page[] {
  const fixed = cardLength({ ...base, footer: `${footer ?? ''} · Page 999 of 999` });
  const budget = LIMITS.embedTotal - fixed;
  const groups: CardField[][] = [];
  let current: CardField[] = [];
  let used = 0;
  for (const raw of fields) {
    const field = {
      ...raw,
      name: truncateWords(raw.name, LIMITS.fieldName) || BLANK,
      value: truncateWords(raw.value, LIMITS.fieldValue) || BLANK,
    };
    const size = field.name.length + field.value.length;
    if (current.length > 0 && (current.length >= Math.min(perPage, LIMITS.fields) || used + size > budget)) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(field);
    used += size;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups.map((group, index) => {
    const numbering = groups.length > 1 ? `Page ${index + 1} of ${groups.length}` : '';
    const pageFooter = [footer, numbering].filter(Boolean).join(' · ');
    const card: Card = { ...base, ...(group.length > 0 ? { fields: group } : {}) };
    if (pageFooter) card.footer = pageFooter;
    return fitPage({ cards: [card] });
  });
}

/** Splits a long text into chunks of at most `max`, at sentence ends where possible, else at words. */
function splitLong(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('." '), window.lastIndexOf('? '));
    if (cut > max / 3) cut += 1;
    else cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

/** Pages of running text (a story's paragraphs), each description at most `perPage` characters. */
export function pageText(
  base: Omit<Card, 'description' | 'fields'>,
  paragraphs: string[],
  { perPage = 3500 }: { perPage?: number } = {},
): Page[] {
  const pieces = paragraphs.flatMap((paragraph) => splitLong(paragraph, perPage));
  const groups: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (current && joined.length > perPage) {
      groups.push(current);
      current = piece;
    } else current = joined;
  }
  if (current || groups.length === 0) groups.push(current || '(no text)');
  return groups.map((description, index) => {
    const numbering = groups.length > 1 ? `Page ${index + 1} of ${groups.length}` : '';
    const footer = [base.footer, numbering].filter(Boolean).join(' · ');
    return fitPage({ cards: [{ ...base, description, ...(footer ? { footer } : {}) }] });
  });
}
