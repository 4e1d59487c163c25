import { mergeSpans, type PiiSpan, withoutSpans } from './spans.js';
import { has, hasAny } from './text.js';
import { likelyName, nameWordsTables, surnameLength } from './name-words.js';
import { anyDictionaryWord } from './dictionary.js';
import { foldToSimplified } from '../normalize.js';

const { NOT_GIVEN, HONORIFIC, isHan } = nameWordsTables;

// (Stop 53, pii107 studied) A large city's moving companies and the people who move: the mover a customer praises or
// blames by surname and trade (搬家的彭师傅, 搬家公司的許師傅, 搬家的小厉), a driver's full name run into what follows it
// (司机温庆槐人很好, 司機黃立新車牌…), a crew's nickname (叫彪子哥的搬家工头, 胖子孔), a receipt's clerk (经办人阿梁), a
// moving record's truck (车辆：鄂D28672), a roommate's English name with her surname (同寝室casey钟), a residents' chat's
// handles (枫屿-3幢-老蒋：, 小鹿在枫屿：), the homes moved from and to with their district and street office
// (从槭林区楮桥街道蒹葭里16号), and a name the writer corrects (黎秀英不对不对是黎秀云). A firm's name read as a person's
// (蚁力搬家) stays visible, and so does a firm's van (公司的车鄂D·C6134: firm-heads.ts withoutFirmPlates53).

/** Words of moving house: the rules below that read a mover by trade look only where the text has one. */
const MOVING_WORDS_53 = ['搬家', '搬運', '搬运', '搬走', '搬到', '搬來', '搬来', '搬出', '搬宿舍', '旧址', '舊址', '新址'];

/** A mover by surname and trade right after the moving firm's or the move's word (搬家的彭师傅, 搬家公司的許師傅, 搬运的小厉):
 * the sets leave 李师傅 alone visible (a form of address), but a mover so named in a review of the move is the one worker
 * of that job. Not 搬家的师傅 or 搬家的老师傅 (no surname), nor a word that opens with 小 (搬家的小车, 小时工: the dictionary's). */
const MOVER_FORM_53 = /(?:搬家|搬運|搬运)(?:公司|工人|隊|队)?的([\u3400-\u9fff])(?:师傅|師傅)|(?:搬家|搬運|搬运)(?:公司|工人|隊|队)?的(小[\u3400-\u9fff])/g;
/** What may follow a mover's 小X: the clause's end or a word about him (小厉人挺好, 小王说, 小刘把…). */
const AFTER_SMALL_53 = /^(?:[^\u3400-\u9fff]|[人说說把也都很挺还還就是和跟])/;

/** A driver's full name run into the next word, no mark between (司机温庆槐人很好, 司機黃立新車牌鄂D…): the introductions stop
 * at such a name (its end is unclear); the word after it settles it — his plate, a word on him, or what he said or did.
 * Not 司机王师傅说 or 司机张大哥人很好 (a form of address: the surname and its first given character make a word). */
const DRIVER_NAME_53 = /(?:司机|司機)([\u3400-\u9fff]{3})(?=车牌|車牌|人很|人挺|人好|人不错|人不錯|人特别|人特別|说|說|把|开着|開著|开的|開的)/g;

/** A crew's nickname introduced by 叫 before the moving trade (叫彪子哥的搬家工头, 叫龙哥的师傅): the one man staff must find. */
const NICK_WORKER_53 = /叫([\u3400-\u9fff]{1,2}[哥姐])的(?=搬家|搬運|搬运|工头|工頭|师傅|師傅|司机|司機|搬运工|搬運工)/g;

/** A worker by build and surname (胖子孔, 瘦子王, 大个子刘), in a mover's text, before a clause mark or a word about him. Not
 * 胖子说 (no surname) nor 胖子多 (多 is no name here: the next character must end it). */
const EPITHET_SURNAME_53 = /(?:胖子|瘦子|矮子|光头|光頭|大个子|大個子|高个子|高個子|眼镜|眼鏡)([\u3400-\u9fff])(?=[^\u3400-\u9fff]|[两兩俩倆和跟说說把也都])/g;

/** A receipt's clerk by what he goes by (经办人阿梁, 經手人：小吴): a private firm's one worker. Not 阿姨 (no surname after 阿 is
 * needed, but a kin word is no name). */
const CLERK_NICK_53 = /(?:经办人|經辦人|经手人|經手人)[:：]?\s?(阿[\u3400-\u9fff]|[小老][\u3400-\u9fff])(?![\u3400-\u9fff])/g;
const KIN_AFTER_A_53 = /^阿(?:姨|婆|公|爸|妈|媽|伯|叔|嫂|哥|姐|妹|弟)$/;

/** A moving record's truck, given on its own line after 车辆： among the crew's names (搬运工：…\n车辆：鄂D28672): the
 * movers' van of that job. (Only where the record names a crew or a driver; a firm's van in a sentence stays: firm-heads.ts.) */
const RECORD_PLATE_53 = /(?:车辆|車輛)[:：]\s?([京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·•・]?[0-9A-HJ-NP-Z]{5,6})(?![0-9A-Za-z])/g;
const CREW_WORDS_53 = ['搬运工', '搬運工', '搬家工', '司机', '司機', '工人'];

/** A roommate's English given name with her Han surname (同寝室casey钟, 室友Amy林): the foreign-name rules want a capital. */
const ROOMMATE_LATIN_53 = /(?:室友|舍友|同寝室|同寢室|同宿舍)([A-Za-z]{2,12}[\u3400-\u9fff])(?=[^\u3400-\u9fff]|[也都还還和跟说說])/g;

/** A residents' chat's handle at a line's head: place, building and what the member goes by (枫屿-3幢-老蒋：), or what she
 * goes by and where she lives (小鹿在枫屿：). A desk's handle stays (枫屿物业小蒋, 客服-小王). */
const CHAT_HANDLE_53 = /(?:^|\n)[ \t]*((?:[\u3400-\u9fff]{1,6}[-－][0-9０-９]{1,3}(?:栋|棟|幢|号楼|號樓)[-－](?:[老小阿][\u3400-\u9fff]|[\u3400-\u9fff]{1,2}(?:姐|哥|叔|姨|嫂)))|(?:[老小阿][\u3400-\u9fff]{1,2}在[\u3400-\u9fff]{2,4}))[：:]/g;
const CHAT_DESK_53 = /物[业業]|客服|管家|前台|保安|[办辦]公/;

/** The names the scans above read, when they must be names (a surname where one is wanted). */
export function scanMovingCompanies53(text: string, spans: PiiSpan[]): void {
  const moving = hasAny(text, MOVING_WORDS_53);
  if (moving && (has(text, '的小') || has(text, '师傅') || has(text, '師傅'))) {
    MOVER_FORM_53.lastIndex = 0;
    for (let m = MOVER_FORM_53.exec(text); m; m = MOVER_FORM_53.exec(text)) {
      if (m[1]) {
        const s = m.index + m[0].length - 3;
        if (surnameLength(text, s) === 1) spans.push({ kind: 'name', start: s, end: s + 3 });
      } else {
        const s = m.index + m[0].length - 2;
        if (surnameLength(text, s + 1) !== 1 || anyDictionaryWord(foldToSimplified(m[2])) || !AFTER_SMALL_53.test(text.slice(s + 2, s + 3) || '。')) continue;
        spans.push({ kind: 'name', start: s, end: s + 2 });
      }
    }
  }
  if (has(text, '司机') || has(text, '司機')) {
    DRIVER_NAME_53.lastIndex = 0;
    for (let m = DRIVER_NAME_53.exec(text); m; m = DRIVER_NAME_53.exec(text)) {
      const s = m.index + 2;
      const e = s + 3;
      if (surnameLength(text, s) !== 1 || NOT_GIVEN.has(text[s + 1]) || NOT_GIVEN.has(text[s + 2]) || HONORIFIC.test(text.slice(s + 1, e))) continue;
      // (Read alone: the word after it is known already, 人 after the name is no place's people, 温庆槐人很好.)
      if (anyDictionaryWord(foldToSimplified(text.slice(s, s + 2))) || !likelyName(text.slice(s, e), 0, 3)) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (has(text, '叫')) {
    NICK_WORKER_53.lastIndex = 0;
    for (let m = NICK_WORKER_53.exec(text); m; m = NICK_WORKER_53.exec(text)) spans.push({ kind: 'name', start: m.index + 1, end: m.index + 1 + m[1].length });
  }
  if (moving && hasAny(text, ['胖子', '瘦子', '矮子', '光头', '光頭', '个子', '個子', '眼镜', '眼鏡'])) {
    EPITHET_SURNAME_53.lastIndex = 0;
    for (let m = EPITHET_SURNAME_53.exec(text); m; m = EPITHET_SURNAME_53.exec(text)) {
      const e = m.index + m[0].length;
      if (surnameLength(text, e - 1) === 1) spans.push({ kind: 'name', start: m.index, end: e });
    }
  }
  if (hasAny(text, ['经办人', '經辦人', '经手人', '經手人'])) {
    CLERK_NICK_53.lastIndex = 0;
    for (let m = CLERK_NICK_53.exec(text); m; m = CLERK_NICK_53.exec(text)) {
      const nick = m[1];
      if (KIN_AFTER_A_53.test(nick) || (nick[0] !== '阿' && surnameLength(nick, 1) !== 1)) continue;
      const s = m.index + m[0].length - 2;
      spans.push({ kind: 'name', start: s, end: s + 2 });
    }
  }
  if ((has(text, '车辆') || has(text, '車輛')) && hasAny(text, CREW_WORDS_53)) {
    RECORD_PLATE_53.lastIndex = 0;
    for (let m = RECORD_PLATE_53.exec(text); m; m = RECORD_PLATE_53.exec(text)) {
      const e = m.index + m[0].length;
      spans.push({ kind: 'plate', start: e - m[1].length, end: e });
    }
  }
  if (hasAny(text, ['室友', '舍友', '同寝室', '同寢室', '同宿舍'])) {
    ROOMMATE_LATIN_53.lastIndex = 0;
    for (let m = ROOMMATE_LATIN_53.exec(text); m; m = ROOMMATE_LATIN_53.exec(text)) {
      const e = m.index + m[0].length;
      if (surnameLength(text, e - 1) === 1) spans.push({ kind: 'name', start: e - m[1].length, end: e });
    }
  }
  if ((has(text, '群') || has(text, '聊')) && (has(text, '：') || has(text, ':'))) {
    CHAT_HANDLE_53.lastIndex = 0;
    for (let m = CHAT_HANDLE_53.exec(text); m; m = CHAT_HANDLE_53.exec(text)) {
      if (CHAT_DESK_53.test(m[1])) continue;
      const e = m.index + m[0].length - 1;
      spans.push({ kind: 'name', start: e - m[1].length, end: e });
    }
  }
}

/** A home's district and street office right before the place the rules read (从槭林区楮桥街道|蒹葭里16号, 我在雁汀区|檀屿湾…):
 * in a text of moving the writer gives both homes whole, and the sets label them whole (新家地址雁汀区汐岸路188号…). The
 * district's or the office's name is read back to a cue (从, 到, 在, 住, a colon or a comma), never across one. */
const HOME_PREFIX_53 = /(?:^|[从從到住在址：:，,\s])((?:(?:(?![从從到住在于於址是的])[\u3400-\u9fff]){2,3}[区區])?(?:(?:(?![从從到住在于於址是的])[\u3400-\u9fff]){2,3}(?:街道|镇|鎮))?)$/;
/** A name the writer corrects at once (黎秀英不对不对是黎秀云, 王丽华，不是，是王莉华): the second is hers too, the same surname and
 * as long. */
const CORRECTION_53 = /^[，,、\s]*(?:(?:(?:不对|不對|说错了|說錯了|写错了|寫錯了|错了|錯了)[，,、\s]*)+(?:是|应该是|應該是)?|不是[，,、\s]*(?:是|应该是|應該是))/;

export function movingCompaniesAfter53(text: string, spans: PiiSpan[]): PiiSpan[] {
  let added: PiiSpan[] | null = null;
  const moving = hasAny(text, MOVING_WORDS_53);
  const correcting = hasAny(text, ['不对', '不對', '不是', '错了', '錯了']);
  for (const sp of spans) {
    if (sp.kind === 'address' && moving && sp.start >= 3) {
      const m = HOME_PREFIX_53.exec(text.slice(Math.max(0, sp.start - 12), sp.start));
      if (m && m[1].length >= 3) (added ??= []).push({ kind: 'address', start: sp.start - m[1].length, end: sp.end });
    } else if (sp.kind === 'name' && correcting && isHan(text.charCodeAt(sp.start))) {
      const m = CORRECTION_53.exec(text.slice(sp.end, sp.end + 16));
      if (!m || !m[0].length) continue;
      const s = sp.end + m[0].length;
      const e = s + (sp.end - sp.start);
      if (text[s] !== text[sp.start] || e > text.length) continue;
      let han = true;
      for (let k = s; k < e; k++) if (!isHan(text.charCodeAt(k))) han = false;
      if (han && likelyName(text, s, e) && !anyDictionaryWord(foldToSimplified(text.slice(s, e)))) (added ??= []).push({ kind: 'name', start: s, end: e });
    }
  }
  // (A name the rules read that ends in the 搬 of 搬家: a firm's name, 蚁力搬家.)
  const out = withoutSpans(spans, (sp) => sp.kind === 'name' && text[sp.end - 1] === '搬' && text[sp.end] === '家');
  return added ? mergeSpans(out.concat(added)) : out;
}
