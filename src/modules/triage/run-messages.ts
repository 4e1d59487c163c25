import type { Phrase } from '../../shared/i18n/messages.js';

// Phrases of backlog triage runs.
export const triageRunMessages = {
  'triage.run_not_found': { 'zh-CN': '分拣运行记录不存在：{id}', en: 'No such triage run: {id}' },
} satisfies Record<string, Phrase>;
