import type { Kysely } from 'kysely';
import type { Database, RectifyMeasureTable } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/trail.js';
import { addEvents, ownerNotice } from './measures.js';
import { addDays, OVERDUE_FROM, REMIND_DAYS } from './model.js';
import { nearestOffices, notify, type Notice } from './notify.js';

// The deadline scan, run by a timer in the server (jobs.ts) and by the benchmark:
//  1. owners of open measures due within REMIND_DAYS are reminded once per deadline;
//  2. open measures whose deadline has passed become overdue; the owner is told and the case is
//     escalated to the owner unit's superior — the campaign office of its parent organization,
//     or of the nearest organization above that has one.
// Work goes in batches, each one transaction (status, events, notices, one audit entry per
// region and batch), so a scan over 100,000 measures never holds one long transaction.

export interface ScanResult {
  reminded: number;
  overdue: number;
  escalated: number;
}

type Row = Pick<RectifyMeasureTable, 'region_id' | 'id' | 'org_path' | 'owner_org_path' | 'owner_user_id' | 'text' | 'due_on' | 'status'>;
const COLUMNS = ['region_id', 'id', 'org_path', 'owner_org_path', 'owner_user_id', 'text', 'due_on', 'status'] as const;

export async function scanDeadlines(db: Kysely<Database>, opts: { today?: string; batch?: number } = {}): Promise<ScanResult> {
  const today = opts.today ?? chinaDay();
  const batch = opts.batch ?? 1000;
  const result: ScanResult = { reminded: 0, overdue: 0, escalated: 0 };

  for (;;) {
    const rows = await db.selectFrom('rectify_measures').select([...COLUMNS, 'reminded_for']).where('status', 'in', OVERDUE_FROM).where('due_on', '>=', today).where('due_on', '<=', addDays(today, REMIND_DAYS))
      .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '!=', eb.ref('due_on'))])).limit(batch).execute();
    if (!rows.length) break;
    await db.transaction().execute(async (trx) => {
      for (const [regionId, list] of byRegion(rows)) {
        for (const dueOn of new Set(list.map((r) => r.due_on))) {
          await trx.updateTable('rectify_measures').set({ reminded_for: dueOn }).where('region_id', '=', regionId).where('due_on', '=', dueOn).where('id', 'in', list.filter((r) => r.due_on === dueOn).map((r) => r.id)).execute();
        }
      }
      await notify(trx, rows.map((r) => ownerNotice(r, 'deadline_near', `整改措施将于 ${r.due_on} 到期`, `距完成时限不足 ${REMIND_DAYS} 天，请抓紧推进并及时报告进展。`)));
    });
    result.reminded += rows.length;
    if (rows.length < batch) break;
  }

  for (;;) {
    const rows = await db.selectFrom('rectify_measures').select(COLUMNS).where('status', 'in', OVERDUE_FROM).where('due_on', '<', today).limit(batch).execute();
    if (!rows.length) break;
    const offices = await nearestOffices(db, [...new Set(rows.map((r) => r.owner_org_path))], { self: false });
    await db.transaction().execute(async (trx) => {
      for (const [regionId, candidates] of byRegion(rows)) {
        // Only what this scan moved (another server's scan may have taken some meanwhile).
        const moved = new Set((await trx.updateTable('rectify_measures').set({ status: 'overdue', escalated_on: today, updated_at: nowIso() })
          .where('region_id', '=', regionId).where('id', 'in', candidates.map((r) => r.id)).where('status', 'in', OVERDUE_FROM).where('due_on', '<', today)
          .returning('id').execute()).map((r) => r.id));
        const list = candidates.filter((r) => moved.has(r.id));
        if (!list.length) continue;
        const notices: Notice[] = [];
        const events = list.map((r) => {
          const superior = offices.get(r.owner_org_path);
          notices.push(ownerNotice(r, 'overdue', '整改措施已超过完成时限', '已按规定报告上级活动办，请尽快完成并报告进展。'));
          for (const userId of superior?.users ?? []) notices.push({ ...ownerNotice(r, 'escalated', '下级整改措施超期未完成'), userId });
          if (superior) result.escalated++;
          return { m: r, kind: 'overdue' as const, from: r.status, to: 'overdue', actor: SYSTEM_ACTOR, text: superior ? `超过完成时限 ${r.due_on}，已报上级活动办` : `超过完成时限 ${r.due_on}` };
        });
        await addEvents(trx, events);
        await notify(trx, notices);
        await recordAudit(trx, SYSTEM_ACTOR, { regionId, action: 'rectify.measure.overdue', targetType: 'rectify_measure', targetId: list[0].id, after: { today, count: list.length, ids: list.map((r) => r.id) } });
        result.overdue += list.length;
      }
    });
    if (rows.length < batch) break;
  }
  return result;
}

function byRegion<T extends Pick<Row, 'region_id'>>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.region_id);
    if (list) list.push(r);
    else out.set(r.region_id, [r]);
  }
  return out;
}
