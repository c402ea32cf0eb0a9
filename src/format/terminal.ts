/** Text shown on a terminal (the command line, the local chat) cannot drive the terminal. */
/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts colour, title and
 * cursor sequences), DEL, and the bidirectional overrides and isolates that reorder what follows.
 */
const TERMINAL_UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAME_UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON leaves raw but a terminal acts on: written as `\uXXXX` escapes instead. */
export const JSON_UNSAFE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\x7f-\x9f]/g;

/** Text for a terminal: lines and tabs kept, every other control and bidi character dropped. */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, '');
}

/** A name (a file, a speaker) for one line of a terminal: no control or bidi character at all. */
export function terminalName(name: string): string {
  return name.replace(NAME_UNSAFE, '');
}
