import { describe, expect, it } from 'vitest';
import { fitLogistic, type SparseExample } from '../../../scripts/train/logistic';

/**
 * The training's fit (scripts/train/logistic.ts): the per-feature penalty that lets the dense families
 * (sentence shape, our rules) shrink less than words.
 */
// Feature 0 leans towards judgement, feature 1 towards reporting; both appear in a handful of made-up rows.
const rows: SparseExample[] = [
  { features: Int32Array.of(0), label: 1 },
  { features: Int32Array.of(0), label: 1 },
  { features: Int32Array.of(0), label: 0 },
  { features: Int32Array.of(1), label: 0 },
  { features: Int32Array.of(1), label: 0 },
  { features: Int32Array.of(1), label: 1 },
  { features: Int32Array.of(0, 1), label: 1 },
  { features: Int32Array.of(), label: 0 },
];

describe('fitLogistic', () => {
  it('fits the same weights bit for bit without a penalty vector and with a penalty of 1 everywhere', () => {
    const plain = fitLogistic(rows, 2, 0.1);
    const ones = fitLogistic(rows, 2, 0.1, Float64Array.of(1, 1));
    expect([...ones.weights]).toEqual([...plain.weights]);
    expect(ones.bias).toBe(plain.bias);
  });

  it('lets a feature with a smaller penalty take a larger weight, and leaves the others close', () => {
    const plain = fitLogistic(rows, 2, 0.1);
    const lighter = fitLogistic(rows, 2, 0.1, Float64Array.of(0.25, 1));
    expect(plain.weights[0]!).toBeGreaterThan(0);
    expect(lighter.weights[0]!).toBeGreaterThan(plain.weights[0]! * 1.2);
    expect(Math.sign(lighter.weights[1]!)).toBe(Math.sign(plain.weights[1]!));
  });
});
