import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { round } from './stats.js';

// Event-loop delay of this process (the server's, during HTTP load) while some work runs.

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /** Wall time the monitor was on, in ms. */
  windowMs: number;
}

export class LoopMonitor {
  private h: IntervalHistogram = monitorEventLoopDelay({ resolution: 5 });
  private t0 = 0;

  start(): this {
    this.h.reset();
    this.h.enable();
    this.t0 = performance.now();
    return this;
  }

  /** Forget what was recorded so far (e.g. the load generator's start-up). */
  reset(): void {
    this.h.reset();
    this.t0 = performance.now();
  }

  stop(): LoopDelay {
    this.h.disable();
    const ms = (ns: number) => round(ns / 1e6, 2);
    const count = this.h.count;
    return {
      p50: count ? ms(this.h.percentile(50)) : 0,
      p99: count ? ms(this.h.percentile(99)) : 0,
      max: count ? ms(this.h.max) : 0,
      mean: count ? ms(this.h.mean) : 0,
      windowMs: round(performance.now() - this.t0, 0),
    };
  }
}

export async function withLoopMonitor<T>(fn: () => Promise<T>): Promise<{ value: T; delay: LoopDelay }> {
  const m = new LoopMonitor().start();
  try {
    const value = await fn();
    return { value, delay: m.stop() };
  } catch (err) {
    m.stop();
    throw err;
  }
}
