import type { DeepStrings } from '../../i18n/types';

// The triage queue's text: zh-CN first; en has the same keys (the type enforces it).
export const zhCN = {
  title: '意见分拣',
};

export const en: DeepStrings<typeof zhCN> = {
  title: 'Triage',
};
