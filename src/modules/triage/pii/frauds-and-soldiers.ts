import type { PiiSpan } from './spans.js';
import { has } from './text.js';
import { nameWordsTables, pushRunName, surnameLength } from './name-words.js';
import { anyDictionaryWord } from './dictionary.js';
import { foldToSimplified } from '../normalize.js';

const { GIVEN_SET } = nameWordsTables;

// (Stop 48, pii87 and pii88 studied) Victims of telecom fraud before the police's anti-fraud centre, and a county's
// conscripts, soldiers' families, veterans and blood donors:
//   - a police report's receipt number and an incident number (报案回执A4118972025749480396, 警情号J411898202506206077): each
//     is one person's report, kept by the victim, published nowhere (unlike a court's case number, which the older sets
//     leave visible: 回执号 alone, 案件编号 and 警情编号 — pii12 leaves one visible — stay as they were);
//   - a blood donation certificate's number after its word (献血证编号：43012019963231) and an enlistment registration
//     number after 报名号 (兵役登记报名号ZB202503820);
//   - a pasted chat's speaker: after a time opening the line (14:05 Lisa：, [2025/06/30 19:22] 老三-振华：, 2025/09/03 22:17
//     甜心小薇：) and a display name before the time as a phone copies it (樂樂媽 09:12⏎). (A place and a nickname joined by a
//     dash, 苎源-龚爸爸：, stays emigrant-county.ts's: the older sets label the nickname alone.) A chat's speakers are its members' own names
//     or handles; the writer (我), the other side (对方), a system's line and an office's staff by role (社工小容, 网格员小殳,
//     which the older sets leave visible) are not masked;
//     A chat has lines in turn: one timed line alone (2014-05-06 14:36 来源：人民网) is a heading, and nothing is masked;
//   - a name after a soldier's or a donor's standing (退役士兵舒冬梅, 大学生士兵姜浩, 新兵付子睿, 献血者秦海燕);
//   - a person a victim met by the name they went by, quoted before a person's word (一个叫"小渝"的客服), not an app's or a
//     firm's (叫"汇金通"的平台).

/** A receipt's number in a police report's shape (a letter, then digits) after 回执编号 where the text tells of a report. */
const RECEIPT_48 = /(?:回执|回執)(?:编号|編號|号码|號碼|号|號)(?:是|为|為)?[:：\s]{0,2}([A-Z][0-9]{15,22})(?![0-9A-Za-z])/g;
const REPORTED_48 = /报案|報案|报警|報警|派出所|公安/;
/** A person a victim met by the name they went by, in quotation marks before a person's word (一个叫"小渝"的客服). */
const CALLED_PERSON_48 = /叫[“"「‘]([^”"」’\n]{1,10})[”"」’]的(?=人|男人|女人|男的|女的|网友|網友|客服|导师|導師|老师|老師|分析师|分析師)/g;
/** What such a quoted name is when it is a business's or an app's (平台, 公司, 理财, APP). */
const CALLED_NOT_PERSON_48 = /(?:平台|公司|理财|理財|财富|財富|金业|金業|国际|國際|APP|App|app|店|会所|會所|中介|礼仪|禮儀|公众号|公眾號|群|网|網|贷|貸|通|投资|投資|集团|集團|科技|银行|銀行|医院|醫院|中心|协会|協會|队|隊|社|宝|寶)$/;
/** A police report's receipt or an incident's number after its word. */
const POLICE_REPORT_48 = /(?:(?:报案回执|報案回執|受案回执|受案回執)(?:单|單)?(?:号码|號碼|编号|編號|号|號)?|(?:警情|接警)(?:单|單)?(?:号码|號碼|号|號))(?:是|为|為)?[:：\s]{0,2}([A-Z]?[0-9]{12,22})(?![0-9A-Za-z])/g;
/** A donation certificate's or an enlistment registration's number after its word. */
const DONOR_OR_ENLISTMENT_48 = /(?:(?:献血证|獻血證|献血證)(?:编号|編號|号码|號碼|号|號)|(?<=[献獻](?:过|過)?血[^。\n]{0,12})(?:证号|證號)|(?:兵役登记|兵役登記|征兵|徵兵)?(?:报名号|報名號|报名编号|報名編號))(?:是|为|為)?[:：\s]{0,2}([A-Z]{0,3}[0-9]{8,20})(?![0-9A-Za-z])/g;

/** A time anywhere (09:12, 14：02): what the chat's rules need before they read the lines. */
const TIME_48 = /[0-9][:：][0-9]{2}/;
/** A time opening a chat's line, a date before it or not, bracketed or not (14:02 , [2025/06/30 19:22] , 2025-07-14 21:03 ). */
const TIMED_SPEAKER_48 = /(?:^|\n)[\[【［(（]?(?:(?:(?:20[0-9]{2}|[0-9]{2})[-/.年])?[0-9]{1,2}[-/.月][0-9]{1,2}日?\s{0,2})?[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?[\]】］)）]?\s{0,2}([「“"]?)([^\s：:「」“”"\n\[\]【】]{1,14})[」”"]?[：:]/g;
/** A display name, then the time, ending the line (樂樂媽 09:12⏎). */
const SPEAKER_THEN_TIME_48 = /(?:^|\n)([\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9_]{0,9})[ \u3000]{1,2}[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?=\r?\n)/g;
/** Speakers that are no one's name: the writer, the other side, a system, a group's or an office's role alone. */
const NOT_SPEAKER_48 = /^(?:我|我们|我們|本人|对方|對方|系统|系統|系统消息|系統消息|群主|管理员|管理員|客服|官方|通知|公告|提示|备注|備註|附|注|时间|時間|地点|地點|内容|內容|回复|回覆|答复|答覆|问|問|答|来源|來源|作者|编辑|編輯|标题|標題|主题|主題|发布|發布|发布人|發布人|记者|記者|摘要|正文|原文|链接|鏈接)$/;
/** An office's staff by their role (社工小容, 网格员小殳, 民警小孟, 客服小美): left visible, as the older sets leave them. */
const ROLE_SPEAKER_48 = /^(?:客服|物业(?:小秘书|客服|管家|前台)?$|物業(?:小秘書|客服|管家|前台)?$|社工|网格员|網格員|民警|警官|辅警|輔警|书记|書記|主任|村长|村長|所长|所長|站长|站長|工作人员|工作人員|干部|幹部|老师|老師|医生|醫生|护士|護士|县|縣|镇|鎮|乡|鄉|市|区|區|街道|社区|社區|村委|居委|派出所|反诈|反詐)/;
/** What ends a label that is an office's, a role's, a service's or a field's, not a member's display name (王书记, 物业客服,
 * 中国移动, 温馨提示, 处理结果, 骗子). */
const NOT_SPEAKER_END_48 = /(?:书记|書記|主任|医生|醫生|老师|老師|警官|经理|經理|客服|物业|物業|局|院|所|行|台|平台|银行|銀行|公司|中心|部|委|办|辦|队|隊|站|人|者|员|員|长|長|官|警|管|师|師|移动|移動|联通|聯通|电信|電信|宝|寶|支付|提示|通知|公告|回复|回覆|更新|快讯|快訊|状态|狀態|结果|結果|议程|議程|时长|時長|通话|通話|转账|轉賬|红包|紅包|撤回|骗子|騙子|老板|老闆|房东|房東|网友|網友|交警|城管|法官|记者|記者|审判长|審判長|签到|簽到|门诊|門診|诊所|診所|托班|幼儿园|幼兒園)$/;
/** Whether a label before a chat's colon reads as a member's display name: no word of the dictionary (签到, 开幕式, 晚餐),
 * no office's or role's label, no placeholder (A, 某某), no part of a time range (14:00-15:00：). */
function displayName48(label: string): boolean {
  if (NOT_SPEAKER_48.test(label) || ROLE_SPEAKER_48.test(label) || NOT_SPEAKER_END_48.test(label)) return false;
  if (/^[-－~～—–0-9０-９]|^[A-Za-z]$|某/.test(label)) return false;
  const w = foldToSimplified(label);
  return !anyDictionaryWord(w);
}
/** A group's admin before the speaker's own name (管理員阿駿): the name alone is masked. */
const ADMIN_BEFORE_48 = /^(?:管理员|管理員|群主|群管|管理)/;

/** A soldier's, a veteran's or a donor's standing before a full name (退役士兵舒冬梅, 新兵付子睿, 献血者秦海燕). */
const STANDING_NAME_48 = /(?:退役士兵|退伍士兵|退伍兵|退役兵|大学生士兵|大學生士兵|新兵|军嫂|軍嫂|献血者|獻血者|用血者)(?:姓名)?[:：\s]?([\u3400-\u9fff]{2,3})/g;
/** What may follow such a name: a boundary, a possessive, a reporting verb, a kinship or a date. */
const STANDING_NAME_END_48 = /^(?:$|[，,。；;！!？?\s：:、（(）)]|的|说|說|反映|[0-9０-９]|今年|去年|在|是|从|從|于|於)/;

/** The span of a match's last group, which ends the match. */
function pushLast(m: RegExpExecArray, spans: PiiSpan[]): void {
  const s = m.index + m[0].length - m[1].length;
  spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
}

/** Whether `w` (folded) reads as a person's full name: a surname and one or two given-name characters, no word. */
function fullName48(w: string): boolean {
  const sl = surnameLength(w, 0);
  if (!sl || w.length - sl < 1 || w.length - sl > 2) return false;
  for (let k = sl; k < w.length; k++) if (!GIVEN_SET.has(w[k])) return false;
  return !anyDictionaryWord(w) && !anyDictionaryWord(w.slice(0, 2)) && !(w.length === 3 && anyDictionaryWord(w.slice(1)));
}

export function scanFraudsAndSoldiers48(text: string, spans: PiiSpan[]): void {
  if (has(text, '回执') || has(text, '回執') || has(text, '警情') || has(text, '接警')) {
    POLICE_REPORT_48.lastIndex = 0;
    for (let m = POLICE_REPORT_48.exec(text); m; m = POLICE_REPORT_48.exec(text)) pushLast(m, spans);
  }
  if ((has(text, '回执') || has(text, '回執')) && REPORTED_48.test(text)) {
    RECEIPT_48.lastIndex = 0;
    for (let m = RECEIPT_48.exec(text); m; m = RECEIPT_48.exec(text)) pushLast(m, spans);
  }
  if (has(text, '叫')) {
    CALLED_PERSON_48.lastIndex = 0;
    for (let m = CALLED_PERSON_48.exec(text); m; m = CALLED_PERSON_48.exec(text)) {
      if (CALLED_NOT_PERSON_48.test(m[1])) continue;
      const s = m.index + 2;
      spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '血') || has(text, '报名') || has(text, '報名')) {
    DONOR_OR_ENLISTMENT_48.lastIndex = 0;
    for (let m = DONOR_OR_ENLISTMENT_48.exec(text); m; m = DONOR_OR_ENLISTMENT_48.exec(text)) pushLast(m, spans);
  }
  // (Only where a time stands: every hotline transcript has a colon, 来电人反映：, and few a time.)
  if ((has(text, ':') || has(text, '：')) && TIME_48.test(text)) {
    // (A chat has lines in turn: one timed line alone is a heading or a field as often, 2014-05-06 14:36 来源：人民网.)
    const found: PiiSpan[] = [];
    let lines = 0;
    TIMED_SPEAKER_48.lastIndex = 0;
    for (let m = TIMED_SPEAKER_48.exec(text); m; m = TIMED_SPEAKER_48.exec(text)) {
      lines++;
      let name = m[2];
      let s = m.index + m[0].length - 1 - (m[1] && /[」”"]/.test(m[0][m[0].length - 2]) ? 1 : 0) - name.length;
      const admin = ADMIN_BEFORE_48.exec(name);
      if (admin) {
        s += admin[0].length;
        name = name.slice(admin[0].length);
      }
      if (!name || !displayName48(name)) continue;
      found.push({ kind: 'name', start: s, end: s + name.length });
    }
    if (lines >= 2) for (const sp of found) spans.push(sp);
    // (Likewise two such lines at least: 会议室 14:30⏎ alone is a notice's.)
    const before: PiiSpan[] = [];
    let timed = 0;
    SPEAKER_THEN_TIME_48.lastIndex = 0;
    for (let m = SPEAKER_THEN_TIME_48.exec(text); m; m = SPEAKER_THEN_TIME_48.exec(text)) {
      timed++;
      if (!displayName48(m[1])) continue;
      const s = m.index + (m[0][0] === '\n' ? 1 : 0);
      before.push({ kind: 'name', start: s, end: s + m[1].length });
    }
    if (timed >= 2) for (const sp of before) spans.push(sp);
  }
  if (has(text, '兵') || has(text, '军嫂') || has(text, '軍嫂') || has(text, '血者')) {
    STANDING_NAME_48.lastIndex = 0;
    for (let m = STANDING_NAME_48.exec(text); m; m = STANDING_NAME_48.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      // The name's end: three characters where the third ends it, else two where the two do.
      pushRunName(text, start, m[1], spans, (name, after) => fullName48(foldToSimplified(name)) && STANDING_NAME_END_48.test(after.slice(0, 2)));
      STANDING_NAME_48.lastIndex = start + 1;
    }
  }
}

/** The armed services' names, which read as a surname and a given name (陆军, 海军). */
const SERVICES_48 = new Set(['陆军', '陸軍', '海军', '海軍', '空军', '空軍', '武警', '火箭军', '火箭軍']);
/** Words of a pasted record's heading, never in a name (聊天记录粘贴：). */
const RECORD_WORD_48 = /记录|記錄|截图|截圖|粘贴|粘貼|文字/;
/** An office's or a service's word that ends a span read as a name (申请时民政说: 时 is "when", 民政 the bureau). */
const OFFICE_TAIL_48 = /^(?:民政|人社|社保|医保|醫保|财政|財政|公安|交警|城管|税务|稅務|法院|客服)$/;
/** A unit's word after 某 (淇阳某高校): "some" school, not a surname and 某. */
const MOU_UNIT_48 = /^(?:高校|高中|大学|大學|中学|中學|小学|小學|学院|學院)/;
/** How many of the armed services a text names: a roster's column names two or more (肖宇 陆军…, 孙一鸣 武警…); 陆军 alone is
 * as often a man's name (联系人：陆军). */
function servicesIn48(text: string): number {
  let n = 0;
  for (const w of SERVICES_48) if (text.includes(w)) n++;
  return n;
}
const NUMERAL_48 = /[0-9０-９一二三四五六七八九十两兩]/;

/** Names some rule read that are none (stop 48's review of pii87 and pii88): an armed service in a roster, a record's
 * heading, a bureau after "when", "some school", an amount's tail (四万二). (A word begun before the span, 理财公司客服 read as
 * 司客服, is still masked: a drop for it took real names with it, 申请人李民政.) */
export function fraudsAndSoldiersAfter48(text: string, spans: PiiSpan[]): PiiSpan[] {
  let out: PiiSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    let drop = false;
    if (sp.kind === 'name' && sp.end - sp.start <= 6) {
      const w = text.slice(sp.start, sp.end);
      const before = sp.start > 0 ? text[sp.start - 1] : '';
      drop =
        (SERVICES_48.has(w) && servicesIn48(text) >= 2) ||
        RECORD_WORD_48.test(w) ||
        (w.length === 3 && (w[0] === '时' || w[0] === '時') && OFFICE_TAIL_48.test(w.slice(1)) && /[\u3400-\u9fff]/.test(before)) ||
        (w[1] === '某' && MOU_UNIT_48.test(text.slice(sp.start + 2, sp.start + 4))) ||
        (w.length === 2 && '万萬千百亿億'.includes(w[0]) && NUMERAL_48.test(w[1]) && NUMERAL_48.test(before));
    }
    if (drop && !out) out = spans.slice(0, k);
    else if (!drop && out) out.push(sp);
  }
  return out ?? spans;
}
