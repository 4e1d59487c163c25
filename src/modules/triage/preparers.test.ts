import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNSIGNED } from './duplicates.js';
import { prepare, type Prepared } from './pipeline.js';
import { BATCH, packPrepared, Preparers, prepareHere, unpackPrepared, type PrepareResult } from './preparers.js';

// Preparer processes must give exactly what the calling process would (the index and the stored
// fingerprints read their output), keep every batch when a preparer dies, and go away when idle.

const TEXTS = [
  '我是王建国，电话13912345678，住在幸福小区3栋2单元501室。社区门口的路灯坏了三个月没人修。',
  '鎮政府辦事窗口門難進、臉難看，辦個證要跑五趟，請領導重視。',
  '',
  '有的干部上班时间打牌、玩手机，工作日中午饮酒。',
  '身份证110101199003071234，银行卡6222021234567890128，邮箱 wang@example.com',
  '\u0000\u0001\ufffd binary ÿþ 混合 текст 😀',
  '希望多修几条路，方便群众出行。'.repeat(400),
  '北站停车场调度室夜里值班的人喝酒打牌，早上6路头班车经常晚点。',
];

function texts(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${TEXTS[i % TEXTS.length]}${i % 3 ? `第${i}次反映。` : ''}`);
}

/** Equal as the pipeline reads them (typed arrays compared by value). */
function comparable(r: PrepareResult) {
  if ('error' in r) return r;
  return {
    redacted: r.redacted, normalized: r.normalized, unsigned: r.signature === UNSIGNED, signature: [...r.signature],
    hashes: [...r.terms.hashes], weights: [...r.terms.weights], total: r.terms.total, wind: r.terms.wind,
    chars: [...r.terms.chars], charTotal: r.terms.charTotal,
  };
}

let pool: Preparers | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('preparers', () => {
  it('prepare in another process exactly what this one would, in order, over several batches', async () => {
    pool = new Preparers(1);
    const input = texts(BATCH * 2 + 37);
    const got = await pool.prepare(input);
    expect(pool.pids).toHaveLength(1);
    expect(pool.pids[0]).not.toBe(process.pid);
    expect(got.map(comparable)).toEqual(input.map((t) => comparable(prepare(t))));
    // Masked in the preparer, not merely copied back.
    expect((got[0] as Prepared).redacted).not.toContain('13912345678');
    // The shared "no signature" marker survives the trip: the index tells the two kinds apart by it.
    expect(got.some((r) => !('error' in r) && r.signature === UNSIGNED)).toBe(true);
    expect(got.some((r) => !('error' in r) && r.signature !== UNSIGNED)).toBe(true);
  });

  it('keep every batch when a preparer dies, and start another for the next', async () => {
    pool = new Preparers(1);
    await pool.prepare(texts(3)); // started and ready
    const [first] = pool.pids;
    const input = texts(BATCH * 3);
    const out = pool.prepare(input);
    process.kill(first, 'SIGKILL');
    expect((await out).map(comparable)).toEqual(input.map((t) => comparable(prepare(t))));
    const again = await pool.prepare(texts(5));
    expect(again).toHaveLength(5);
    expect(pool.pids).toHaveLength(1);
    expect(pool.pids[0]).not.toBe(first);
  });

  it('stop starting preparers after three failures in a row, preparing here instead', async () => {
    pool = new Preparers(1);
    for (let i = 0; i < 3; i++) {
      // Each preparer dies before it answers (as one that cannot start would).
      const out = pool.prepare(texts(2));
      const [pid] = pool.pids;
      process.kill(pid, 'SIGKILL');
      expect((await out).map(comparable)).toEqual(texts(2).map((t) => comparable(prepare(t))));
    }
    const out = await pool.prepare(texts(4));
    expect(pool.pids).toHaveLength(0);
    expect(out.map(comparable)).toEqual(texts(4).map((t) => comparable(prepare(t))));
  });

  it('count failures in a row only: one that answers starts the count again', async () => {
    pool = new Preparers(1);
    for (let i = 0; i < 2; i++) {
      const out = pool.prepare(texts(2));
      process.kill(pool.pids[0], 'SIGKILL');
      await out;
    }
    await pool.prepare(texts(2)); // answered
    for (let i = 0; i < 2; i++) {
      const out = pool.prepare(texts(2));
      process.kill(pool.pids[0], 'SIGKILL');
      await out;
    }
    await pool.prepare(texts(2));
    expect(pool.pids).toHaveLength(1);
  });

  it('leave when idle, and come back when needed', async () => {
    pool = new Preparers(1, 150);
    await pool.prepare(texts(2));
    expect(pool.pids).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(pool.pids).toHaveLength(0);
    expect(await pool.prepare(texts(2))).toHaveLength(2);
    expect(pool.pids).toHaveLength(1);
  });

  it('prepare here with none (one core), and after close', async () => {
    pool = new Preparers(0);
    expect((await pool.prepare(texts(3))).map(comparable)).toEqual(texts(3).map((t) => comparable(prepare(t))));
    expect(pool.pids).toHaveLength(0);
    const closed = new Preparers(1);
    await closed.close();
    expect(await closed.prepare(texts(2))).toHaveLength(2);
    expect(closed.pids).toHaveLength(0);
  });

  it('share a list between the preparers and this process, in order, without waiting on one still starting', async () => {
    pool = new Preparers(1);
    const input = texts(BATCH * 4 + 11);
    const got = await pool.prepareSharing(input);
    expect(got.map(comparable)).toEqual(input.map((t) => comparable(prepare(t))));
    expect(pool.batchesHere).toBe(5); // the preparer was still starting: every batch done here, none awaited
    const again = await pool.prepareSharing(input);
    expect(again.map(comparable)).toEqual(got.map(comparable));
  });

  it('start from any working directory (tsx found by its path, not from the directory)', async () => {
    const cwd = process.cwd();
    process.chdir(os.tmpdir());
    try {
      pool = new Preparers(1);
      const got = await pool.prepare(texts(3));
      expect(pool.pids).toHaveLength(1); // a preparer that failed to start is dropped
      expect(got.map(comparable)).toEqual(texts(3).map((t) => comparable(prepare(t))));
    } finally {
      process.chdir(cwd);
    }
  });

  it('prepare here what a preparer that stopped answering holds, after a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      pool = new Preparers(1);
      await pool.prepare(texts(2));
      const [pid] = pool.pids;
      process.kill(pid, 'SIGSTOP');
      const out = pool.prepare(texts(BATCH));
      await vi.advanceTimersByTimeAsync(61_000);
      expect((await out).map(comparable)).toEqual(texts(BATCH).map((t) => comparable(prepare(t))));
      expect(pool.pids).not.toContain(pid);
      process.kill(pid, 'SIGKILL');
    } finally {
      vi.useRealTimers();
    }
  });

  it('report one opinion that fails and keep the rest of its batch', () => {
    const input = ['甲', 'boom', '乙'];
    const batch = packPrepared(7, input, (t) => {
      if (t === 'boom') throw new Error('broken text');
      return prepare(t);
    });
    const out = unpackPrepared(batch);
    expect(out[1]).toEqual({ error: 'broken text' });
    expect(comparable(out[0])).toEqual(comparable(prepare('甲')));
    expect(comparable(out[2])).toEqual(comparable(prepare('乙')));
    expect(prepareHere(['丙'])).toHaveLength(1);
  });
});
