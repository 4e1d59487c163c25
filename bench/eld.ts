import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { round } from './stats.js';

// Event-loop delay of this process (the server's, during HTTP load) while some work runs.

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /** Samples in the histogram; 0 when the loop never turned (fully blocked). */
  samples: number;
  /** Longest time between two turns of the loop (timer ticks), including a still-open gap at stop. */
  longestStallMs: number;
  /** Wall time the monitor was on, in ms. */
  windowMs: number;
}

const TICK_MS = 2;

export class LoopMonitor {
  private h: IntervalHistogram = monitorEventLoopDelay({ resolution: 5 });
  private t0 = 0;
  private lastTick = 0;
  private stall = 0;
  private timer: NodeJS.Timeout | undefined;

  start(): this {
    this.h.reset();
    this.h.enable();
    this.t0 = this.lastTick = performance.now();
    this.stall = 0;
    // monitorEventLoopDelay only records when its timer gets to run; a loop blocked from start
    // to stop records nothing, so the longest gap between ticks is tracked as well.
    this.timer = setInterval(() => {
      const now = performance.now();
      this.stall = Math.max(this.stall, now - this.lastTick - TICK_MS);
      this.lastTick = now;
    }, TICK_MS);
    this.timer.unref();
    return this;
  }

  /** Forget what was recorded so far (e.g. the load generator's start-up). */
  reset(): void {
    this.h.reset();
    this.t0 = this.lastTick = performance.now();
    this.stall = 0;
  }

  stop(): LoopDelay {
    this.h.disable();
    clearInterval(this.timer);
    const now = performance.now();
    const stall = Math.max(this.stall, now - this.lastTick - TICK_MS);
    const ms = (ns: number) => round(ns / 1e6, 2);
    const count = this.h.count;
    return {
      p50: count ? ms(this.h.percentile(50)) : 0,
      p99: count ? ms(this.h.percentile(99)) : 0,
      max: count ? ms(this.h.max) : 0,
      mean: count ? ms(this.h.mean) : 0,
      samples: count,
      longestStallMs: round(Math.max(0, stall), 2),
      windowMs: round(now - this.t0, 0),
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
