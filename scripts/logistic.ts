// Logistic regression over hashed features by stochastic gradient descent, for the learned models of personal data
// (scripts/train-names.ts, scripts/train-codes.ts): a seeded order and a fixed schedule, so the same examples give the
// same weights; then one signed byte per weight.

export interface Example { x: Int32Array; y: boolean }
export interface Schedule { bits: number; epochs: number; rate: number; l2: number; positiveWeight: number; threshold: number }
export interface QuantizedWeights { bits: number; scale: number; threshold: number; weights: string }

export function trainLogistic(data: readonly Example[], { bits, epochs, rate, l2, positiveWeight, threshold }: Schedule): QuantizedWeights {
  const w = new Float64Array(1 << bits);
  let seed = 7;
  const random = (): number => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0) >>> 0) / 2 ** 32;
  const order = Int32Array.from(data, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const step = rate / (1 + epoch);
    for (const i of order) {
      const { x, y } = data[i];
      let z = 0;
      for (const k of x) z += w[k];
      const g = (y ? positiveWeight : 1) * ((y ? 1 : 0) - 1 / (1 + Math.exp(-z)));
      for (const k of x) w[k] += step * (g - l2 * w[k]);
    }
  }
  let most = 0;
  for (const v of w) most = Math.max(most, Math.abs(v));
  const scale = most / 127 || 1;
  const bytes = Int8Array.from(w, (v) => Math.round(v / scale));
  return { bits, scale, threshold, weights: Buffer.from(bytes.buffer).toString('base64') };
}
