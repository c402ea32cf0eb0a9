/**
 * Training the answerer's models by gradient descent with Adam and a little L2: a listwise
 * ranker (each group, one question, has rows of features and targets summing to 1 over the group; a
 * softmax over each group's rows, a conditional logit), optionally with a layer of tanh units beside
 * its linear weights, and a plain logistic regression. A ranker's rows may also carry sparse features:
 * names that count 1 when present (lexicalised conjunctions, thousands of names of which a row holds a
 * few).
 */

import type { HiddenLayer } from '../../src/library/ask/hiddenLayer.ts';

export interface Groups {
  names: string[];
  /** Row-major features, `names.length` per row. */
  rows: Float64Array;
  targets: Float64Array;
  /** Group g is rows `starts[g] .. starts[g + 1]`. */
  starts: number[];
  /** The sparse features' names; row i holds `sparse[sparseStarts[i] .. sparseStarts[i + 1]]`. */
  sparseNames: string[];
  sparse: Int32Array;
  sparseStarts: Int32Array;
}

/** A row to train on: its dense features, the names of the sparse ones it holds, and its target. */
interface Row {
  features: Record<string, number>;
  sparse?: readonly string[];
  target: number;
}

/** Collects groups row by row; a group with no right row is dropped. */
export class GroupBuilder {
  names: string[] = [];
  readonly #values: number[] = [];
  readonly #targets: number[] = [];
  readonly starts: number[] = [0];
  readonly #sparseIds = new Map<string, number>();
  readonly #sparse: number[] = [];
  readonly #sparseStarts: number[] = [0];
  /** Per sparse feature: the groups holding it, and the last group that did. */
  readonly #groupsHolding: number[] = [];
  readonly #lastGroup: number[] = [];

  /** Adds one group: its rows' features and (unnormalised) targets. */
  add(rows: readonly Row[]): void {
    if (this.names.length === 0 && rows.length > 0) this.names = Object.keys(rows[0]!.features);
    const values = new Float64Array(rows.length * this.names.length);
    rows.forEach((row, i) => {
      this.names.forEach((name, j) => {
        values[i * this.names.length + j] = row.features[name]!;
      });
    });
    this.addPacked(
      this.names,
      values,
      rows.map((row) => row.sparse ?? []),
      rows.map((row) => row.target),
    );
  }

  /**
   * Adds one group from packed rows: their dense values row-major in the order of `names` (the same for
   * every group), the names of the sparse features each holds, and their (unnormalised) targets.
   */
  addPacked(
    names: string[],
    values: ArrayLike<number>,
    sparse: ReadonlyArray<readonly string[]>,
    targets: ArrayLike<number>,
  ): void {
    let right = 0;
    for (let i = 0; i < targets.length; i++) right += targets[i]!;
    if (right <= 0) return;
    this.names = names;
    for (let k = 0; k < targets.length * names.length; k++) this.#values.push(values[k]!);
    for (let i = 0; i < targets.length; i++) {
      this.#targets.push(targets[i]! / right);
      for (const name of sparse[i]!) {
        let id = this.#sparseIds.get(name);
        if (id === undefined) {
          id = this.#sparseIds.size;
          this.#sparseIds.set(name, id);
          this.#groupsHolding.push(0);
          this.#lastGroup.push(-1);
        }
        if (this.#lastGroup[id] !== this.starts.length) {
          this.#lastGroup[id] = this.starts.length;
          this.#groupsHolding[id]!++;
        }
        this.#sparse.push(id);
      }
      this.#sparseStarts.push(this.#sparse.length);
    }
    this.starts.push(this.#targets.length);
  }

  /** The groups; a sparse feature held in fewer than `minGroups` groups is left out (too rare to learn). */
  done(minGroups = 1): Groups {
    const kept = new Int32Array(this.#groupsHolding.length).fill(-1);
    const sparseNames: string[] = [];
    for (const [name, id] of this.#sparseIds)
      if (this.#groupsHolding[id]! >= minGroups) {
        kept[id] = sparseNames.length;
        sparseNames.push(name);
      }
    const sparse: number[] = [];
    const sparseStarts = [0];
    for (let i = 0; i + 1 < this.#sparseStarts.length; i++) {
      for (let k = this.#sparseStarts[i]!; k < this.#sparseStarts[i + 1]!; k++)
        if (kept[this.#sparse[k]!]! >= 0) sparse.push(kept[this.#sparse[k]!]!);
      sparseStarts.push(sparse.length);
    }
    return {
      names: this.names,
      rows: Float64Array.from(this.#values),
      targets: Float64Array.from(this.#targets),
      starts: this.starts,
      sparseNames,
      sparse: Int32Array.from(sparse),
      sparseStarts: Int32Array.from(sparseStarts),
    };
  }
}

const rounded = (values: ArrayLike<number>) => Array.from(values, (v) => Math.round(v * 1000) / 1000);

/**
 * A listwise model with `hidden` tanh units beside its linear weights (none: a log-linear model), fit
 * by Adam over every group per step, or over `batch` groups per step taken in turn from an order
 * shuffled once per pass (a pass then makes many steps); the hidden layer starts from small
 * deterministic weights.
 */
export function trainListwiseModel(
  { names, rows, targets, starts, sparseNames, sparse, sparseStarts }: Groups,
  { steps = 150, rate = 0.05, l2 = 1e-4, label = 'train', hidden = 0, batch = 0 } = {},
): { features: Record<string, number>; hidden?: HiddenLayer } {
  const d = names.length;
  const H = hidden;
  // Parameters: linear weights, then each unit's input weights, the units' biases, their output
  // weights, then the sparse features' weights.
  const IN = d;
  const BIAS = d + H * d;
  const OUT = BIAS + H;
  const SPARSE = OUT + H;
  const adam = new Adam(SPARSE + sparseNames.length, rate, l2);
  const w = adam.w;
  let seed = 12345;
  for (let k = IN; k < BIAS; k++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    w[k] = ((seed / 2 ** 32) * 2 - 1) / Math.sqrt(d);
  }
  const z = new Float64Array(targets.length);
  const units = new Float64Array(targets.length * H);
  const count = starts.length - 1;
  // `batch` groups per step (all when 0), taken in turn from an order shuffled once per pass.
  const size = batch > 0 ? Math.min(batch, count) : count;
  const order = Int32Array.from({ length: count }, (_, g) => g);
  let next = count;
  const grad = new Float64Array(w.length);
  for (let step = 1; step <= steps; step++) {
    grad.fill(0);
    let loss = 0;
    for (let b = 0; b < size; b++) {
      if (next === count) {
        next = 0;
        if (size < count)
          for (let k = count - 1; k > 0; k--) {
            seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
            const other = Math.floor((seed / 2 ** 32) * (k + 1));
            [order[k], order[other]] = [order[other]!, order[k]!];
          }
      }
      const g = order[next++]!;
      const from = starts[g]!;
      const to = starts[g + 1]!;
      let max = -Infinity;
      for (let i = from; i < to; i++) {
        const x = i * d;
        let sum = 0;
        for (let j = 0; j < d; j++) sum += w[j]! * rows[x + j]!;
        for (let k = sparseStarts[i]!; k < sparseStarts[i + 1]!; k++) sum += w[SPARSE + sparse[k]!]!;
        for (let h = 0; h < H; h++) {
          let a = w[BIAS + h]!;
          for (let j = 0; j < d; j++) a += w[IN + h * d + j]! * rows[x + j]!;
          a = Math.tanh(a);
          units[i * H + h] = a;
          sum += w[OUT + h]! * a;
        }
        z[i] = sum;
        if (sum > max) max = sum;
      }
      let total = 0;
      for (let i = from; i < to; i++) total += Math.exp(z[i]! - max);
      for (let i = from; i < to; i++) {
        const p = Math.exp(z[i]! - max) / total;
        const y = targets[i]!;
        if (y > 0) loss -= y * Math.log(p + 1e-12);
        const diff = p - y;
        if (diff === 0) continue;
        const x = i * d;
        for (let j = 0; j < d; j++) grad[j]! += diff * rows[x + j]!;
        for (let k = sparseStarts[i]!; k < sparseStarts[i + 1]!; k++) grad[SPARSE + sparse[k]!]! += diff;
        for (let h = 0; h < H; h++) {
          const a = units[i * H + h]!;
          grad[OUT + h]! += diff * a;
          const back = diff * w[OUT + h]! * (1 - a * a);
          grad[BIAS + h]! += back;
          for (let j = 0; j < d; j++) grad[IN + h * d + j]! += back * rows[x + j]!;
        }
      }
    }
    adam.step(grad, size);
    if (step % 50 === 0) process.stderr.write(`${label}: step ${step}, loss ${(loss / size).toFixed(4)}\n`);
  }
  const features = adam.weights(names);
  sparseNames.forEach((name, k) => {
    const weight = Math.round(w[SPARSE + k]! * 1000) / 1000;
    if (Math.abs(weight) >= 0.01) features[name] = weight;
  });
  if (H === 0) return { features };
  return {
    features,
    hidden: {
      in: Array.from({ length: H }, (_, h) => rounded(w.subarray(IN + h * d, IN + (h + 1) * d))),
      bias: rounded(w.subarray(BIAS, OUT)),
      out: rounded(w.subarray(OUT, OUT + H)),
    },
  };
}

/** Adam over `d` weights, with L2. */
class Adam {
  readonly w: Float64Array;
  readonly #m: Float64Array;
  readonly #v: Float64Array;
  #t = 0;
  constructor(
    d: number,
    readonly rate: number,
    readonly l2: number,
  ) {
    this.w = new Float64Array(d);
    this.#m = new Float64Array(d);
    this.#v = new Float64Array(d);
  }

  /** One step down a gradient summed over `count` examples. */
  step(grad: Float64Array, count: number): void {
    this.#t++;
    const { w } = this;
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! / count + this.l2 * w[j]!;
      this.#m[j] = 0.9 * this.#m[j]! + 0.1 * g;
      this.#v[j] = 0.999 * this.#v[j]! + 0.001 * g * g;
      const mh = this.#m[j]! / (1 - 0.9 ** this.#t);
      const vh = this.#v[j]! / (1 - 0.999 ** this.#t);
      w[j]! -= (this.rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }

  weights(names: readonly string[]): Record<string, number> {
    return Object.fromEntries(names.map((name, j) => [name, Math.round(this.w[j]! * 1000) / 1000]));
  }
}

/** A logistic regression over rows of named features with targets in 0..1 (soft labels allowed). */
export function trainLogistic(
  rows: ReadonlyArray<{ features: Record<string, number>; target: number }>,
  { steps = 500, rate = 0.05, l2 = 1e-3, label = 'train' } = {},
): Record<string, number> {
  const names = Object.keys(rows[0]?.features ?? {});
  const adam = new Adam(names.length, rate, l2);
  for (let step = 1; step <= steps; step++) {
    const grad = new Float64Array(names.length);
    let loss = 0;
    for (const { features, target } of rows) {
      let z = 0;
      names.forEach((name, j) => {
        z += adam.w[j]! * features[name]!;
      });
      const p = 1 / (1 + Math.exp(-z));
      loss -= target * Math.log(p + 1e-12) + (1 - target) * Math.log(1 - p + 1e-12);
      names.forEach((name, j) => {
        grad[j]! += (p - target) * features[name]!;
      });
    }
    adam.step(grad, rows.length);
    if (step % 100 === 0)
      process.stderr.write(`${label}: step ${step}, loss ${(loss / rows.length).toFixed(4)}\n`);
  }
  return adam.weights(names);
}
