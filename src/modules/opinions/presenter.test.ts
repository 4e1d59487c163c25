import { describe, expect, it } from 'vitest';
import type { Actor } from '../authz/roles.js';
import type { OpinionEventTable, OpinionTable } from '../../db/schema.js';
import { presentEvent, presentOpinion } from './presenter.js';

// What leaves the server about an opinion, by who reads it: the office that handles it, or a leader who only reads.
const grant = (role: Actor['grants'][number]['role']) => ({ role, orgId: 'org0000001', orgPath: '/org0000001/', regionId: 'rgn0000001', supervisionGroupId: null });
const reader = (role: Actor['grants'][number]['role']): Actor => ({ userId: 'usr0000001', username: role, name: role, orgId: 'org0000001', locale: 'zh-CN', grants: [grant(role)] });
const office = reader('campaign_office');
const leader = reader('leader');

const answer = {
  id: 'opn0000001', campaign_id: 'cmp0000001', org_id: 'org0000001', org_path: '/org0000001/', solicitation_id: 'sol0000001', channel: 'solicitation_letter',
  target_kind: 'unit', target_label: null, body: '我是赵铁柱，建议少开会。', body_redacted: '我是＊＊＊，建议少开会。', category: null, status: 'received', merged_into: null,
  suggested_category: null, suggestion_confidence: null, suggestion_terms: null, cluster_id: null, anonymous: 0, contact_name: '赵铁柱', contact_phone: null, contact_email: null,
  received_on: '2026-12-05', received_at: null, entered_by: '征求意见函：赵铁柱', disclosed: 0, disclosure_text: null, disclosure_action: null,
} as unknown as OpinionTable;

describe('presenting an opinion', () => {
  it("names a letter's recipient, who answered it, only to those who handle the answer", () => {
    expect(presentOpinion(answer, office, '').enteredBy).toBe('征求意见函：赵铁柱');
    const seen = presentOpinion(answer, leader, '');
    expect(seen.enteredBy).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('赵铁柱');
    // Staff who entered a letter by hand are staff: their name stays.
    expect(presentOpinion({ ...answer, channel: 'letter', entered_by: '录入员张敏' }, leader, '').enteredBy).toBe('录入员张敏');
  });

  it("masks personal data in an event's text for those who only read", () => {
    const e = { seq: 2, on_day: '2026-12-05', at: null, actor_name: null, kind: 'info', from_status: null, to_status: null, text: '补充：我叫王大锤，电话13812345678。' } as unknown as OpinionEventTable;
    expect(presentEvent(e, true).text).toBe(e.text);
    expect(presentEvent(e, false).text).not.toMatch(/王大锤|13812345678/);
    const letter = { ...e, kind: 'status', text: '', actor_id: null, actor_name: '征求意见函：赵铁柱' } as OpinionEventTable;
    expect(presentEvent(letter, true).actorName).toBe('征求意见函：赵铁柱');
    expect(presentEvent(letter, false).actorName).toBeNull();
    expect(presentEvent({ ...letter, actor_id: 'usr0000002', actor_name: '录入员张敏' }, false).actorName).toBe('录入员张敏');
  });
});
