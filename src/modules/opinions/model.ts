// What an opinion is: where it came from, what it is about, and the steps of its lifecycle.

/** Every way an opinion reaches the office (seed 001's "十个一", 002's "六管齐下"). */
export const CHANNELS = [
  'web', // the public portal form
  'mobile', // the portal on a phone app / mini program
  'sms',
  'hotline',
  'wechat',
  'weibo',
  'opinion_box',
  'letter',
  'visit',
  'symposium',
  'questionnaire',
  'email',
  'solicitation_letter', // an answer to a letter sent to a named recipient
  'open311',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels staff enter by hand, from paper, calls and meetings. */
export const OFFLINE_CHANNELS = ['opinion_box', 'letter', 'visit', 'hotline', 'symposium', 'questionnaire', 'email'] as const satisfies readonly Channel[];
/** Channels that platforms deliver through the signed gateway webhook. */
export const GATEWAY_CHANNELS = ['sms', 'hotline', 'wechat', 'weibo'] as const satisfies readonly Channel[];

export const CHANNEL_LABELS: Record<Channel, string> = {
  web: '网上征求意见', mobile: '手机端', sms: '短信', hotline: '热线电话', wechat: '微信', weibo: '微博', opinion_box: '意见箱',
  letter: '来信', visit: '走访', symposium: '座谈会', questionnaire: '问卷', email: '电子邮件', solicitation_letter: '征求意见函', open311: 'Open311',
};

export const AUDIENCES = ['public', 'deputies', 'retired_cadres', 'members', 'enterprises', 'named'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** What is being commented on: the leadership group, a named leader, or a unit's work. */
export const TARGET_KINDS = ['leadership', 'leader', 'unit'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** The four winds, and "other" for what is not one of them. Triage fills this in. */
export const CATEGORIES = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['received', 'triaged', 'merged', 'answered', 'accepted', 'fixed', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * received → triaged → merged / answered / accepted as a problem / fixed at once (立行立改) → closed.
 * Triage may be skipped for the obvious; a closed opinion may be reopened to triage.
 */
export const TRANSITIONS: Record<Status, Status[]> = {
  received: ['triaged', 'merged', 'answered', 'accepted', 'fixed', 'closed'],
  triaged: ['merged', 'answered', 'accepted', 'fixed', 'closed'],
  merged: ['closed', 'triaged'],
  answered: ['accepted', 'fixed', 'closed'],
  accepted: ['fixed', 'closed'],
  fixed: ['closed'],
  closed: ['triaged'],
};

export function canMove(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}

export const BODY_MAX = 5000;
