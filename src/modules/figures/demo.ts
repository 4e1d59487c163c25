import type { Kysely } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import { SYSTEM_ACTOR } from '../audit/trail.js';
import { submitOpinion, transitionOpinion } from '../opinions/commands.js';
import type { Category } from '../opinions/model.js';
import { getOrg } from '../organizations/queries.js';
import { approveReport, createForm, createReport, saveValues, setBaselines, submitReport } from './commands.js';
import { recomputeComputed } from './facts.js';
import { newId } from '../../shared/ids.js';
import './schema.js';

// Demo figures for a campaign: more opinions with their four-winds category, a monthly report
// form that townships filled in and their county approved (two months), baselines at the top,
// and bulletin items sent upward (24 sent, 14 adopted, as in seed 002). Deterministic.
// The lead calls it from src/demo/seed.ts after the campaign and its listening data exist.

const FORM_INDICATORS = [
  'documents_cut', 'meetings_cut', 'approvals_delegated', 'procedures_simplified', 'office_space_cleared', 'cars_cleared', 'public_spending_cut',
  'people_disciplined', 'evaluation_participants', 'study_hours', 'exemplary_cases', 'satisfied_responses', 'satisfaction_responses',
];

/** Who triaged the demo's earlier opinions, as the queue shows it. */
const DEMO_TRIAGER = '活动办（演示）';
const OPINIONS: [string, Category][] = [
  ['文件一个接一个，很多是照抄照转，基层疲于应付。', 'formalism'],
  ['检查考核太多，迎检材料比实际工作还多。', 'formalism'],
  ['有的会议开了半天，没解决一个实际问题。', 'formalism'],
  ['办事大厅窗口少，排队两个小时办不完。', 'bureaucratism'],
  ['部门之间互相推诿，一件事跑了好几个单位。', 'bureaucratism'],
  ['个别干部上班时间玩手机、炒股。', 'hedonism'],
  ['有的干部迟到早退，群众找不到人。', 'hedonism'],
  ['节日期间还有公款送礼的现象。', 'extravagance'],
  ['办公楼装修过于豪华，群众意见很大。', 'extravagance'],
  ['希望多开展一些便民服务活动。', 'other'],
];

export async function seedFiguresDemo(db: Kysely<Database>, campaign: CampaignTable): Promise<void> {
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const top = await getOrg(db, campaign.org_id);
  const units = await db.selectFrom('organizations').selectAll().where('region_id', '=', top.region_id)
    .where('path', '>', top.path).where('path', '<', top.path.slice(0, -1) + '0').where('active', '=', 1).orderBy('path').execute();
  const depth = (p: string) => p.split('/').filter(Boolean).length;
  const topDepth = depth(top.path);
  const counties = units.filter((u) => depth(u.path) === topDepth + 1);
  const towns = units.filter((u) => depth(u.path) === topDepth + 2);

  // Opinions spread over the townships. Two in three were triaged on the day they came in (their
  // category is what the four-winds charts count); the rest still wait in the triage queue, so
  // the office has real work there. A category on an opinion nobody triaged would show in the
  // queue as decided and untriaged at once.
  for (let i = 0; i < 60 && towns.length; i++) {
    const [body, wind] = OPINIONS[Math.floor(rand() * OPINIONS.length)];
    const unit = towns[Math.floor(rand() * towns.length)];
    const { opinion } = await submitOpinion(db, { campaignId: campaign.id, orgId: unit.id, channel: 'web', body, targetKind: 'unit', targetLabel: unit.name, anonymous: true });
    // Spread over the campaign's past days (the trend needs a history; today's inbox stays
    // for what people submit while they try the demo).
    const start = Date.parse(campaign.starts_on);
    const span = Math.max(1, Math.floor((Date.now() - start) / 86_400_000) - 1);
    const day = new Date(start + Math.floor(rand() * span) * 86_400_000).toISOString().slice(0, 10);
    const triaged = i % 3 !== 2;
    if (triaged) await transitionOpinion(db, SYSTEM_ACTOR, opinion.id, { to: 'triaged', category: wind });
    const by = triaged ? { triaged_by: DEMO_TRIAGER, triaged_at: `${day}T02:00:00.000Z` } : {};
    await db.updateTable('opinions').set({ ...by, received_on: day, updated_at_day: day }).where('region_id', '=', opinion.region_id).where('id', '=', opinion.id).execute();
  }

  const form = await createForm(db, SYSTEM_ACTOR, campaign, { orgId: top.id, name: '教育实践活动工作月报', cycle: 'month', indicators: FORM_INDICATORS });
  const first = campaign.starts_on.slice(0, 7);
  const today = new Date().toISOString().slice(0, 7);
  const months = [...new Set([first, today < campaign.ends_on.slice(0, 7) ? today : first])];
  const reporters = towns.length ? towns : counties;
  for (const m of months) {
    for (const unit of reporters) {
      const r = await createReport(db, SYSTEM_ACTOR, campaign, { formId: form.id, orgId: unit.id, period: m });
      const n = (lo: number, hi: number) => Math.round(lo + rand() * (hi - lo));
      const responses = n(40, 200);
      await saveValues(db, SYSTEM_ACTOR, campaign, r.id, [
        { indicator: 'documents_cut', value: n(2, 20) }, { indicator: 'meetings_cut', value: n(1, 12) }, { indicator: 'approvals_delegated', value: n(0, 6) },
        { indicator: 'procedures_simplified', value: n(0, 8) }, { indicator: 'office_space_cleared', value: n(0, 400) }, { indicator: 'cars_cleared', value: n(0, 3) },
        { indicator: 'public_spending_cut', value: n(5000, 80000) }, { indicator: 'people_disciplined', value: n(0, 2) }, { indicator: 'evaluation_participants', value: n(30, 150) },
        { indicator: 'study_hours', value: n(12, 40) }, { indicator: 'exemplary_cases', value: n(0, 3) },
        { indicator: 'satisfied_responses', value: Math.round(responses * (0.85 + rand() * 0.14)) }, { indicator: 'satisfaction_responses', value: responses },
      ], { confirm: true });
      await submitReport(db, SYSTEM_ACTOR, r.id);
      // Most are approved by the county; a few wait for review, one was returned.
      const fate = rand();
      if (fate < 0.85) await approveReport(db, SYSTEM_ACTOR, r.id);
    }
  }

  await setBaselines(db, SYSTEM_ACTOR, campaign, top, [
    { indicator: 'documents_cut', value: 120 }, { indicator: 'meetings_cut', value: 60 }, { indicator: 'public_spending_cut', value: 900000 }, { indicator: 'office_space_cleared', value: 2500 },
  ]);

  // 24 bulletin items sent upward, 14 adopted.
  const senders = [top, ...counties];
  for (let i = 0; i < 24; i++) {
    const org = senders[i % senders.length];
    const d = new Date(Date.parse(campaign.starts_on) + (i % 20) * 86_400_000).toISOString().slice(0, 10);
    await db.insertInto('bulletin_items').values({
      region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path,
      title: `${org.name}教育实践活动简报第${i + 1}期`, sent_on: d, sent_to: i % 3 ? '省委督导组' : '省委教育实践活动办公室',
      adopted: i < 14 ? 1 : 0, adopted_by: i < 14 ? (i % 2 ? '省委教育实践活动简报' : '《中办通讯》') : '', adopted_on: i < 14 ? d : null, created_at: new Date().toISOString(),
    }).execute();
  }
  await recomputeComputed(db, campaign);
}
