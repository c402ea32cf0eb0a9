import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/engine/parseStory.ts';
import { packOutcome, unpackOutcome } from '../../src/library/parsedStory.ts';

describe('packOutcome', () => {
  const first = parseStory(
    'date 2014-09-15\nPARIS, Sept 15 (Reuters) - Secretary of State John Kerry said in Paris "we will not do it".\n',
    'first.txt',
  );
  const second = parseStory(
    'date 1987-03-02\nTOKYO, March 2 - Japan\'s finance minister Kiichi Miyazawa said "rates will stay".\n',
    'second.txt',
  );
  const large = parseStory(
    `date 1987-03-03\nLONDON, March 3 - ${'Shares rose. "Fine," he said. '.repeat(9_000)}\n`,
    'large.txt',
  );

  it('packs each story on its own, whatever was packed before it', () => {
    const alone = unpackOutcome(packOutcome(second));
    packOutcome(first);
    packOutcome(large);
    const after = packOutcome(second);
    expect(unpackOutcome(after)).toEqual(alone);
    expect(unpackOutcome(after)).toEqual(second);
    // Its table of short strings holds its own names only.
    expect(after.ok && after.columns.strings.join(' ')).not.toContain('Kerry');
  });

  it('packs a story of many quotes and paragraphs', () => {
    expect(unpackOutcome(packOutcome(large))).toEqual(large);
  });
});
