import { taiwanWording } from './taiwan.js';
import { rectifyMessages } from '../../modules/rectify/messages.js';
import { figuresMessages } from '../../modules/figures/messages.js';
import { triageMessages } from '../../modules/triage/messages.js';
import { triageRunMessages } from '../../modules/triage/run-messages.js';

// Error and notice phrases. Every error code the API can answer is a key here, with zh-CN
// first (the users' language), zh-TW and English. Params are written {name}.
export type Locale = 'zh-CN' | 'zh-TW' | 'en';

export type Phrase = { 'zh-CN': string; 'zh-TW'?: string; en: string };

/**
 * A param the server itself names in each language (a spreadsheet's column, an import's expected
 * columns), as opposed to user data: translate renders it in the reader's language, zh-TW from zh-CN
 * by taiwanWording when not written. A list of them is joined the language's way (、 or , ).
 */
export type LocalizedText = { 'zh-CN': string; 'zh-TW'?: string; en: string };

const coreMessages = {
  'request.invalid': { 'zh-CN': '请求参数有误：{detail}', 'zh-TW': '請求參數有誤：{detail}', en: 'Invalid request: {detail}' },
  'request.not_found': { 'zh-CN': '请求的地址不存在', en: 'No such route' },
  'request.too_large': { 'zh-CN': '上传内容过大（上限 {limit}）', en: 'Upload too large (limit {limit})' },
  'opinion.body_blank': { 'zh-CN': '意见内容不能为空', en: 'The opinion has no text' },
  'request.body_too_large': { 'zh-CN': '提交的内容过大（上限 {limit}）', en: 'Request too large (limit {limit})' },
  'request.internal': { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal server error, please try again later' },
  'auth.required': { 'zh-CN': '请先登录', 'zh-TW': '請先登入', en: 'Please sign in first' },
  'auth.session_expired': { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired, please sign in again' },
  'auth.bad_credentials': { 'zh-CN': '账号或密码错误', 'zh-TW': '帳號或密碼錯誤', en: 'Wrong account or password' },
  'auth.locked': { 'zh-CN': '连续登录失败次数过多，账号已锁定，请于 {minutes} 分钟后再试', en: 'Too many failed sign-ins; the account is locked for {minutes} more minutes' },
  'auth.inactive': { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  'auth.forbidden': { 'zh-CN': '没有权限执行此操作', 'zh-TW': '沒有權限執行此操作', en: 'You are not allowed to do this' },
  'auth.password_weak': { 'zh-CN': '新密码至少 8 位，且须同时包含字母和数字', en: 'The new password needs at least 8 characters with letters and digits' },
  'auth.password_wrong': { 'zh-CN': '原密码不正确', en: 'The current password is wrong' },
  'org.not_found': { 'zh-CN': '组织不存在：{id}', en: 'No such organization: {id}' },
  'org.code_taken': { 'zh-CN': '组织编码已存在：{code}', en: 'Organization code already in use: {code}' },
  'org.parent_not_found': { 'zh-CN': '上级组织不存在：{parent}', en: 'Parent organization not found: {parent}' },
  'org.move_cycle': { 'zh-CN': '不能把组织移动到它自己或它的下级组织之下', en: 'An organization cannot be moved under itself or its descendants' },
  'org.move_root': { 'zh-CN': '顶级组织不能移动', en: 'A top-level organization cannot be moved' },
  'org.move_region': { 'zh-CN': '不能跨区域移动组织', en: 'An organization cannot be moved into another region' },
  'org.inactive_parent': { 'zh-CN': '上级组织已撤销，不能在其下新增或移入组织', en: 'The parent organization is deactivated' },
  'org.type_invalid': { 'zh-CN': '组织类型无效：{type}', en: 'Unknown organization type: {type}' },
  'import.empty': { 'zh-CN': '导入文件没有数据行', en: 'The import file has no data rows' },
  'import.bad_file': { 'zh-CN': '无法读取导入文件：{reason}', en: 'Cannot read the import file: {reason}' },
  'import.bad_header': { 'zh-CN': '表头缺少列：{columns}（应有 {expected}）', en: 'Missing columns: {columns} (expected {expected})' },
  'import.rows_invalid': { 'zh-CN': '共 {count} 行有误，未导入任何数据', en: '{count} rows are invalid; nothing was imported' },
  'import.too_many_rows': { 'zh-CN': '导入文件行数超过上限 {limit}', en: 'The import file has more than {limit} rows' },
  'import.row.required': { 'zh-CN': '第 {row} 行：「{field}」不能为空', en: 'Row {row}: {field} is required' },
  'import.row.too_long': { 'zh-CN': '第 {row} 行：「{field}」超过 {max} 个字符', en: 'Row {row}: {field} is longer than {max} characters' },
  'import.row.code_format': { 'zh-CN': '第 {row} 行：编码「{value}」只能包含字母、数字、点、横线和下划线', en: 'Row {row}: code "{value}" may only hold letters, digits, dot, dash and underscore' },
  'import.row.type_invalid': { 'zh-CN': '第 {row} 行：类型「{value}」无效（可用：党委、政府部门、乡镇（街道）、村（社区）、党支部、非公企业、社会组织）', en: 'Row {row}: unknown type "{value}" (use: Party committee, Government department, Township / street, Village / community, Party branch, Non-public enterprise, Social organization)' },
  'import.row.code_duplicate': { 'zh-CN': '第 {row} 行：编码「{value}」在文件中重复（第 {other} 行）', en: 'Row {row}: code "{value}" repeats row {other}' },
  'import.row.code_exists': { 'zh-CN': '第 {row} 行：编码「{value}」已存在', en: 'Row {row}: code "{value}" already exists' },
  'import.row.parent_missing': { 'zh-CN': '第 {row} 行：上级编码「{value}」不存在', en: 'Row {row}: parent code "{value}" does not exist' },
  'import.row.parent_inactive': { 'zh-CN': '第 {row} 行：上级组织「{value}」已撤销', en: 'Row {row}: parent "{value}" is deactivated' },
  'import.row.parent_cycle': { 'zh-CN': '第 {row} 行：上级编码「{value}」形成循环', en: 'Row {row}: parent code "{value}" forms a cycle' },
  'import.row.parent_forbidden': { 'zh-CN': '第 {row} 行：无权在上级组织「{value}」下导入', en: 'Row {row}: you may not import under "{value}"' },
  'import.row.root_forbidden': { 'zh-CN': '第 {row} 行：上级编码为空表示新建顶级组织，仅系统管理员可以导入', en: 'Row {row}: an empty parent code creates a top-level organization, which only a system administrator may do' },
  'import.row.sort_invalid': { 'zh-CN': '第 {row} 行：排序「{value}」必须是整数', en: 'Row {row}: order "{value}" must be an integer' },
  'import.row.channel_invalid': { 'zh-CN': '第 {row} 行：渠道「{value}」无效', en: 'Row {row}: unknown channel "{value}"' },
  'import.row.org_unknown': { 'zh-CN': '第 {row} 行：单位编码「{value}」不存在', en: 'Row {row}: no organization has code "{value}"' },
  'import.row.org_outside': { 'zh-CN': '第 {row} 行：单位「{value}」不在本次活动范围内或无权录入', en: 'Row {row}: "{value}" is outside the campaign or your reach' },
  'import.row.date_invalid': { 'zh-CN': '第 {row} 行：日期「{value}」应为 YYYY-MM-DD', en: 'Row {row}: date "{value}" should be YYYY-MM-DD' },
  'import.row.target_invalid': { 'zh-CN': '第 {row} 行：评议对象「{value}」应为 单位、领导班子 或 领导个人', en: 'Row {row}: target "{value}" should be unit, leadership or leader' },
  'import.row.flag_invalid': { 'zh-CN': '第 {row} 行：「{field}」应填 是 或 否', en: 'Row {row}: {field} should be yes or no' },
  'import.row.contact_invalid': { 'zh-CN': '第 {row} 行：联系方式格式不正确', en: 'Row {row}: invalid contact details' },
  'campaign.not_found': { 'zh-CN': '活动不存在：{id}', en: 'No such campaign: {id}' },
  'campaign.dates_invalid': { 'zh-CN': '结束日期不能早于开始日期（{field}）', en: 'End date is before start date ({field})' },
  'campaign.phases_invalid': { 'zh-CN': '三个环节须依次排列，并在活动起止日期之内（{phase}）', en: 'The three phases must follow each other inside the campaign dates ({phase})' },
  'campaign.action_not_found': { 'zh-CN': '活动环节中的动作不存在：{id}', en: 'No such action: {id}' },
  'campaign.unit_not_participating': { 'zh-CN': '该单位不在本次活动参加范围内：{id}', en: 'This unit does not take part in the campaign: {id}' },
  'campaign.exclusion_outside': { 'zh-CN': '排除的组织不在活动范围内：{id}', en: 'The excluded organization is outside the campaign region: {id}' },
  'user.not_found': { 'zh-CN': '用户不存在：{id}', en: 'No such user: {id}' },
  'user.username_taken': { 'zh-CN': '用户名已被使用：{username}', en: 'Username already taken: {username}' },
  'user.mobile_taken': { 'zh-CN': '手机号已被使用：{mobile}', en: 'Mobile number already in use: {mobile}' },
  'user.mobile_invalid': { 'zh-CN': '手机号格式不正确：{mobile}', en: 'Invalid mobile number: {mobile}' },
  'role.invalid': { 'zh-CN': '角色无效：{role}', en: 'Unknown role: {role}' },
  'role.grant_forbidden': { 'zh-CN': '不能授予此角色：{role}', en: 'You may not grant this role: {role}' },
  'role.group_required': { 'zh-CN': '督导组成员角色必须指定督导组', en: 'A supervision group member role needs a supervision group' },
  'opinion.not_found': { 'zh-CN': '意见不存在：{id}', en: 'No such opinion: {id}' },
  'opinion.transition_invalid': { 'zh-CN': '不能从「{from}」变为「{to}」', en: 'An opinion cannot go from {from} to {to}' },
  'opinion.merge_target_required': { 'zh-CN': '合并时须指定合并到哪条意见', en: 'Merging needs the opinion to merge into' },
  'opinion.disclosure_personal_data': { 'zh-CN': '公示内容含有个人信息，请删去后再公示：{found}', en: 'The disclosure contains personal data; remove it before disclosing: {found}' },
  'opinion.merge_target_invalid': { 'zh-CN': '不能合并到该意见：{id}', en: 'Cannot merge into this opinion: {id}' },
  'opinion.attachment_type': { 'zh-CN': '附件「{name}」不是图片或 PDF 文件', en: 'Attachment "{name}" is not an image or a PDF' },
  'opinion.attachment_too_large': { 'zh-CN': '附件「{name}」超过 {limit}', en: 'Attachment "{name}" is larger than {limit}' },
  'opinion.attachment_too_many': { 'zh-CN': '附件最多 {limit} 个', en: 'At most {limit} attachments' },
  'opinion.receipt_invalid': { 'zh-CN': '回执号应为 16 位数字', en: 'A receipt number has 16 digits' },
  'opinion.receipt_unknown': { 'zh-CN': '没有找到该回执号对应的意见', en: 'No opinion has this receipt number' },
  'opinion.unit_outside': { 'zh-CN': '该单位不在本次活动范围内：{id}', en: 'This unit is not part of the campaign: {id}' },
  'opinion.contact_required': { 'zh-CN': '实名提交请至少留下姓名和手机号或邮箱', en: 'A named opinion needs a name and a phone number or email' },
  'opinion.solicitation_closed': { 'zh-CN': '本轮征求意见不在收集期内（{startsOn} 至 {endsOn}）', en: 'This solicitation is not open ({startsOn} to {endsOn})' },
  'opinion.solicitation_mismatch': { 'zh-CN': '征求意见与活动或单位不符：{id}', en: 'The solicitation does not belong to this campaign or unit: {id}' },
  'opinion.channel_invalid': { 'zh-CN': '此处不能使用该渠道：{channel}', en: 'This channel cannot be used here: {channel}' },
  'opinion.rate_limited': { 'zh-CN': '提交过于频繁，请稍后再试', 'zh-TW': '提交過於頻繁，請稍後再試', en: 'Too many submissions; please try again later' },
  'opinion.phone_invalid': { 'zh-CN': '手机号格式不正确', en: 'Invalid phone number' },
  'opinion.email_invalid': { 'zh-CN': '邮箱格式不正确', en: 'Invalid email address' },
  'gateway.signature_invalid': { 'zh-CN': '签名无效', en: 'Invalid signature' },
  'gateway.timestamp_stale': { 'zh-CN': '请求时间戳已过期（须在 5 分钟内）', en: 'The request timestamp is too old (5 minutes at most)' },
  'gateway.key_unknown': { 'zh-CN': '未知的接入密钥', en: 'Unknown gateway key' },
  'solicitation.not_found': { 'zh-CN': '征求意见不存在：{id}', en: 'No such solicitation: {id}' },
  'solicitation.dates_invalid': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date is before the start date' },
  'letter.token_invalid': { 'zh-CN': '征求意见函链接无效或已过期', en: 'This letter link is invalid' },
  'supervision.unit_outside': { 'zh-CN': '督导单位不在派出组织的范围内：{id}', en: 'The unit is outside the sending organization: {id}' },
  'supervision.group_not_found': { 'zh-CN': '督导组不存在：{id}', en: 'No such supervision group: {id}' },
} satisfies Record<string, Phrase>;

// Features with many phrases keep them beside their code.
export const messages = { ...coreMessages, ...rectifyMessages, ...figuresMessages, ...triageMessages, ...triageRunMessages };

export type MessageCode = keyof typeof messages;

// zh-TW phrases not written by hand are converted from zh-CN, once per phrase: OpenCC's characters
// (not its phrase table, which turns 权限 into 許可權), then Taiwan's words from the table in
// taiwan.ts (批量 → 批次, 刷新 → 重新整理, 导入文件 → 匯入檔案, 第 3 行 → 第 3 列 …), which keeps the
// campaign's terms (文件 as documents, 简报信息, 整改). Params are never converted (user data, codes;
// the few Simplified labels passed as params, e.g. a measure's status, stay as they are in every locale),
// except a LocalizedText param, which the server names per language (an import's column: 名稱, name).
function taiwanTemplate(code: MessageCode): string {
  return taiwanWording((messages[code] as Phrase)['zh-CN']);
}

export function translate(code: MessageCode, locale: Locale, params: Record<string, unknown> = {}): string {
  const phrase: Phrase = messages[code];
  const template = phrase[locale] ?? (locale === 'zh-TW' ? taiwanTemplate(code) : phrase.en);
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (key in params ? renderParam(params[key], locale) : `{${key}}`));
}

export function isLocalizedText(v: unknown): v is LocalizedText {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as LocalizedText)['zh-CN'] === 'string' && typeof (v as LocalizedText).en === 'string';
}

/** A LocalizedText in the reader's language. */
export function localizedText(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? (locale === 'zh-TW' ? taiwanWording(text['zh-CN']) : text['zh-CN']);
}

function renderParam(v: unknown, locale: Locale): string {
  if (isLocalizedText(v)) return localizedText(v, locale);
  if (Array.isArray(v) && v.length > 0 && v.every(isLocalizedText)) return v.map((t) => localizedText(t, locale)).join(locale === 'en' ? ', ' : '、');
  return String(v);
}

export function pickLocale(acceptLanguage: string | undefined, explicit?: string): Locale {
  const raw = (explicit ?? acceptLanguage ?? '').toLowerCase();
  if (/^zh-(tw|hk|hant)/.test(raw)) return 'zh-TW';
  if (/^en/.test(raw)) return 'en';
  return 'zh-CN';
}
