import type { Phrase } from '../../shared/i18n/messages.js';

// Error phrases of the triage workflow (queue, clusters, the organization's own categories).
// zh-CN first; zh-TW is converted from it.
export const triageMessages = {
  'triage.no_access': { 'zh-CN': '您的角色不能查看或分拣本活动的意见', en: 'Your role cannot see or triage the opinions of this campaign' },
  'triage.no_suggestion': { 'zh-CN': '该意见没有首轮分类建议，请直接选择类别：{id}', en: 'This opinion has no first-pass suggestion; choose a wind instead: {id}' },
  'triage.accept_conflict': { 'zh-CN': '“采纳建议”不能与指定四风类别同时使用', en: '"accept" cannot be combined with an explicit wind' },
  'triage.nothing_to_do': { 'zh-CN': '请至少指定一项：采纳建议、四风类别、本单位分类或转交单位', en: 'Give at least one of: accept, wind, category or unit' },
  'triage.route_outside': { 'zh-CN': '不能转交到「{name}」：该单位不在您的处理范围内', en: 'Cannot route to "{name}": the unit is outside your reach' },
  'triage.category_not_found': { 'zh-CN': '分类不存在：{id}', en: 'No such category: {id}' },
  'triage.category_unavailable': { 'zh-CN': '分类「{name}」不适用于以下意见所在单位（或已停用）：{ids}', en: 'Category "{name}" is not offered (or is inactive) for the unit of: {ids}' },
  'triage.suggestion_changed': { 'zh-CN': '首轮建议已更新（例如重新分析之后），请刷新后再采纳：{ids}', en: 'The suggestion has changed since the page was shown (a re-run, for example); reload and accept again: {ids}' },
  'triage.unmerge_none': { 'zh-CN': '该相似意见组没有可以撤销的合并：{id}', en: 'This group has no merge left to undo: {id}' },
  'triage.unmerge_too_large': { 'zh-CN': '这次合并涉及的意见太多，无法自动撤销，请逐条移出：{id}', en: 'This merge moved too many opinions to undo; split them out one by one: {id}' },
  'triage.expected_accept_only': { 'zh-CN': '“expected”只能用于批量采纳建议，不能用于「{action}」', en: '"expected" goes with the bulk accept only, not with "{action}"' },
  'triage.category_wind_clash': { 'zh-CN': '分类「{name}」属于「{wind}」，与以下意见已定的四风类别不一致；请先改定类别：{ids}', en: 'Category "{name}" belongs to {wind}, not to the wind these opinions have; change their wind first: {ids}' },
  'triage.run_not_running': { 'zh-CN': '这次分拣运行已经结束，无需停止', en: 'This run has already ended' },
  'triage.run_running': { 'zh-CN': '本活动已有一次重新分析正在进行，请等它完成后再开始', en: 'A re-run of this campaign is already in progress; wait for it to finish' },
  'triage.category_name_taken': { 'zh-CN': '本单位已有同名分类：{name}', en: 'This organization already has a category named "{name}"' },
  'triage.bulk_refused': {
    'zh-CN': '批量操作未执行，没有修改任何意见。不在您处理范围内的：{outside}；不存在或不属于本活动的：{unknown}',
    en: 'Nothing was changed. Outside your reach: {outside}; unknown or not in this campaign: {unknown}',
  },
  'triage.bulk_value_required': { 'zh-CN': '批量操作「{action}」需要提供 value', en: 'The bulk action "{action}" needs a value' },
  'triage.bulk_value_invalid': { 'zh-CN': '批量操作「{action}」的取值无效：{value}', en: 'Invalid value for the bulk action "{action}": {value}' },
  'triage.bulk_no_suggestion': { 'zh-CN': '以下意见没有首轮分类建议，未作任何修改：{ids}', en: 'These opinions have no first-pass suggestion; nothing was changed: {ids}' },
  'triage.merge_unknown': { 'zh-CN': '以下意见或相似意见组不存在或不属于本活动：{ids}', en: 'Unknown or not in this campaign: {ids}' },
  'triage.merge_outside': { 'zh-CN': '以下意见不在您的处理范围内，未作任何合并：{ids}', en: 'Outside your reach, so nothing was merged: {ids}' },
  'triage.merge_input': { 'zh-CN': '请提供 clusterIds（相似意见组）或 opinionIds（意见）其中之一', en: 'Give either clusterIds or opinionIds, not both' },
  'triage.merge_single': { 'zh-CN': '请至少选择两个不同的相似意见组进行合并', en: 'Choose at least two different clusters to merge' },
  'triage.split_alone': { 'zh-CN': '该意见不在任何相似意见组中，无需拆分', en: 'This opinion is not part of a cluster; there is nothing to split' },
  'triage.cluster_not_found': { 'zh-CN': '相似意见组不存在：{id}', en: 'No such cluster: {id}' },
} satisfies Record<string, Phrase>;
