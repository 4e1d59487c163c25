import type { DeepStrings } from '../../i18n/types';

// The figures pages' text: zh-CN first; en has the same keys (the type enforces it).
export const zhCN = {
  title: '数据统计',
};

export const en: DeepStrings<typeof zhCN> = {
  title: 'Figures',
};
