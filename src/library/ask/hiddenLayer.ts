/**
 * A layer of tanh units beside a ranker's linear weights: the score is `w·x + Σₕ out[h] ·
 * tanh(in[h]·x + bias[h])`, each unit's input weights in the order of the ranker's feature names.
 */
export interface HiddenLayer {
  in: number[][];
  bias: number[];
  out: number[];
}

/** What the units add to a row's score, `values` in the order of their input weights. */
export function hiddenScore(hidden: HiddenLayer, values: ArrayLike<number>): number {
  let z = 0;
  for (let h = 0; h < hidden.out.length; h++) {
    const input = hidden.in[h]!;
    let a = hidden.bias[h]!;
    for (let j = 0; j < values.length; j++) a += input[j]! * values[j]!;
    z += hidden.out[h]! * Math.tanh(a);
  }
  return z;
}

/** Inputs read for the units, reused: a ranker scores hundreds of rows per question. */
let inputs = new Float64Array(0);

/** As `hiddenScore`, the `count` inputs read by `valueAt` (a feature's value by its position). */
export function hiddenScoreOf(hidden: HiddenLayer, count: number, valueAt: (j: number) => number): number {
  if (inputs.length !== count) inputs = new Float64Array(count);
  for (let j = 0; j < count; j++) inputs[j] = valueAt(j);
  return hiddenScore(hidden, inputs);
}
