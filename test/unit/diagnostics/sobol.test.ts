/**
 * The Saltelli/Jansen estimators against functions whose indices are known analytically: a linear
 * model of independent uniforms (Sᵢ = STᵢ = aᵢ² / Σ aⱼ²), the Ishigami function (a = 7, b = 0.1)
 * and a factor made of several columns.
 */
import { describe, expect, it } from 'vitest';
import {
  blockSize,
  designPoint,
  saltelliDesign,
  sobolIndices,
} from '../../../src/main/core/scoring/uncertainty/sobol';

function run(N: number, sizes: number[], f: (x: Float64Array) => number, seed = 3) {
  const design = saltelliDesign(N, sizes, seed);
  const runs = N * blockSize(design);
  const y = new Float64Array(runs);
  const x = new Float64Array(design.D);
  for (let r = 0; r < runs; r++) y[r] = f(designPoint(design, r, x));
  return sobolIndices(y, sizes.length, N);
}

describe('Sobol indices (Saltelli 2010 first order, Jansen total order)', () => {
  it('recovers a linear model’s indices a² / Σ a²', () => {
    const a = [1, 2, 3];
    const { first, total } = run(
      20_000,
      [1, 1, 1],
      (x) => a[0]! * x[0]! + a[1]! * x[1]! + a[2]! * x[2]!,
    );
    const expected = a.map((v) => (v * v) / 14);
    first.forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 1));
    total.forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 1));
    expect(Math.abs(first[2]! - expected[2]!)).toBeLessThan(0.03);
  });

  it('recovers the Ishigami function’s indices', () => {
    const ishigami = (u: Float64Array) => {
      const [x1, x2, x3] = [0, 1, 2].map((i) => -Math.PI + 2 * Math.PI * u[i]!) as [
        number,
        number,
        number,
      ];
      return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
    };
    // Analytic: V = a²/8 + b π⁴/5 + b² π⁸/18 + 1/2.
    const a = 7;
    const b = 0.1;
    const pi4 = Math.PI ** 4;
    const V = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi4 * pi4) / 18 + 0.5;
    const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
    const V2 = (a * a) / 8;
    const V13 = (8 * b * b * pi4 * pi4) / 225;
    const S = [V1 / V, V2 / V, 0];
    const ST = [(V1 + V13) / V, V2 / V, V13 / V];
    expect(S[0]).toBeCloseTo(0.3139, 3);
    expect(ST[0]).toBeCloseTo(0.5576, 3);
    expect(ST[2]).toBeCloseTo(0.2437, 3);
    const { first, total } = run(40_000, [1, 1, 1], ishigami, 11);
    first.forEach((s, i) => expect(Math.abs(s - S[i]!)).toBeLessThan(0.03));
    total.forEach((s, i) => expect(Math.abs(s - ST[i]!)).toBeLessThan(0.03));
  });

  it('treats a factor of several columns as one (group indices)', () => {
    // y = (x0 + x1) + 2·x2: factor A = {x0, x1} has variance 2/12, factor B = {x2} 4/12.
    const { first, total } = run(20_000, [2, 1], (x) => x[0]! + x[1]! + 2 * x[2]!);
    expect(first[0]).toBeCloseTo(1 / 3, 1);
    expect(first[1]).toBeCloseTo(2 / 3, 1);
    expect(total[0]).toBeCloseTo(1 / 3, 1);
    expect(total[1]).toBeCloseTo(2 / 3, 1);
  });

  it('gives the same design for the same seed and another for another seed', () => {
    expect(saltelliDesign(5, [1, 2], 9).A).toEqual(saltelliDesign(5, [1, 2], 9).A);
    expect(saltelliDesign(5, [1, 2], 9).A).not.toEqual(saltelliDesign(5, [1, 2], 10).A);
  });
});
