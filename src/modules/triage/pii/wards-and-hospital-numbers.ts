import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { surnameLength } from './name-words.js';
import { namesAfterRoleCues } from './regions/internships-and-provincial-capital.js';
import { numbersAfterCues } from './personal-papers.js';

// (Stop 45, pii78 studied) A hospital in flu season as its patients and their families write about it: the numbers of one
// patient's visit (an appointment, GH2512103756; a discharge settlement, JS20251203001926; an ambulance call; a carer's
// contract with the agency, HG-2025-0689; a prescription written straight after 处方), an admission number read out in
// Chinese digits, an insurance card's number after 卡号 where the text is about the card, and the names a ward's family
// chat goes by (12床-老霍家：, 晓梅-18床：, 芮阿姨：, 糖糖妈妈：, 阿芬（护工）：). A ward's bed is no address, and the writer
// labels the display name whole with it.

/** The numbers of one patient's visit, after their cue (预约号GH…, 挂号单号, 结算单号, 急救单号), in letters and digits, where the
 * text is about a patient's care (CARE_WORDS_45): a port's booking (集港预约号YY…), a logistics firm's or a garage's (提货预约号,
 * 保养预约号) and a builder's settlement (工程款结算单号) are firms'. An appointment's bare digits stay visible, as the older sets
 * leave them: 预约号430102198503121231 is no ID however it looks. */
const VISIT_NUMBER_45 = /(?:预约号|預約號|预约单号|預約單號|挂号单号|掛號單號|挂号号|掛號號|结算单号|結算單號|急救单号|急救單號)(?:码|碼)?(?:是|为|為|係)?[:：]?\s?([A-Z]{1,4}[-－]?[0-9]{6,20}(?:[-－][0-9A-Z]{2,10}){0,2})(?![0-9A-Za-z])/g;
const VISIT_CUES_45 = ['预约', '預約', '挂号', '掛號', '结算单', '結算單', '急救单', '急救單'];
const CARE_WORDS_45 = ['医院', '醫院', '门诊', '門診', '就诊', '就診', '卫生院', '衛生院', '医生', '醫生', '疫苗', '接种', '接種', '住院', '出院', '病房', '病人', '患者', '救护车', '救護車', '急救', '医保', '醫保', '科室', '专家', '專家', '儿科', '兒科', '妇幼', '婦幼', '挂号', '掛號', '看病', '统筹', '統籌'];
/** A carer's contract with the agency, by its own word (护工合同号HG-2025-0689, 陪护合同號) or in a carer's contract form
 * (护工服务合同…合同编号：HG-2025-0511): one family's. Not a contract the text does not say is the carer's (县医院和护工公司签的
 * 服务合同号 is the hospital's). */
const CARER_CONTRACT_45 = /(?:护工|護工|陪护|陪護)合同(?:编号|編號|号|號)(?:是|为|為)?[:：]?\s?([A-Z]{1,4}[-－]?(?:19|20)[0-9]{2}[-－]?[0-9]{3,8})(?![0-9A-Za-z])/g;
const CARER_FORM_CONTRACT_45 = /(?:^|\n)(?:合同编号|合同編號)[:：]\s?([A-Z]{1,4}[-－]?(?:19|20)[0-9]{2}[-－]?[0-9]{3,8})(?![0-9A-Za-z])/g;
const CARER_FORM_45 = ['护工服务合同', '護工服務合同', '陪护服务合同', '陪護服務合同'];
const CARER_WORDS_45 = ['护工', '護工', '陪护', '陪護', '陪诊', '陪診'];
/** An ambulance call's record by its 单号 at a line's head (120急救出车记录\n单号：JJ20251215-0087); not a hotline's 工单号. */
const AMBULANCE_RECORD_45 = /(?:^|\n)(?:单号|單號)[:：]\s?([A-Z]{1,4}[-－]?[0-9]{6,20}(?:[-－][0-9]{2,10})?)(?![0-9A-Za-z])/g;
/** A prescription's number straight after 处方 (处方RX2512160077, 处方是RX…), as stop 43 reads one after 处方号; not an audit's
 * (处方点评). */
const PRESCRIPTION_45 = /(?:处方|處方)(?:是|为|為)?([A-Z]{1,4}[0-9]{8,16})(?![0-9A-Za-z])/g;
const AUDIT_WORDS_45 = ['点评', '點評', '抽查', '审核', '審核', '通报', '通報'];
/** An insurance card's number after 卡号 where the writer speaks of their own insurance (医保卡借给亲戚用了…我是…，卡号B27305168;
 * 医保局打电话说我的卡号K72046193). */
const CARD_NUMBER_45 = /(?:卡号|卡號)(?:是|为|為)?[:：]?\s?([A-Z]{1,2}[0-9]{7,12})(?![0-9A-Za-z])/g;
const CARD_WORDS_45 = ['医保', '醫保', '社保卡', '就诊卡', '就診卡'];
const FIRST_PERSON_45 = ['我', '俺', '本人'];
/** An admission or card number read out in Chinese digits after its cue (住院号是二五一二零六五三). */
const SPOKEN_NUMBER_45 = /(?:住院号|住院號|医保卡号|醫保卡號|预约号|預約號)(?:是|为|為)?[:：]?\s?([零〇一二三四五六七八九幺两]{6,20})/g;

/** Where a text is a group chat (a header 【…群】, 群聊, 聊天记录, a group's name before 群 and a line break). */
const CHAT_45 = /[群羣](?:聊|[】」”"）)]|\s*\n)|聊天[记記]录|聊天[记記]錄/;
export const isGroupChat45 = (text: string): boolean => (has(text, '群') || has(text, '羣')) && CHAT_45.test(text);
/** A ward chat's display name of a bed and a name (12床-老霍家：, 15床 晴晴妈：, 二床家属 殷：, 23床閔家：) or a name and a bed
 * (晓梅-18床：), whole: a name of one to four Han characters, no role (ROLE_IN_LABEL_45). */
const BED_SPEAKER_45 = /(?:^|\n)((?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})床(?:家属|家屬)?[-－\s]?[\u3400-\u9fff]{1,4}|[\u3400-\u9fff]{1,4}[-－\s](?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})床)[：:]/g;
/** A chat's display name of a surname and a kin word (芮阿姨：), a doubled nickname and a parent's word (糖糖妈妈：), 阿 and a
 * given name with the carer's word (阿芬（護工）：), or a compound's name, 老 and a surname (梓苑老屠：; not 语文老师, 你们老板). */
const KIN_SPEAKER_45 = /(?:^|\n)((?:[\u3400-\u9fff](?:阿姨|叔叔|大姐|大哥|奶奶|爷爷|爺爺|婆婆))|(?:([\u3400-\u9fff])\2(?:妈妈|媽媽|爸爸))|(?:阿[\u3400-\u9fff][（(](?:护工|護工|保姆|陪护|陪護)[)）])|(?:[\u3400-\u9fff]{2}老[\u3400-\u9fff]))[：:]/g;
/** After 老, what makes a word, not a surname (老师, 老板, 老乡, 老总, 老表, 老家, 老公, 老婆, 老大 …). */
const NOT_SURNAME_AFTER_LAO_45 = new Set([...'师師板闆乡鄉总總表家公婆大二三爷爺弟妹哥姐伴人友']);
/** A family's standing inside a bed's display name (312床家屬-謝芳). */
const STANDING_IN_LABEL_45 = /(?<=床)(?:家属|家屬)[-－\s]?/;
/** Roles in a chat's display name, anywhere in it (责任护士-12床, 3床主治医生, 值班醫師-3床, 护工-12床): not persons' names. */
const ROLE_IN_LABEL_45 = /群主|护士|護士|护理|護理|医生|醫生|医师|醫師|主治|管床|床位|值班|责任|責任|主任|大夫|护工|護工|管理员|管理員|客服|院办|院辦|病区|病區|科室/;
/** A carer or a nanny named after the word for them (护工叫龙翠英, 保姆是…), as stop 39b reads a role's name. */
const CARER_NAME_CUES_45 = ['护工叫', '護工叫', '护工是', '護工是', '保姆叫', '保姆是', '陪护叫', '陪護叫'];

export function scanWardsAndHospitalNumbers45(text: string, spans: PiiSpan[]): void {
  if (hasAny(text, VISIT_CUES_45) && hasAny(text, CARE_WORDS_45)) numbersAfterCues(VISIT_NUMBER_45, text, spans);
  if (hasAny(text, CARER_WORDS_45)) {
    numbersAfterCues(CARER_CONTRACT_45, text, spans);
    if (hasAny(text, CARER_FORM_45)) numbersAfterCues(CARER_FORM_CONTRACT_45, text, spans);
    namesAfterRoleCues(text, CARER_NAME_CUES_45, spans);
  }
  if ((has(text, '处方') || has(text, '處方')) && !hasAny(text, AUDIT_WORDS_45)) numbersAfterCues(PRESCRIPTION_45, text, spans);
  if (has(text, '急救')) numbersAfterCues(AMBULANCE_RECORD_45, text, spans);
  if (hasAny(text, CARD_WORDS_45) && hasAny(text, FIRST_PERSON_45)) numbersAfterCues(CARD_NUMBER_45, text, spans);
  if (has(text, '号') || has(text, '號')) numbersAfterCues(SPOKEN_NUMBER_45, text, spans);
  if (!isGroupChat45(text)) return;
  if (has(text, '床')) speakers(BED_SPEAKER_45, text, spans, () => true);
  speakers(KIN_SPEAKER_45, text, spans, (label) => label.length === 4 && label[2] === '老'
    ? surnameLength(label, 3) === 1 && !NOT_SURNAME_AFTER_LAO_45.has(label[3])
    : surnameLength(label, 0) > 0 || label[0] === '阿' || label[0] === label[1]);
}

/** Each chat line's display name in group 1 of `re` (global, at a line's start) that holds no role and that `keep` lets through. */
function speakers(re: RegExp, text: string, spans: PiiSpan[], keep: (label: string) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const label = m[1].trim();
    // (A role in brackets after a name says who the person is: 阿芬（护工）.)
    if (!label || ROLE_IN_LABEL_45.test(label.replace(/[（(][^）)]*[）)]/g, '')) || !keep(label)) continue;
    const start = m.index + m[0].indexOf(m[1]) + m[1].indexOf(label);
    // (A family's standing between the bed and the name stays, as the older sets label it: 312床家屬-謝芳.)
    const standing = STANDING_IN_LABEL_45.exec(label);
    if (standing) {
      spans.push({ kind: 'name', start, end: start + standing.index });
      const rest = standing.index + standing[0].length;
      if (rest < label.length) spans.push({ kind: 'name', start: start + rest, end: start + label.length });
    } else spans.push({ kind: 'name', start, end: start + label.length });
  }
}
