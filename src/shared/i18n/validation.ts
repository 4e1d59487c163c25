import { VISIBLE_PATTERN } from '../blank.js';
import { taiwanWording } from './taiwan.js';
import type { Locale } from './messages.js';

// The words of a 400 from schema validation: which field (in the reader's language where a label
// is known: 名称 / 名稱 / name) and what is wrong with it (缺少必填项, 类型应为整数 …). The response's
// details.field stays the raw path (body.name, querystring.limit): clients match on it.

type Label = { 'zh-CN': string; en: string };

/**
 * Labels of the request fields of the route schemas, by property name (the last segment of the
 * path). Only names that mean the same thing on every route that has them; a name with two
 * meanings (position: a job title or an order; to: a date or a status; action; from) is left out
 * and shown as it is. zh-TW is derived (taiwanWording: 用户名 → 使用者名稱, 邮箱 → 電子郵件).
 */
const FIELD_LABELS: Record<string, Label> = {
  name: { 'zh-CN': '名称', en: 'name' },
  title: { 'zh-CN': '标题', en: 'title' },
  body: { 'zh-CN': '内容', en: 'text' },
  text: { 'zh-CN': '内容', en: 'text' },
  description: { 'zh-CN': '说明', en: 'description' },
  note: { 'zh-CN': '备注', en: 'note' },
  notes: { 'zh-CN': '记录', en: 'notes' },
  reply: { 'zh-CN': '答复', en: 'reply' },
  code: { 'zh-CN': '编码', en: 'code' },
  parentCode: { 'zh-CN': '上级编码', en: 'parent code' },
  parentId: { 'zh-CN': '上级组织', en: 'parent organization' },
  orgCode: { 'zh-CN': '单位编码', en: 'unit code' },
  type: { 'zh-CN': '类型', en: 'type' },
  kind: { 'zh-CN': '类型', en: 'kind' },
  aliases: { 'zh-CN': '别名', en: 'aliases' },
  sortOrder: { 'zh-CN': '排序', en: 'order' },
  login: { 'zh-CN': '账号', en: 'account' },
  username: { 'zh-CN': '用户名', en: 'username' },
  password: { 'zh-CN': '密码', en: 'password' },
  current: { 'zh-CN': '原密码', en: 'current password' },
  next: { 'zh-CN': '新密码', en: 'new password' },
  mobile: { 'zh-CN': '手机号', en: 'mobile number' },
  phone: { 'zh-CN': '电话', en: 'phone' },
  email: { 'zh-CN': '邮箱', en: 'email' },
  contact: { 'zh-CN': '联系方式', en: 'contact details' },
  role: { 'zh-CN': '角色', en: 'role' },
  roleId: { 'zh-CN': '角色', en: 'role' },
  active: { 'zh-CN': '是否启用', en: 'active' },
  orgId: { 'zh-CN': '单位', en: 'unit' },
  orgIds: { 'zh-CN': '单位', en: 'units' },
  unitIds: { 'zh-CN': '单位', en: 'units' },
  excludedOrgIds: { 'zh-CN': '排除的单位', en: 'excluded units' },
  campaignId: { 'zh-CN': '活动', en: 'campaign' },
  batch: { 'zh-CN': '批次', en: 'batch' },
  phase: { 'zh-CN': '环节', en: 'phase' },
  phases: { 'zh-CN': '环节', en: 'phases' },
  actionId: { 'zh-CN': '动作', en: 'action' },
  startsOn: { 'zh-CN': '开始日期', en: 'start date' },
  endsOn: { 'zh-CN': '结束日期', en: 'end date' },
  dueOn: { 'zh-CN': '完成时限', en: 'deadline' },
  deadline: { 'zh-CN': '完成时限', en: 'deadline' },
  status: { 'zh-CN': '状态', en: 'status' },
  state: { 'zh-CN': '状态', en: 'state' },
  q: { 'zh-CN': '关键词', en: 'search text' },
  limit: { 'zh-CN': '条数', en: 'limit' },
  supervisionGroupId: { 'zh-CN': '督导组', en: 'supervision group' },
  solicitationId: { 'zh-CN': '征求意见', en: 'solicitation' },
  symposiumId: { 'zh-CN': '座谈会', en: 'symposium' },
  channel: { 'zh-CN': '渠道', en: 'channel' },
  channels: { 'zh-CN': '渠道', en: 'channels' },
  targetKind: { 'zh-CN': '评议对象类型', en: 'target kind' },
  targetLabel: { 'zh-CN': '评议对象名称', en: 'target name' },
  anonymous: { 'zh-CN': '是否匿名', en: 'anonymous' },
  receivedOn: { 'zh-CN': '收到日期', en: 'date received' },
  receipt: { 'zh-CN': '回执号', en: 'receipt number' },
  recipients: { 'zh-CN': '收函人', en: 'recipients' },
  opinionIds: { 'zh-CN': '意见', en: 'opinions' },
  clusterId: { 'zh-CN': '相似意见组', en: 'cluster' },
  clusterIds: { 'zh-CN': '相似意见组', en: 'clusters' },
  mergedInto: { 'zh-CN': '合并到的意见', en: 'opinion merged into' },
  wind: { 'zh-CN': '四风类别', en: 'four-winds category' },
  category: { 'zh-CN': '分类', en: 'category' },
  orgCategoryId: { 'zh-CN': '本单位分类', en: 'own category' },
  suggested: { 'zh-CN': '首轮建议', en: 'first-pass suggestion' },
  accept: { 'zh-CN': '采纳建议', en: 'accept' },
  disclosed: { 'zh-CN': '是否公示', en: 'disclosed' },
  published: { 'zh-CN': '是否公开', en: 'published' },
  problemId: { 'zh-CN': '问题', en: 'problem' },
  problemIds: { 'zh-CN': '问题', en: 'problems' },
  planId: { 'zh-CN': '整改任务书', en: 'rectification plan' },
  owner: { 'zh-CN': '责任人', en: 'owner' },
  ownerOrgId: { 'zh-CN': '责任单位', en: 'owner unit' },
  ownerUserId: { 'zh-CN': '责任人', en: 'owner person' },
  memberName: { 'zh-CN': '班子成员姓名', en: 'member’s name' },
  memberUserId: { 'zh-CN': '班子成员', en: 'member' },
  personName: { 'zh-CN': '姓名', en: 'name' },
  personTitle: { 'zh-CN': '职务', en: 'title' },
  personUserId: { 'zh-CN': '人员', en: 'person' },
  severity: { 'zh-CN': '严重程度', en: 'severity' },
  milestones: { 'zh-CN': '里程碑', en: 'milestones' },
  decision: { 'zh-CN': '决定', en: 'decision' },
  immediate: { 'zh-CN': '立行立改', en: 'immediate fix' },
  overdue: { 'zh-CN': '是否逾期', en: 'overdue' },
  rating: { 'zh-CN': '评价', en: 'rating' },
  evidenceId: { 'zh-CN': '佐证材料', en: 'evidence' },
  attachmentId: { 'zh-CN': '附件', en: 'attachment' },
  counterId: { 'zh-CN': '计数项', en: 'counter' },
  counters: { 'zh-CN': '计数项', en: 'counters' },
  label: { 'zh-CN': '名称', en: 'label' },
  onDay: { 'zh-CN': '日期', en: 'date' },
  heldOn: { 'zh-CN': '召开日期', en: 'date held' },
  host: { 'zh-CN': '主持人', en: 'host' },
  attendance: { 'zh-CN': '出席情况', en: 'attendance' },
  useTemplate: { 'zh-CN': '使用模板', en: 'use the template' },
  zh: { 'zh-CN': '中文名称', en: 'Chinese name' },
  en: { 'zh-CN': '英文名称', en: 'English name' },
  unit: { 'zh-CN': '计量单位', en: 'unit of measure' },
  aggregation: { 'zh-CN': '汇总方式', en: 'aggregation' },
  numerator: { 'zh-CN': '分子', en: 'numerator' },
  denominator: { 'zh-CN': '分母', en: 'denominator' },
  indicator: { 'zh-CN': '指标', en: 'indicator' },
  indicators: { 'zh-CN': '指标', en: 'indicators' },
  value: { 'zh-CN': '数值', en: 'value' },
  values: { 'zh-CN': '数值', en: 'values' },
  baseline: { 'zh-CN': '基数', en: 'baseline' },
  period: { 'zh-CN': '报告期', en: 'period' },
  cycle: { 'zh-CN': '报送周期', en: 'cycle' },
  formId: { 'zh-CN': '报表', en: 'report form' },
  proposalId: { 'zh-CN': '提取结果', en: 'extracted figure' },
  sentOn: { 'zh-CN': '报送日期', en: 'date sent' },
  sentTo: { 'zh-CN': '报送对象', en: 'sent to' },
  adopted: { 'zh-CN': '是否采用', en: 'adopted' },
  adoptedOn: { 'zh-CN': '采用日期', en: 'date adopted' },
  adoptedBy: { 'zh-CN': '采用单位', en: 'adopted by' },
  confirm: { 'zh-CN': '确认', en: 'confirm' },
};

/** JSON types as ajv names them, in words. */
const TYPE_WORDS: Record<string, Label & { 'zh-TW': string }> = {
  integer: { 'zh-CN': '整数', 'zh-TW': '整數', en: 'an integer' },
  number: { 'zh-CN': '数字', 'zh-TW': '數字', en: 'a number' },
  string: { 'zh-CN': '文本', 'zh-TW': '文字', en: 'text' },
  boolean: { 'zh-CN': '是或否', 'zh-TW': '是或否', en: 'true or false' },
  array: { 'zh-CN': '列表', 'zh-TW': '清單', en: 'a list' },
  object: { 'zh-CN': '对象', 'zh-TW': '物件', en: 'an object' },
  null: { 'zh-CN': '空值', 'zh-TW': '空值', en: 'null' },
};

const labelOf = (name: string, locale: Locale): string | undefined => {
  const l = Object.hasOwn(FIELD_LABELS, name) ? FIELD_LABELS[name] : undefined;
  if (!l) return undefined;
  return locale === 'zh-TW' ? taiwanWording(l['zh-CN']) : l[locale];
};

/**
 * A field as the message names it: the label of its last segment (of the one before an array
 * index: 里程碑第 2 项), else the path as it is, without the body./querystring./params./headers.
 * prefix. '' for the request part itself (an unknown property at the top of a body).
 */
export function fieldLabel(segments: string[], locale: Locale): string {
  if (segments.length === 0) return '';
  const last = segments[segments.length - 1];
  if (/^\d+$/.test(last) && segments.length > 1) {
    const list = segments[segments.length - 2];
    const base = labelOf(list, locale);
    if (base) {
      const n = Number(last) + 1;
      return locale === 'en' ? `${base} item ${n}` : locale === 'zh-TW' ? `${base}第 ${n} 項` : `${base}第 ${n} 项`;
    }
    return segments.join('.');
  }
  return labelOf(last, locale) ?? segments.join('.');
}

function typeWords(type: unknown, locale: Locale): string {
  const names = (Array.isArray(type) ? type.map(String) : String(type ?? '').split(',')).map((t) => t.trim()).filter(Boolean);
  const words = names.map((t) => TYPE_WORDS[t]?.[locale] ?? t);
  return words.join(locale === 'en' ? ' or ' : '或');
}

/** What is wrong, in words (ajv's keyword and params). */
export function describeValidation(keyword: string | undefined, params: Record<string, unknown> = {}, locale: Locale): string {
  // (zh-TW: the same words in Traditional characters and Taiwan's words: 缺少必填項, 不允許的欄位.)
  if (locale === 'zh-TW') {
    if (keyword === 'type') return `類型應為${typeWords(params.type, 'zh-TW')}`;
    return taiwanWording(describeValidation(keyword, params, 'zh-CN'));
  }
  // (A text field's "something visible" pattern: say that it is empty, not that its format is wrong.)
  if (keyword === 'pattern' && params.pattern === VISIBLE_PATTERN) return locale === 'en' ? 'must not be empty or blank' : '不能为空或只含空白字符';
  const zh: Record<string, string> = {
    required: '缺少必填项', minLength: `至少 ${params.limit} 个字符`, maxLength: `最多 ${params.limit} 个字符`, pattern: '格式不正确',
    type: `类型应为${typeWords(params.type, 'zh-CN')}`, enum: '不是允许的取值', format: '格式不正确', minimum: `不能小于 ${params.limit}`, maximum: `不能大于 ${params.limit}`,
    additionalProperties: `不允许的字段 ${params.additionalProperty}`, minProperties: '至少提供一个字段', maxItems: `最多 ${params.limit} 项`, minItems: `至少 ${params.limit} 项`,
  };
  const en: Record<string, string> = {
    required: 'is required', minLength: `needs at least ${params.limit} characters`, maxLength: `allows at most ${params.limit} characters`, pattern: 'has a wrong format',
    type: `should be ${typeWords(params.type, 'en')}`, enum: 'is not an allowed value', format: 'has a wrong format', minimum: `must be ≥ ${params.limit}`, maximum: `must be ≤ ${params.limit}`,
    additionalProperties: `unknown field ${params.additionalProperty}`, minProperties: 'needs at least one field', maxItems: `allows at most ${params.limit} items`, minItems: `needs at least ${params.limit} items`,
  };
  const table = locale === 'en' ? en : zh;
  return (keyword && table[keyword]) || keyword || '';
}

export interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  params?: Record<string, unknown>;
}

/** The raw path of the field a validation error is about, as details.field has always given it (body.name, querystring.limit). */
export function validationField(context: string | undefined, v: ValidationIssue | undefined): string {
  return [context, v?.instancePath?.replace(/^\//, '').replace(/\//g, '.') || (v?.params as { missingProperty?: string } | undefined)?.missingProperty].filter(Boolean).join('.');
}

/**
 * The human detail of a validation error: 「名称：缺少必填项」, 「name: is required」. The field is
 * named by its label (the missing property itself for `required`, also inside an object), without
 * the request part's prefix; an error about the request part itself is the description alone.
 */
export function validationDetail(v: ValidationIssue | undefined, locale: Locale): string {
  const segments = (v?.instancePath ?? '').split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const missing = (v?.params as { missingProperty?: unknown } | undefined)?.missingProperty;
  if (v?.keyword === 'required' && typeof missing === 'string') segments.push(missing);
  const field = fieldLabel(segments, locale);
  const what = describeValidation(v?.keyword, v?.params, locale);
  return field ? `${field}${locale === 'en' ? ': ' : '：'}${what}` : what;
}
