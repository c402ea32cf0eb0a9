/**
 * Story files shaped to make a parser slow: one pattern repeated to a given size (quotes, bare quote
 * marks, names + said, datelines, initials, capitals, one long line). The hostile-input tests assert the
 * parse time per KB stays bounded on them; the bench reports the worst throughput over them.
 */

export interface HostileShape {
  name: string;
  /** The repeated unit (after the `date` line). */
  unit: string;
  /** Inserted every `every` units (e.g. a newline), so lines stay lines where the shape wants it. */
  separator?: { text: string; every: number };
}

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  { name: 'quotes said', unit: '"Yes," he said. ', separator: { text: '\n', every: 5 } },
  { name: 'open curly quotes', unit: '\u201cword ' },
  { name: 'open curly quotes, lines', unit: '\u201cword ', separator: { text: '\n', every: 12 } },
  { name: 'straight quote marks', unit: '"' },
  {
    name: 'names said',
    unit: 'John Smith said Mary Jones told Peter Brown. ',
    separator: { text: '\n', every: 2 },
  },
  { name: 'datelines', unit: 'PARIS, ' },
  { name: 'initials', unit: 'A. ' },
  { name: 'capitals', unit: 'Alpha Beta Gamma Delta ' },
  { name: 'one long line', unit: 'the quick brown fox jumps over the lazy dog ' },
  { name: 'short lines', unit: 'Word.\n' },
  { name: 'blank lines', unit: '\n\n \n' },
  { name: 'colons and quotes', unit: 'He said: "no ', separator: { text: '\n', every: 8 } },
  { name: 'curly pairs', unit: '\u201cWe will,\u201d said Kerry, \u2018yes\u2019 ' },
  { name: 'dashes', unit: 'A - B -- ' },
];

/** The shape's story file text, `bytes` characters long or a little less (whole units only). */
export function hostileStory(shape: HostileShape, bytes: number): string {
  const head = 'date 2014-09-15\n';
  const parts: string[] = [head];
  let length = head.length;
  let count = 0;
  while (length + shape.unit.length <= bytes) {
    parts.push(shape.unit);
    length += shape.unit.length;
    count++;
    if (shape.separator && count % shape.separator.every === 0) {
      parts.push(shape.separator.text);
      length += shape.separator.text.length;
    }
  }
  return parts.join('');
}
