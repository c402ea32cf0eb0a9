import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../src/library/boundedLines.ts';

async function collect(chunks: string[], max: number) {
  const out: Array<string | number> = [];
  for await (const line of boundedLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), max))
    out.push('text' in line ? line.text : line.tooLong);
  return out;
}

async function readlineLines(chunks: string[]) {
  const out: string[] = [];
  const lines = createInterface({
    input: Readable.from(chunks.map((chunk) => Buffer.from(chunk))),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) out.push(line);
  return out;
}

describe('boundedLines', () => {
  it('splits lines as readline does, whatever the chunks (\\n, \\r\\n, \\r, UTF-8 cut inside a character)', async () => {
    const piece = fc.constantFrom('a', 'é', '€', '😀', '\n', '\r', '\r\n', ' ', '{"x":1}');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(piece, { maxLength: 6 }), { maxLength: 6 }), async (parts) => {
        const text = parts.map((part) => part.join('')).join('');
        const bytes = Buffer.from(text);
        // The same bytes cut at other places, through multi-byte characters too.
        const cuts = parts.map((part) => Buffer.byteLength(part.join('')));
        const chunks: Buffer[] = [];
        let at = 0;
        for (const cut of cuts) {
          chunks.push(bytes.subarray(at, at + Math.max(1, cut - 1)));
          at += Math.max(1, cut - 1);
        }
        chunks.push(bytes.subarray(at));
        const lines: string[] = [];
        for await (const line of boundedLines(Readable.from(chunks), 1_000))
          lines.push('text' in line ? line.text : `too long ${line.tooLong}`);
        expect(lines).toEqual(await readlineLines([text]));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a line over the bound instead of holding it, and goes on with the next', async () => {
    expect(await collect(['short\n', 'x'.repeat(30), 'x'.repeat(30), '\nnext\r\nlast'], 50)).toEqual([
      'short',
      60,
      'next',
      'last',
    ]);
  });
});
