/**
 * The parser's version: a hash of the engine's source files (and its data), and of the library's own
 * modules, since the cache also holds the indexes they build. Any change to either changes it, which
 * invalidates every cached parse.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE_DIR = fileURLToPath(new URL('../engine/', import.meta.url));
const LIBRARY_DIR = fileURLToPath(new URL('./', import.meta.url));

let memo: string | undefined;

/** The version of this code; a caller may pin another (NEWSBOT_PARSER_VERSION, see LibraryOptions). */
export function parserVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha1');
  const walk = (dir: string, deep: boolean) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (deep) walk(path, deep);
      } else if (entry.isFile()) hash.update(entry.name).update(readFileSync(path));
    }
  };
  try {
    walk(ENGINE_DIR, true);
    // The library's top-level modules build the cached indexes; its subfolders (queries, ask) do not.
    walk(LIBRARY_DIR, false);
  } catch {
    // Without readable sources (an unusual install) the cache is still keyed by content, just never by code.
    hash.update('unknown');
  }
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}
