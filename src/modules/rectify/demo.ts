import type { Kysely } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import { chinaDay } from '../../shared/clock.js';
import type { AuditActor } from '../audit/trail.js';
import { publishDisclosure } from './disclosure.js';
import { createDrive, recordDriveFigure } from './drives.js';
import { addProgress, createMeasure, verifyMeasure } from './measures.js';
import { addDays } from './model.js';
import { createPlan, createProblem } from './problems.js';
import { createCommitment, createRule } from './rules.js';
import { scanDeadlines } from './scan.js';

// The demo's rectification, in the style of the seed reports: problems gathered from the
// campaign's opinions and found by the leadership itself, task books for the leadership group
// and one member, measures at every stage (verified and published, under way, overdue, not
// started), a special drive with baselines and figures, rule review and public commitments.
// For src/demo/seed.ts, once the campaign, its opinions and the demo users exist.

export interface RectifyDemoResult {
  problems: number;
  measures: number;
  driveId: string;
  disclosedProblemId: string;
}

export async function seedRectifyDemo(db: Kysely<Database>, campaign: CampaignTable, opts: { actor?: AuditActor; today?: string } = {}): Promise<RectifyDemoResult> {
  const actor = opts.actor ?? { userId: null, name: '市委活动办' };
  const today = opts.today ?? chinaDay();
  const day = (n: number) => addDays(today, n);
  const root = await db.selectFrom('organizations').selectAll().where('region_id', '=', campaign.region_id).where('id', '=', campaign.org_id).executeTakeFirstOrThrow();
  const below = await db.selectFrom('organizations').selectAll().where('region_id', '=', root.region_id).where('parent_id', '=', root.id).where('active', '=', 1).orderBy('sort_order').execute();
  const county = below.find((o) => o.type === 'party_committee') ?? root;
  const towns = await db.selectFrom('organizations').selectAll().where('region_id', '=', root.region_id).where('parent_id', '=', county.id).where('type', '=', 'township').orderBy('sort_order').limit(3).execute();
  const users = await db.selectFrom('users').select(['id', 'org_id']).where('region_id', '=', root.region_id).where('active', '=', 1).orderBy('created_at').execute();
  if (!users.length) throw new Error('seedRectifyDemo: the region has no users to own measures; seed the demo users first');
  const owner = (i: number) => users[i % users.length].id;

  const opinions = await db.selectFrom('opinions').select(['id', 'status']).where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id)
    .where('status', 'in', ['received', 'triaged', 'answered', 'accepted']).orderBy('received_on').limit(4).execute();

  const leadership = await createPlan(db, actor, campaign, { orgId: root.id, kind: 'leadership' });
  const member = await createPlan(db, actor, campaign, { orgId: root.id, kind: 'member', memberName: '张书记' });
  const problems = [
    await createProblem(db, actor, campaign, { orgId: root.id, source: 'public', wind: 'formalism', description: '会议多、文件多，一周开四五次会，基层干部疲于应付，没有时间下去办实事', targetKind: 'leadership', targetLabel: `${root.name}领导班子`, severity: 3, planId: leadership.id, opinionIds: opinions.slice(0, 2).map((o) => o.id) }),
    await createProblem(db, actor, campaign, { orgId: root.id, source: 'public', wind: 'bureaucratism', description: '服务窗口门难进、脸难看、事难办，群众办一个证跑多趟', targetKind: 'leadership', targetLabel: `${root.name}领导班子`, severity: 3, immediate: true, planId: leadership.id, opinionIds: opinions.slice(2, 4).map((o) => o.id) }),
    await createProblem(db, actor, campaign, { orgId: root.id, source: 'self_found', wind: 'hedonism', description: '调研多是“走过场”，看盆景多、看实情少', targetKind: 'member', targetLabel: '张书记', severity: 2, planId: member.id }),
    await createProblem(db, actor, campaign, { orgId: root.id, source: 'superior', wind: 'extravagance', description: '个别部门超标配备公务用车，办公用房面积超标', targetKind: 'leadership', targetLabel: `${root.name}领导班子`, severity: 2, planId: leadership.id }),
  ];
  const unit = (i: number) => (i === 0 ? root : towns[(i - 1) % Math.max(1, towns.length)] ?? root);
  const specs: [number, string, number, number, 'verified' | 'progress' | 'none'][] = [
    [0, '精简会议三成，文件一律不再层层转发，每月通报发文和会议数量', -60, -5, 'verified'],
    [0, '建立会议审批和“无会周”制度', -40, 30, 'progress'],
    [1, '推行一次告知、首问负责、限时办结，窗口公开办事指南', -30, -3, 'verified'],
    [1, '开通群众办事评价器，差评逐件回访', -20, -2, 'progress'],
    [2, '每季度到联系点蹲点调研不少于 3 天，不打招呼、不定路线', -10, 60, 'none'],
    [3, '清理超标公务用车，统一封存拍卖', -30, 2, 'progress'],
    [3, '腾退超标办公用房，面积统一核定', -20, 45, 'none'],
  ];
  let measures = 0;
  for (const [i, [p, text, start, due, stage]] of specs.entries()) {
    const org = unit(i);
    const m = await createMeasure(db, actor, problems[p].id, {
      text, ownerOrgId: org.id, ownerUserId: owner(i), startsOn: day(start), dueOn: day(due),
      milestones: [{ title: '摸清底数、制定方案', dueOn: day(start + Math.max(1, Math.floor((due - start) / 3))) }],
    });
    measures++;
    if (stage === 'none') continue;
    await addProgress(db, actor, m.id, { text: stage === 'verified' ? '已按期完成，附整改前后对比材料。' : '正在推进，已完成摸底。', requestVerification: stage === 'verified' });
    if (stage === 'verified') await verifyMeasure(db, actor, m.id, { approved: true, note: '经督导组回访核实，同意销号。' });
  }
  await scanDeadlines(db, { today });
  await publishDisclosure(db, actor, problems[1].id, '欢迎群众监督评议。');

  const { drive, counters } = await createDrive(db, actor, campaign, {
    orgId: root.id, name: '正风肃纪集中治理', description: '精简发文、会议、检查评比，清理办公用房和公务用车',
    counters: [{ kind: 'documents_cut', baseline: 120 }, { kind: 'meetings_cut', baseline: 80 }, { kind: 'office_space_m2' }, { kind: 'cars_cleared' }],
  });
  const [docs, meetings, space, cars] = counters;
  await recordDriveFigure(db, actor, drive, 'value', { orgId: root.id, counterId: docs.id, value: 48, onDay: day(-5) });
  await recordDriveFigure(db, actor, drive, 'value', { orgId: root.id, counterId: meetings.id, value: 32, onDay: day(-5) });
  for (const [i, town] of towns.entries()) {
    await recordDriveFigure(db, actor, drive, 'baseline', { orgId: town.id, counterId: docs.id, value: 30 + i * 5 });
    await recordDriveFigure(db, actor, drive, 'value', { orgId: town.id, counterId: docs.id, value: 12 + i, onDay: day(-3) });
    await recordDriveFigure(db, actor, drive, 'value', { orgId: town.id, counterId: space.id, value: 120.5 + i * 40, onDay: day(-3) });
    await recordDriveFigure(db, actor, drive, 'value', { orgId: town.id, counterId: cars.id, value: 1 + i, onDay: day(-3) });
  }

  const rules: [string, 'keep' | 'abolish' | 'revise' | 'create'][] = [
    ['机关会议管理办法', 'keep'], ['公文处理办法', 'keep'], ['检查评比表彰管理规定（旧）', 'abolish'],
    ['公务接待管理办法', 'revise'], ['公务用车管理办法', 'revise'], ['领导干部联系群众制度', 'create'],
  ];
  for (const [title, decision] of rules) {
    await createRule(db, actor, campaign, { orgId: root.id, title, decision, owner: '办公室', dueOn: decision === 'keep' ? null : day(60), problemIds: decision === 'create' ? [problems[2].id] : [] });
  }
  await createCommitment(db, actor, campaign, { orgId: root.id, personName: '张书记', personTitle: '市委书记', text: '带头执行八项规定，下基层轻车简从、不搞层层陪同', published: true });
  await createCommitment(db, actor, campaign, { orgId: root.id, personName: '李副书记', personTitle: '市委副书记', text: '每月到联系点接待群众不少于一天', published: true });

  return { problems: problems.length, measures, driveId: drive.id, disclosedProblemId: problems[1].id };
}
