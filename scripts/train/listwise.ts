/**
 * Training the answerer's log-linear models by full-batch gradient descent with Adam and a little L2:
 * a listwise ranker (each group, one question, has rows of features and targets summing to 1 over the
 * group; a softmax over each group's rows, a conditional logit), and a plain logistic regression. A
 * ranker's rows may also carry sparse features: names that count 1 when present (lexicalised
 * conjunctions, thousands of names of which a row holds a few).
 */

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
    const right = rows.reduce((sum, row) => sum + row.target, 0);
    if (right <= 0) return;
    for (const row of rows) {
      if (this.names.length === 0) this.names = Object.keys(row.features);
      for (const name of this.names) this.#values.push(row.features[name]!);
      this.#targets.push(row.target / right);
      for (const name of row.sparse ?? []) {
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

/**
 * The weights that fit the groups best, by name (rounded to 3 decimals): every dense feature's, and
 * the sparse features' that weigh at least 0.01 either way.
 */
export function trainListwise(
  { names, rows, targets, starts, sparseNames, sparse, sparseStarts }: Groups,
  { steps = 150, rate = 0.05, l2 = 1e-4, label = 'train' } = {},
): Record<string, number> {
  const d = names.length;
  const adam = new Adam(d + sparseNames.length, rate, l2);
  const w = adam.w;
  const z = new Float64Array(targets.length);
  const count = starts.length - 1;
  for (let step = 1; step <= steps; step++) {
    const grad = new Float64Array(w.length);
    let loss = 0;
    for (let g = 0; g < count; g++) {
      const from = starts[g]!;
      const to = starts[g + 1]!;
      let max = -Infinity;
      for (let i = from; i < to; i++) {
        let sum = 0;
        for (let j = 0; j < d; j++) sum += w[j]! * rows[i * d + j]!;
        for (let k = sparseStarts[i]!; k < sparseStarts[i + 1]!; k++) sum += w[d + sparse[k]!]!;
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
        for (let j = 0; j < d; j++) grad[j]! += diff * rows[i * d + j]!;
        for (let k = sparseStarts[i]!; k < sparseStarts[i + 1]!; k++) grad[d + sparse[k]!]! += diff;
      }
    }
    adam.step(grad, count);
    if (step % 50 === 0) process.stderr.write(`${label}: step ${step}, loss ${(loss / count).toFixed(4)}\n`);
  }
  const weights = adam.weights([...names, ...sparseNames]);
  for (const name of sparseNames) if (Math.abs(weights[name]!) < 0.01) delete weights[name];
  return weights;
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
