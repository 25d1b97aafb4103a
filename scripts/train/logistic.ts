/**
 * L2-regularised logistic regression on sparse count features, fitted with L-BFGS. No randomness
 * anywhere: the same examples in the same order give the same weights, bit for bit, on one Node
 * version (the model file is then rounded, which also hides last-bit differences between machines).
 */
export interface SparseExample {
  /** Feature indices (a feature seen twice appears twice: the model is linear in counts). */
  features: Int32Array;
  label: 0 | 1;
}

export interface Fitted {
  bias: number;
  weights: Float64Array;
  iterations: number;
}

/** L-BFGS keeps this many past steps: the usual choice, plenty for a convex problem this small. */
const HISTORY = 10;
/** Stop when the gradient's largest entry is this small: weights are rounded to 4 decimals anyway. */
const GRADIENT_TOLERANCE = 1e-6;
/** A bound on the work, never reached on our data (it converges in under a few hundred steps). */
const MAX_ITERATIONS = 2000;
/** Armijo's sufficient-decrease constant for the backtracking line search. */
const ARMIJO = 1e-4;

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
/** log(1 + e^z), without overflow. */
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/**
 * Minimises mean log-loss + lambda/2 · |w|² (the bias is not penalised). Parameters: x[0] is the bias,
 * x[1 + j] the weight of feature j.
 */
export function fitLogistic(examples: readonly SparseExample[], nFeatures: number, lambda: number): Fitted {
  const n = examples.length;
  const dim = nFeatures + 1;
  const objective = (x: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    for (const e of examples) {
      let z = x[0]!;
      for (const j of e.features) z += x[j + 1]!;
      // loss of one example: log(1 + e^z) - y·z
      loss += softplus(z) - e.label * z;
      const g = (sigmoid(z) - e.label) / n;
      grad[0]! += g;
      for (const j of e.features) grad[j + 1]! += g;
    }
    loss /= n;
    for (let k = 1; k < dim; k++) {
      loss += (lambda / 2) * x[k]! * x[k]!;
      grad[k]! += lambda * x[k]!;
    }
    return loss;
  };

  const x = new Float64Array(dim);
  const g = new Float64Array(dim);
  let f = objective(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(dim);
  const xNew = new Float64Array(dim);
  const gNew = new Float64Array(dim);
  let it = 0;
  for (; it < MAX_ITERATIONS; it++) {
    if (maxAbs(g) < GRADIENT_TOLERANCE) break;
    // Two-loop recursion: dir = -H·g
    dir.set(g);
    const alpha: number[] = [];
    for (let k = s.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(s[k]!, dir);
      alpha[k] = a;
      axpy(-a, y[k]!, dir);
    }
    if (s.length > 0) {
      const last = s.length - 1;
      const gamma = dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!);
      for (let k = 0; k < dim; k++) dir[k]! *= gamma;
    }
    for (let k = 0; k < s.length; k++) {
      const b = rho[k]! * dot(y[k]!, dir);
      axpy(alpha[k]! - b, s[k]!, dir);
    }
    for (let k = 0; k < dim; k++) dir[k] = -dir[k]!;
    let slope = dot(g, dir);
    if (slope >= 0) {
      // Not a descent direction (should not happen for a convex loss): restart from steepest descent.
      for (let k = 0; k < dim; k++) dir[k] = -g[k]!;
      slope = dot(g, dir);
      s.length = y.length = rho.length = 0;
    }
    let step = 1;
    let fNew = 0;
    for (;;) {
      for (let k = 0; k < dim; k++) xNew[k] = x[k]! + step * dir[k]!;
      fNew = objective(xNew, gNew);
      if (fNew <= f + ARMIJO * step * slope || step < 1e-12) break;
      step /= 2;
    }
    const sk = new Float64Array(dim);
    const yk = new Float64Array(dim);
    for (let k = 0; k < dim; k++) {
      sk[k] = xNew[k]! - x[k]!;
      yk[k] = gNew[k]! - g[k]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
      if (s.length > HISTORY) {
        s.shift();
        y.shift();
        rho.shift();
      }
    }
    x.set(xNew);
    g.set(gNew);
    if (Math.abs(f - fNew) < 1e-12) {
      f = fNew;
      break;
    }
    f = fNew;
  }
  return { bias: x[0]!, weights: x.slice(1), iterations: it };
}

export function predict(fitted: { bias: number; weights: ArrayLike<number> }, e: SparseExample): number {
  let z = fitted.bias;
  for (const j of e.features) z += fitted.weights[j]!;
  return sigmoid(z);
}

function dot(a: Float64Array, b: Float64Array): number {
  let t = 0;
  for (let k = 0; k < a.length; k++) t += a[k]! * b[k]!;
  return t;
}
function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let k = 0; k < y.length; k++) y[k]! += a * x[k]!;
}
function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k]!));
  return m;
}
