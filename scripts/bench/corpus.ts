/**
 * Bench story sets outside the repository: the Reuters folder as is, a prefix of it (for --quick), or
 * it replicated to N stories. Replicas get new names and a shifted year, so their content hashes (and
 * their dates) differ from the originals. Sets are kept in the temp folder and re-used between runs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function reutersFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** A folder holding `size` stories made from the Reuters folder `source` (always a copy: the reload bench edits it). */
export function prepareStorySet(source: string, size: number): string {
  const names = reutersFiles(source);
  const dir = join(tmpdir(), `newsbot-bench-${size}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(size)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const copy = Math.floor(i / names.length);
    const name = names[i % names.length]!;
    let text = readFileSync(join(source, name), 'utf8');
    if (copy > 0) {
      // Shift the year so the copy is a different story to the cache and spreads the dates.
      text = text.replace(/date (\d{4})/, (_, year: string) => `date ${Number(year) + copy}`);
    }
    writeFileSync(join(dir, copy > 0 ? `c${copy}-${name}` : name), text);
  }
  writeFileSync(marker, String(size));
  return dir;
}
