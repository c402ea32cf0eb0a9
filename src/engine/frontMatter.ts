/** YAML front matter at the top of a story file (`---` … `---`). */
import { createRequire } from 'node:module';

// The YAML parser is loaded on the first story that has front matter: most story sets have none, and a
// command that opens a cached set never parses a story.
const load = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;

export interface FrontMatter {
  /** The parsed mapping; null when the block is not valid YAML or not a mapping. */
  data: Record<string, unknown> | null;
  /** Where the block lies in the raw text, fences included. */
  start: number;
  /** Index after the closing fence's line: the text after the front matter starts here. */
  end: number;
  warnings: string[];
}

/**
 * Reads a front-matter block starting at `start` (which must be at `---`). Returns null when the
 * text there is not a front-matter block; a block that is not valid YAML is still skipped, with a
 * warning, so its lines do not end up in the body. Never throws.
 */
export function readFrontMatter(raw: string, start: number): FrontMatter | null {
  const open = /---[ \t]*\r?\n/y;
  open.lastIndex = start;
  if (!open.test(raw)) return null;
  const bodyStart = open.lastIndex;
  // The closing fence is a line of exactly `---` or `...`; search line starts only.
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = bodyStart;
  const closing = close.exec(raw);
  if (!closing) return null;
  const yamlText = raw.slice(bodyStart, closing.index);
  const end = closing.index + closing[0].length;
  const warnings: string[] = [];
  let data: Record<string, unknown> | null = null;
  try {
    yaml ??= load('yaml') as typeof import('yaml');
    const value: unknown = yaml.parse(yamlText);
    if (value === null || value === undefined) data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    else warnings.push('front matter is not a list of "key: value" fields; ignored');
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    warnings.push(`front matter is not valid YAML (${reason}); ignored`);
  }
  return { data, start, end, warnings };
}

/** A front-matter field as a trimmed, non-empty string (numbers are written out), else null. */
export function stringField(data: Record<string, unknown> | null, key: string): string | null {
  const value = data?.[key];
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * The front-matter fields other than `skip`, as strings or string lists (`tags: [a, b]`), for
 * `Story.meta`. Nested mappings are left out.
 */
export function metaFields(
  data: Record<string, unknown> | null,
  skip: readonly string[],
): Record<string, string | string[]> {
  const meta: Record<string, string | string[]> = {};
  if (!data) return meta;
  for (const [key, value] of Object.entries(data)) {
    if (skip.includes(key) || value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      const items = value
        .filter((item) => item !== null && typeof item !== 'object')
        .map((item) => String(item));
      meta[key] = items;
    } else if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) meta[key] = value.toISOString();
    } else if (typeof value !== 'object') {
      meta[key] = String(value);
    }
  }
  return meta;
}
