/**
 * A graded similarity between words that may share no root ("sacked" and "tackled", "founded" and
 * "established"): the cosine of their word vectors (100-d GloVe, quantised to int8, keyed by the
 * engine's `root`; `scripts/buildEmbeddings.ts` writes the table). Loaded once, on first use.
 */
import { embeddingTable } from './data/tables.ts';
import { fold, root } from './words.ts';

interface Table {
  dimensions: number;
  rows: Map<string, number>;
  vectors: Int8Array;
  /** 1 / the length of each row's vector. */
  inverseNorms: Float32Array;
}

let table: Table | undefined;

function load(): Table {
  const { dimensions, roots, vectors: base64 } = embeddingTable();
  const bytes = Buffer.from(base64, 'base64');
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const rows = new Map<string, number>();
  roots.split(' ').forEach((key, i) => {
    rows.set(key, i);
  });
  const inverseNorms = new Float32Array(rows.size);
  for (let i = 0; i < rows.size; i++) {
    let sum = 0;
    for (let j = i * dimensions; j < (i + 1) * dimensions; j++) sum += vectors[j]! * vectors[j]!;
    inverseNorms[i] = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  }
  return { dimensions, rows, vectors, inverseNorms };
}

/** The cosine of two roots' vectors (`root` of `engine/words.ts`), -1..1; 0 when either is unknown. */
export function rootSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  table ??= load();
  const i = table.rows.get(a);
  const k = table.rows.get(b);
  if (i === undefined || k === undefined) return 0;
  const { dimensions, vectors, inverseNorms } = table;
  let dot = 0;
  for (let j = 0; j < dimensions; j++) dot += vectors[i * dimensions + j]! * vectors[k * dimensions + j]!;
  return dot * inverseNorms[i]! * inverseNorms[k]!;
}

/** The similarity of two words as written (folded and cut to their roots), -1..1; 0 when either is unknown. */
export function similarity(a: string, b: string): number {
  return rootSimilarity(root(fold(a)), root(fold(b)));
}
