import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { claimText, textClaims } from '../../src/library/textClaims.ts';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

describe('claimText', () => {
  it('names the earlier job that had a text; the first job, and an earlier one come late, parse it', () => {
    const claims = textClaims(4);
    expect(claimText(claims, sha1('a'), 3)).toBe(-1);
    expect(claimText(claims, sha1('a'), 7)).toBe(3);
    // Job 1 comes after job 3 claimed its text (another worker): it parses it itself.
    expect(claimText(claims, sha1('a'), 1)).toBe(-1);
    expect(claimText(claims, sha1('b'), 5)).toBe(-1);
    expect(claimText(claims, sha1('b'), 6)).toBe(5);
  });

  it('keeps every text of a full parse apart, and names a candidate for a hash that shares its first 32 bits', () => {
    const claims = textClaims(1000);
    for (let i = 0; i < 1000; i++) expect(claimText(claims, sha1(`story ${i}`), i)).toBe(-1);
    for (let i = 0; i < 1000; i++) expect(claimText(claims, sha1(`story ${i}`), 1000 + i)).toBe(i);
    // Another text with the same first 64 bits (its key and first slot): a candidate only, which the
    // loader checks against the whole hash.
    const hash = sha1('story 5');
    const other = `${hash.slice(0, 16)}${hash.endsWith('0') ? '1' : '0'}${hash.slice(17)}`;
    expect(other).not.toBe(hash);
    expect(claimText(claims, other, 2000)).toBe(5);
  });
});
