import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byListingOrder,
  decodeStoryBytes,
  FolderColumns,
  type ListedFiles,
  listChangedFiles,
  listStoryFiles,
  listStoryFilesUnsorted,
  MAX_STORY_BYTES,
  readStoryFile,
  readStoryFileSync,
} from '../../src/library/storyFiles.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'newsbot-storyfiles-'));
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('set/b.txt', 'date 2020-01-02 B.\n');
  write('set/a.md', 'date 2020-01-02 A.\n');
  write('set/sub/deeper/c.txt', 'date 2020-01-02 C.\n');
  write('set/README.md', '# not a story\n');
  write('set/readme.txt', 'not a story either\n');
  write('set/.hidden.txt', 'hidden\n');
  write('set/.git/d.txt', 'hidden folder\n');
  write('set/node_modules/e.txt', 'dependency\n');
  write('set/notes.json', '{}\n');
  write('other/z.txt', 'date 2020-01-02 Z.\n');
  symlinkSync(join(root, 'set', 'sub'), join(root, 'set', 'loop'));
  write('links/m.txt', 'date 2020-01-02 M.\n');
  symlinkSync(join(root, 'links', 'm.txt'), join(root, 'links', 'a-link.txt'));
  symlinkSync(join(root, 'links', 'm.txt'), join(root, 'links', 'z-link.txt'));
  write('linked-after/m.txt', 'date 2020-01-02 M.\n');
  symlinkSync(join(root, 'linked-after', 'm.txt'), join(root, 'linked-after', 'z-link.txt'));
  symlinkSync(join(root, 'set'), join(root, 'set', 'sub', 'back'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('listStoryFiles', () => {
  it('finds .txt and .md files recursively, skipping READMEs, dot-files and node_modules, sorted', async () => {
    const { files, errors } = await listStoryFiles([join(root, 'set')]);
    expect(errors).toEqual([]);
    expect(files.map((file) => file.relative)).toEqual(['a.md', 'b.txt', 'loop/deeper/c.txt']);
    expect(files[0]).toEqual({
      path: join(root, 'set', 'a.md'),
      root: join(root, 'set'),
      relative: 'a.md',
      real: realpathSync(join(root, 'set', 'a.md')),
    });
  });

  it("unsorted, lists the same files as names by folder, in the folders' own order: byListingOrder sorts them as listed sorted", async () => {
    const plain = join(root, 'plain');
    for (const path of ['k.txt', 'c.md', 'sub/b.txt', 'sub/deeper/a.txt', 'sub/notes.json', 'README.md']) {
      mkdirSync(join(plain, path, '..'), { recursive: true });
      writeFileSync(join(plain, path), 'date 2020-01-02 P.\n');
    }
    // A folder given by its real path, by another path (a relative one), and a second folder.
    const relativePlain = relative(process.cwd(), plain);
    for (const dirs of [
      [plain, join(root, 'other')],
      [relativePlain, join(root, 'other')],
    ]) {
      const sorted = await listStoryFiles(dirs);
      const unsorted = await listStoryFilesUnsorted(dirs);
      expect(unsorted.errors).toEqual(sorted.errors);
      const entries = Array.from({ length: unsorted.files.length }, (_, i) => unsorted.files.at(i));
      expect(entries.sort(byListingOrder(dirs))).toEqual(sorted.files);
      for (let i = 0; i < unsorted.files.length; i++) {
        const entry = unsorted.files.at(i);
        expect([unsorted.files.pathAt(i), unsorted.files.relativeAt(i), unsorted.files.realAt(i)]).toEqual([
          entry.path,
          entry.relative,
          entry.real,
        ]);
      }
    }
    expect((await listStoryFiles([plain])).files.map((file) => file.relative)).toEqual([
      'c.md',
      'k.txt',
      'sub/b.txt',
      'sub/deeper/a.txt',
    ]);
  });

  it('unsorted, lists a folder with no sub-folder from the last listing while it is stated as then, its times settled before that listing', async () => {
    const set = join(root, 'settled');
    for (const path of ['top.txt', 'leaf/a.txt', 'leaf/b.md', 'leaf/notes.json', 'other/deeper/c.txt']) {
      mkdirSync(join(set, path, '..'), { recursive: true });
      writeFileSync(join(set, path), 'date 2020-01-02 S.\n');
    }
    const entries = (files: ListedFiles) =>
      Array.from({ length: files.length }, (_, i) => files.at(i).relative).sort();
    const first = await listStoryFilesUnsorted([set]);
    const columns = (listing: { files: ListedFiles }) => {
      expect(listing.files).toBeInstanceOf(FolderColumns);
      return listing.files as FolderColumns;
    };
    // Its folders changed just before the first listing: the second reads them all again.
    const second = await listStoryFilesUnsorted([set], columns(first));
    expect(columns(second).foldersRead).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const third = await listStoryFilesUnsorted([set], columns(second));
    expect(columns(third).foldersRead).toBe(4);
    // Settled before the third listing: the leaves (leaf, deeper) are taken from it; a folder with a
    // sub-folder is read (its sub-folders' own stats decide for them).
    const fourth = await listStoryFilesUnsorted([set], columns(third));
    expect(columns(fourth).foldersRead).toBe(2);
    expect(entries(fourth.files)).toEqual(entries(first.files));
    expect(entries(fourth.files)).toEqual(['leaf/a.txt', 'leaf/b.md', 'other/deeper/c.txt', 'top.txt']);
    // A file added to a leaf changes its stat: read again, with the new file.
    writeFileSync(join(set, 'leaf/new.txt'), 'date 2020-01-02 N.\n');
    const fifth = await listStoryFilesUnsorted([set], columns(fourth));
    expect(columns(fifth).foldersRead).toBe(3);
    expect(entries(fifth.files)).toContain('leaf/new.txt');
  });

  it('unsorted, lists a set with links in it as sorted: the same paths of a file links reach twice', async () => {
    const dirs = [join(root, 'other'), join(root, 'set'), join(root, 'links')];
    const sorted = await listStoryFiles(dirs);
    const unsorted = await listStoryFilesUnsorted(dirs);
    expect(unsorted.errors).toEqual(sorted.errors);
    expect(Array.from({ length: unsorted.files.length }, (_, i) => unsorted.files.at(i))).toEqual(
      sorted.files,
    );
    expect(sorted.files.map((file) => file.relative)).toEqual([
      'z.txt',
      'a.md',
      'b.txt',
      'loop/deeper/c.txt',
      'a-link.txt',
    ]);
  });

  it('lists a file that links point to once, by the first path met, whether the link comes before it or after', async () => {
    const before = await listStoryFiles([join(root, 'links')]);
    expect(before.files.map((file) => file.relative)).toEqual(['a-link.txt']);
    expect(before.files[0]!.real).toBe(realpathSync(join(root, 'links', 'm.txt')));
    const after = await listStoryFiles([join(root, 'linked-after')]);
    expect(after.files.map((file) => file.relative)).toEqual(['m.txt']);
  });

  it('keeps the folders in the order given', async () => {
    const { files } = await listStoryFiles([join(root, 'other'), join(root, 'set')]);
    expect(files.map((file) => file.relative)).toEqual(['z.txt', 'a.md', 'b.txt', 'loop/deeper/c.txt']);
  });

  it('reports a missing folder as an error entry instead of throwing', async () => {
    const missing = join(root, 'missing');
    const { files, errors } = await listStoryFiles([missing, join(root, 'other')]);
    expect(files.map((file) => file.relative)).toEqual(['z.txt']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(missing);
    expect(errors[0]!.reason).toMatch(/no such file or folder/);
  });

  it('accepts a single story file as a set and refuses other files', async () => {
    const single = await listStoryFiles([join(root, 'other', 'z.txt')]);
    expect(single.files.map((file) => file.relative)).toEqual(['z.txt']);
    const wrong = await listStoryFiles([join(root, 'set', 'notes.json')]);
    expect(wrong.files).toEqual([]);
    expect(wrong.errors[0]!.reason).toMatch(/not a folder/);
  });
});

describe('listChangedFiles', () => {
  it('lists the story files at changed paths as the full listing does, and the paths gone', async () => {
    const set = join(root, 'set');
    const full = await listStoryFiles([set]);
    const changed = await listChangedFiles(
      [set],
      ['sub/deeper/c.txt', 'b.txt', 'gone.txt', 'notes.json', '.hidden.txt', 'node_modules/e.txt'].map(
        (relative) => ({ root: set, relative }),
      ),
    );
    const listed = (relative: string) => full.files.find((file) => file.relative === relative);
    // (The full listing finds c.txt through the link `loop` first: a reload then sees its story id held.)
    const c = join(set, 'sub', 'deeper', 'c.txt');
    expect(changed?.files).toEqual([
      { path: c, root: set, relative: 'sub/deeper/c.txt', real: realpathSync(c) },
      listed('b.txt'),
    ]);
    // A path that is no story file (any more) is gone: a story there, if one was known, is removed.
    expect(changed?.gone.map((entry) => entry.relative)).toEqual(['gone.txt', 'notes.json']);
  });

  it('needs the full listing for a folder, a path outside the folders or one climbing out', async () => {
    const set = join(root, 'set');
    expect(await listChangedFiles([set], [{ root: set, relative: 'sub' }])).toBeNull();
    expect(await listChangedFiles([set], [{ root: join(root, 'other'), relative: 'z.txt' }])).toBeNull();
    expect(await listChangedFiles([set], [{ root: set, relative: '../other/z.txt' }])).toBeNull();
  });
});

describe('readStoryFile', () => {
  const file = (name: string, content: string | Buffer) => {
    const path = join(root, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads UTF-8 text as is, with its size and SHA-1', async () => {
    const path = file('good.txt', 'date 2020-01-02 Caf\u00e9 \u201cquoted\u201d.\n');
    const read = await readStoryFile(path);
    expect(read).toEqual({
      ok: true,
      text: 'date 2020-01-02 Caf\u00e9 \u201cquoted\u201d.\n',
      bytes: Buffer.byteLength('date 2020-01-02 Caf\u00e9 \u201cquoted\u201d.\n'),
      sha1: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(readStoryFileSync(path)).toEqual(read);
  });

  it('keeps a byte-order mark as U+FEFF so offsets match the file as read', async () => {
    const read = await readStoryFile(file('bom.txt', '\uFEFFdate 2020-01-02 Text.\n'));
    expect(read.ok && read.text.charCodeAt(0)).toBe(0xfeff);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), /^empty file$/],
    ['blank.txt', ' \n\t\n', /only white space/],
    ['nul.txt', Buffer.from([0x64, 0x61, 0x00, 0x74]), /binary file \(contains NUL bytes\)/],
    [
      'latin1.txt',
      Buffer.from('date 2020-01-02 Caf\u00e9\n', 'latin1'),
      /not UTF-8 text \(invalid byte at offset 19\)/,
    ],
    [
      'control.txt',
      Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 65))),
      /binary file/,
    ],
  ])('refuses %s with a clear reason', async (name, content, reason) => {
    const path = file(name, content);
    const read = await readStoryFile(path);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
    expect(readStoryFileSync(path)).toEqual(read);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = file('huge.txt', Buffer.alloc(MAX_STORY_BYTES + 1, 0x61));
    const read = await readStoryFile(path);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/too large/);
  });

  it('reports a missing file and a folder as reasons, not exceptions', async () => {
    const missing = await readStoryFile(join(root, 'nope.txt'));
    expect(missing).toEqual({ ok: false, reason: 'no such file or folder' });
    const folder = readStoryFileSync(join(root, 'set'));
    expect(folder).toEqual({ ok: false, reason: 'not a file' });
  });

  it('decodes bytes with the same checks', () => {
    expect(decodeStoryBytes(new TextEncoder().encode('date 2020-01-02 x')).ok).toBe(true);
    expect(decodeStoryBytes(new Uint8Array([0xc3, 0x28])).ok).toBe(false);
  });
});
