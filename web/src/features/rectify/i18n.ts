import type { DeepStrings } from '../../i18n/types';

// The rectify pages' text: zh-CN first; en has the same keys (the type enforces it).
export const zhCN = {
  title: '整改落实',
};

export const en: DeepStrings<typeof zhCN> = {
  title: 'Rectification',
};
