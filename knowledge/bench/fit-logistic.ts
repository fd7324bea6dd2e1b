/** Plain logistic regression by gradient descent (few features, a few hundred examples), with a small L2 penalty. */
export function fitLogistic(features: number[][], labels: number[], options = { iterations: 20_000, rate: 0.5, l2: 0.001 }): number[] {
  const width = (features[0]?.length ?? 0) + 1;
  const weights = new Array<number>(width).fill(0);
  const n = features.length;
  for (let step = 0; step < options.iterations; step++) {
    const gradient = new Array<number>(width).fill(0);
    for (let i = 0; i < n; i++) {
      const x = [1, ...features[i]!];
      const error = sigmoid(dot(weights, x)) - labels[i]!;
      for (let j = 0; j < width; j++) gradient[j]! += (error * x[j]!) / n;
    }
    for (let j = 0; j < width; j++) weights[j]! -= options.rate * (gradient[j]! + (j > 0 ? options.l2 * weights[j]! : 0));
  }
  return weights;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((sum, v, i) => sum + v * b[i]!, 0);
