/** Temporary story folders for tests: a copy of the repository's `stories/`, plus files a test writes. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface StoryFolder {
  /** The folder to pass as STORIES_DIR. */
  dir: string;
  /** A separate empty folder for CACHE_DIR. */
  cacheDir: string;
  /** Writes (or overwrites) a story file, relative to `dir`; returns its absolute path. */
  write(name: string, text: string): string;
  remove(name: string): void;
  cleanup(): void;
}

export function makeStoryFolder(options: { copyRepoStories?: boolean; files?: Record<string, string> } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'newsbot-e2e-'));
  const dir = join(root, 'stories');
  const cacheDir = join(root, 'cache');
  mkdirSync(cacheDir, { recursive: true });
  if (options.copyRepoStories !== false) cpSync(join(REPO_ROOT, 'stories'), dir, { recursive: true });
  else mkdirSync(dir, { recursive: true });
  const folder: StoryFolder = {
    dir,
    cacheDir,
    write(name, text) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, 'utf8');
      return path;
    },
    remove(name) {
      rmSync(join(dir, name), { force: true });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  for (const [name, text] of Object.entries(options.files ?? {})) folder.write(name, text);
  return folder;
}

/** A snapshot of the given story files (no cache, no workers), and a cleanup for its folder. */
export async function snapshotOf(files: Record<string, string>) {
  const { StoryLibrary } = await import('../../src/library/storyLibrary.ts');
  const folder = makeStoryFolder({ copyRepoStories: false, files });
  const library = await StoryLibrary.open({
    dirs: [folder.dir],
    cacheDir: null,
    workers: 0,
    progress: false,
  });
  return { snapshot: library.snapshot, cleanup: () => folder.cleanup() };
}
