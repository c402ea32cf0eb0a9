/**
 * Shortening text to a budget without cutting words: Discord rejects over-long embeds outright, and a
 * word cut in half reads as a typo.
 */

export const ELLIPSIS = '…';

/** True when index `i` of `text` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return i > 0 && i < text.length && code >= 0xdc00 && code <= 0xdfff;
}

/** Below this many units, a word that does not fit is dropped rather than cut. */
const MIN_HARD_CUT = 16;

/**
 * `text` if it fits in `max` UTF-16 units, else its longest run of whole words that fits with an
 * ellipsis. Only a single word longer than a roomy budget (a URL, say) is cut, and never inside a
 * surrogate pair; in a small budget it gives way to the bare ellipsis. Never returns more than `max` units.
 */
export function truncateWords(text: string, max: number, ellipsis = ELLIPSIS): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, max);
  const room = max - ellipsis.length;
  // A cut right before white space keeps the last word whole.
  let cut = -1;
  for (let i = room; i > 0; i--) {
    if (/\s/.test(text[i] ?? '')) {
      cut = i;
      break;
    }
  }
  let head: string;
  if (cut > 0) {
    head = text.slice(0, cut).replace(/[\s,;:–—-]+$/u, '');
  } else if (room >= MIN_HARD_CUT) {
    // One word longer than a roomy budget (a URL): cut it rather than show nothing.
    let end = room;
    if (splitsPair(text, end)) end -= 1;
    head = text.slice(0, end);
  } else head = '';
  return head + ellipsis;
}

/**
 * Fits several texts into one shared budget, in order: each keeps what it needs while the budget lasts,
 * the one that overflows is shortened by words, and the rest become empty. Used where Discord caps a
 * total (6000 over an embed) rather than each piece.
 */
export function fitBudget(texts: readonly string[], budget: number): string[] {
  let left = Math.max(0, budget);
  return texts.map((text) => {
    let fitted = truncateWords(text, left);
    if (fitted === ELLIPSIS && text !== ELLIPSIS) fitted = '';
    left -= fitted.length;
    return fitted;
  });
}

/** Collapses runs of white space (hard-wrapped story text) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
