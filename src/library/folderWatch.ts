/**
 * Watching story folders for changes: one plain (non-recursive) watcher per folder, set up before
 * `watchFolders` returns. Node 20's recursive `fs.watch` on Linux stats and watches every file (2.3 s
 * and 100,000 watches for a folder of 100k stories) and, in earlier releases, set its watchers up
 * asynchronously, so a file added right after the start could go unnoticed.
 */
import { type Dirent, type FSWatcher, lstatSync, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { skipped } from './storyFiles.ts';

/**
 * Calls `onChange` whenever something changes in `root` or the folders inside it (links are not
 * followed; dot-folders and node_modules are left out, as the loader leaves them out), with the changed
 * path inside `root` (`/` separators), or with none when the system did not say which (a watched folder
 * removed or failing). A folder made later is watched as soon as its parent reports it. Throws when
 * `root` cannot be watched; returns a function that stops watching.
 */
export function watchFolderTree(root: string, onChange: (relative?: string) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const unwatch = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  /** `inside` is the folder's path inside `root` ('' for the root itself). */
  const add = (folder: string, inside: string) => {
    if (closed || watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        if (typeof name !== 'string') return onChange();
        const path = join(folder, name);
        // A watched folder moved or removed takes its files along, and they report nothing of their own.
        if (watchers.has(path)) return onChange();
        const changed = inside ? `${inside}/${name}` : name;
        onChange(changed);
        if (!skipped(name)) addIfFolder(path, changed);
      });
    } catch (error) {
      // A root that cannot be watched is the caller's to report; a folder gone since it was seen is not.
      if (folder === root) throw error;
      return;
    }
    // A folder removed (or made unreadable) ends its watcher with an error: the change is reported.
    watcher.on('error', () => {
      unwatch(folder);
      onChange();
    });
    watchers.set(folder, watcher);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries)
      if (entry.isDirectory() && !skipped(entry.name))
        add(join(folder, entry.name), inside ? `${inside}/${entry.name}` : entry.name);
  };
  const addIfFolder = (path: string, inside: string) => {
    try {
      if (lstatSync(path).isDirectory()) add(path, inside);
    } catch {
      // Gone again, or a file that was removed: nothing to watch.
    }
  };
  add(root, '');
  return () => {
    closed = true;
    for (const folder of [...watchers.keys()]) unwatch(folder);
  };
}
