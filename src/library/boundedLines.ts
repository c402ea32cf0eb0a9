/**
 * Reading lines of piped input (batch requests, a chat fed from a file) with a bound on what one line
 * may hold, so no input, however long its lines, costs more memory than the bound.
 */
import { StringDecoder } from 'node:string_decoder';

/** A line of input, or the length of one too long to keep (its text is dropped as it is read). */
export type InputLine = { text: string } | { tooLong: number };

/**
 * The lines of `input` (ended by `\n`, `\r\n` or `\r`, as readline ends them), keeping at most `max`
 * characters of each: a longer line is counted, not held, so a line of gigabytes without a line break
 * costs no memory.
 */
export async function* boundedLines(
  input: AsyncIterable<Buffer | string>,
  max: number,
): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let length = 0;
  let afterCr = false;
  const end = (): InputLine => {
    const line: InputLine = length > max ? { tooLong: length } : { text: parts.join('') };
    parts = [];
    length = 0;
    return line;
  };
  const take = (piece: string) => {
    if (length + piece.length <= max) parts.push(piece);
    else parts = [];
    length += piece.length;
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      // The \n of a \r\n split between chunks ends no second line.
      if (code === 10 && afterCr && i === 0) {
        afterCr = false;
        from = 1;
        continue;
      }
      take(text.slice(from, i));
      yield end();
      // A \r last in its chunk may be the first half of a \r\n.
      afterCr = code === 13 && i === text.length - 1;
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
    if (from < text.length) {
      afterCr = false;
      take(text.slice(from));
    }
  }
  take(decoder.end());
  if (length > 0) yield end();
}
