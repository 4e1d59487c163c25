import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { createGatewayKey, signGatewayRequest } from '../../src/modules/opinions/gateway-routes.js';
import type { CampaignTable } from '../../src/db/schema.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const CLIENT_UA = 'Mozilla/5.0 (Linux; Android 14; SpyPhone-X1) TraceMe/9.9';

describe.each(databaseKinds)('listening on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let office: string;
  let leader: string;
  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '第二批教育实践活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'office.city' });
    await userWithRole(d.db, 'leader', t.city, { username: 'leader.city' });
    office = await loginAs(h.app, 'office.city', TEST_PASSWORD);
    leader = await loginAs(h.app, 'leader.city', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  const submit = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    h.app.inject({ method: 'POST', url: '/api/portal/opinions', payload, headers: { 'user-agent': CLIENT_UA, 'x-forwarded-for': '203.0.113.77', ...headers } });

  it('takes an anonymous opinion, gives a receipt once, and shows the office reply with it', async () => {
    const res = await submit({ campaignId: campaign.id, orgId: t.townA.id, body: '街道办事窗口门难进、脸难看，办个证跑了五趟。', targetKind: 'unit', anonymous: true });
    expect(res.statusCode).toBe(201);
    const { receipt } = res.json();
    expect(receipt).toMatch(/^[1-9]\d{15}$/);

    const list = await h.app.inject({ url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office } });
    const item = list.json().items.find((o: { body: string }) => o.body.includes('跑了五趟'));
    expect(item).toMatchObject({ anonymous: true, contact: null, status: 'received', channel: 'web', receivedAt: null });

    const moved = await h.app.inject({ method: 'POST', url: `/api/opinions/${item.id}/transition`, headers: { cookie: office }, payload: { to: 'fixed', reply: '已整改：窗口实行一次告知、限时办结。', category: 'bureaucratism' } });
    expect(moved.statusCode).toBe(200);

    const view = await h.app.inject({ method: 'POST', url: '/api/portal/receipt', payload: { receipt: receipt.replace(/(\d{4})/g, '$1 ').trim() } });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ status: 'fixed', org: '平江街道' });
    expect(view.json().steps.at(-1)).toMatchObject({ toStatus: 'fixed', text: '已整改：窗口实行一次告知、限时办结。', fromOffice: true });
    expect(JSON.stringify(view.json())).not.toContain('测试campaign_office');

    const info = await h.app.inject({ method: 'POST', url: '/api/portal/receipt/info', payload: { receipt, text: '补充：周三下午尤其严重。' } });
    expect(info.statusCode).toBe(200);
    const detail = await h.app.inject({ url: `/api/opinions/${item.id}`, headers: { cookie: office } });
    expect(detail.json().events.at(-1)).toMatchObject({ kind: 'info', text: '补充：周三下午尤其严重。', at: null });
    // What the submitter adds is read like the opinion: verbatim by the office, masked by a leader.
    await h.app.inject({ method: 'POST', url: '/api/portal/receipt/info', payload: { receipt, text: '补充：我叫王大锤，电话13812345678。' } });
    const byOffice = (await h.app.inject({ url: `/api/opinions/${item.id}`, headers: { cookie: office } })).json().events.at(-1).text as string;
    const byLeader = (await h.app.inject({ url: `/api/opinions/${item.id}`, headers: { cookie: leader } })).json().events.at(-1).text as string;
    expect(byOffice).toBe('补充：我叫王大锤，电话13812345678。');
    expect(byLeader).toContain('补充');
    for (const secret of ['王大锤', '1381234']) expect(byLeader).not.toContain(secret);

    expect((await h.app.inject({ method: 'POST', url: '/api/portal/receipt', payload: { receipt: '1234' } })).json().code).toBe('opinion.receipt_invalid');
    expect((await h.app.inject({ method: 'POST', url: '/api/portal/receipt', payload: { receipt: '1234567890123456' } })).statusCode).toBe(404);
  });

  it('keeps named contact details for the handlers only, and notifies them of replies', async () => {
    const res = await submit({ campaignId: campaign.id, orgId: t.villageB.id, body: '村里公车私用，周末常见。', targetKind: 'unit', anonymous: false, contactName: '李明', contactPhone: '13800138000' });
    expect(res.statusCode).toBe(201);
    expect(res.json().receipt).toBeNull();
    const mine = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/opinions?q=${encodeURIComponent('公车私用')}`, headers: { cookie: office } })).json().items[0];
    expect(mine.contact).toEqual({ name: '李明', phone: '13800138000', email: null });
    expect(mine.receivedAt).not.toBeNull();
    const asLeader = (await h.app.inject({ url: `/api/opinions/${mine.id}`, headers: { cookie: leader } })).json();
    expect(asLeader.opinion.contact).toBeNull();
    expect(JSON.stringify(asLeader)).not.toContain('13800138000');

    await h.app.inject({ method: 'POST', url: `/api/opinions/${mine.id}/reply`, headers: { cookie: office }, payload: { text: '已转交纪委核查。' } });
    const outbox = await d.db.selectFrom('notifications').selectAll().where('opinion_id', '=', mine.id).execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ channel: 'sms', recipient: '13800138000', status: 'pending' });
    expect(outbox[0].body).toContain('已转交纪委核查。');

    const noContact = await submit({ campaignId: campaign.id, orgId: t.villageB.id, body: '实名但没留电话', targetKind: 'unit', anonymous: false, contactName: '王五' });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json().code).toBe('opinion.contact_required');
  });

  it('checks attachments by content, not by name', async () => {
    const ok = await h.app.inject({
      method: 'POST', url: '/api/portal/opinions',
      ...multipartPayload({ campaignId: campaign.id, orgId: t.townA.id, body: '附照片：会议室超标装修。', targetKind: 'unit', anonymous: 'true' }, [{ name: 'photo.jpg', data: PNG }]),
    });
    expect(ok.statusCode).toBe(201);
    const stored = await d.db.selectFrom('opinion_attachments').selectAll().execute();
    expect(stored.some((a) => a.type === 'image/png' && a.name === '附件1.png')).toBe(true);

    const before = await countOpinions();
    const bad = await h.app.inject({
      method: 'POST', url: '/api/portal/opinions',
      ...multipartPayload({ campaignId: campaign.id, orgId: t.townA.id, body: '恶意附件', targetKind: 'unit', anonymous: 'true' }, [{ name: 'evil.png', data: Buffer.from('<html><script>alert(1)</script></html>') }]),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('opinion.attachment_type');
    expect(await countOpinions()).toBe(before);
  });

  it('refuses empty, over-long and misdirected opinions with clear messages', async () => {
    const empty = await submit({ campaignId: campaign.id, orgId: t.townA.id, body: '   ', targetKind: 'unit', anonymous: true });
    expect(empty.statusCode).toBe(400);
    // Zero-width characters alone are no text either (they were stored as a blank row).
    const invisible = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.townA.id, channel: 'letter', body: '\u200b\u200c\u2060 \ufeff', targetKind: 'unit', anonymous: true } });
    expect(invisible.statusCode).toBe(400);
    // The field named in words (内容, the opinion's text); details.field keeps the raw path.
    expect(invisible.json().message).toBe('请求参数有误：内容：不能为空或只含空白字符');
    expect(invisible.json().details.field).toBe('body.body');
    for (const body of ['\u2066\u2069', '\u00ad\ufe0f', '\u3164\u2800', '\u{e0041}\u{e0042}']) {
      const entered = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.townA.id, channel: 'letter', body, targetKind: 'unit', anonymous: true } });
      expect(entered.statusCode, JSON.stringify(body)).toBe(400);
    }
    const joined = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.townA.id, channel: 'letter', body: '‍👨‍👩‍👧 会多', targetKind: 'unit', anonymous: true } });
    expect(joined.statusCode).toBe(201);
    // Control characters are taken out where a text enters (review: a NUL, a terminal's colour escape and a right-to-left
    // override were stored, and the first pass read "m乱" and "31" as words); a text of nothing else is refused.
    const controls = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.townA.id, channel: 'letter', body: '\u0000\u001b[31m窗口\u001b[0m办事难\u202e，跑了\u0007五趟\n第二行', targetKind: 'unit', anonymous: true } });
    expect(controls.statusCode, controls.body).toBe(201);
    const kept = await d.db.selectFrom('opinions').select(['body', 'body_redacted', 'suggestion_terms']).where('id', '=', controls.json().opinion.id).executeTakeFirstOrThrow();
    expect(kept.body).toBe('窗口办事难，跑了五趟\n第二行');
    expect(kept.suggestion_terms ?? '').not.toMatch(/31|\u001b/);
    const onlyControls = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.townA.id, channel: 'letter', body: '\u0000\u001b[0m\u0007', targetKind: 'unit', anonymous: true } });
    expect(onlyControls.statusCode).toBe(400);
    expect(onlyControls.json()).toMatchObject({ code: 'opinion.body_blank', message: '意见内容不能为空' });
    const long = await submit({ campaignId: campaign.id, orgId: t.townA.id, body: '长'.repeat(5001), targetKind: 'unit', anonymous: true });
    expect(long.statusCode).toBe(400);
    const other = await smallTree(d.db);
    const outside = await submit({ campaignId: campaign.id, orgId: other.townA.id, body: '别的地区', targetKind: 'unit', anonymous: true });
    expect(outside.json()).toMatchObject({ code: 'opinion.unit_outside' });
    expect(outside.json().message).toContain('不在本次活动范围内');
  });

  it('tells the console who may enter opinions and run rounds of asking in the campaign', async () => {
    const asOffice = (await h.app.inject({ url: `/api/campaigns/${campaign.id}`, headers: { cookie: office } })).json().campaign.can;
    const asLeader = (await h.app.inject({ url: `/api/campaigns/${campaign.id}`, headers: { cookie: leader } })).json().campaign.can;
    expect(asOffice).toMatchObject({ enterOpinions: true, manageSolicitations: true });
    expect(asLeader).toMatchObject({ enterOpinions: false, manageSolicitations: false });
  });

  it('offers on the portal only the units a round of asking covers', async () => {
    const round = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/solicitations`, headers: { cookie: office }, payload: { orgId: t.countyA.id, title: '东城区征求意见', startsOn: '2026-01-01', endsOn: '2099-12-31', audiences: ['public'], channels: ['web'], targetKind: 'leadership', targetLabel: '区委领导班子' } });
    expect(round.statusCode).toBe(201);
    const sid = round.json().solicitation.id;
    const names = async (q: string, s?: string) => (await h.app.inject({ url: `/api/portal/units?campaignId=${campaign.id}&q=${encodeURIComponent(q)}${s ? `&solicitationId=${s}` : ''}` })).json().items.map((u: { name: string }) => u.name);
    expect(await names('石桥')).toEqual(['石桥村']);
    expect(await names('石桥', sid)).toEqual([]);
    expect(await names('桃花', sid)).toEqual(['桃花社区']);
  });

  it('triages each opinion as it arrives: masked text for non-handlers, a four-winds suggestion, its duplicate cluster', async () => {
    const first = await submit({ campaignId: campaign.id, orgId: t.townB.id, body: '镇里会议太多，文件层层转发，检查评比过多过滥。我是周大勇，电话13912345678。', targetKind: 'unit', anonymous: true });
    const again = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.townB.id, channel: 'letter', body: '鎮裡會議太多，文件層層轉發，檢查評比過多過濫！', targetKind: 'unit', anonymous: true } });
    const other = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.townB.id, channel: 'visit', body: '村里路灯坏了很久没人修。', targetKind: 'unit', anonymous: true } });
    expect([first.statusCode, again.statusCode, other.statusCode]).toEqual([201, 201, 201]);
    const list = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/opinions?orgId=${t.townB.id}&limit=200`, headers: { cookie: office } })).json().items as { id: string; body: string; clusterId: string; suggestion: { category: string; terms: string[] } | null }[];
    const a = list.find((o) => o.body.includes('周大勇'))!;
    const b = list.find((o) => o.body.includes('鎮裡會議'))!;
    const c = list.find((o) => o.body.includes('路灯'))!;
    expect(b.clusterId).toBe(a.clusterId);
    expect(c.clusterId).not.toBe(a.clusterId);
    expect(a.suggestion).toMatchObject({ category: 'formalism' });
    expect(a.suggestion!.terms.length).toBeGreaterThan(0);
    // The office handles it and reads it as written; a leader reads it with personal data masked.
    const asLeader = (await h.app.inject({ url: `/api/opinions/${a.id}`, headers: { cookie: leader } })).json().opinion;
    expect(asLeader.body).not.toContain('周大勇');
    expect(asLeader.body).not.toContain('13912345678');
    expect(asLeader.body).toContain('会议太多');
    const stored = await d.db.selectFrom('opinions').select(['body', 'body_redacted']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(stored.body).toContain('13912345678'); // the original is never altered
    // A search finds what the reader sees: the masked text for a leader (else a name or a phone, digit by digit, would
    // tell who wrote it), the verbatim text for the office that handles it.
    const search = async (cookie: string, q: string) => ((await h.app.inject({ url: `/api/campaigns/${campaign.id}/opinions?q=${encodeURIComponent(q)}`, headers: { cookie } })).json().items as { id: string }[]).map((o) => o.id);
    for (const secret of ['周大勇', '1391234', '13912345678']) {
      expect(await search(leader, secret), secret).toEqual([]);
      expect(await search(office, secret), secret).toEqual([a.id]);
    }
    expect(await search(leader, '层层转发')).toContain(a.id);
  });

  it('walks the lifecycle: merge keeps originals, invalid steps are refused', async () => {
    const a = await enter('食堂超标接待，一桌上千元。');
    const b = await enter('食堂接待超标。');
    const bad = await h.app.inject({ method: 'POST', url: `/api/opinions/${a}/transition`, headers: { cookie: office }, payload: { to: 'merged' } });
    expect(bad.json().code).toBe('opinion.merge_target_required');
    const merged = await h.app.inject({ method: 'POST', url: `/api/opinions/${b}/transition`, headers: { cookie: office }, payload: { to: 'merged', mergedInto: a } });
    expect(merged.json().opinion).toMatchObject({ status: 'merged', mergedInto: a, body: '食堂接待超标。' });
    const intoMerged = await h.app.inject({ method: 'POST', url: `/api/opinions/${a}/transition`, headers: { cookie: office }, payload: { to: 'merged', mergedInto: b } });
    expect(intoMerged.json().code).toBe('opinion.merge_target_invalid');
    await h.app.inject({ method: 'POST', url: `/api/opinions/${a}/transition`, headers: { cookie: office }, payload: { to: 'closed' } });
    const afterClosed = await h.app.inject({ method: 'POST', url: `/api/opinions/${a}/transition`, headers: { cookie: office }, payload: { to: 'fixed' } });
    expect(afterClosed.statusCode).toBe(400);
    expect(afterClosed.json().message).toBe('不能从「closed」变为「fixed」');
    const events = (await h.app.inject({ url: `/api/opinions/${a}`, headers: { cookie: office } })).json().events;
    expect(events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['received', 'closed']);
    expect(events[1].at).not.toBeNull();
  });

  it('discloses what the office writes, never the submitter', async () => {
    const res = await submit({ campaignId: campaign.id, orgId: t.villageA.id, body: '张书记天天打牌，电话13911112222', targetKind: 'leader', targetLabel: '张书记', anonymous: false, contactName: '赵六', contactPhone: '13700001111' });
    expect(res.statusCode).toBe(201);
    const id = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/opinions?q=${encodeURIComponent('打牌')}`, headers: { cookie: office } })).json().items[0].id;
    const missingText = await h.app.inject({ method: 'PUT', url: `/api/opinions/${id}/disclosure`, headers: { cookie: office }, payload: { disclosed: true } });
    expect(missingText.statusCode).toBe(400);
    const ok = await h.app.inject({ method: 'PUT', url: `/api/opinions/${id}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '反映个别村干部工作时间打牌', action: '已约谈，责令整改', category: 'hedonism' } });
    expect(ok.statusCode).toBe(200);
    const portal = await h.app.inject({ url: `/api/portal/disclosures?orgId=${t.city.id}` });
    const text = JSON.stringify(portal.json());
    expect(text).toContain('反映个别村干部工作时间打牌');
    expect(portal.json().groups.find((g: { category: string }) => g.category === 'hedonism').items[0]).toMatchObject({ unit: '桃花社区', action: '已约谈，责令整改' });
    for (const secret of ['赵六', '13700001111', '13911112222', '张书记天天打牌']) expect(text).not.toContain(secret);
  });

  it("refuses a disclosure that carries personal data, and keeps the one already public", async () => {
    const res = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.villageA.id, channel: 'letter', body: '我是村民孙桂兰，村会计王德发把低保名额给了亲戚，我家住柳树村4组9号。', targetKind: 'unit', anonymous: false, contact: { name: '孙桂兰', phone: '13700002222' } } });
    expect(res.statusCode).toBe(201);
    const id = res.json().opinion.id;
    const ok = await h.app.inject({ method: 'PUT', url: `/api/opinions/${id}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '反映村干部优亲厚友、低保评定不公', action: '已重新评议，责令村会计作出检查' } });
    expect(ok.statusCode).toBe(200);
    for (const [text, secret] of [['群众孙桂兰反映低保评定不公', '孙桂兰'], ['反映低保不公，联系电话13700002222', '13700002222'], ['柳树村4组9号群众反映低保不公', '柳树村4组9号'], ['王德发把低保名额给了亲戚', '王德发']]) {
      const bad = await h.app.inject({ method: 'PUT', url: `/api/opinions/${id}/disclosure`, headers: { cookie: office, 'accept-language': 'zh-CN' }, payload: { disclosed: true, text } });
      expect(bad.statusCode, text).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'opinion.disclosure_personal_data' });
      expect(bad.json().message).toContain(secret);
    }
    const badAction = await h.app.inject({ method: 'PUT', url: `/api/opinions/${id}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '反映低保评定不公', action: '已回访孙桂兰' } });
    expect(badAction.statusCode).toBe(400);
    // In the other script too.
    expect((await h.app.inject({ method: 'PUT', url: `/api/opinions/${id}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '經查，王德發優親厚友屬實' } })).statusCode).toBe(400);
    // What an office publishes of its own stays allowed: its line, an official car, a permit's number, a cadre's name.
    for (const text of ['整改责任人：镇党委副书记王强，联系电话：0571-87654321。', '经查，王局长公车私用属实，车牌苏A·12345已收回。', '经核实，村民反映的问题属实，已对村会计作出处理。', '补贴标准130元，2023-2024年度已补发。']) {
      const allowed = await h.app.inject({ method: 'PUT', url: `/api/opinions/${id}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text } });
      expect(allowed.statusCode, `${text} ${allowed.body}`).toBe(200);
    }
    await h.app.inject({ method: 'PUT', url: `/api/opinions/${id}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '反映村干部优亲厚友、低保评定不公', action: '已重新评议，责令村会计作出检查' } });
    // A contact name that is no name (村民) does not bar the word.
    const generic = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.villageA.id, channel: 'letter', body: '村里低保评定不公开。', targetKind: 'unit', anonymous: false, contact: { name: '村民', phone: '13700003333' } } });
    const plain = await h.app.inject({ method: 'PUT', url: `/api/opinions/${generic.json().opinion.id}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '经核实，村民反映的问题属实，已公开评定结果。' } });
    expect(plain.statusCode, plain.body).toBe(200);
    // A number the opinion gave, written longer in the disclosure; a name already made no one's (王某) is no one's.
    const phoned = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.villageA.id, channel: 'letter', body: '村干部打牌，我家电话87654321。', targetKind: 'unit', anonymous: false, contact: { name: '王某', phone: '13700004444' } } });
    const phonedId = phoned.json().opinion.id;
    const longer = await h.app.inject({ method: 'PUT', url: `/api/opinions/${phonedId}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '已回访来电人，电话0571-87654321' } });
    expect(longer.statusCode).toBe(400);
    const mou = await h.app.inject({ method: 'PUT', url: `/api/opinions/${phonedId}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '经查属实，已对王某某进行诫勉谈话。' } });
    expect(mou.statusCode, mou.body).toBe(200);
    // What the submitter added later counts as what they gave (a note stored as the portal stores one).
    const row = await d.db.selectFrom('opinions').select(['region_id']).where('id', '=', phonedId).executeTakeFirstOrThrow();
    await d.db.insertInto('opinion_events').values({ region_id: row.region_id, id: 'evtnotexx1', opinion_id: phonedId, seq: 99, on_day: '2026-12-05', at: null, actor_id: null, actor_name: '', kind: 'info', from_status: null, to_status: null, text: '补充：我家在幸福路12号。' }).execute();
    const noted = await h.app.inject({ method: 'PUT', url: `/api/opinions/${phonedId}/disclosure`, headers: { cookie: office }, payload: { disclosed: true, text: '幸福路12号门口的牌局已取缔。' } });
    expect(noted.statusCode).toBe(400);
    expect(noted.json().message).toContain('幸福路12号');
    // What was disclosed before the refused edits is what the portal still shows.
    const portal = JSON.stringify((await h.app.inject({ url: `/api/portal/disclosures?orgId=${t.city.id}` })).json());
    expect(portal).toContain('反映村干部优亲厚友、低保评定不公');
    for (const secret of ['孙桂兰', '王德发', '13700002222']) expect(portal).not.toContain(secret);
  });

  it('stores a signed gateway delivery once, however often it is retried, and refuses forgeries', async () => {
    const key = await createGatewayKey(d.db, campaign.id, '12345 热线平台');
    const payload = JSON.stringify({ idempotencyKey: 'call-20261124-0001', channel: 'hotline', orgCode: t.townB.code, body: '热线反映：镇政府会议太多，基层干部疲于应付。' });
    const post = (body: string, ts = Math.floor(Date.now() / 1000), secret = key.secret) =>
      h.app.inject({ method: 'POST', url: '/api/gateway/opinions', payload: body, headers: { 'content-type': 'application/json', 'x-massline-key': key.id, 'x-massline-timestamp': String(ts), 'x-massline-signature': signGatewayRequest(secret, ts, body) } });
    const first = await post(payload);
    expect(first.statusCode).toBe(201);
    const again = await Promise.all([post(payload), post(payload), post(payload)]);
    for (const r of again) expect(r.json()).toEqual({ id: first.json().id, duplicate: true });
    const stored = await d.db.selectFrom('opinions').select('id').where('external_key', '=', 'call-20261124-0001').execute();
    expect(stored).toHaveLength(1);

    expect((await post(payload, undefined, 'wrong-secret')).json().code).toBe('gateway.signature_invalid');
    expect((await post(payload, Math.floor(Date.now() / 1000) - 3600)).json().code).toBe('gateway.timestamp_stale');
    const tampered = await h.app.inject({ method: 'POST', url: '/api/gateway/opinions', payload: payload.replace('太多', '太少'), headers: { 'content-type': 'application/json', 'x-massline-key': key.id, 'x-massline-timestamp': String(Math.floor(Date.now() / 1000)), 'x-massline-signature': signGatewayRequest(key.secret, Math.floor(Date.now() / 1000), payload) } });
    expect(tampered.statusCode).toBe(401);
  });

  it('stores a delivery once when its retries arrive together with it (one shared commit)', async () => {
    const key = await createGatewayKey(d.db, campaign.id, '微信平台');
    const payload = JSON.stringify({ idempotencyKey: 'wx-burst-1', channel: 'wechat', body: '微信留言：窗口办事排队太久。' });
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'content-type': 'application/json', 'x-massline-key': key.id, 'x-massline-timestamp': String(ts), 'x-massline-signature': signGatewayRequest(key.secret, ts, payload) };
    const other = JSON.stringify({ idempotencyKey: 'wx-burst-2', channel: 'wechat', body: '微信留言：村务公开不及时。' });
    const otherHeaders = { ...headers, 'x-massline-signature': signGatewayRequest(key.secret, ts, other) };
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, () => h.app.inject({ method: 'POST', url: '/api/gateway/opinions', payload, headers })),
      h.app.inject({ method: 'POST', url: '/api/gateway/opinions', payload: other, headers: otherHeaders }),
    ]);
    const burst = answers.slice(0, 5);
    expect(burst.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(burst.map((r) => r.json().id)).size).toBe(1);
    expect(answers[5].statusCode).toBe(201);
    const stored = await d.db.selectFrom('opinions').select(['id', 'external_key']).where('external_source', '=', key.id).execute();
    expect(stored.map((r) => r.external_key).sort()).toEqual(['wx-burst-1', 'wx-burst-2']);
    expect(stored.find((r) => r.external_key === 'wx-burst-1')!.id).toBe(burst[0].json().id);
    // Each stored opinion has exactly one arrival event (the retries wrote none).
    const events = await d.db.selectFrom('opinion_events').select('opinion_id').where('opinion_id', 'in', stored.map((r) => r.id)).execute();
    expect(events).toHaveLength(2);
    // A key made a moment ago works at once, and an unknown one is refused (misses are not kept).
    const unknown = await h.app.inject({ method: 'POST', url: '/api/gateway/opinions', payload, headers: { ...headers, 'x-massline-key': 'nokey00000' } });
    expect(unknown.statusCode).toBe(401);
  });

  it('enters offline opinions in a batch, all or nothing, and records symposiums', async () => {
    const before = await countOpinions();
    const countsBefore = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/opinion-counts`, headers: { cookie: office } })).json().byChannel as Record<string, number>;
    const items = [
      { orgId: t.townA.id, channel: 'opinion_box', body: '意见箱：检查评比太多。', targetKind: 'unit', anonymous: true },
      { orgId: t.townB.id, channel: 'letter', body: '来信：希望减少陪会。', targetKind: 'leadership', anonymous: false, contact: { name: '老干部王某', phone: '13600000000' } },
      { orgId: 'aaaaaaaaaa', channel: 'visit', body: '走访：未知单位', targetKind: 'unit', anonymous: true },
    ];
    const refused = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions/batch`, headers: { cookie: office }, payload: { items } });
    expect(refused.statusCode).toBe(400);
    expect(await countOpinions()).toBe(before);
    const ok = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions/batch`, headers: { cookie: office }, payload: { items: items.slice(0, 2) } });
    expect(ok.json().created).toBe(2);

    const sym = await h.app.inject({
      method: 'POST', url: `/api/campaigns/${campaign.id}/symposiums`, headers: { cookie: office },
      payload: { orgId: t.countyA.id, heldOn: '2026-03-05', host: '区委书记', attendance: { 党代表: 5, 人大代表: 4, 政协委员: 3, 群众代表: 12 }, opinions: [{ body: '座谈：文件太多', targetKind: 'leadership' }, { body: '座谈：调研走过场', targetKind: 'leadership' }] },
    });
    expect(sym.statusCode).toBe(201);
    const list = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/symposiums`, headers: { cookie: office } })).json().items;
    expect(list[0]).toMatchObject({ host: '区委书记', opinions: 2, attendance: { 群众代表: 12 } });
    const counts = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/opinion-counts`, headers: { cookie: office } })).json();
    const delta = (ch: string) => (counts.byChannel[ch] ?? 0) - (countsBefore[ch] ?? 0);
    expect([delta('opinion_box'), delta('letter'), delta('symposium')]).toEqual([1, 1, 2]);
    expect(counts.total).toBe(Object.values(counts.byChannel as Record<string, number>).reduce((a, b) => a + b, 0));
  });

  it('limits floods from one client in memory', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const r = await submit({ campaignId: campaign.id, orgId: t.townA.id, body: `刷屏 ${i}`, targetKind: 'unit', anonymous: true }, { 'x-test': 'flood' });
      last = r.statusCode;
    }
    expect(last).toBe(429);
  });

  it('stores nothing that identifies an anonymous client', async () => {
    const res = await submit({ campaignId: campaign.id, orgId: t.townA.id, body: '匿名：领导干部办公用房超标。', targetKind: 'leadership', anonymous: true }, { cookie: 'tracking=abc123def' });
    // (an earlier test may have used up this client's window; any answer is fine here, the scan is the point)
    expect([201, 429]).toContain(res.statusCode);
    const anonymous = await d.db.selectFrom('opinions').selectAll().where('anonymous', '=', 1).where('entered_by', 'is', null).execute();
    expect(anonymous.length).toBeGreaterThan(0);
    for (const o of anonymous) {
      expect(o.received_at).toBeNull();
      expect(o.contact_name ?? o.contact_phone ?? o.contact_email).toBeNull();
    }
    // Every text value of every table: no client address, agent or cookie anywhere.
    const tables = kind === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(d.db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(d.db)).rows.map((r) => r.name);
    for (const table of tables) {
      const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(d.db)).rows;
      const dump = JSON.stringify(rows);
      for (const needle of ['203.0.113.77', '127.0.0.1', 'SpyPhone', 'TraceMe', 'abc123def']) expect(dump, `${table} holds ${needle}`).not.toContain(needle);
    }
    // No audit entry (with its exact time) for public submissions.
    const audits = await d.db.selectFrom('audit_log').select('action').where('action', 'like', 'opinion.%').execute();
    expect(audits.every((a) => a.action !== 'opinion.submit')).toBe(true);
  });

  async function countOpinions() {
    return Number((await d.db.selectFrom('opinions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  }

  async function enter(body: string): Promise<string> {
    const r = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions`, headers: { cookie: office }, payload: { orgId: t.townA.id, channel: 'letter', body, targetKind: 'unit', anonymous: true } });
    expect(r.statusCode).toBe(201);
    return r.json().opinion.id;
  }
});

function multipartPayload(fields: Record<string, string>, files: { name: string; data: Buffer }[]) {
  const boundary = '----massline' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), f.data, Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
