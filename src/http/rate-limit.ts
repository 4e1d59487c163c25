import { createHmac, randomBytes } from 'node:crypto';

// Per-client limits for public endpoints. Counters live in this process's memory only, keyed
// by an HMAC of the client address under a salt made at start-up: nothing about the client is
// written anywhere, and the keys mean nothing after a restart.
export class RateLimiter {
  private readonly salt = randomBytes(16);
  private readonly hits = new Map<string, number[]>();

  constructor(readonly max: number, readonly windowMs: number) {}

  /** Records one hit; false when the client has used up its window. */
  take(clientAddress: string, now = Date.now()): boolean {
    const key = createHmac('sha256', this.salt).update(clientAddress).digest('base64url').slice(0, 22);
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.max) {
      this.hits.set(key, list);
      return false;
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 100_000) this.sweep(since);
    return true;
  }

  private sweep(since: number) {
    for (const [k, list] of this.hits) if (!list.some((t) => t > since)) this.hits.delete(k);
  }
}
