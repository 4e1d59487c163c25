import type { DeepStrings } from '../../i18n/types';

// Backlog runs of the first pass (the panel on the triage page).
export const zhCN = {
  title: '重新分拣',
  explain: '对本活动已收到的意见重新做一遍首轮分拣：脱敏、四风建议（含本活动已学习的纠正）、相似归并、单位建议。人工确认过的类别、合并与转交不受影响。',
  start: '开始重新分拣',
  startUnit: '重新分拣{{unit}}的意见',
  scopeCampaign: '范围：本活动全部单位（{{unit}}及下级），共 {{count}} 条意见',
  scopeUnit: '范围：{{unit}}及下级单位，共 {{count}} 条意见',
  scopeUnitOnly: '范围：{{unit}}本单位的意见（不含下级单位）',
  running: '正在分拣：{{done}} / {{total}}',
  done: '已完成：{{done}} 条，失败 {{failed}} 条',
  history: '运行记录',
  failed: '运行中断：已处理 {{done}} / {{total}} 条',
  last: '最近一次运行',
  none: '尚未运行过',
  runningAbove: '上级单位正在分拣（含本单位的意见）',
  doneAbove: '上级单位已完成分拣（含本单位的意见）',
  failedAbove: '上级单位的分拣运行中断',
};

export const en: DeepStrings<typeof zhCN> = {
  title: 'Re-run triage',
  explain: "Run the first pass again over this campaign's opinions: masking, four-winds suggestion (with the corrections it has learned), duplicate clusters, suggested unit. Categories, merges and routing confirmed by staff are not touched.",
  start: 'Start',
  startUnit: 'Re-run for {{unit}}',
  scopeCampaign: 'Covers the whole campaign ({{unit}} and below): {{count}} opinions',
  scopeUnit: 'Covers {{unit}} and the units below it: {{count}} opinions',
  scopeUnitOnly: "Covers {{unit}}'s own opinions (not the units below it)",
  running: 'Running: {{done}} / {{total}}',
  done: 'Finished: {{done}}, failed {{failed}}',
  history: 'Run history',
  failed: 'Interrupted after {{done}} / {{total}}',
  last: 'Last run',
  none: 'Never run',
  runningAbove: "A unit above yours is running triage (your unit's opinions included)",
  doneAbove: "A unit above yours ran triage (your unit's opinions included)",
  failedAbove: "A unit above yours ran triage; it was interrupted",
};
