/**
 * Training the answerer's log-linear models by full-batch gradient descent with Adam and a little L2:
 * a listwise ranker (each group, one question, has rows of features and targets summing to 1 over the
 * group; a softmax over each group's rows, a conditional logit), and a plain logistic regression.
 */

export interface Groups {
  names: string[];
  /** Row-major features, `names.length` per row. */
  rows: Float64Array;
  targets: Float64Array;
  /** Group g is rows `starts[g] .. starts[g + 1]`. */
  starts: number[];
}

/** Collects groups row by row; a group with no right row is dropped. */
export class GroupBuilder {
  names: string[] = [];
  readonly #values: number[] = [];
  readonly #targets: number[] = [];
  readonly starts: number[] = [0];

  /** Adds one group: its rows' features and (unnormalised) targets. */
  add(rows: ReadonlyArray<{ features: Record<string, number>; target: number }>): void {
    const right = rows.reduce((sum, row) => sum + row.target, 0);
    if (right <= 0) return;
    for (const row of rows) {
      if (this.names.length === 0) this.names = Object.keys(row.features);
      for (const name of this.names) this.#values.push(row.features[name]!);
      this.#targets.push(row.target / right);
    }
    this.starts.push(this.#targets.length);
  }

  done(): Groups {
    return {
      names: this.names,
      rows: Float64Array.from(this.#values),
      targets: Float64Array.from(this.#targets),
      starts: this.starts,
    };
  }
}

/** The weights that fit the groups best, by name (rounded to 3 decimals). */
export function trainListwise(
  { names, rows, targets, starts }: Groups,
  { steps = 150, rate = 0.05, l2 = 1e-4, label = 'train' } = {},
): Record<string, number> {
  const d = names.length;
  const adam = new Adam(d, rate, l2);
  const w = adam.w;
  const z = new Float64Array(targets.length);
  const count = starts.length - 1;
  for (let step = 1; step <= steps; step++) {
    const grad = new Float64Array(d);
    let loss = 0;
    for (let g = 0; g < count; g++) {
      const from = starts[g]!;
      const to = starts[g + 1]!;
      let max = -Infinity;
      for (let i = from; i < to; i++) {
        let sum = 0;
        for (let j = 0; j < d; j++) sum += w[j]! * rows[i * d + j]!;
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
        if (diff !== 0) for (let j = 0; j < d; j++) grad[j]! += diff * rows[i * d + j]!;
      }
    }
    adam.step(grad, count);
    if (step % 50 === 0) process.stderr.write(`${label}: step ${step}, loss ${(loss / count).toFixed(4)}\n`);
  }
  return adam.weights(names);
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
