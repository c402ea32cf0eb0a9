import { describe, expect, it } from 'vitest';
import { hiddenScore, hiddenScoreOf } from '../../../src/library/ask/hiddenLayer.ts';

describe('hiddenScore', () => {
  it('adds each unit’s output weight times the tanh of its weighted inputs and bias', () => {
    const hidden = {
      in: [
        [1, 2],
        [0.5, -1],
      ],
      bias: [0, 0.25],
      out: [2, -3],
    };
    const expected = 2 * Math.tanh(1 * 0.5 + 2 * -0.25) - 3 * Math.tanh(0.5 * 0.5 - 1 * -0.25 + 0.25);
    expect(hiddenScore(hidden, [0.5, -0.25])).toBeCloseTo(expected, 12);
  });

  it('adds nothing without units', () => {
    expect(hiddenScore({ in: [], bias: [], out: [] }, [1, 2, 3])).toBe(0);
  });

  it('scores inputs read by position as it scores them given as an array', () => {
    const hidden = { in: [[1, -2, 0.5]], bias: [0.1], out: [1.5] };
    const values = [0.3, 0.7, -1];
    expect(hiddenScoreOf(hidden, 3, (j) => values[j]!)).toBe(hiddenScore(hidden, values));
    expect(hiddenScoreOf(hidden, 2, (j) => values[j]!)).toBe(hiddenScore(hidden, values.slice(0, 2)));
  });
});
