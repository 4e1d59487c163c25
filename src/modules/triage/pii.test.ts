import { describe, expect, it } from 'vitest';
import { eachDictionaryWord } from './jieba-dictionary.js';
import { detectPii, luhn, redact, validIdNumber, type PiiKind } from './pii.js';
import { unreadIdentifiers } from './pii/identifiers.js';
import { NameModel, shippedNameModel, type NameModelWeights } from './name-model.js';

function withLuhn(prefix: string): string {
  for (let d = 0; d < 10; d++) if (luhn(prefix + d)) return prefix + d;
  throw new Error('unreachable');
}
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Every secret is fully masked, nothing else is: the text outside the secrets reads as written. */
function expectMasked(text: string, secrets: string[], kinds?: PiiKind[]) {
  const spans = detectPii(text);
  const masked = new Uint8Array(text.length);
  for (const s of spans) masked.fill(1, s.start, s.end);
  const labelled = new Uint8Array(text.length);
  for (const secret of secrets) {
    const at = text.indexOf(secret);
    expect(at, `${secret} is in the text`).toBeGreaterThanOrEqual(0);
    labelled.fill(1, at, at + secret.length);
    expect(masked.subarray(at, at + secret.length).every((x) => x === 1), `${secret} masked in: ${redact(text)}`).toBe(true);
  }
  const extra = [...text].filter((_, i) => masked[i] && !labelled[i]).join('');
  expect(extra, `masked beyond the secrets in: ${redact(text)}`).toBe('');
  if (kinds) expect(spans.map((s) => s.kind)).toEqual(kinds);
}

const nothingMasked = (text: string) => expect(redact(text), text).toBe(text);
/** The substrings detectPii masks in a text, in order. */
const masked = (t: string): string[] => detectPii(t).map((s) => t.slice(s.start, s.end));
/** What the numbers' readers (rules or the model of numbers) mask as a personal number (member_number). */
const codes = (text: string): string[] => detectPii(text).filter((s) => s.kind === 'member_number').map((s) => text.slice(s.start, s.end));
/** What is masked as a personal number or a messenger's or platform's handle. */
const codesOrHandles = (text: string): string[] => detectPii(text).filter((s) => s.kind === 'member_number' || s.kind === 'wechat').map((s) => text.slice(s.start, s.end));

describe('phones', () => {
  it('finds mobiles with spaces, dashes, +86 / 0086 and full-width digits', () => {
    expectMasked('手机号：138 0013 8000，有事找我。', ['138 0013 8000'], ['mobile']);
    expectMasked('联系：+86-138-0013-8000', ['+86-138-0013-8000'], ['mobile']);
    expectMasked('手机+8613800138000', ['+8613800138000'], ['mobile']);
    expectMasked('我的电话是 0086-13912340000，晚上打。', ['0086-13912340000'], ['mobile']);
    expectMasked('电话１３６１２３４５６７８找我', ['１３６１２３４５６７８'], ['mobile']);
    expectMasked('有事打我电话 138-0013-8000 或者 139 1234 5678 都行。', ['138-0013-8000', '139 1234 5678'], ['mobile', 'mobile']);
    expectMasked('聯繫電話：13312345678。', ['13312345678'], ['mobile']);
  });

  it('finds landlines with the area code written in many ways, and bare numbers after 电话/座机', () => {
    expectMasked('座机0512-65123456', ['0512-65123456'], ['landline']);
    expectMasked('TEL：021-62345678，白天打。', ['021-62345678']);
    expectMasked('電話0755-8888 6666，找陳先生。', ['0755-8888 6666']);
    expectMasked('（010）6512 3456是我家座机。', ['（010）6512 3456']);
    expectMasked('我是马丽，座机 (021) 6234-5678，分机 205。', ['马丽', '(021) 6234-5678']);
    expectMasked('我家电话02163456789，晚上有人。', ['02163456789']);
    expectMasked('家里座机：6512 3456', ['6512 3456'], ['landline']);
  });

  it('leaves service lines, public hotlines, amounts, dates and counts alone', () => {
    nothingMasked('客服电话400-123-4567，投诉可以打800-820-8820。');
    nothingMasked('有事可以拨打12345热线，或者打110报警。');
    nothingMasked('这个项目投资13800000000元，占地500亩。');
    nothingMasked('2014年共征求意见1599条，整改措施823项，会议减少30%，文件精简到12万字。');
    nothingMasked('2014-05-06 14:36 来源：人民网，全县16个乡镇、78个县直部门。');
    nothingMasked('电话会议定于2014年12月31日下午召开。');
    nothingMasked('电话会议于20141231召开，QQ群12345678里也发了通知。');
    nothingMasked('数字 2013 2014 1599 823 7 5 6 是各年份和条数。');
  });
});

describe('ID numbers and bank cards', () => {
  const id = idNumber('32050219800315123');
  it('finds checked 18-digit IDs (also with x and grouped) and 15-digit ones', () => {
    expectMasked(`本人身份证号${id}，户口迁移办不下来。`, [id], ['id_number']);
    expectMasked('身份证11010519491231002x。', ['11010519491231002x']);
    expectMasked(`身份證號碼：${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, [`${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`]);
    expectMasked('老身份证号110105491231002还能用吗？', ['110105491231002']);
    expect(validIdNumber('11010519491231002X')).toBe(true);
    expect(validIdNumber('110105194912310021')).toBe(false);
  });

  it('masks an unchecked ID or card number only where the writer says what it is', () => {
    expectMasked('身份证号110105194912310021，户口在本村。', ['110105194912310021']);
    nothingMasked('编号110105194912310021的文件已经下发。');
    // A labelled reference number is no card and no ID number, even when it passes a check digit by chance: an office's
    // acceptance number stays; a waybill is masked as a number, no card (stop 49: an identifier no rule read is masked
    // unless its cue says whose it is not).
    const waybill = `快递单号 ${withLuhn('622202020011234567')}，受理编号：${idNumber('11010519491231002')}。`;
    expect(detectPii(waybill).map((s) => [s.kind, waybill.slice(s.start, s.end)])).toEqual([['member_number', withLuhn('622202020011234567')]]);
    expectMasked(`身份证编号${idNumber('11010519491231002')}`, [idNumber('11010519491231002')]);
    expectMasked('我的银行卡号6222020200112345670，补贴没到账。', ['6222020200112345670']);
  });

  it('finds Luhn-checked cards, in one piece or grouped by fours', () => {
    const card = withLuhn('622202020011234567');
    expectMasked(`工资卡${card}被冻结。`, [card], ['bank_card']);
    const grouped = `${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12, 16)} ${card.slice(16)}`;
    expectMasked(`卡号 ${grouped}，补贴没到账。`, [grouped], ['bank_card']);
    const sixteen = withLuhn('621700123456789');
    expectMasked(`帳號${sixteen.replace(/(\d{4})(?=\d)/g, '$1-')}`, [sixteen.replace(/(\d{4})(?=\d)/g, '$1-')]);
  });
});

describe('e-mail, QQ and WeChat', () => {
  it('finds e-mail addresses, also with a full-width ＠', () => {
    expectMasked('发邮件 liu.wei@163.com 或 wangfang＠qq.com。', ['liu.wei@163.com', 'wangfang＠qq.com'], ['email', 'email']);
    expectMasked('请回复到 Li.Ming@Example.COM 谢谢', ['Li.Ming@Example.COM']);
    nothingMasked('会议在@某某的群里通知了，详见文件第3页。');
  });

  it('finds QQ numbers and WeChat IDs where introduced', () => {
    expectMasked('我的QQ号是123456789，微信号zhang_san88，欢迎联系。', ['123456789', 'zhang_san88'], ['qq', 'wechat']);
    expectMasked('扣扣 987654321 是我的号码，请回复。', ['987654321'], ['qq']);
    expectMasked('QQ：10001，备注反映问题。', ['10001']);
    expectMasked('微信：Li_Ming-2014，有问题可以找我。', ['Li_Ming-2014'], ['wechat']);
    expectMasked('加我微信 abc_123456 详谈', ['abc_123456']);
    expectMasked('微信号 13800138000 同手机', ['13800138000']);
    nothingMasked('请关注微信公众号，在微信群里也可以反映。');
    nothingMasked('乡里有12345户，QQ群和微信群都建了。');
  });
});

describe('home addresses', () => {
  it('finds compounds, villages and streets with building / unit / room / house numbers, in both scripts', () => {
    expectMasked('我是王建国，住在幸福小区3栋2单元501室，门口路灯坏了。', ['王建国', '幸福小区3栋2单元501室']);
    expectMasked('我叫王建國，家住陽光花園5棟1單元302室，反映物業不作為。', ['王建國', '陽光花園5棟1單元302室']);
    expectMasked('居民陈明，家住城东新村12幢3单元201室。', ['陈明', '城东新村12幢3单元201室']);
    expectMasked('住在清水湾小区5-2-301，电梯坏了。', ['清水湾小区5-2-301']);
    expectMasked('我家在和平里三区12号楼4门301，暖气不热。', ['和平里三区12号楼4门301']);
    expectMasked('我住锦江花园B座1203室，楼下天天施工。', ['锦江花园B座1203室']);
    expectMasked('我叫歐陽娜娜，住河口村三組18號，村裡的橋塌了。', ['歐陽娜娜', '河口村三組18號']);
    expectMasked('我家住在民生路58號，門口的路燈壞了。', ['民生路58號']);
    expectMasked('南京路300弄5号门口的垃圾没人清。', ['南京路300弄5号']);
    expectMasked('住在长江路12号院3号楼，下水道反味。', ['长江路12号院3号楼']);
  });

  it('leaves counts, offices and public places alone', () => {
    nothingMasked('全村200户人家，有30栋楼没有电梯。');
    nothingMasked('我们小区有30栋楼，只有5栋装了电梯。');
    nothingMasked('2014年5月6日下午3点，在县政府3楼会议室召开座谈会。');
    nothingMasked('社区服务中心地址：人民路100号，办公时间周一至周五。');
    nothingMasked('公园1号门附近的厕所坏了。');
    nothingMasked('我住院3天，花了5000多元，报销只报了一半。');
    nothingMasked('我家住在农村，离镇上十几里路。');
  });
});

describe('names', () => {
  it('finds the names writers give for themselves and private persons, in both scripts', () => {
    expectMasked('我是张建国，反映村干部打牌。', ['张建国'], ['name']);
    expectMasked('我叫王建國，今年六十歲。', ['王建國'], ['name']);
    expectMasked('村民張某某反映：村幹部上班時間打麻將。', ['張某某'], ['name']);
    expectMasked('村民张某某反映村里低保评定不公。', ['张某某']);
    expectMasked('本人李秀英，申请的廉租房一年没消息。', ['李秀英']);
    expectMasked('业主赵丽投诉物业乱收费。', ['赵丽']);
    expectMasked('家住东风村的李秀英反映，村里的路灯不亮。', ['李秀英']);
    expectMasked('本人孙立新（电话15811112222）反映乡干部作风问题。', ['孙立新', '15811112222']);
    expectMasked('请联系周海（手机：18600001111），他知道具体情况。', ['周海', '18600001111']);
    expectMasked('反映人：郭建华 联系方式：13567891234', ['郭建华', '13567891234']);
    expectMasked('举报人：赵某某，请为我保密。', ['赵某某']);
    expectMasked('本人姓名：王芳，联系电话：13700001234。', ['王芳', '13700001234']);
    expectMasked('我母親黃秀蘭今年八十歲，辦高齡補貼跑了四趟。', ['黃秀蘭']);
    expectMasked('我的邻居王五天天在家打麻将。', ['王五']);
    expectMasked('居民楊志強反映：小區垃圾無人清運。', ['楊志強']);
    expectMasked('学生家长何丽华反映学校乱收费。', ['何丽华']);
    expectMasked('我是一个普通党员，名叫孔繁荣，在县里工作了三十年。', ['孔繁荣']);
    expectMasked('此事请转有关部门。此致敬礼！张建国 2014年5月6日', ['张建国']);
    expectMasked('以上情况属实。——王秀英', ['王秀英']);
    expectMasked('居住地址：光华小区8号楼2门102，户主吴德明。', ['光华小区8号楼2门102', '吴德明']);
    // A surname and a form of address identifies nobody, even signing the text (the number is what identifies).
    expectMasked('联系人：王女士，电话13912345678。', ['13912345678']);
  });

  it('leaves officials, units, places and ordinary phrases alone', () => {
    nothingMasked('王书记和李镇长上周来村里调研了两次，张局长的办公室在五楼。');
    nothingMasked('县委书记王建军到我们村调研。');
    nothingMasked('群众路线教育实践活动开展以来，村民们反映强烈，居民区的路修好了。');
    nothingMasked('我是一名退休教师，在这个小区住了二十年了。');
    nothingMasked('我是江西人，在这里打工五年了。');
    nothingMasked('我是金山村的村民，我们村的路坏了。');
    nothingMasked('任何某个部门都不能推卸责任，由于某种原因项目停了。');
    nothingMasked('高三学生的家长希望学校减少补课。');
    nothingMasked('村民代表大会、业主委员会和职工代表都参加了。');
    nothingMasked('本人于2014年3月向上级反映过。');
    nothingMasked('业主王先生和居民李师傅都反映小区物业乱收费。');
    nothingMasked('文件、会议——这些都要精简。');
  });
});

describe('what hotline transcripts and letters add', () => {
  it('confirms a name by where it ends when its characters are uncommon', () => {
    expectMasked('来电人孔繁荣，电话13047451186，反映卫生院医生迟到早退。', ['孔繁荣', '13047451186']);
    expectMasked('建議杏塢村自來水入戶。村民 楊春來 13507451826', ['楊春來', '13507451826']);
    expectMasked('我是黛山乡苇坡村五保户石老根的侄子石建华，代他反映。', ['石老根', '石建华']);
    expectMasked('我是社区干部廖敏，一个低保户要在五个系统里重复录入。', ['廖敏']);
    expectMasked('我是大垄村五组的谭有福，反映村里的路。', ['谭有福']);
    expectMasked('是鷺溪鎮大壟村譚有福的兒子，反映危房改造補助沒下來。', ['譚有福']);
  });

  it('finds private persons the writer complains about, and names signing off or before a number', () => {
    expectMasked('我们村的包工头王五拖欠工钱半年了。', ['王五']);
    expectMasked('邻居李四在楼道堆放杂物，物业不管。', ['李四']);
    expectMasked('老伴王秀英今年八十了，高龄补贴一直没发。', ['王秀英']);
    expectMasked('此事拖了一年，盼复。黄永红', ['黄永红']);
    expectMasked('有事找我：王丽 13612345678', ['王丽', '13612345678']);
    expectMasked('村民代表王建国、李四等五人联名反映。', ['王建国', '李四']);
    expectMasked('有个叫李四的包工头欠了我们工钱。', ['李四']);
    expectMasked('昨天村里开会，张建国反映村干部不公开账目。', ['张建国']);
    expectMasked('以上情况属实，恳请调查。王秀兰 2014年5月6日', ['王秀兰']);
    nothingMasked('群众反映强烈，李书记来电说各村反映的问题都会处理。');
    nothingMasked('这个叫什么事啊，那个人叫什么名字我不知道。');
    // A surname alone identifies nobody (like 王先生); with 名/叫 the writer gives the name.
    nothingMasked('本人姓王，不方便留名。');
    expectMasked('我姓王名建国，是石桥镇的。', ['王', '建国']);
  });

  it('reads phone numbers said in words, and plates of the writer\'s own car', () => {
    expectMasked('电话一三八零零一三八零零零，请回电。', ['一三八零零一三八零零零'], ['mobile']);
    expectMasked('手机号：幺三九 幺二三四 五六七八', ['幺三九 幺二三四 五六七八'], ['mobile']);
    expectMasked('我的车牌号是湘A12345，被交警乱罚款。', ['湘A12345'], ['plate']);
    expectMasked('我是一名出租車司機，叫嚴國強，車牌湘L·T7731。週末看到公務車停在溫泉度假村。', ['嚴國強', '湘L·T7731']);
    nothingMasked('我注意到小区内常停一辆车牌为湘G·A6173的车，车身喷有“鹭溪镇人民政府”字样。');
    nothingMasked('二〇一四年五月，全乡一百二十三户、三千五百人。');
  });

  it('reads numbers written with dots, spaced dashes and foreign prefixes, and the name heading or near them', () => {
    expectMasked('手机/微信同号138.0731.5520', ['138.0731.5520'], ['mobile']);
    expectMasked('电话 0739 - 5512837，在白沙乡住。', ['0739 - 5512837'], ['landline']);
    expectMasked('投訴人：蕭美玲，+852 9123 4567（香港號碼）。', ['蕭美玲', '+852 9123 4567']);
    expectMasked('溫德勝 來電：鎮水利站的人三天沒來上班了。', ['溫德勝']);
    expectMasked('聯繫方式：陸佳穎 lujiaying＠gmail.com。建議增設社區食堂。', ['陸佳穎', 'lujiaying＠gmail.com']);
    expectMasked('我想看看我家为什么没评上。蒙秀云，QQ：394857261', ['蒙秀云', '394857261']);
    nothingMasked('会议定于2014.05.06召开，版本号3.5.12，增长了12.5%。');
    nothingMasked('我是村里的文书，一年到头填表；新闻里都是某领导出席某某会议。');
  });

  it('finds a home by its door number, and leaves an office\'s duty line and a landmark alone', () => {
    expectMasked('我家门牌是胜利路五十八号，门口的路灯坏了。', ['胜利路五十八号'], ['address']);
    expectMasked('本人刘冬梅，住县城金桂小区7栋1单元301室。', ['刘冬梅', '金桂小区7栋1单元301室']);
    expectMasked('副局长的车停在金溪县龙泉镇杨树沟村4组12号他父母家门口。', ['金溪县龙泉镇杨树沟村4组12号']);
    nothingMasked('柳营社区5号楼后面的下水道堵了一个星期。');
    nothingMasked('我是杨树沟村的村民，村里的路坏了。');
    nothingMasked('村干部多次拨打县水利局防汛值班电话0745-6712110无人应答。');
    nothingMasked('村委会电话0745-6231234一直没人接。');
    nothingMasked('來電人反映鷺溪鎮大壟村四組五組的路沒有硬化。');
  });

  it('leaves officials (title or name with title), crowds and ordinary words alone', () => {
    for (const text of [
      '镇长王建军上班时间打牌，王书记也不管。',
      '居民向有关部门反映了三次都没人管。',
      '我是一个普通的机关职工，想反映一下单位的情况。',
      '我是茅岗镇荻港村的村民，村支书住在镇上。',
      '孩子成绩不好，老师天天布置作业。',
      '群众满意度很高，村民代表大会决定修路。',
      '职工“文化节”搞了三天，给困难户修房子的钱却没有。',
      '一辆车牌湘G88888的奥迪天天停在酒店门口，车身写着镇政府。',
      '我是安徽人，在这打工；我是徐州的，想问社保转移。',
    ])
      nothingMasked(text);
  });
});

describe('names as real letters and transcripts give them (written before tuning)', () => {
  it('finds signatures and closing formulas', () => {
    expectMasked('村里的路灯坏了半年，请尽快修。——张三', ['张三']);
    expectMasked('以上情况属实，请领导明察。反映人：李四', ['李四']);
    expectMasked('恳请上级部门为我们做主。王五敬上', ['王五']);
    expectMasked('懇請上級部門為我們做主。王秀蘭 敬上', ['王秀蘭']);
    expectMasked('此事拖了很久，望早日解决。村民 赵桂花 谨上 5月6日', ['赵桂花']);
    expectMasked('麻烦尽快处理，谢谢！\n署名：钱德明', ['钱德明']);
    expectMasked('望早日答复。劉建軍，2014年5月6日', ['劉建軍']);
    expectMasked('诚恳希望领导过问。欧阳明华 拜上', ['欧阳明华']);
    expectMasked('想問下幾時開會。聯絡人：張詠琪，電郵 wingkei@mail.hk', ['張詠琪', 'wingkei@mail.hk']);
    expectMasked('集市上车乱停，能不能管一管？——卖菜的老孙', ['老孙']);
    nothingMasked('此致敬礼！全体村民敬上');
    nothingMasked('望领导重视。柳营社区居民敬上');
    nothingMasked('望领导重视。石桥镇政府敬上');
    nothingMasked('——以上是我的意见。');
  });

  it('finds relatives and neighbours, in both scripts and in dialect', () => {
    expectMasked('我爸爸王建國今年七十了，高齡補貼一直沒發。', ['王建國']);
    expectMasked('我家老人李秀珍八十多岁，村里不给办低保。', ['李秀珍']);
    expectMasked('邻居刘某某天天在楼道里烧纸。', ['刘某某']);
    expectMasked('我老婆陈丽娟在厂里被辞退了，没给补偿。', ['陈丽娟']);
    expectMasked('我弟弟周志强在工地摔伤了。', ['周志强']);
    expectMasked('俺娘韩桂英今年八十三了，养老金停发了。', ['韩桂英']);
    expectMasked('俺叫赖有根，是石门村的。', ['赖有根']);
    expectMasked('我和妻子洪美玲都是下岗职工，想问问低保。', ['洪美玲']);
    expectMasked('她丈夫孟庆林去年出车祸走了，抚恤金到现在没拿到。', ['孟庆林']);
    expectMasked('我阿媽鄧淑儀等咗成個鐘都冇人理。', ['鄧淑儀']);
    expectMasked('奶奶住院没人管。奶奶叫柏素琴，今年八十一。', ['柏素琴']);
    expectMasked('孩子的户口迁不过来，孩子叫喻子涵，三岁。', ['喻子涵']);
    expectMasked('我爸叫鲍宏业。', ['鲍宏业']);
    expectMasked('我家隔壁老葛两口子都八十了，低保被取消了。', ['老葛']);
    expectMasked('我是送快递的骑手蒋大为，小区保安不让进。', ['蒋大为']);
    expectMasked('我是搬运工人老焦，工钱拖了半年。', ['老焦']);
    nothingMasked('她丈夫常年在外打工，家里就她一个人。');
    nothingMasked('我老婆高兴坏了，孩子考上了大学。');
    nothingMasked('我和妻子商量了很久，决定向上反映。');
    nothingMasked('我爸爸常常说，干部要为人民服务。');
    expectMasked('来电人称其母亲刘三妹八十岁了没领到高龄补贴。', ['刘三妹']);
    expectMasked('我老伴儿谭翠英住院三个月了，新农合报销不了。', ['谭翠英']);
    expectMasked('本人叫做韦金花，家里的房子塌了。', ['韦金花']);
    expectMasked('網友「陳大文」留言：區議員辦事處長期關門。', ['陳大文']);
    // (Round 14: a nickname given with the real name is masked too, as dev14 and pii10 label it.)
    expectMasked('我叫阿芳，姓邓，全名邓晓芳。', ['阿芳', '邓晓芳']);
    expectMasked('在下姓钱名多多，想咨询个事。', ['钱', '多多']);
    expectMasked('我家那口子叫黄大勇，在工地摔断了腿。', ['黄大勇']);
    expectMasked('额们村的女子杨彩霞考上大学了，学费凑不齐。', ['杨彩霞']);
    expectMasked('我屋里头老汉叫何长贵，腿摔断了啥子都没赔。', ['何长贵']);
    expectMasked('領導好，俺是王莊村的趙鐵柱，俺們村的路爛得很。', ['趙鐵柱']);
    expectMasked('我爸（戴长顺）今年八十了。', ['戴长顺']);
    nothingMasked('我是个开出租的，姓马，马师傅，车被扣了。');
    nothingMasked('高三学生周三下午补课，村民叫苦连天，我儿子叫了救护车。');
    nothingMasked('表扬人社局窗口的小刘，帮我办好了社保。');
    nothingMasked('这个老师叫什么我不知道。');
  });

  it('finds lists of names, names after verbs, in parentheses and around numbers', () => {
    expectMasked('张三、李四和王五三户的补贴都没发。', ['张三', '李四', '王五']);
    expectMasked('村里的刘德胜、孙桂兰、何秀英几户人家都是危房。', ['刘德胜', '孙桂兰', '何秀英']);
    expectMasked('村民陳國強、林美華等人聯名反映。', ['陳國強', '林美華']);
    expectMasked('——石塘村居民 卫秀秀、卫小川', ['卫秀秀', '卫小川']);
    expectMasked('我去找了王建军，他说不归他管。', ['王建军']);
    expectMasked('我家老人被刘某打了，派出所不管。', ['刘某']);
    expectMasked('包工头把杨德明打了一顿，还不给钱。', ['杨德明']);
    expectMasked('王某华在村里开赌场，没人管。', ['王某华']);
    expectMasked('我（张建华）是这个村的村民，村里的账从不公开。', ['张建华']);
    expectMasked('有事请联系我爱人黄丽（13900001111）。', ['黄丽', '13900001111']);
    expectMasked('13800138000 马红梅，请回电。', ['马红梅', '13800138000']);
    expectMasked('合作社社员 管文广 13637415520', ['管文广', '13637415520']);
    expectMasked('本人邢建国，男，56岁，石桥镇人。', ['邢建国']);
    expectMasked('反映养老金的事。潘秀云，女，1962年生。', ['潘秀云']);
    expectMasked('產權人 雍德華，住瑞豐小區11棟2單元703。', ['雍德華', '瑞豐小區11棟2單元703']);
    expectMasked('咱村的王秀英家孩子在外地，没人管；我们村的李德胜反映过好几次。', ['王秀英', '李德胜']);
    expectMasked('村里的李四家的房子塌了。', ['李四']);
    expectMasked('王建国 身份证430102198506114027', ['王建国', '430102198506114027']);
    expectMasked('留言人：邝美玲', ['邝美玲']);
    expectMasked('额娃叫马小军，在县城上学。', ['马小军']);
    nothingMasked('村里的王书记说不管，村的支书说了算，村里的高压线掉了，社区的金额公示。');
    nothingMasked('王书记、李镇长和张主任都来了，刘局长没来。');
    nothingMasked('镇干部王建军、李明等人天天打牌。');
    nothingMasked('王建军、李明等镇领导都去了。');
    nothingMasked('我去找了镇长王建军，他说不归他管。');
    nothingMasked('我找了王书记，他说不归他管。');
    nothingMasked('张家、李家、王家三户的房子都塌了。');
    nothingMasked('和平村、安乐村、永兴村三个村的路都没修。');
    nothingMasked('高中、初中、小学都要检查；金华、丽水、温州三地；周一、周三、周五开会。');
    nothingMasked('石材、木材、钢材都涨价了；包子、馒头、饺子；文化、教育、卫生三个部门。');
    nothingMasked('被高压电打了，被马蜂蛰了，把钱交给村里，找关系，找领导，找施工队，找司法所。');
    nothingMasked('被常务副县长批评了，被严重警告，被黄牛倒卖，被温州老板骗了。');
    nothingMasked('大家都在网上找范文改一改，还建了篮球馆和游泳池。');
    nothingMasked('我（本人）去过三次，村民（大部分）都不满意，男女老少都来了。');
  });

  it('knows compound and rare surnames, and leaves officials, places and ordinary words alone', () => {
    expectMasked('我是司马文华，在县城开了一家小店。', ['司马文华']);
    expectMasked('村民诸葛明亮反映村里的水渠堵了。', ['诸葛明亮']);
    expectMasked('我叫上官婉清，想咨询一下社保。', ['上官婉清']);
    expectMasked('來電人郗秀蘭反映村裡的路壞了。', ['郗秀蘭']);
    expectMasked('我叫禤志坚，住在城南。', ['禤志坚']);
    expectMasked('知情人 钟离秀，请为我保密。', ['钟离秀']);
    expectMasked('来电人陈某某反映村干部打牌。', ['陈某某']);
    // (The learned name model (name-model.ts) masks the nickname too, as the later sets label a private person's nickname:
    // pii21's 老梁; since stop 46 the rules read what the village calls the writer as well, gift-registers.ts.)
    expect(detectPii('我叫梁志勇，大家都叫我老梁。', null).map((s) => s.end - s.start)).toEqual([3, 2]);
    expectMasked('我叫梁志勇，大家都叫我老梁。', ['梁志勇', '老梁']);
    expectMasked('我是甘家村的甘小平，村里的路坏了。', ['甘小平']);
    for (const text of [
      '村支书老赵天天在茶楼打牌。',
      '村主任赵有才把低保名额给了亲戚。',
      '我找了财政局一个领导，他说等等。',
      '去王府井买东西，张家港的亲戚来了，李家村的路坏了。',
      '大家都很高兴，服务很周到，江湖气太重。',
      '金额不对，黄色的牌子常常被人撕掉，马上就要检查了。',
      '何时才能解决？任何人都不管，于是我又去了，万一出事怎么办。',
      '上官村、欧阳村的路都坏了；江西、湖南、湖北、安徽四省的游客都来。',
      '被告知要等三个月，通知全体村民开会，欠薪问题一直没解决。',
      '我们找过林业站、水利站、国土所，路灯、路面都坏了。',
      '李明（副镇长）经常不上班。',
      '找了王建军副镇长，他说不归他管；被王建军书记骂了一顿。',
      '副镇长李明、镇长助理王强都在酒店；乡长龙光明、书记杨德胜带队去外地考察。',
      '群众对王建军、李德明等干部意见很大，刘建华、王德明同志被通报批评。',
      '我找了民政办的小张，她说不知道；感谢镇长王建军和书记李勇。',
      '我係元朗居民，想問下幾時開會。',
    ])
      nothingMasked(text);
  });
});

describe('second round: causes found on a fresh labelled set (own examples)', () => {
  it('reads a relative named after a doubled kinship word (我舅舅, 我姑姑)', () => {
    expectMasked('我舅舅范德厚上个月住院，护工不管。', ['范德厚']);
    expectMasked('我姑姑上官淑芬在县城住，想问低保。', ['上官淑芬']);
    expectMasked('我嬸嬸羅玉珍腿腳不好。', ['羅玉珍']);
    // Traps: the kinship word alone, or followed by an ordinary word.
    nothingMasked('我叔叔，今年七十多了，一个人住。');
    nothingMasked('我舅舅家门口的路灯坏了半年。');
  });

  it('accepts 年 as the last character of classic names (永年, 鹤年), not of time words', () => {
    expectMasked('联名：村民代表祁永年、龚秀兰。', ['祁永年', '龚秀兰']);
    expectMasked('村民蒋鹤年反映，渠道塌了。', ['蒋鹤年']);
    nothingMasked('村民常年在外打工，地都荒了。');
    nothingMasked('本人长年在外务工，今年才回来。');
    nothingMasked('居民明年还要交这笔钱吗？');
  });

  it('reads surnames that are also common words (和, 党, 时) only after 叫 or a relative, as a full name', () => {
    expectMasked('我爸叫和春林，电话13907451234。', ['和春林', '13907451234']);
    expectMasked('我是学生家长，名叫党丽萍。', ['党丽萍']);
    expectMasked('我是他兒子時志強，想問撫卹金。', ['時志強']);
    nothingMasked('我儿子和女儿都在外地打工。');
    nothingMasked('学生和家长，都不满意。');
    nothingMasked('我儿子时常头晕，医院说没事。');
    nothingMasked('我爸党龄三十年了。');
    nothingMasked('我叫时间管理，大家笑我。');
    // Set off by spaces before a phone number, such a full name is read too.
    expectMasked('村里的钱买烟酒。村民 党建华 13574120000', ['党建华', '13574120000']);
    expectMasked('村民 和志明，电话13574120000', ['和志明', '13574120000']);
    expectMasked('党员和群众 13574120000', ['13574120000']);
  });

  it('keeps a compound surname whole when a name is read backwards from a number or verb', () => {
    expectMasked('这种态度让人寒心。司马光明 13800138000', ['司马光明', '13800138000']);
    expectMasked('請儘快處理。歐陽秀蘭 QQ：55120873', ['歐陽秀蘭', '55120873']);
    expectMasked('我叫亓官明远，是低保户。', ['亓官明远']);
    expectMasked('来电人：南街商户沃国庆。', ['沃国庆']);
  });

  it('finds a name after an e-mail address or in parentheses after a form of address', () => {
    expectMasked('联系我：邮箱 wangxf_88@163.com 韦晓峰（截图都留着）', ['wangxf_88@163.com', '韦晓峰']);
    expectMasked('聯絡電話：9361 2284，黃太（黃淑儀）', ['9361 2284', '黃淑儀']);
    expectMasked('联系人：万女士（万秀英），13512345678', ['万秀英', '13512345678']);
    // Traps: an office in parentheses; the form of address alone.
    nothingMasked('王先生（县住建局）说下周来看。');
    expectMasked('聯絡：何太，9036 1188', ['9036 1188']);
    expectMasked('電話：陳先生 2345 6789', ['2345 6789']);
  });

  it('names a nickname beside the full name given after 大名/本名', () => {
    // (Round 14: the nickname too, as dev14 and pii10 label a nickname given with the real name.)
    expectMasked('我叫栓柱（大名焦栓柱），今年六十五岁。', ['栓柱', '焦栓柱']);
    expectMasked('村里人都叫我狗蛋，本名郑德旺，今年七十。', ['郑德旺']);
    nothingMasked('这个书记大名鼎鼎，谁都知道。');
  });

  it('masks a neighbour by surname and elder\'s address, not staff or officials so addressed', () => {
    expectMasked('路灯不亮，隔壁的孙大爷还在那里摔了一跤。', ['孙大爷']);
    expectMasked('楼上的周阿姨，天天半夜剁肉。', ['周阿姨']);
    nothingMasked('窗口的刘大姐态度很好。');
    // (An elder's form of address after a surname is a private person: see "names shown by context" below.)
    expectMasked('王大爷说这路早该修了。', ['王大爷']);
    nothingMasked('联系人：霍先生，来电人：万女士。');
  });

  it('leaves "some organisation" (向某机构), motion verbs and shared buildings alone', () => {
    nothingMasked('我通过手机银行向某培训机构转账四千元。');
    nothingMasked('他在某公司上班，工资一直拖着。');
    expectMasked('我向某某借了五千元，他不认账。', ['向某某']);
    nothingMasked('婚宴六十桌，村干部、企业老板全到，门口公车一排。');
    nothingMasked('来电人反映：其家住金桂小区5号楼，楼前绿化带被人种了菜。');
    nothingMasked('来电人反映：其家住城南新村12栋，门口道路施工三个月了。');
    nothingMasked('来电人反映：其居住的翠湖苑小区二期门口公交站被移走。');
    expectMasked('家住城南新村12栋303室，楼道灯坏了。', ['城南新村12栋303室']);
    expectMasked('住在金桂小区5号楼2单元，电梯坏了。', ['金桂小区5号楼2单元']);
  });
});

describe('third round: names shown by context, not by an introduction (own examples)', () => {
  it('masks a private person by surname and an elder\'s form of address, not a word the surname ends', () => {
    expectMasked('老家的赵大爷八十多了，一个人住，冬天没人管。', ['赵大爷']);
    expectMasked('听周婶说，卫生院下午根本不开门。', ['周婶']);
    expectMasked('村里黄二婶的低保被停了，说她儿子有车。', ['黄二婶']);
    expectMasked('馬老漢的地被佔了修路，補償款一分沒有。', ['馬老漢']);
    expectMasked('我帮常大娘去开证明，社区说要本人来。', ['常大娘']);
    expectMasked('田嫂子和秦老伯都去镇上问过了。', ['田嫂子', '秦老伯']);
    nothingMasked('保安大叔和门卫大爷都说不知道这事。');
    nothingMasked('河南大妈在广场上跳舞，城管大叔来劝了几次。');
    nothingMasked('他向婆婆要钱交学费。');
    nothingMasked('窗口的刘大姐态度很好，大爷们在门口下棋。');
  });

  it('masks a full name that what follows shows to be a private person (家的, 她儿子, 说, 一起)', () => {
    expectMasked('范秀英家的房子裂了三道缝，鉴定说不是危房。', ['范秀英']);
    expectMasked('陶德明的儿子在外地打工，受了伤没人赔。', ['陶德明']);
    expectMasked('史玉兰说她在窗口等了一上午。', ['史玉兰']);
    expectMasked('吳桂芬她兒子出了車禍，保險公司拖著不賠。', ['吳桂芬']);
    expectMasked('上周我跟郑国强一起去镇上问宅基地的事。', ['郑国强']);
    expectMasked('我同陳志偉去房屋署問申請進度。', ['陳志偉']);
    expectMasked('牛德旺和牛德興兄弟倆種的烤煙被收走了。', ['牛德旺', '牛德興']);
    expectMasked('王芳和李强是楼里的业主代表，被物业停了水。', ['王芳', '李强']);
    expectMasked('据摆摊的芦桂枝讲，每天中午都有人往外搬酒。', ['芦桂枝']);
  });

  it('masks a name after a cue: a relative, a message, a candidate, 其子', () => {
    expectMasked('我三舅戴永福在村里开小卖部，村干部赊账好几年。', ['戴永福']);
    expectMasked('俺大伯朱有田去年摔断了腿，临时救助一直没批。', ['朱有田']);
    expectMasked('来电人反映：其子魏子然在县一中就读，学校强制补课。', ['魏子然']);
    expectMasked('请转告侯建平：你家的材料已经交上去了。', ['侯建平']);
    expectMasked('@胡晓燕 明早八点村委会集合，镇里来检查。', ['胡晓燕']);
    expectMasked('候选人邢德江给每户发了两百块钱。', ['邢德江']);
    expectMasked('雇主家老太太叫尹素华，她的养老金卡被女婿拿着。', ['尹素华']);
    expectMasked('我們這棟樓的樓長是焦淑芬，她說漲價是上面定的。', ['焦淑芬']);
    expectMasked('来电人反映：其邻居汤水生长期在公共绿地上养鸡。', ['汤水生']);
    expectMasked('东头孟家的二小子孟凡超，去年退伍回来，安置费没拿到。', ['孟凡超']);
    expectMasked('那天开会的梁志勇已经被村干部找上门谈话了。', ['梁志勇']);
    expectMasked('听说刘桂花的低保被取消了，居委会的人说冯丽娟也不符合条件。', ['刘桂花', '冯丽娟']);
    expectMasked('给潘秀珍打了三次电话都没人接。', ['潘秀珍']);
    expectMasked('昨天上午，曾志强在镇政府门口被保安推倒了。', ['曾志强']);
    expectMasked('我们组的龙海波家去年被评为贫困户。', ['龙海波']);
    expectMasked('楼下的钱阿婆八十多岁了，没人管。', ['钱阿婆']);
  });

  it('leaves officials, famous people, places and words that only look like names alone', () => {
    for (const text of [
      '村支书刘长贵的侄子当了村会计，账目从来不公开。',
      '县委书记王建军说要抓紧修路，到现在没动静。',
      '钟南山说要做好防护，我们镇卫生院连口罩都没有。',
      '乡里的干部把政策讲得很清楚，还把合同文本发给每家看。',
      '开完会还有自助餐和温泉，这是学习还是度假？',
      '晚上的航班和高铁到了以后就没有公交车了。',
      '李家坡、张家冲、刘家台三个自然村的路是一起申请的。',
      '中午在杨国福麻辣烫吃饭，看到隔壁桌有人穿着制服喝酒。',
      '诸葛亮说过鞠躬尽瘁，胡锦涛一直强调以人为本。',
      '，高明不知道，他说高兴不高兴都得去，文化馆在装修。',
    ])
      nothingMasked(text);
  });

  it('reads every name of a list, also with uncommon given-name characters', () => {
    expectMasked('没交的有：孙梓萱、周一诺、吴雨桐。', ['孙梓萱', '周一诺', '吴雨桐']);
    expectMasked('趙鐵柱、錢二狗、孫老三這幾戶是村裡最窮的。', ['趙鐵柱', '錢二狗', '孫老三']);
  });

  it('ends a home address at 的, and reads the person after it', () => {
    nothingMasked('住东二巷的老人都说路灯坏了半年。');
    expectMasked('住东二巷的冷秀琴和住西三巷的冷秀芝两姐妹，高龄补贴都没发。', ['冷秀琴', '冷秀芝']);
  });
});

describe('fourth round: general causes behind misses (own examples)', () => {
  it('reads 车 as a surname, and a relative said with 我孙子 / 我兄弟 / 我姑父', () => {
    expectMasked('山上着火了，车德明家的山林烧了半亩。', ['车德明']);
    expectMasked('我孙子邓小虎每天走河滩那条路。', ['邓小虎']);
    expectMasked('一家人挤在我兄弟陆宝林家的偏房里。', ['陆宝林']);
    expectMasked('我姑父冉振华在县里开车。', ['冉振华']);
    expectMasked('车辆乱停，车主不管。', []);
  });

  it('finds the writer\'s name after a role ending in 书/委/官 a few words after 我是', () => {
    expectMasked('我是石湾镇的村文书柏春燕，一个月报表三十多张。', ['柏春燕']);
    expectMasked('我是鹿鸣乡的大学生村官甘思雨，每天做表。', ['甘思雨']);
    expectMasked('我是村支委邬学军', ['邬学军']);
  });

  it('masks a name that 他们, 家低保, 这样的 or 老太太 shows, and a neighbour\'s elder address after 邻居', () => {
    expectMasked('隔壁几个村没来过，冯海涛他们几家的西瓜烂在地里。', ['冯海涛']);
    expectMasked('张桂兰家低保没了。', ['张桂兰']);
    expectMasked('送的烟酒比给困难户的多，庞桂芝这样的五保户就一袋米。', ['庞桂芝']);
    expectMasked('我鄰居蘇大媽腿不好也被叫去坐了一上午。', ['蘇大媽']);
    expectMasked('老党员像邵德厚都不会用手机。', ['邵德厚']);
  });

  it('masks a full name after a private person\'s trade or kinship word, not after staff or officials', () => {
    expectMasked('镇上超市收银员谈雅琴说是镇政府一次买了八十张。', ['谈雅琴']);
    expectMasked('那家老板娘桑丽娜自己说的。', ['桑丽娜']);
    expectMasked('我家龚二妹没给，村干部还上门催。', ['龚二妹']);
    expectMasked('我家 钟秀梅 的新农合报销单交到乡里三个月了。', ['钟秀梅']);
    expectMasked('窗口工作人员王建军说材料不全。', []);
    expectMasked('我家房子漏雨，我家方向的路没修。', []);
  });

  it('reads a list that starts after 我和, and a person after their township or by their neighbours\' place', () => {
    expectMasked('我和芦大勇、冯桂枝几个人一早去了。', ['芦大勇', '冯桂枝']);
    expectMasked('落雁镇姚翠英老人九十岁，高龄补贴停了。', ['姚翠英']);
    expectMasked('楼上裘凤英老太太九十岁，下不了楼。', ['裘凤英']);
    expectMasked('我家隔壁温长贵一个人住，八十多了。', ['温长贵']);
    expectMasked('温和、耐心的干部不多。', []);
  });

  it('masks a name right before a home address', () => {
    expectMasked('发了也不回。裴向东，荻花镇橘园村四组31号', ['裴向东', '荻花镇橘园村四组31号']);
  });

  it('masks building, unit and room without a compound, a building and a room, and a compound named 和…', () => {
    expectMasked('物业能不能一天清两次 9栋1单元202业主', ['9栋1单元202']);
    expectMasked('业委会也不开会。和顺家园3栋1502', ['和顺家园3栋1502']);
    expectMasked('他家是和顺家园11栋1单元102', ['和顺家园11栋1单元102']);
    expectMasked('小区5栋2024年才交房，3栋1200元一平的差价没人管。', []);
    expectMasked('我和幸福家园3栋2单元501的住户都反对。', ['幸福家园3栋2单元501']);
  });

  it('reads 幺 as a numeral name and 朵 as a given name, a neighbour\'s full name before an action, and 那种 after a name', () => {
    expectMasked('我帮隔壁罗幺妹去开个证明。', ['罗幺妹']);
    expectMasked('我孙女麦朵朵就在那上学。', ['麦朵朵']);
    expectMasked('像老光棍邹长根那种真困难的反倒没份。', ['邹长根']);
    expectMasked('隔壁张家湾村的路也坏了，隔壁金店天天放音乐。', []);
  });

  it('masks a full name or nickname starting a clause and going somewhere (去/来), not words', () => {
    expectMasked('门一关，汪老四去交材料敲了十分钟门都不开。', ['汪老四']);
    expectMasked('门一关，宋建军来交材料也没人。', ['宋建军']);
    expectMasked('，常年去外地，马上去办，司机去加油，许多来访群众，成本来自财政。', []);
  });

  it('masks a name after 看到/碰到, after more relatives (表叔, 外甥女, 丈人, 大舅), and before 家最…', () => {
    expectMasked('看到周秀兰发的视频了吧？', ['周秀兰']);
    expectMasked('我表叔卢国平在镇上开饭店。', ['卢国平']);
    expectMasked('我外甥女曾雨萱在读初中。', ['曾雨萱']);
    expectMasked('我丈人甘德旺七十多了。', ['甘德旺']);
    expectMasked('大舅罗福生去年走了。', ['罗福生']);
    expectMasked('我们组的童永福家最困难。', ['童永福']);
    expectMasked('看到高铁站修好了，遇到黄金周就堵，看见王书记在喝酒，见到李主任也没用。', []);
  });

  it('reads more given-name characters (令, 诺, 佩, 川, 守, 世, 玫) and 二狗', () => {
    expectMasked('村民孔令华反映，邻居李二狗、刘一诺、俞佩佩三户。', ['孔令华', '李二狗', '刘一诺', '俞佩佩']);
    expectMasked('李明下令整改，司令部的人来了。', []);
  });

  it('reads the writer after 我是…护士 and a representative of owners or residents', () => {
    expectMasked('我是鎮衛生院的護士梁曉燕，想反映個情況。', ['梁曉燕']);
    expectMasked('我們小區的業主代表盛建國帶頭。', ['盛建國']);
    expectMasked('我是人大代表，业主代表大会开了。', []);
  });

  it('reads modern and older given names (一鸣, 浩然, 援朝, 天佑), not 然后, 高一, 周一', () => {
    expectMasked('我跟王浩然一起去的，李明然后也去了。', ['王浩然']);
    expectMasked('邻居宁一锋、刘一诺三户。', ['宁一锋', '刘一诺']);
    expectMasked('村民迟援朝反映，我叫李天佑。', ['迟援朝', '李天佑']);
    expectMasked('高一学生周一早上要到校。', []);
  });

  it('masks a full name followed by the person\'s age, and after 东边', () => {
    expectMasked('村西头的郁燕阳七十多了，一个人住。', ['郁燕阳']);
    expectMasked('村东边宁浩翠家的房子裂了。', ['宁浩翠']);
    expectMasked('額們村吳榮琪的娃在城裡唸書，全村的老人和村里的男人都出去了。', ['吳榮琪']);
    expectMasked('，高中五十多岁的老师，李家坪七十多户。', []);
  });

  it('confirms a name after ，叫 by the boundary that ends it, not a car called for', () => {
    expectMasked('我是北塬镇的一名居民，叫陶广仓。我家楼下新开了一家烧烤店。', ['陶广仓']);
    expectMasked('老人摔倒了，叫车来接。', []);
  });

  it('reads given-name characters whatever the name (盼, 奕, 麟), and a name whose first two characters are a place', () => {
    expectMasked('其邻居芦盼娜长期占用绿地，看到卜盼凯发的视频了吧？', ['芦盼娜', '卜盼凯']);
    expectMasked('村民韩奕麟反映。', ['韩奕麟']);
    expectMasked('我叫常德宏，家住城关镇。知情人 宁波明', ['常德宏', '宁波明']);
    expectMasked('我是常德人，我是宁波的，我是常德市民，去南昌西站。', []);
  });

  it('masks both two-character names of a pair whatever the given-name character of one (丁新, 廖川)', () => {
    expectMasked('陆琴和丁新是我们小区的业委会成员。', ['陆琴', '丁新']);
    expectMasked('廖川和廖莉是我们小区的业委会成员。', ['廖川', '廖莉']);
    // (Stop 42: 王芳, a common full name, is read as one by the two-character gate; the pair rule masks no word beside it.)
    expect(masked('，王芳和高新区都不错，李强和黄金都涨了，王芳和高铁站。')).toEqual(['王芳', '王芳']);
  });

  it('masks a full name with a surname that starts words (向, 解) right after a relative, not the words', () => {
    expectMasked('我侄女解婷芬今年參加中考。', ['解婷芬']);
    expectMasked('俺大伯向云晓去年冬天摔断了腿。', ['向云晓']);
    expectMasked('我家向思伟沒給。', ['向思伟']);
    expectMasked('我爸解决了，我哥全家都去了，我爸向东走了。', []);
    expectMasked('我妈向领导反映了，我姐向建设局反映，我弟全力支持，我叔向群众说。', []);
    expectMasked('我叫向明，我妈全桂英反映。', ['向明', '全桂英']);
  });
});

describe('fifth round: names without cues and odd formats from a blind set (own examples)', () => {
  it('reads a full name followed by 的 or 家 and what the person has', () => {
    expectMasked('这回救济粮又没有发给贾桂芳家，她家才是真困难。', ['贾桂芳']);
    expectMasked('路口又堵了。雷振东的三轮车被收走了，一直没还。', ['雷振东']);
    expectMasked('去年洪水以后，牛红旗家的井一直没修。', ['牛红旗']); // 旗: names of the 1960s
    // …but not words of such characters.
    nothingMasked('说好的宣传画已经换了三批了。');
    nothingMasked('今年的金银花卖得好，价钱也高。');
    nothingMasked('雲岫山莊的溫泉池上班時間常有人泡。');
    // (The rules read the flower; the learned name model reads a person's flower bed, as a reader might: it masks 白玉兰.)
    expect(detectPii('苗圃旁边是白玉兰的花坛，开得很好。', null)).toEqual([]);
  });

  it('reads a full name right after a relative, whatever the person does', () => {
    expectMasked('我二姨夫郝春生种了十亩辣椒，收购站一直压价。', ['郝春生']);
    expectMasked('她表嫂詹玉凤开了个小卖部，天天有人来查。', ['詹玉凤']);
    expectMasked('我对象裴晓丽在县城上班，社保断了三个月。', ['裴晓丽']);
    expectMasked('家里的老二邹国栋考上了大学，助学金没批。', ['邹国栋']);
    nothingMasked('我儿子高考完了，女儿高中毕业。');
    nothingMasked('村里的老二家、老三家都分了地。');
  });

  it('reads a full name opening a clause after a time word or a conjunction, then an action', () => {
    expectMasked('昨天下午蒙志刚骑车摔进了沟里，路边没有护栏。', ['蒙志刚']);
    expectMasked('化肥到了，邹桂平算了一下少了两袋。', ['邹桂平']);
    expectMasked('说好月底发钱，可是鲍秋生到现在也没拿到。', ['鲍秋生']);
    expectMasked('这件事是卢晓燕最先发现的。', ['卢晓燕']);
    expectMasked('全村就柯永旺一个人没领到补贴。', ['柯永旺']);
    nothingMasked('可是高速路口还是堵，没人管。');
    nothingMasked('昨天下午安全员来检查了。');
    nothingMasked('就高铁站那边最堵。');
  });

  it('reads a full name after 的 where it visibly ends', () => {
    expectMasked('最该得补助的是没人管的，比如村东头的韩秋菊。', ['韩秋菊']);
    expectMasked('报案的沈春兰要自己去调监控。', ['沈春兰']);
  });

  it('reads lists whose items have a surname the table lacks, beside names that read by themselves', () => {
    expectMasked('被占地的有：卞德才、花建国、苏凤琴三户。', ['卞德才', '花建国', '苏凤琴']);
    expectMasked('只有鲁丰收、陶月梅两家领到了。', ['鲁丰收', '陶月梅']);
    expectMasked('我、鞠德林和农春生都是被拖欠工钱的。', ['鞠德林', '农春生']);
    nothingMasked('买了白菜、萝卜、土豆三样菜。');
    nothingMasked('发了花生油、大米、面粉等物资。');
    // Famous people in a list name no private person.
    nothingMasked('李白、杜甫的詩刻在了石頭上，花了二十萬。');
    nothingMasked('鲁迅、巴金的书摆在阅览室里，没人借。');
  });

  it('reads surnames that are also words only where an introduction is strong or set off', () => {
    expectMasked('我叫习红梅，在超市上班，工资拖了三个月。', ['习红梅']);
    expectMasked('请尽快处理。举报人 汝春生', ['汝春生']);
    expectMasked('楼道灯坏了一个月。——3栋业主 母秀兰', ['母秀兰']);
    expectMasked('我鄰居強文華說樓道燈壞了一個月。', ['強文華']);
    nothingMasked('局长母亲过生日，摆了三十桌。');
    nothingMasked('我妈花了两千块修房子。');
  });

  it('reads village nicknames after a surname: a trait, 老X儿, 老根', () => {
    expectMasked('收废品的王瘸子被人打了，派出所不立案。', ['王瘸子']);
    expectMasked('村东头的马二愣子天天在村委会门口骂街。', ['马二愣子']);
    expectMasked('屯子东头的孟老嘎儿腿脚不好，路修好了也出不了门。', ['孟老嘎儿']);
    expectMasked('村里都知道，赵老栓家的房子是危房。', ['赵老栓']);
    nothingMasked('王老师和李老板都来了。');
  });

  it('leaves an official by office with 某 and 向上反映 alone', () => {
    nothingMasked('镇党委副书记孙某某带队来检查，吃完饭就走了。');
    expectMasked('村民孙某某家的地被占了。', ['孙某某']);
    nothingMasked('向上反映了好几次，一直没有回音。');
  });

  it('reads a name after 是 where what follows shows a person (a sticky test read at the right place)', () => {
    expectMasked('修桥的钱是王永福他们几家凑的。', ['王永福']);
    expectMasked('喂，是陶秀英家吗？你家的快递到了。', ['陶秀英']);
  });

  it('reads a full name after 举报, 通知一下, 找 and after 后来, then an action', () => {
    expectMasked('我要举报彭德海，他把集体的地卖了。', ['彭德海']);
    expectMasked('麻烦通知一下魏志明，他的证办好了。', ['魏志明']);
    expectMasked('问了村会计，他说要找汤建平签字。', ['汤建平']);
    expectMasked('后来夏春燕自己掏钱把路修了。', ['夏春燕']);
    expectMasked('去年的分红，贺长庚一分没拿到。', ['贺长庚']);
    expectMasked('大伙儿都说，陆德才这人老实，不该受这个气。', ['陆德才']);
    expectMasked('镇上收购站的秤有问题，卖粮的彭长顺少算了四十斤。', ['彭长顺']);
    nothingMasked('华夏子孙都应该记住这段历史。');
    nothingMasked('白玉兰花开的时候，公园人很多。');
    nothingMasked('机关的公车太多，车改以后还有不少车辆。');
  });

  it('reads a name after an elder word (老太太), 反而 after a name, and 王寡妇 as a nickname', () => {
    expectMasked('去年冬天，郑家的老太太郑秀英摔了一跤，到现在还躺着。', ['郑秀英']);
    expectMasked('這次低保評議，真正困難的范金花反而被刷掉了。', ['范金花']);
    expectMasked('村里的王寡妇一个人拉扯三个娃。', ['王寡妇']);
  });

  it('reads a name after a household word (上访户) and after 看看/看望', () => {
    expectMasked('上访户杭德胜说，他的事拖了五年。', ['杭德胜']);
    expectMasked('你们去看看蒋德顺家的房子，墙都裂了。', ['蒋德顺']);
    nothingMasked('全村一共两百户，每户安装了一个水表。');
  });

  it('reads a name after a Cantonese kinship word (個仔, 細佬), also with 家 in the middle', () => {
    expectMasked('隔籬屋嘅陳伯話佢個仔陳家明冇工開。', ['陳家明']);
    expectMasked('佢家姐黃美玲喺醫院等咗成日。', ['黃美玲']);
    nothingMasked('張家灣村嘅路壞咗好耐。');
  });

  it('reads a full name after 联系, 除了, 没有, 让, 看见 and what the person does', () => {
    expectMasked('你们可以联系冯志华，他知道全部情况。', ['冯志华']);
    expectMasked('除了邱桂芳，其他人的补贴都发了。', ['邱桂芳']);
    expectMasked('要是没有屈春生帮忙，我们连门都找不到。', ['屈春生']);
    expectMasked('医生让黄丽萍回家等通知。', ['黄丽萍']);
    expectMasked('有人看见尹德旺往河里倒垃圾。', ['尹德旺']);
    nothingMasked('除了路灯，其他都修好了。');
    nothingMasked('要是没有安全措施，谁敢干？');
    nothingMasked('有人看见黄鼠狼进了鸡窝。');
  });

  it('reads a name signing off a letter before a year and a month', () => {
    expectMasked('实在没办法了，才写这封信。——一个普通老百姓 邵红梅 2026年11月', ['邵红梅']);
    nothingMasked('会议定于2026年11月');
  });

  it('ends a name before a doubled adverb (天天, 常常)', () => {
    expectMasked('住在我家楼下的赵敏天天吵架。', ['赵敏']);
    expectMasked('我邻居王芳芳说的。', ['王芳芳']);
  });

  it('reads a mobile said in words with commas, (+86) in parentheses, and e-mail with [at] / (at)', () => {
    expectMasked('有事打我电话一三九，零七三一，五五二八。', ['一三九，零七三一，五五二八']);
    nothingMasked('一二三，四五六，七八九是编号。');
    expectMasked('请回电(+86)13912345678，谢谢。', ['(+86)13912345678']);
    expectMasked('邮箱 liu.bo [at] 163.com，请回复。', ['liu.bo [at] 163.com']);
    expectMasked('发到zhangsan2020(at)qq.com也行', ['zhangsan2020(at)qq.com']);
    nothingMasked('活动 (at) home 开展。');
  });
});

describe('sixth round: rare surnames, trade and relation cues, nicknames, HK numbers (own examples)', () => {
  it('reads real rare surnames missing before (甯, 綦, 麴, 酆, 郄, 芈, 蹇) in both scripts', () => {
    expectMasked('反映人：甯秀蘭，住址不便公開。', ['甯秀蘭']);
    expectMasked('我是石门村村民綦有才。上个月的补贴没发。', ['綦有才']);
    expectMasked('來電人：麴國慶，電話待補。', ['麴國慶']);
    expectMasked('户主酆德旺，三组。', ['酆德旺']);
    expectMasked('我叫蹇春燕，在镇上打工。', ['蹇春燕']);
  });

  it('masks a full name after a private trade word: 乘客, 司机 (not 手机), 店老板 nickname, 小卖部的', () => {
    expectMasked('投诉一个月没回音。我是乘客冉德昌', ['冉德昌']);
    expectMasked('我是网约车司机司马勇，车被扣了。', ['司马勇']);
    expectMasked('那天出租车司机欧阳斌也在场。', ['欧阳斌']);
    expectMasked('五金店老板柯胖子到处讲这事。', ['柯胖子']);
    expectMasked('杂货铺的葛春兰记得清清楚楚。', ['葛春兰']);
    nothingMasked('我是一个普通的机关职工，想反映一下单位的情况。');
    nothingMasked('我用手机王者荣耀打了一晚上。');
    nothingMasked('办事员王建国说材料不全。');
  });

  it('masks a name after 前夫/前妻 and a compound surname with one given-name character', () => {
    expectMasked('孩子的户口本在我前妻慕容雪那里，她不给。', ['慕容雪']);
    expectMasked('我前夫邝志坤手里有房本。', ['邝志坤']);
  });

  it('reads a numeral and a village name ending (二毛, 三狗) after the numeral', () => {
    expectMasked('焊工祁三狗说的，账在会计那里。', ['祁三狗']);
  });

  it('masks a given name or village nickname alone after 邻居/老板娘/叫他, and 老 with a trait', () => {
    expectMasked('邻居狗蛋说村干部天天喝酒。', ['狗蛋']);
    expectMasked('饭馆老板娘秀花都认识他们。', ['秀花']);
    expectMasked('大家都叫他铁柱，本名不清楚。', ['铁柱']);
    expectMasked('我家的宅基地被邻居老倔家占了。', ['老倔']);
    expectMasked('村里的老抠儿一辈子没求过人。', ['老抠儿']);
    nothingMasked('邻居大妈说这事没人管。');
    nothingMasked('叫他别花钱，他不听。');
    nothingMasked('老板娘说今天不营业。');
  });

  it('masks 知情群众 X whatever the given-name characters', () => {
    expectMasked('知情群众 上官建設，电话另附。', ['上官建設']);
  });

  it('masks WeChat IDs after wx: and wxid_… wherever they stand', () => {
    expectMasked('联系我 wx: liuxiaomei_88', ['liuxiaomei_88']);
    expectMasked('居民 某 wxid_abc12345 反映', ['wxid_abc12345']);
    nothingMasked('下载了wxapp，打开看看。');
  });

  it('masks Hong Kong numbers: 852 without a plus after 電話, 8 digits after 聯絡 and a name', () => {
    expectMasked('聯絡人：鄧家輝，電話 852-9123 4567', ['鄧家輝', '852-9123 4567']);
    expectMasked('可唔可以處理？聯絡：甯嘉欣 6123 4455', ['甯嘉欣', '6123 4455']);
    nothingMasked('聯絡：村委會 2345 6789');
    expectMasked('有事請WhatsApp：6234 5566，或者手提：9345 6677', ['6234 5566', '9345 6677']);
    expectMasked('加我 weixin: chenxiaoli_2020', ['chenxiaoli_2020']);
  });

  it('masks a full name after more private trades and relations (木匠, 菜贩, 病友)', () => {
    expectMasked('木匠柯德福说工钱一直没给。', ['柯德福']);
    expectMasked('菜贩詹桂香被罚了两次。', ['詹桂香']);
    expectMasked('我的病友韩秀珍也是这样。', ['韩秀珍']);
  });

  it('reads a surname that is also a word (牧, 盖, 暴) as a full name where 家/的 and a person follow', () => {
    expectMasked('牧建华家的鸡圈被拆了。', ['牧建华']);
    expectMasked('，暴春林家房子漏雨没人管。', ['暴春林']);
    expectMasked('堵路的是蓋秀英的小姑子。', ['蓋秀英']);
    nothingMasked('，暴风雪的影响很大。');
    nothingMasked('党风廉政建设的成效明显。');
  });

  it('reads 建设 as a given name only where the surname starts a word; 永远 stays an adverb', () => {
    expectMasked('窗口前办事的邹建设老人被训了一顿。', ['邹建设']);
    nothingMasked('抓好工程建设的进度，推进平安建设的工作。');
    nothingMasked('他说：“你去也白去，柯永远不在。”');
  });

  it('masks a street address with its county and town where the writer lives there', () => {
    expectMasked('我就住他家隔壁，青河县石桥镇解放路12号', ['青河县石桥镇解放路12号']);
    nothingMasked('县政府在城关镇人民路8号，离这里不远。');
  });
});

describe('seventh round: names that read as words, surnames that are words, names in quotes (own examples)', () => {
  it('reads a full name whose surname starts words (向, 於, 解, 全, 和, 党, 过) where a person follows', () => {
    expectMasked('向东升家的鸡被黄鼠狼叼走了，村里说不管。', ['向东升']);
    expectMasked('向前锋家的院墙被挖掘机推倒了。', ['向前锋']);
    expectMasked('於春花说村里修路占了她家的菜地。', ['於春花']);
    expectMasked('解红梅在超市上班，老板拖了三个月工资。', ['解红梅']);
    expectMasked('全福贵去年就申请了危房改造，到现在没批。', ['全福贵']);
    expectMasked('和丽娟的孩子在学校被打了，老师不管。', ['和丽娟']);
    expectMasked('过秋生家的猪圈被强拆了，也没人打招呼。', ['过秋生']);
    expectMasked('问了党建军，他说那个表格是镇里要的。', ['党建军']);
    expectMasked('於小芳和向红英都是我们组的困难户。', ['於小芳', '向红英']);
  });

  it('leaves phrases that start with such a surname alone', () => {
    for (const text of ['向领导反映了好几次，没人理。', '向上级反映了没人管。', '向前看，别老计较过去。', '于是我们又去了一趟。', '全家人都指望这点低保。', '过年前工资还没发。', '干部过生日也要大摆宴席。', '解决不了就往上推。', '党建工作做成了拍照工作。', '向阳花开的季节，干部们却在会议室里。', '和平街的路灯坏了。', '全力推进不等于全力拍照。', '时常有人在村委会打牌。', '过春节期间值班室没人接电话。'])
      nothingMasked(text);
  });

  it('reads a two-character name that is an ordinary word (高峰, 江河) where a person follows', () => {
    expectMasked('村东头住的高山家，一下雨院子就淹了。', ['高山']);
    expectMasked('江河说他家的补贴被村里扣了一半。', ['江河']);
    expectMasked('夏雨家门口的下水道堵了三个月。', ['夏雨']);
    expectMasked('医生说方正的化验单丢了，让重新抽血。', ['方正']);
    expectMasked('施工队挖断了钱多家的水管，也不给修。', ['钱多']);
    expectMasked('问了黎明，他说钱根本没发下来。', ['黎明']);
    expectMasked('孙悦跟我说，社区的补贴表格填了三遍。', ['孙悦']);
    expectMasked('隔壁的林立家天天晚上放音乐。', ['林立']);
    expectMasked('于洋的低保被停了，理由是家里有车。', ['于洋']);
    expectMasked('林海和石磊是我们村今年考上研究生的两个娃。', ['林海', '石磊']);
    expectMasked('我们家老二叫金星，在县城开出租。', ['金星']);
  });

  it('leaves such words alone where no person follows', () => {
    for (const text of ['每天早上高峰期公交车挤不上去。', '高峰时段窗口只开一个。', '田野调查的材料都是编的。', '江山如此多娇，村里却连路都不修。', '马路上全是坑。', '白天晚上都有人打麻将。', '王书记说这事归镇里管。', '张镇长来了一趟就走了。', '常委会开了三次也没结果。', '仲裁说材料不全，工资到现在还没拿到。', '石头和沙子都被施工队拉走了。', '码头和仓库都被封了。', '文学家的故居被拆了。', '成績說足，問題一筆帶過。', '黎明小区的物业费涨了。', '高原反应很厉害，医疗队没来。'])
      nothingMasked(text);
  });

  it('reads a full name alone in quotation marks where a name is written, signed or claimed', () => {
    expectMasked('医院把我的名字写成了“李红霞”，报销被退回来。', ['李红霞']);
    expectMasked('收据上签字的是“赵德胜”，可我根本不认识这个人。', ['赵德胜']);
    expectMasked('有个自称“王海涛”的人打电话说能办低保。', ['王海涛']);
    expectMasked('領款人一欄寫的是「黃志強」，根本不是我們家的人。', ['黃志強']);
    expectMasked('补贴名单上的“孙平”不是我们村的。', ['孙平']);
    expectMasked('村里人都叫她“翠花”，她男人常年在外打工。', ['翠花']);
  });

  it('leaves quoted slogans, words and nicknames of officials alone', () => {
    for (const text of ['“刁民”这种话也能从干部嘴里说出来？', '“马上办”的牌子挂了半年。', '墙上写着“常青树”三个大字。', '村里搞了个“农家书屋”，一年没开过门。', '书记说“研究研究”，就没下文了。', '他们说“黄世仁”都没这么狠。'])
      nothingMasked(text);
  });

  it('reads 根本/本来 after a surname character as the adverb, not a given name', () => {
    nothingMasked('他说钱根本没发下来。');
    nothingMasked('他说钱本来就不多。');
  });
});

describe('seventh round, after the blind set: more names that read as words, given names alone, nicknames, Latin names, spelled numbers (own examples)', () => {
  it('reads 黑, 原, 从, 能, 代 as surnames where a person follows, also right after a word they start', () => {
    expectMasked('严格说起来轮不到我管，但严冬梅家的房子确实漏得厉害。', ['严冬梅']);
    expectMasked('能源站的人来过，能建华不同意，就一直拖着。', ['能建华']);
    expectMasked('从前没人管，从丽娟说她也是今天才知道。', ['从丽娟']);
    expectMasked('代课老师代春燕反映，工资拖了半年。', ['代春燕']);
    expectMasked('原定的工期早过了，原海峰一家还住在板房里。', ['原海峰']);
    expectMasked('黑灯瞎火的，黑建国家门口的路灯坏了。', ['黑建国']);
    for (const text of ['严格说来，严格要求自己。', '能力强的人都走了。', '代表们说了算。', '原来说好的补偿没给。', '从来没人管，从此大家都不信了。', '黑色的车天天停在这。', '午休时间大家都去看书。', '钱是从学生的伙食结余里出的。', '黑龙江来的务工人员工资被扣。'])
      nothingMasked(text);
  });

  it('reads a two-character name that is a word where the next clause, a time or a relative shows a person', () => {
    expectMasked('我家对面住的是江涛，他家的下水道堵了。', ['江涛']);
    expectMasked('常明昨天下午去社保局，窗口说要补材料。', ['常明']);
    expectMasked('方红和她母亲住在一起。', ['方红']);
    expectMasked('昨天在街上碰到林海，他说补贴也没到。', ['林海']);
    expectMasked('这件事我问过金鹏', ['金鹏']);
    nothingMasked('白露那天，卫生院一个护士都没有。');
  });

  it('reads a given name alone after 转告, 告诉…一声, 叫上, 找了, 我和…两个人, a relative, 叫, and in a counted list', () => {
    expectMasked('请转告秀梅，她的医保卡到了。', ['秀梅']);
    expectMasked('告诉建军一声，他家的补助批下来了。', ['建军']);
    expectMasked('那天叫上海涛一起去的医院。', ['海涛']);
    expectMasked('我找了志刚帮忙填的表。', ['志刚']);
    expectMasked('家里就剩我和玉兰两个人。', ['玉兰']);
    expectMasked('他媳妇春燕在镇上打工，工钱一直拖着。', ['春燕']);
    expectMasked('我弟弟叫光明，在外地打工。', ['光明']);
    expectMasked('我的名字叫文静，住在城东。', ['文静']);
    expectMasked('国强、秀兰、志明三家的地都被占了。', ['国强', '秀兰', '志明']);
    expectMasked('钱秀英、石头和江涛三户的房子被划进去了。', ['钱秀英', '石头', '江涛']);
    for (const text of ['我和朋友一起去的。', '我爸叫朋友来帮忙。', '石头、沙子和水泥三样都被拉走了。', '告诉大家一声，明天停水。'])
      nothingMasked(text);
  });

  it('reads village nicknames and nicknames of private persons after 外号/管他叫/门卫', () => {
    expectMasked('村里三狗子天天往河沟里倒垃圾。', ['三狗子']);
    expectMasked('组里憨娃他妈说，补助被扣了。', ['憨娃']);
    expectMasked('矮婶开的小卖部被城管封了。', ['矮婶']);
    expectMasked('开车的小刘哥说，车都扣在他院子里。', ['小刘哥']);
    expectMasked('小区门卫老孙说，物业不让开门。', ['老孙']);
    expectMasked('外号叫「铁头」的那个人在村里放贷。', ['铁头']);
    expectMasked('大家都管他叫大胡子，真名没人知道。', ['大胡子']);
    expectMasked('隔壁王家老二又把车停在消防通道。', ['王家老二']);
    nothingMasked('我二哥在外地打工，家里没人。');
  });

  it('reads names in Latin letters after a person word or beside the Chinese name, and a Hong Kong double surname', () => {
    expectMasked('我女儿Wang Lili在外地上学。', ['Wang Lili']);
    expectMasked('家长 Chen Jianguo 在群里问。', ['Chen Jianguo']);
    expectMasked('本人李思远（Li Siyuan），委托我父亲代办。', ['李思远', 'Li Siyuan']);
    expectMasked('我係李陳美華，住喺屋邨。', ['李陳美華']);
  });

  it('reads full names ending in 收 or 建设 after a person word, and after 变成了 or 找了…三次', () => {
    expectMasked('村民何丰收，反映补贴没到。', ['何丰收']);
    expectMasked('我爱人钱建设在工地受了伤。', ['钱建设']);
    expectMasked('系统里打出来变成了周明远，改了三次没改对。', ['周明远']);
    expectMasked('找了黎国栋三次，他是包工程的包工头。', ['黎国栋']);
    nothingMasked('找了黄建华三次，他是村里的会计。');
    nothingMasked('包村干部叫向国华，一年见不到人。');
  });

  it('masks numbers with an extension, digits mixed with numerals, financial numerals, slashes, spelled-out e-mail, passports and a pupil number', () => {
    expectMasked('联系电话：0736-5521874转312', ['0736-5521874转312']);
    expectMasked('手机号是139五二七一零四八六，请回电。', ['139五二七一零四八六']);
    expectMasked('有事请打：壹叁玖 捌贰柒肆 伍伍零陆', ['壹叁玖 捌贰柒肆 伍伍零陆']);
    expectMasked('电话:186/2734/5519', ['186/2734/5519']);
    expectMasked('邮箱 liuhong (at) 126 (dot) com', ['liuhong (at) 126 (dot) com']);
    expectMasked('電郵 xiaoyu.chan at yahoo dot com，或打電話。', ['xiaoyu.chan at yahoo dot com']);
    expectMasked('我的护照号G52817364，签证一直办不下来。', ['G52817364']);
    expectMasked('学籍号G430521201603172048，转学手续办不下来。', ['G430521201603172048']);
    nothingMasked('we meet at home dot com');
    expectMasked('电话13800138000一直打不通', ['13800138000']);
  });

  it('reads a given name alone before the person\'s own family (X和她男人, X她妈) and a place-like name that reports', () => {
    expectMasked('这是秀英跟她丈夫的房子，被划进了拆迁范围。', ['秀英']);
    expectMasked('春燕她妈说村里不管。', ['春燕']);
    expectMasked('居民常德反映路灯坏了。', ['常德']);
    for (const text of ['大家和她男人都去了。', '今天她妈又来了。', '我是江西人，在这打工。'])
      nothingMasked(text);
  });

  it('reads a quoted name before 这个名字 or an action, after 群主, and a quoted screen name after 网友 whole', () => {
    expectMasked('账本上“李德福”这个名字出现了三次。', ['李德福']);
    expectMasked('群主“张丽”把我踢了。', ['张丽']);
    expectMasked('网友“高山流水”说得对。', ['高山流水']);
    nothingMasked('老人“老有所养”的牌子挂了一年。');
  });

  it('leaves an office line, a government mailbox, doubled adjectives, 高峰期 and famous names alone', () => {
    for (const text of ['县政府信箱zfb@shuiyuan.gov.cn发过去没回。', '镇政府值班室0736-3891112晚上没人接。', '单位电话（0736）2236789是窗口的。', '冷清清的窗口，冷冰冰的脸。', '高峰期只有一个协警。', '这是花木兰的故事。'])
      nothingMasked(text);
  });
});

describe('robustness', () => {
  it('masks exactly the detected characters and keeps the length', () => {
    const card = withLuhn('622202020011234567');
    const text = `我是张建国，电话13800138000，座机0512-65123456，身份证11010519491231002X，卡号${card}，邮箱zhang.jg@example.cn，住幸福家园3栋2单元501室，反映村干部打牌。`;
    const red = redact(text);
    expect(red.length).toBe(text.length);
    expect(red).toContain('反映村干部打牌。');
    expect(red.startsWith('我是＊＊＊，电话')).toBe(true);
  });

  it('never throws on binary input or non-strings', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const binary = Array.from({ length: 100_000 }, () => String.fromCharCode(Math.floor(rnd() * 65536))).join('');
    expect(() => redact(binary)).not.toThrow();
    expect(detectPii('')).toEqual([]);
    expect(detectPii(undefined as unknown as string)).toEqual([]);
    expect(detectPii(12345 as unknown as string)).toEqual([]);
  });

  // 4 s: the slowest shape, 1 MB of 张三、 (350,000 names, each masked), takes about 0.8 s on this
  // 2-core machine when quiet and 2.6 s was seen with the whole suite and two other processes
  // running beside it; a scan that is quadratic in the input takes minutes.
  // (Stop 35) Each shape at 256 KB, not 1 MB, with the bar at a quarter: the shapes had grown to more than 900 texts,
  // and at 1 MB the whole took over 450 s on a busy machine. A quadratic scan still takes minutes at 256 KB; the
  // slowest shape is also timed at 1 MB below.
  /** This process's CPU time in milliseconds. */
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  it('stays linear on 256 KB of adversarial input (each shape < 2 s; quadratic would take minutes), and on 1 MB of names', () => {
    const SIZE = 1 << 18;
    const rep = (s: string) => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);
    const shapes = [
      '1', '１', '1 ', '1-', '12-', 'a', '@', 'a@', 'a.b@c.d', '1X', ' ', '小区', '小区3栋', '村1组', '路1号', '我是', '我是王', '某', '王某',
      '家住', '家住幸福', '（电话', '王建国（电话', '微信', '微信abcdef', 'QQ号12345 ', '电话13800138000，',
      '村民', '村王', '我是社区干部', '来电人', '王丽 13612345678 ', '一三八', '幺', '湘A12345 ', '我的车湘A1234', '门牌', '。王建国', '，王建国反映', '。王秀兰 2014年5月6日 ', '1 - ', '138.', '+852 9',
      '我是张建国，电话13800138000，住幸福家园3栋2单元501室，邮箱a@b.cn。',
      '，我柯玉兰在', '叫我曲老根。', '——石桥村向晓红', '——桃园村戴秀英、', '三年级管思琪的家长，', '表姐阿珍一家', '阿依古丽在', '次仁卓玛', '柳树湾组15号', '我们桐江县南门巷18号一家', '清洁工阮大姐', '302室潘爷爷', '隔壁祢德华家', '马得福家', '我们组的瘦子把', '五保户葛老汉', '有我、邸国庆和老曹', '韩雨涵同学', '邻居宋叔叔', '我舅舅高兴去年',
      '、', '张三、', '王建国、', '被王建国', '找了王建国，', '我（王建国）', '王五敬上', ' 敬上', '，男，', '王某华在', '爷爷叫王建国，', '隔壁老王，', '我是工人老王',
      '隔壁的刘大爷，', '陳太（陳美玲）', '叫和振邦，', '我舅舅裴德厚，', '聯絡：鄺太，9036 7718 ', '家住小区5号楼，',
      '“王', '“王海涛”', '，向前进家', '，高山家', '问了黎明，', '向东', '了钱多家', '转告秀梅，', '三狗子', '小刘哥说', '管他叫', '外号叫「', '135七', '壹叁', '1/2', 'a (at) b (dot) ', '护照号G1234567', 'Wang Li', '（Li ', '但严冬梅家', '春燕她妈', '和她男人', '村民金山反映', '我係陳黃美玲，',
      '姓王，王女士，王', '李王氏', '大家叫他“', '。王建国反映，王建国', '家住石村后第三家', '个叫阿', 'Zhou Xiaolan在', 'a dot b dot ',
      // (Round 10.)
      '考生 王建国 ', '户 ', '村 王', '车友老金 ', '友', '来电人孟大姐。', '种粮户谭永生反映', '其父冯国祥现', '王建国（云杉巷7号）', '路1号 王建国，', '水井巷12号的住户', '桃子坳组8号', '11栋2单元地下室', '住在河西的康乐苑，', '手机 1380736255 ',
      // (Round 11.)
      '房东老焦把', '开早点铺的秀兰姐', '我侄女小蕊在', '我叫库尔班·艾则孜，', '·', '我叫阿布拉，', '槐树巷21号的冯秀珍，', '油坊弄9号 石凤英 收，', '前街40号楼上住的老栾家',
      '宿舍3幢104的老伍，', '柳树村4组9号蒋阿根家', '邰国强 邰国富 ', '蔺文杰（手机 139 0731 5521）、', '申请人聂桂香，430521196804120020 ', '老柯（柯长顺）', '座机0731-84412290找老滕，',
      '高山（村民）', '本人向建平 ', '杏林村进村第三个路口右手边那户就是我家，', '都叫我三子，',
      // (Round 12.)
      '岚屿渔06281', '渔1', '漁１２', '闽岚屿渔运2207 ',
      '我外公巴特尔今年', '邻居阿拉', '牧民 阿拉 ', '叫阿拉，', '房东', 
      // (Round 14.)
      '回鄉證號碼H12345678', 'K519706(6)', '身份證字號A123456789', '就诊卡号0012345678', '合同编号BH2025-1147', '我长住海悦公寓酒店1608房', "I'm Ab Cd ", '阿Ab', '家父王建国', '華僑王建國，',
      '小名叫豆包大名叫许嘉树', '罗二虎（真名罗建川）', '，真名', '我是果果妈，', '叫阿龙，', ' 老甘 13327061952', 'My mother 王建国 ', '潞F·7K3N2 ', '船号鸥屿旅08127', '房子在骑楼街12号', '6栋402住户', '工号HX-017', '+60 12-738 4521 ',
      // (Round 15.)
      '残疾证号230102196811032621 42', '低保证号铸民低2020-', '供热户号0102-', '邵 海 燕 ', '王 ', 'wo jiao Song Meiling zhu zai a b ', '联名人：1单元101 王建国；', '今借到王', '名字“王建国”打成了“', '。阿强', '留言人：小',
      // (Round 22: codes before phones, lane homes, dorm rooms, 支付宝 before numbers, nicknames after a role.)
      '罗桂生 YF0317 13580264791；', '王德兵（XH-20416，13580472916）、', '涌口村四巷12號之一', 'B栋宿舍314房', '支付宝 13800138000 ', '包工头老覃', '中介“阿耀”', '工友肥仔强',
      // (Round 23.)
      '+7 914 362-18-75 ', '电话8 914 205 37 19 ', '登录证号 780526-6142318 ', '林场家属房3排8号', '东山屯四组5号', 'Наталья Смирнова ', '合伙人彼得罗夫', '林权证号吉林证字（2008）第1173号', '；那玉兰 家属房1排5号 ',
      // (Round 24.)
      '吉克阿木 ', '叫曲比拉且，', '（汉名 张建华）', '四郎彭措，', 'C区2排6号',
      // (Round 25.)
      '福佑路45弄7号亭子间', '住12号前楼', '医保卡号 1302 5571 98 ', 'The landlord 储志明 ', 'From: Julia Brandt <', 'Jung Hye-jin ', '丈夫佐藤健二', '台商汤振邦',
      // (Round 26.)
      '+7 702 418 63 27 ', '+976 9911 3786 ', '一二一团三连二排7号', '乌兰嘎查3号牧点', '我家红柳巷8号，他家9号', '边民证 蒙（2019）第0312号', '边民证 XBM-653128-0417 ', '阿不都-热合曼',
      '司机巴特尔', '中间人马永福拖', '阿力木江，', '名单：阿不都拉 边民证XBM-1234-567；', 'Nurlan Seitkali ', '叫Nurlan Seitkali，',
      // (Round 27.)
      '陈妚香', '妚', '椰林社区 5栋 1801 ', '海景公寓 B座 1207 ', '华侨农场六队12号', '我家七队20号', 'Nguyễn Thị Mai ', '归侨证 NM-1978-1126 ', '宅基地证 红字第0318号', 'passport (No. 548127036) ', 'Landlord 卢兆丰 ', 'Mr. ', 'my name is Sarah Long ',
      // (Round 28.)
      '车架号LHGCM56638A012345 ', '骑手司机编号HY-2031-5567 ', '骑手编号分别是QS104455、QS104466、', '骑手宋德兵（骑手ID 40112233）、', '（40118899）', '汪洋（孩子汪子墨）、', '我老汉儿谭永富', '周孃孃', '何秀芝孃孃',
      '卖家廖志国', '主播“麻辣小鱼”', '主播Coco（真名', '微博@zhangsan_cq ', '辣妹子，大名', 'Lucy的妈妈', '石门坎巷12号附3号2楼', '翠湖苑4栋负2-3', '桂花坡18号3-2', '竹园3舍412', '户口簿户号500112009988 ', '借款合同编号是QJD-2023-0508-11220 ', '拐洞',
      // (Round 30.)
      '+95 9 3312 48765 ', '0095 9 41 227 3016 ', 'U Kyaw Soe ', 'Aung Min Thu ', 'Aa ', 'Khamla Sisouvanh ', '12/MaYaKa(N)204518 ', '边民证号BM5331098876 ', '我是曼弄村的岩温叫，', '的岩温', '我是景颇族勒托干，', '曼勐寨5组12号', '茶商魏永康',
      // (Stop 29.)
      'Jinxia Community Bldg 8, Unit 2, Rm 1504 ', 'Building 1', 'Rua das Palmeiras, 312, apto 54 ', 'IBAN AE70 0260 0010 1539 2718 401 ', '1829374653DZA<<', 'wa.me/923004471852 ', '+7 423 240-16-88 ', 'Telegram @lena_sok ', '微博@圖川小金魚，',
      '中文名海达，', '青松林場五排3號', '塘边村四巷12号', '台胞證 0276 1138 ', '竹榕街77巷2弄9号4楼之1', '7F-702 ', '+886 (0)928 337 510 ', '886-9-3205-1187 ', 'CHEN, YU-TING ', 'М 742 ТР 25 ', 'ул. Светланская, д. 45, кв. 12 ',
      '남순희입니다 ', 'Ethan 陳在', '138·5036·2217 ', '139 5077，后面是 0462 ', 'Khalid bin Saeed Al Mansoori ', '霞美村頂厝9號', '阮阿爸蘇文雄', '陳林美玉，', '784-1981-4473065-6 ', '+٩٦٤ ٧٧٠ ', '僑聯的電話0595-8567 2310 ',
      // (Stop 30.)
      '听秦丽娟说', '和柴凯文订了婚', '是靳德全带人', 'Via Roma 12, int. 5 ', '12 rue de la Paix ', 'Hauptstraße 5/3/12 ', 'X1234567L ', '1 85 05 78 006 084 91 ', 'RSSMRA85T10A562S ', '我家车位B1-203 ', 'MX-27-48 ', 'TNR-8203615 ', 'BIR 7263019(5) ', 'CC 13927504 5 ZY5 ', 'staff ID SG-22591 ', '工号TZ-WS-036 ', '体检编号TJ20261108-0412 ', '证号豫A042019003186 ', '濠庭新邨4栋2座1805 ',
      '宿舍C3棟412 ', '员工公寓7號樓523 ', '群聊［苏州-孙建设］：', '[09:13] 冰姐：', '鄺美華（KONG MEI WA）', '腰三五二七腰六零四八九 ', '四一二七二六一九五八零九二零三二一叉 ', 'Haihui Apartments Block A, Room 2306 ',
      // (Stop 31.)
      '王建国，电话13800138000，车牌湘A12345。', '他的车湘A12345，', '林阿珠（顶埕巷3号）、', '宅基地证号积集用（2008）第0317号', '手机139，后头是2841 6607 ', '身份证是我抄的：222404194402160427，', '住幸福小区3樓A', '家都在麦仓街47号',
      // (Stop 33.)
      // (The table's shape once took 10 s a megabyte: whether the text is a sample was asked at each repeated header.)
      '【业主群聊天记录】\n3-2-1502 邱晓燕：', '序号|姓名|电话\n1|王建国|13800138000\n', '樊一鸣妈妈，139 0316 2287。', 'I am Park Min-jun (朴敏俊) ', 'QIAN Haiyang ', '柳巷村9号院东屋，', '我的车位是负一层B区112号，', '+33 6 27 41 90 58 ',
      // (Stop 34.)
      '折号6217 0035 1187 2694 03，', '\n樊德林 户 4人 2400元', '车牌澜湾B20417，', '证书编号（湘澧）船登（籍）（2018）FT-300417號', '漁民證澧渔民证0512号', '移民编号RJYM-0421-0317，', '今收到柳湾村符阿根交来',
      '借给邬晓峰二十万，', '转账给“峰哥”', '“蔺雨桐媽媽”', '（温小燕代）', '滕大姐，大名滕秀英', '会长聂振华说', '名字写成了邬德後，', '把我蔺春花打成了蔺春华', '放贷的鲍志强', '，邬国平借给我', '我家蔺长顺退捕', '欠樊德林二十万，', '情况就是这样。樊德林，柳湾村3组7号',
      '群：\nTX-0417 邬国平：好\n', '群：\n柳浜12号-符根宝：推\n', '邬国平 TX-0417，', '聂振华开着浙F·3K715', '屋里电话五七六六，零四二九，', '示例：\n姓名|电话\n张三|13800000000\n', '我家浜口村三組15號', '锦溪名邸十一幢三单元七〇二室', '審判員：王某；', '班級群、', '护照HOLLAND12 ',
      // (Stop 35.)
      '我外公巴特尔今年', '巴特尔', '——乌力吉巴图', '牧民温都苏，', 'Батбилэг，', 'Б.Оюунчимэг ', '车牌4581 УНБ，', 'УБ84071213 ', '李沐阳妈妈：好\n', '——柏俊杰妈妈', '冀G·58K21 王福顺，', '晋K-二柱子：好\n',
      '沙日塔拉嘎查四组牧户13号，', '准考证号2026132907128，', '书记员：李某，', '向阳组 李德全 2人\n', 'ᠪᠠᠭᠠᠲᠤᠷ 名字', 'MUNKHBAT ERDENEBILEG ', '车牌是蒙H六K五八二一，', '电话加九七六，九九零四，八三一七', '乌兰嘎查的乌兰，', '蒙古号9903 4127，', 'MN72 0005 0050 3841 7621 ', '52-р байр, 14 тоот ', '我校孟子墨同学', '0512-6287 3041 ',
      // (Stop 35b.)
      '我阿妈卓玛', '卓玛', '次仁多吉', '阿依古丽·吐尔逊 ', '阿依·', '买买提 ', '卡德尔 依明', '吉克阿依莫', '吉克', '阿不都热依木', '（吉克阿依）', '王芳（', '\n[10:32] 旺堆：', '法名阿旺益西，', '扎西寺',
      // (Stop 37 review: a placeholder check and a 站长 check each searched the whole text once per match, 6.7 s and 7.5 s at 256 KB.)
      '张某，', '员工王某说。', '驿站站长说服务差。',
      // (And stop 36's 理事长 check, which searched the whole text for a clan's words once per match: 42 s at 1 MB.)
      '理事长卓承业，',
    ];
    // And a trigger word followed by 256 KB of one character (the classic backtracking trap).
    const heads = ['司机', '联名：', '边民证', '+7', '阿不都·', '家住石桥村', '都叫他“', '——石桥村', '三年级', '表弟阿', '古丽', '扎西', '我是柳溪村的', '我们桐江县', '王建国、', '爷爷叫', '被', '（', '隔壁', '我是工人', '张三、李四、', '微信', '我是', '姓名：', '——', '此致敬礼', '家住', '住址：', '（电话', 'QQ', '身份证', '卡号', '+86', '小区1栋', '王建国，', '村民', '大垄村', '电话一', '我的车湘A', '门牌', '隔壁的', '我舅', '聯絡：', '邻居', '都叫他', 'wxid_', '老蔫', '住，县镇路', '写成了“', '，向', '，高山', '考生 ', '车友', '其父', '王建国（路', '房东', '开', '我叫', '老柯（', '我侄女', '槐树巷21号', '岚屿渔', '我外公', '牧民', '叫', '我长住海悦酒店', '中文名', '大名', '回乡证号', '就诊卡号', 'Contact: ', '骑手编号分别是', '（孩子', '主播“', '附', '卖家', '岩', '我是傣族', '+95', 'U ', '曼勐寨', 'Building ', 'Bldg 8, Unit ', 'Rua ', 'IBAN ', '<<', 'wa.me/', 'Telegram ', '微博@', '中文名', '林场', '村', '台胞證', '巷', '(0)', '886-9', 'CHEN, ', 'ул. ', '남', 'Ethan ', '139 5077，后面是', '霞美村', '阮阿爸',
      // (Stop 34.)
      '折号', '证书编号（', '漁民證', '收到', '借给', '转账给“', '名字', '把我', '放贷的', '车牌', '会长', '秘书长', '欠', '起诉', '，',
      // (Stop 35.)
      '我外公', '嘎查', 'Б.', '叫Б', 'MUNKHBAT ', '车牌是蒙H', '电话加', '班', '4581 ', '拼法 ', '我校', 'Khairkhan ', '蒙古号', '蒙古银行账号', '向阳',
      // (Stop 35b.)
      '我阿妈', '阿依古丽·', '买买提', '吉克', '法名', '[10:32] ', '沙马伍呷（'];
    const fills = [' ', '1', '王', '一'];
    const texts = [...shapes.map(rep), ...heads.flatMap((h) => fills.map((f) => h + f.repeat(SIZE)))];
    for (const text of texts) {
      const shape = text.slice(0, 12);
      // Best of three, so a busy machine's hiccup is not a failure; a quadratic scan fails all three. CPU time (the
      // test file has a process of its own): on a machine shared with other work, wall time counted their turns too
      // (stop 36: 2.2 s of wall time for 0.9 s of CPU).
      let best = Infinity;
      for (let attempt = 0; attempt < 3 && best >= 2000; attempt++) {
        const started = cpuMs();
        redact(text);
        best = Math.min(best, cpuMs() - started);
      }
      // (2 s: the slowest shape, a name list 张三、张三、… of 87,000 names, takes 0.4–1.2 s as the machine is quiet
      // or busy; a quadratic scan would take minutes.)
      if (best < 2000) continue;
      // (Stop 44: on a slower machine, half the speed of stop 43's, 聂振华开着浙F·3K715 repeated took 2.8–3.3 s with
      // and without that stop's rules. Over 2 s, a shape is asked to be linear by its own figures: a quarter of the text
      // in about a quarter of the time — a quadratic scan would take a sixteenth —, and under 10 s.)
      const quarter = text.slice(0, text.length >> 2);
      let quarterBest = Infinity;
      for (let attempt = 0; attempt < 3; attempt++) {
        const started = cpuMs();
        redact(quarter);
        quarterBest = Math.min(quarterBest, cpuMs() - started);
      }
      expect(best / Math.max(quarterBest, 1), `shape ${JSON.stringify(shape)}: ${best.toFixed(0)} ms, a quarter ${quarterBest.toFixed(0)} ms`).toBeLessThan(8);
      expect(best, `shape ${JSON.stringify(shape)}: ${best.toFixed(0)} ms`).toBeLessThan(10_000);
    }
    // 1 MB of 张三、 (350,000 names, each masked): 1.5–4.5 s.
    const names = '张三、'.repeat(350_000);
    let best = Infinity;
    for (let attempt = 0; attempt < 3 && best >= 8000; attempt++) {
      const started = cpuMs();
      redact(names);
      best = Math.min(best, cpuMs() - started);
    }
    expect(best, `1 MB of names: ${best.toFixed(0)} ms`).toBeLessThan(8000);
  }, 450_000); // (about 950 inputs of 256 KB: near 2 min alone on a busy machine)

  it('takes microseconds on an ordinary opinion', () => {
    const text = '我叫王建國，家住陽光花園5棟1單元302室，手機139-1234-5678。我們村的村幹部平時很少在村委會，有事找不到人，打電話也不接。上個月我去辦低保證明，跑了三趟都沒蓋上章，說是管章的人去鎮上開會了。希望上級管一管。'.slice(0, 150);
    for (let i = 0; i < 2000; i++) detectPii(text);
    // The best of three rounds: the target is ≤ 20 µs on the reference machine; a loose bound and
    // the best round keep CI stable beside other processes (one round was seen at 140 µs there).
    // (Stop 25: this machine's speed moves 2.5-fold through the day, and on a slow hour beside other
    // processes the best round of stop 24's code took 62–110 µs. The bound guards against a rule that
    // backtracks or rescans, which costs milliseconds; the figures themselves are npm run bench's.)
    // (Stop 41: CPU time, not wall: a CI run beside two other busy processes measured 351 µs of wall for about 60 of CPU.)
    // (Stop 49: on this afternoon's machine the same text took 211–228 µs of CPU alone, stop 48's code alike, and 311 µs
    // inside the suite beside its other worker: the bound is doubled, still far below the milliseconds it guards against.)
    const n = 10_000;
    let micros = Infinity;
    for (let round = 0; round < 3; round++) {
      const started = cpuMs();
      for (let i = 0; i < n; i++) detectPii(text);
      micros = Math.min(micros, ((cpuMs() - started) * 1000) / n);
    }
    expect(micros).toBeLessThan(600);
  });
});

describe('round 8: names and homes that unseen opinions showed (own examples)', () => {
  it('masks the writer\'s own full name put right after 我, and what people call the writer', () => {
    expectMasked('我们反映过好几次，我柯玉兰在这条街住了三十年。', ['柯玉兰']);
    expectMasked('昨晚，我喻德旺家门口的路灯又坏了。', ['喻德旺']);
    expectMasked('村里人都叫我曲老根。', ['曲老根']);
    // (Not a word after 我, not a relative: 我孙子 is read by the introductions.)
    for (const t of ['我马上就去办。', '我高兴坏了，事情终于解决了。', '我方立即整改。', '我连续三天去窗口排队。', '我常年在外打工。', '我曾经反映过。', '我白跑了一趟。', '我安心多了。', '他叫我马上过去。']) nothingMasked(t);
    expectMasked('我孙子方小军每天走五里路上学。', ['方小军']);
  });

  it('masks a writer named after 我是…的 with a surname that is also a word, and after a role ending in 理', () => {
    expectMasked('我是柳溪村的党春燕，想问低保的事。', ['党春燕']);
    expectMasked('我是三组的母桂英。', ['母桂英']);
    expectMasked('我是物业经理助理韩德胜，想反映个事。', ['韩德胜']);
    nothingMasked('我是柳溪村的党员，想问低保的事。');
  });

  it('masks names signing off after a dash and the writer\'s place, and a signed name before the address', () => {
    expectMasked('请领导查一查。——石桥村向晓红', ['向晓红']);
    expectMasked('路修了三年还没修完。——桃园村戴秀英、戴建平', ['戴秀英', '戴建平']);
    expectMasked('化粪池又满了。——童丽萍，幸福小区2栋1单元301', ['童丽萍', '幸福小区2栋1单元301']);
    nothingMasked('——这是村民的心声。');
    nothingMasked('大家都说——村里该修路了。');
    nothingMasked('材料交上去了——石桥村委会说下周答复，我们再等等看。');
  });

  it('masks grandparents by surname, and 大哥/大姐/阿姨 only for a private person (a trade, beside the writer)', () => {
    // (Stop 28: the room after its building is his home, masked too.)
    expectMasked('5号楼302室潘爷爷一个人住。', ['5号楼302室', '潘爷爷']);
    expectMasked('住在8栋的谷奶奶说电梯坏了。', ['谷奶奶']);
    expectMasked('清洁工阮大姐每天扫楼道。', ['阮大姐']);
    expectMasked('我和柴大哥一起去的。', ['柴大哥']);
    expectMasked('向大哥陪我去了医院。', ['向大哥']);
    for (const t of ['连爷爷都不认识他了。', '超市的牛奶奶茶都涨价了。', '窗口的刘大姐帮我填了表。', '工作人员王大姐说要排队。', '我向大姐借了钱。', '周五爷爷过生日。']) nothingMasked(t);
  });

  it('masks a full name after a relative said with the child (孩子他爸), with a word surname (盖), or 阿 and a given name', () => {
    expectMasked('孩子妈谭雪梅昨天去学校问了。', ['谭雪梅']);
    expectMasked('我表哥盖志强就在厂里上班。', ['盖志强']);
    expectMasked('表姐阿珍一家都搬走了。', ['阿珍']);
    nothingMasked('表弟阿姨都来了。');
    nothingMasked('我爸盖房子花了十万。');
  });

  it('masks rural names (二柱, 得福), and a name at a clause start before what the person posted or rode', () => {
    expectMasked('卢二柱家的地被占了。', ['卢二柱']);
    expectMasked('马得福家的牛丢了。', ['马得福']);
    expectMasked('村里修路，祁晓雨发的视频都传开了。', ['祁晓雨']);
    expectMasked('村里换了车，邹二毛坐过那辆车。', ['邹二毛']);
    expectMasked('今天一早骆国强就去排队了。', ['骆国强']);
    nothingMasked('价格高得吓人，谁也买不起。');
    nothingMasked('单位的车天天停在他家门口。');
    nothingMasked('镇长的孙女满月，摆了三十桌。');
  });

  it('masks owners and parties by what they own or do, pupils after their class, and a migrant worker by name', () => {
    expectMasked('塘主闵老四说了不算。', ['闵老四']);
    expectMasked('办事人沈福来，住石桥村三组5号。', ['沈福来', '石桥村三组5号']);
    expectMasked('我是实验小学二年级管思琪的家长，想问问。', ['管思琪']);
    expectMasked('外来务工人员党建平，工资被拖欠了半年。', ['党建平']);
    for (const t of ['二年级语文课太多。', '我在厂里上班，三班倒。', '工作人员党建平，说不归他管。']) nothingMasked(t);
  });

  it('masks a neighbour by a surname the table lacks, 花姐, and a village nickname by a trait after the group', () => {
    expectMasked('隔壁祢德华家的狗天天叫。', ['祢德华']);
    expectMasked('姓名：祢秋生，电话不方便留。', ['祢秋生']);
    nothingMasked('我叫不上名字，反正是个胖子。');
    expectMasked('联系人：霍先生 13519370048', ['13519370048']);
    expectMasked('隔壁的花姐把垃圾扔在楼道。', ['花姐']);
    expectMasked('我们组的瘦子把路堵了。', ['瘦子']);
    for (const t of ['隔壁新开的店天天放音乐。', '一个胖子把门堵了。', '这人是个矮子。', '楼下的表姐说不知道。']) nothingMasked(t);
  });

  it('masks Tibetan, Uyghur and Mongolian names written by sound, not words that share their syllables', () => {
    expectMasked('牧民其其格的羊被车撞了。', ['其其格']);
    expectMasked('次仁卓玛带着孩子来看病。', ['次仁卓玛']);
    expectMasked('帕提古丽在市场卖干果。', ['帕提古丽']);
    expectMasked('买买提·艾力说工钱没给。', ['买买提·艾力']);
    for (const t of ['天上乌云密布。', '刚才让他走了。', '扎西德勒！', '呼和浩特的朋友来了。', '格桑花开了。']) nothingMasked(t);
  });

  it('masks a pupil by 同学 or 的家长, a neighbour\'s 叔叔, and a relative\'s name that reads as a word before a time', () => {
    expectMasked('，韩雨涵同学被高年级的打了。', ['韩雨涵']);
    expectMasked('邻居宋叔叔天天在楼道抽烟。', ['宋叔叔']);
    expectMasked('我舅舅高兴去年就申请了危房改造。', ['高兴']);
    for (const t of ['我们班同学都知道。', '他和王老师是同学。', '派出所的王叔叔很耐心。', '我妈高兴得不得了。', '我爸平时去年也去过。', '保安大叔说不知道。']) nothingMasked(t);
  });

  it('masks an elder after a private person\'s standing or trade, a nickname beside named people, and 二虎/二牛', () => {
    expectMasked('村里的五保户葛老汉去世了，丧葬补助一直没下来。', ['葛老汉']);
    expectMasked('老街坊黄婆婆的房子塌了一角。', ['黄婆婆']);
    expectMasked('我要举报村里的赌徒柯老四，天天在家开赌场。', ['柯老四']);
    expectMasked('当时在场的有我、邸国庆和老曹三个人。', ['邸国庆', '老曹']);
    expectMasked('我跟俺兄弟晁二虎一起去的。', ['晁二虎']);
    for (const t of ['工作人员王大爷说不行。', '只有我、你和他知道。', '在场的有我、老师和同学。', '还有我、老王和老李三个人。', '高二的学生都放假了。']) nothingMasked(t);
  });

  it('masks a home on a named hamlet\'s group or the writer\'s household\'s street, without the town or the county seat', () => {
    expectMasked('我家是石桥镇柳树湾组15号的，房子漏雨。', ['柳树湾组15号']);
    expectMasked('我们桐江县南门巷18号一家三口等着拆迁款。', ['桐江县南门巷18号']);
    expectMasked('住桐江县城关金桂花园3栋2单元501室，楼上漏水。', ['金桂花园3栋2单元501室']);
    nothingMasked('县里南门巷18号是一家饭馆。');
    nothingMasked('工作组3号文件下发了。');
  });
});

describe('round 9: what a county inbox writes (pii5)', () => {
  it('reads 本人姓名, a surname stated then the full name (姓缪，缪…; 靳女士，靳…), and a stated role before a name', () => {
    expectMasked('本人姓名：邝春林；联系电话：（0731）5582016。', ['邝春林', '（0731）5582016']);
    expectMasked('本人姓名詹秋莲，反映路灯不亮。', ['詹秋莲']);
    expectMasked('我是昨天来过电话的，姓缪，缪德全，问题没人管。', ['缪德全']);
    expectMasked('请回电 靳女士，靳秋雯，关于入学的事。', ['靳秋雯']);
    expectMasked('我是+86 139 1234 5678的机主成秀君，上周反映过。', ['+86 139 1234 5678', '成秀君']);
    expectMasked('驾校学员柴志刚反映，驾校拖了半年。', ['柴志刚']);
    // A surname alone stays; 姓名 is no surname.
    nothingMasked('我姓缪，缪这个姓很少见。');
    nothingMasked('我们单位员工都很好，学员们都走了。');
  });

  it('masks a name wherever it recurs once read, and 居民毛建设 (建设 as a given name after a person word)', () => {
    expect(redact('住户晏德明（13612345678）家中漏水，晏德明拒不维修。')).toBe('住户＊＊＊（＊＊＊＊＊＊＊＊＊＊＊）家中漏水，＊＊＊拒不维修。');
    expectMasked('举报：社区的居民祁建设长期占用绿地。', ['祁建设']);
    nothingMasked('村民建设新家园，社区居民建设美好家园。');
  });

  it('masks a married woman named by two surnames and 氏 after kinship, not a clan word', () => {
    expectMasked('家属反映，其母蒲谢氏于11月3日晚间发病。', ['蒲谢氏']);
    nothingMasked('村里的王氏宗祠年久失修。');
  });

  it('ends a name before 和 and a pronoun, and reads no name in 楼下住户', () => {
    expectMasked('我们组的靳达和他媳妇常年在外打工。', ['靳达']);
    expectMasked('投诉人：楼下住户甘德兵。', ['甘德兵']);
  });

  it('masks a quoted nickname many call someone by, not a nickname for an official\'s role or an order', () => {
    expectMasked('带班的那个，大家叫他“瘦猴”，欠了三个月工钱。', ['瘦猴']);
    expectMasked('我们那儿都叫她“大炮”，是收旧货的。', ['大炮']);
    nothingMasked('一周来两天，村里人都叫他“签到书记”。');
    nothingMasked('大家都叫她“知心大姐”。');
    nothingMasked('他叫他“快点走”然后就走了。');
  });

  it('reads numbers spelled in numerals: 叄 among financial numerals, an ID number, a QQ number', () => {
    expectMasked('回电请打 壹叄玖 壹贰叄肆 伍陆柒捌，找我爱人。', ['壹叄玖 壹贰叄肆 伍陆柒捌']);
    expectMasked('我的身份证号码是四三零一二一一九六五零三一二四四一七，帮我查一下。', ['四三零一二一一九六五零三一二四四一七']);
    expectMasked('QQ号是七三八二九一零五六，联系我。', ['七三八二九一零五六']);
    nothingMasked('QQ群有一千二百人，群号不方便说。');
  });

  it('masks a signature\'s name after its village, and a home described by a landmark from the named place', () => {
    expectMasked('落款：柳溪村 甘德旺 2026年11月15日。反映内容：活动室被占。', ['甘德旺']);
    expectMasked('他家住在石桥村村委会后面第三家，门口堆着木头。', ['石桥村村委会后面第三家']);
    expectMasked('我家住在杨柳沟村进村第一座桥过去左手边那户，屋后是滑坡点。', ['杨柳沟村进村第一座桥过去左手边那户']);
    expectMasked('我家在桂园小区，就是北门进去右手第三栋二楼那户，水管坏了。', ['北门进去右手第三栋二楼那户']);
    // The door number that follows is the address; a place not named is none.
    expectMasked('我家在老街东头第二家，门牌是老街东段21号，屋顶漏了。', ['老街东段21号']);
  });

  it('keeps 的 after 居住 out of the address, and an office\'s postal address and an office number asked for visible', () => {
    expectMasked('其居住的桂园小区7栋1单元502室外墙脱落。', ['桂园小区7栋1单元502室']);
    nothingMasked('县信访局的来信地址是桐江县人民路1号，寄了三封。');
    nothingMasked('请问县民政局的电话是多少？我打0731-5612000一直占线。');
    expectMasked('派出所电话是多少？我的座机0731-5612345，请回电。', ['0731-5612345']);
  });

  it('masks a private plate when the letter opens with a salutation, when the private cue follows, and a 黑车', () => {
    expectMasked('尊敬的书记：我是一名货车司机，车牌湘K·D5128。', ['湘K·D5128']);
    expectMasked('停在消防通道上的那辆小轿车，湘K·7R330，车主住在2栋。', ['湘K·7R330']);
    expectMasked('那人是开黑车的，车牌湘K·H93F0，天天拉客。', ['湘K·H93F0']);
    nothingMasked('镇长的车湘K·12345天天停在饭店门口。');
  });

  it('masks Yi and Mongolian names by their syllables, 古丽娜尔·买买提, and the compound surname 太史', () => {
    expectMasked('吉克木呷和沙马阿果两个人都没拿到工钱。', ['吉克木呷', '沙马阿果']);
    expectMasked('乌云其木格的合作社申请了两年。', ['乌云其木格']);
    expectMasked('我们班的古丽娜尔·买买提同学家里很困难。', ['古丽娜尔·买买提']);
    expectMasked('赫连德刚和太史秋英都是我们组的。', ['赫连德刚', '太史秋英']);
    nothingMasked('海来的人很多，太史公曰。');
  });

  it('masks an e-mail with its dots spelled out in the local part, and a pinyin name inside Chinese text', () => {
    expectMasked('邮件地址是 qiulan dot 1988 at 163 dot com，请回复。', ['qiulan dot 1988 at 163 dot com']);
    expectMasked('Zhou Xiumei在网上发的通知，收了每人两百。', ['Zhou Xiumei']);
    nothingMasked('我在Hong Kong工作，戴着Apple Watch。');
  });

  it('masks someone called X before 的 and a word for a person, and 老X头', () => {
    expectMasked('住在三楼的那个叫阿Joy的女人，把楼道堆满了。', ['阿Joy']);
    expectMasked('老邝头家的房子塌了一个角。', ['老邝头']);
    nothingMasked('有个叫什么的人来过，老王头疼了一天。');
  });

  it('masks a full name whose surname and first given character make a word (蓝天, 黄金) where the clause ends after it', () => {
    expectMasked('驾校学员蓝天浩，驾校拖了半年。', ['蓝天浩']);
    expectMasked('我是柳溪村的黄金凤，村里修路占了我家的地。', ['黄金凤']);
    nothingMasked('我是村民安全员，我是居民成长。');
  });
});

describe('round 10: standings, signatures set off by spaces and homes beside a name (dev8, dev9; own examples)', () => {
  it('reads 住户 and 老兵 as a private person\'s standing, like 租户 and 退伍军人', () => {
    expectMasked('（5栋2单元的住户 詹秋华）', ['詹秋华']);
    expectMasked('二楼的住户蒲文涛反映，楼道灯坏了半年。', ['蒲文涛']);
    expectMasked('抗美援朝老兵裘德茂，九十岁了还住危房。', ['裘德茂']);
    for (const t of ['住户们都说物业不管事。', '住户多次反映，没人理。', '住户王先生说不知道。', '老兵们的补助发了。', '住户周末都不在家。']) nothingMasked(t);
  });

  it('masks a full name set off by spaces after a standing or the writer\'s place, as SMS lines and signatures write it', () => {
    expectMasked('录取名单拖了一个月不公布。 考生 邝雨桐 的父亲', ['邝雨桐']);
    expectMasked('补助到现在没发。 退伍老兵 郜德厚，七十九岁', ['郜德厚']);
    expectMasked('法院说执行终结，钱一分没到。 申请执行人 闵建华 电话不便留', ['闵建华']);
    expectMasked('村医挨家让人按手印。 芦花塘村 晏德发 我根本没签', ['晏德发']);
    expectMasked('窗口下午没人。 来办事的 芮春生 说', ['芮春生']);
    expectMasked('出租车不打表，太离谱。 外地游客 Zhao Lin，邮箱不留了', ['Zhao Lin']);
    // Not an official's or a doctor's role, not a word after a space, not a place.
    for (const t of ['值班医生 韩建国 说没办法。', '工作人员 王建华 说下周再来。', '黛山人社 养老转移 跑了5趟 还差个章', '县里的 张书记 来过一次。', '芦花塘村 高速路口 堵了三天。', '负责人 周建平 不接电话。', '镇政府的 王建国 说再等等。', '社区社工 戴丽华 上门了。']) nothingMasked(t);
  });

  it('masks a peer by what the two share (车友, 球友, 钓友) named by a nickname', () => {
    expectMasked('这条路坑太多了。 车友老饶 QQ 41207 55318', ['老饶', '41207 55318']);
    expectMasked('钓友小邝说水库被承包了。', ['小邝']);
    for (const t of ['朋友小区的路也坏了。', '交友小程序骗了我的钱。', '校友老师都来了。']) nothingMasked(t);
  });

  it('masks a caller or writer who gives a surname and a kinship address, not a polite form or staff at a window', () => {
    expectMasked('来电人反映：变压器夜里嗡嗡响。来电人卓大姐。', ['卓大姐']);
    expectMasked('联系人：禹阿姨，电话不便留。', ['禹阿姨']);
    for (const t of ['联系人：卓女士，晚上联系。', '窗口的卓大姐帮我填了表。', '我是卓大姐介绍来的。']) nothingMasked(t);
  });

  it('masks a reporting full name right after a private person\'s standing or trade, not after staff or an official', () => {
    expectMasked('柳湾村养殖户龚德明反映：收购价压得太低。', ['龚德明']);
    expectMasked('种菜户韦春生反映，菜地被占了。', ['韦春生']);
    expectMasked('货车司机邬建军投诉，罚款没有票据。', ['邬建军']);
    for (const t of ['工作人员王建国反映情况属实。', '科员张德明反映的问题已处理。', '镇干部李明华反映过此事。', '手机上报反映的问题很多。']) nothingMasked(t);
  });

  it('masks a full name after the caller\'s relative said with 其, whatever follows', () => {
    expectMasked('來電人稱其父鄺國祥現轉縣醫院治療。', ['鄺國祥']);
    expectMasked('来电人称其母庞秀英目前仍在住院。', ['庞秀英']);
    for (const t of ['其他人都走了。', '其父母双亡，生活困难。', '其母亲现转县医院。']) nothingMasked(t);
  });

  it('masks a street number beside a private person\'s name, or where its residents are named, not an office\'s address', () => {
    expectMasked('希望领导来看看。居民戚美玲（桂花巷9号）', ['戚美玲', '桂花巷9号']);
    expectMasked('签完就没人管了。 商户 郦志坚，荷塘路26号', ['郦志坚', '荷塘路26号']);
    expectMasked('被拆迁户：南门街35号 鲍长生，电话不便留', ['南门街35号', '鲍长生']);
    expectMasked('枫林巷14号的住户洪玉梅反映：隔壁加盖三层。', ['枫林巷14号', '洪玉梅']);
    for (const t of ['县信访局在人民路1号，王主任说下周答复。', '县政府（人民路1号）门口堆满了垃圾。', '我去了建设路18号的县医院。', '建设路18号是一家饭馆，油烟很大。', '建设路18号的业主委员会开会了。']) nothingMasked(t);
  });

  it('masks a house on a hamlet group named by a landform (坳, 垭, 洼), not the town', () => {
    expectMasked('我是石门乡杉木坳组11号的，屋后山坡塌了。', ['杉木坳组11号']);
    expectMasked('杨柳洼组7号的房子裂了。', ['杨柳洼组7号']);
    nothingMasked('杉木坳组的路三年没修。');
  });

  it('keeps a building\'s unit visible where a shared part of it follows (地下室, 楼道, 电梯), not where a home is meant', () => {
    nothingMasked('来电反映其居住的翠竹苑小区6栋3单元地下室长期积水。');
    nothingMasked('翠竹苑小区6栋3单元楼道灯坏了。');
    expectMasked('我家住翠竹苑小区6栋3单元，楼上漏水。', ['翠竹苑小区6栋3单元']);
    expectMasked('家住翠竹苑小区6栋3单元502室门口堆满杂物。', ['翠竹苑小区6栋3单元502室']);
  });

  it('reads no name where 住在…的 is followed by a compound\'s name (康乐苑 reads like 康乐 and 苑)', () => {
    nothingMasked('我妈住在城东那边的康宁苑，暖气到现在都没来。');
    nothingMasked('住在河西的安乐园，停水三天了。');
    expectMasked('家住河西的康建国，停水三天了。', ['康建国']);
  });

  it('masks a mobile one digit off where the writer introduces it as their phone, not an unintroduced number', () => {
    expectMasked('我叫喻雪莹，手机 13907 415 6602', ['喻雪莹', '13907 415 6602']);
    expectMasked('电话1590734128，晚上打。', ['1590734128']);
    for (const t of ['共计1380736255人次。', '电话费一年交了 1380736255 元？']) nothingMasked(t);
    // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    for (const t of ['编号138073625590已受理。', '快递单号 139074156602 还没到。']) expect(detectPii(t).map((s) => s.kind), t).toEqual(['member_number']);
  });
});

describe('round 11: nicknames by dealings, names by sound, homes beside their residents (pii7, dev11; own examples)', () => {
  it('masks a nickname or a form of address after the dealings the writer has with the person (房东, 包工头, 租客, a trade 开…的, 知情人)', () => {
    expectMasked('房东老焦把押金扣了一半。', ['老焦']);
    expectMasked('包工头老甄只给了一半工钱。', ['老甄']);
    expectMasked('房東老鄔不退押金，還罵人。', ['老鄔']);
    expectMasked('三楼租客小胖天天半夜唱歌。', ['小胖']);
    expectMasked('开修车铺的老Q在巷口放高利贷。', ['老Q']);
    expectMasked('开早点铺的秀兰姐把桌子摆到路中间。', ['秀兰姐']);
    expectMasked('路灯坏了半年。——桥头开杂货店的蔡嫂', ['蔡嫂']);
    expectMasked('房东喻阿婆说要涨租。', ['喻阿婆']);
    expectMasked('县里的车天天停在河边。知情人 小黑', ['小黑']);
    expectMasked('開發商老闆鈕永貴人都找不到了。', ['鈕永貴']);
    for (const t of ['房东老家在外地，联系不上。', '开会的老师说要拍照。', '房东小区门口堆满垃圾。', '包工头老是拖欠工资。', '租户小孩在楼道里玩。', '卖菜的小贩占道经营。', '开发商老板是外地人，人都没见过。', '开会的小李说要拍照。', '我们住的老楼没有电梯。', '知情人 老百姓都知道。']) nothingMasked(t);
  });

  it('reads the same after other trades and standings (修鞋的, 杀猪的, 业主), not after a finished act (修完的小路)', () => {
    expectMasked('楼下修鞋的老栗把摊子摆到路中间。', ['老栗']);
    expectMasked('村口杀猪的秋菊嫂说价钱涨了。', ['秋菊嫂']);
    expectMasked('业主老裘说物业不作为。', ['老裘']);
    expectMasked('我叫吐尔逊江，在夜市卖烤肉。', ['吐尔逊江']);
    for (const t of ['修完的小路又坏了。', '修好的老房子又漏雨。', '卖掉的老宅子要回来了。', '业主大会开了三次。']) nothingMasked(t);
  });

  it('masks a pet name after a relative (我侄女小蕊, 我外孙阿杰), not 小学, 小时候', () => {
    expectMasked('我侄女小蕊在县城读书，学校乱收费。', ['小蕊']);
    expectMasked('我外孙阿杰在外地打工。', ['阿杰']);
    for (const t of ['我女儿小学毕业了。', '我侄子小时候得过病。', '我儿子小学在城里读。']) nothingMasked(t);
  });

  it('masks the writer by surname and kinship address after 我是…的, and what people call the writer (都叫我三子)', () => {
    expectMasked('我是槐荫坊的鲁阿姨，楼道灯坏了。', ['鲁阿姨']);
    expectMasked('我叫晏小三，村里都叫我三子，地被占了。', ['晏小三', '三子']);
    expectMasked('楼里住了个叫阿霞的保姆，说是帮老人领钱。', ['阿霞']);
    for (const t of ['我是社区的工作人员，来了解情况。', '我是社区的，阿姨们都知道。', '大家都叫我三次了。']) nothingMasked(t);
  });

  it('masks a name transcribed by sound: parts joined by a middle dot after an introduction, or sound characters after a strong one', () => {
    expectMasked('我叫库尔班·艾则孜，在市场卖馕。', ['库尔班·艾则孜']);
    expectMasked('我是河湾村的努尔兰·巴合提，草场被占了。', ['努尔兰·巴合提']);
    expectMasked('我叫阿布拉，在夜市卖烤肉。', ['阿布拉']);
    expectMasked('反映人买合木提，店门口不让摆摊。', ['买合木提']);
    for (const t of ['参加沅江·灯会的人很多。', '我们去看了古城·夜景展。', '中国·青岛啤酒节开幕了。', '我是拉萨人，来这边打工。', '我叫外卖，半天没人接。']) nothingMasked(t);
  });

  it("masks a street number where its resident or a letter's addressee follows (的X, 楼上住的X, X 收, 收件人：X), without the town before the street", () => {
    expectMasked('我是槐树巷21号的冯秀珍，路灯坏了。', ['槐树巷21号', '冯秀珍']);
    expectMasked('请把材料寄到油坊弄9号 石凤英 收，谢谢。', ['油坊弄9号', '石凤英']);
    expectMasked('请退回到：竹竿巷3号 收件人：蔺春华', ['竹竿巷3号', '蔺春华']);
    expectMasked('东门镇后街12号的郝大爷，一个人住，摔倒了。', ['后街12号', '郝大爷']);
    expectMasked('北关镇前街40号楼上住的老栾家，空调外机对着我家。', ['前街40号', '老栾']);
    expectMasked('铁匠巷7号楼下那户开了个赌场，天天吵。', ['铁匠巷7号']);
    for (const t of ['府前街1号的市政府大楼很气派。', '人民路8号楼下面停满了车。', '光明小区3号楼下面停满了车。', '建设路18号的县医院门口天天堵车。']) nothingMasked(t);
  });

  it('masks a room named by its upstairs (602楼上) and the yard behind a house number, a described home said the other way round', () => {
    expectMasked('反映其居住的枫桥小区5幢602楼上装修噪音大。', ['枫桥小区5幢602']);
    expectMasked('我住糖坊巷6号后院，手机13907315524。', ['糖坊巷6号后院', '13907315524']);
    expectMasked('杏林村进村第三个路口右手边那户就是我家，门口的树倒了。', ['杏林村进村第三个路口右手边那户']);
    for (const t of ['枫桥小区5号楼下面停满车。', '我住糖坊巷，后院的墙倒了。', '村口那家超市是我家开的。']) nothingMasked(t);
  });

  it('masks a person beside a home address: a nickname after 的, a full name right after it (also 阿/小 rural names)', () => {
    expectMasked('织布厂宿舍3幢104的老伍，一个人住，好几天没出门。', ['织布厂宿舍3幢104', '老伍']);
    expectMasked('柳树村4组9号蒋阿根家的狗天天咬人。', ['柳树村4组9号', '蒋阿根']);
    expectMasked('杏花村五组12号 庞秀兰 ：补偿款没到。', ['杏花村五组12号', '庞秀兰']);
    expectMasked('桃园村3组8号门口的路坏了。', ['桃园村3组8号']);
  });

  it('masks the next names of a list set off by spaces or carrying contacts in parentheses, and an ID-shaped number right after a name', () => {
    expectMasked('村民：邰国强 邰国富 两兄弟，分家不公。', ['邰国强', '邰国富']);
    expectMasked('代表：蔺文杰（手机 139 0731 5521）、喻春梅（0731-84562210）、宓建军。', ['蔺文杰', '139 0731 5521', '喻春梅', '0731-84562210', '宓建军']);
    // (430521196804120020 has a wrong check digit: a date-shaped number is the person's ID where it follows their name.)
    expect(validIdNumber('430521196804120020')).toBe(false);
    expectMasked('退休手续办不了。申请人聂桂香，430521196804120020', ['聂桂香', '430521196804120020']);
    expectMasked('联系人：邰国强 电话不便留', ['邰国强']);
    for (const t of ['受理编号：430521196804120020，请查收。']) nothingMasked(t);
  });

  it('masks a nickname explained by a name in brackets, the person asked for at a number, a word-like name before a private standing in parentheses', () => {
    expectMasked('我们老柯（就是住我对门的柯长顺）说要拆。', ['老柯', '柯长顺']);
    expectMasked('有事打我家座机 0731-84412290 找老滕，白天都在。', ['0731-84412290', '老滕']);
    expectMasked('看到的人：青石镇 高山（村民）', ['高山']);
    expectMasked('打了0731-84412290找不到人。', ['0731-84412290']);
    for (const t of ['老李（村支书）说下周开会。', '开会（居民）都来了。']) nothingMasked(t);
  });

  it("masks a name set off after a grower, after a fiancé, or the writer's own name whose surname starts words (本人向建平, 知情人 向东，QQ)", () => {
    expectMasked('菜农 龚德发，收款卡还没到账。', ['龚德发']);
    expectMasked('我和未婚夫尚勇都请了假。', ['尚勇']);
    expectMasked('本人向建平 13907315521', ['向建平', '13907315521']);
    expectMasked('知情人 向东，QQ 29381746', ['向东', '29381746']);
    for (const t of ['我和未婚夫都请了假。', '本人向领导反映过。', '本人全力支持。', '我是向阳村的。']) nothingMasked(t);
  });

  it('reads no name in 师傅 or in a town named by its river or hill (石笋河镇), and no home in an office\'s meeting room or in an office\'s address said with 的', () => {
    for (const t of ['我是柏树河镇做装修的师傅，镇政府新楼的地毯就几十万。', '我是开货车的师傅，天天被罚款。', '府前街8号三楼会议室明天开座谈会。', '县信访办的地址是府前街8号市政府大院2号楼，周一到周五办公。']) nothingMasked(t);
    expectMasked('反映人：石泉河镇街上住户 庹小红，电话13907315526', ['庹小红', '13907315526']);
    expectMasked('我家的地址是梧桐苑3栋2单元501室。', ['梧桐苑3栋2单元501室']);
    expectMasked('我叫王建山，村里人都知道。', ['王建山']);
  });

  it("masks a private car's plate of any province (黔) where it is said to be the driver's own, not a public car", () => {
    expectMasked('有干部开着自己的私家车来加油，车牌黔A·5K219，签单挂账。', ['黔A·5K219']);
    for (const t of ['乡长坐的公车黔A·0C331天天停在饭店门口。', '干部开着单位的车黔A·2B118去钓鱼。']) nothingMasked(t);
  });

  it('masks a fishing-boat registration number (place, 渔/漁, four or five digits), not a patrol boat, a catch or a document number', () => {
    expectMasked('我家的渔船岚屿渔06281今年的油补没发。', ['岚屿渔06281']);
    expectMasked('他那條船（苍湾漁30417）壞了。', ['苍湾漁30417']);
    expectMasked('船号闽岚屿渔运2207，申请报废补助。', ['闽岚屿渔运2207']);
    for (const t of ['岚屿渔政31号天天停在码头。', '今年捕渔12000斤，比去年少。', '县渔业局2023年发文。', '渔船有12000条。', '岚屿渔港1号码头', '文号岚渔发2023第12号']) nothingMasked(t);
  });

  it('masks a name transcribed by sound after a relative, a herder or a landlord (我外公巴特尔今年…, 她儿子达瓦的…)', () => {
    expectMasked('我外公巴特尔今年八十二，住在嘎查。', ['巴特尔']);
    expectMasked('她儿子达瓦的残疾证过期了。', ['达瓦']);
    expectMasked('我老公叫敖日格，在牧场放羊。', ['敖日格']);
    expectMasked('牧民 阿拉木斯 反映：补贴没发。', ['阿拉木斯']);
    expectMasked('房東吉日嘎拉不給辦證。', ['吉日嘎拉']);
    for (const t of ['我儿子都在外地打工。', '邻居家的狗天天叫。', '我老公不在家。', '让来电人次日再来，说领导不在。', '村民多次反映，路灯坏了。', '我爸爸和妈妈都去了。', '牧民们都说好。', '村民都来了，会开到晚上。', '孩子多的家庭有补贴。']) nothingMasked(t);
  });

  it('reads the Traditional 姪 like 侄 before a name (我姪子鄧文彬在…)', () => {
    expectMasked('我姪子鄧文彬在鎮上讀書。', ['鄧文彬']);
    expectMasked('我姪女龐雅婷，電話不便留。', ['龐雅婷']);
    for (const t of ['我姪子在鎮上讀書。', '我姪女今年考上大學了。']) nothingMasked(t);
  });
});


describe('round 13: registry numbers, nicknames beside real names, signatures with a standing (dev13, pii9; own examples)', () => {
  it('masks a student number, an employee number and a rider or courier number as written, not a 12345 operator\'s or a clerk\'s 工号, a seat number or a case number', () => {
    expectMasked('本人石晓峰，师范学院化学系，学号2031045518，奖学金被扣。', ['石晓峰', '2031045518']);
    expectMasked('學號：203204150377，宿舍停電三天。', ['203204150377'], ['member_number']);
    expectMasked('我在电缆厂上班，工号DL-0452219，加班费没给。', ['DL-0452219'], ['member_number']);
    expectMasked('我是送货的，工號 07-2291，被罚了两百。', ['07-2291']);
    expectMasked('外卖骑手，骑手编号KS70214863，平台扣钱。', ['KS70214863']);
    expectMasked('骑手ID：WM40027718，保证金不退。', ['WM40027718']);
    for (const t of [
      '12345话务员工号3302接的电话，态度很好。',
      '那个窗口的工作人员态度很差，工号是0418。',
      '学号12的同学被罚站了。',
      '工单号2026031500721，到现在没人管。',
      '收费员工号2231的那位把我的材料扔了。',
    ]) nothingMasked(t);
  });

  it('masks a nickname or an English name explained by the real name in brackets, both ways, not a title or a relation before a name', () => {
    expectMasked('同车间的大牛（牛志强）和铁棍（邬长生）都被扣了钱。', ['大牛', '牛志强', '铁棍', '邬长生']);
    expectMasked('Vincent（邵文斌），在温哥华，我妈住养老院。', ['Vincent', '邵文斌']);
    expectMasked('骑手老瞿（瞿国庆）昨天被车撞了。', ['老瞿', '瞿国庆']);
    expectMasked('闵大姐（闵春兰）的补贴停了。', ['闵大姐', '闵春兰']);
    expectMasked('联系人：缪建成（老缪），家门口的路坏了。', ['缪建成', '老缪']);
    expectMasked('——收费员 小海燕（季燕）', ['小海燕', '季燕']);
    for (const t of ['镇长（王建军）没有回复。', '陈太（陈美玲）说唔得。']) {
      const spans = detectPii(t);
      expect(spans.some((s) => t.slice(s.start, s.end).startsWith('镇长') || t.slice(s.start, s.end) === '陈太'), redact(t)).toBe(false);
    }
    expect(redact('我妈（宁秀英）住院了。')).not.toContain('＊＊（');
  });

  it('masks a nickname then the real name opening the text (小蓓，蓓蓓…; 我是阿森，邝森，), when they share a character', () => {
    expectMasked('小蓓，邹蓓，大学城奶茶店店员，被顾客骂了。', ['小蓓', '邹蓓']);
    // (The rules leave 阿勇, the name the writer refuses; the learned name model masks it as the nickname it is.)
    expect(detectPii('别叫我阿勇，我是阿森，邝森，在市场搬货。', null).length).toBe(2);
    expectMasked('别叫我阿勇，我是阿森，邝森，在市场搬货。', ['阿勇', '阿森', '邝森']);
    expectMasked('我是阿泉，蔡泉，在码头卸货。', ['阿泉', '蔡泉']);
    for (const t of ['你好，王局长，路灯坏了。', '小区，物业，都不管。']) nothingMasked(t);
  });

  it('masks a word the writer says is an online name, a nickname or a child\'s pet name, or is their child, not a dog\'s name or 境外号', () => {
    expectMasked('铃兰是我的网名，真名苗兰，微信ml_2219。', ['铃兰', '苗兰', 'ml_2219']);
    expectMasked('糖豆是我儿子的小名，在附小上学。', ['糖豆']);
    expectMasked('我叫邬丹，danny2k是我的QQ昵称。', ['邬丹', 'danny2k']);
    expectMasked('秋实是我闺女，在师范学院读书。', ['秋实']);
    expectMasked('老猫是我们宿舍的舍长，真名茅春林。', ['老猫', '茅春林']);
    expectMasked('老柯在菜场卖鱼，大家叫他柯师傅，大名柯德旺，摊子被收了。', ['老柯', '柯德旺']);
    expectMasked('我是养老院的护工小梅，叫甘梅，一个人看二十个老人。', ['小梅', '甘梅']);
    expectMasked('楼上柏宏亮是我弟，他家暖气不热。', ['柏宏亮']);
    for (const t of ['我是一名退伍老兵，叫做事情要讲规矩。', '老师在课上说，大名鼎鼎的人也会犯错。', '包工头说的，本名单不算数。']) nothingMasked(t);
    // (A dog's name: the rules leave it; the learned name model masks 旺财, a name it cannot tell from a person's.)
    expect(detectPii('旺财是我家狗的名字，天天叫。', null)).toEqual([]);
    for (const t of ['号码是一个境外号，我没上当。', '车子是我的，停在门口被贴了条。', '这是我儿子，在读高中。']) nothingMasked(t);
  });

  it('masks a signature with the writer\'s standing after a comma or in brackets, a child\'s name before 妈妈, a private standing before the name, and a street number signed before it', () => {
    expectMasked('食堂的菜越来越贵。——谭秋菊，临江街道居民', ['谭秋菊']);
    expectMasked('作业太多了。——庞立新（学生家长）', ['庞立新']);
    // (Stop 35: the parent named by the child is masked whole, as pii41 labels it: 苗雨欣妈妈 is who signs.)
    expectMasked('谢谢老师们。——苗雨欣妈妈', ['苗雨欣妈妈']);
    expectMasked('过户还是办不了。——買方孫志遠', ['孫志遠']);
    expectMasked('垃圾桶天天满了。——金桂路26号雷娟', ['金桂路26号', '雷娟']);
    expectMasked('停车场太乱了，能不能管一管？温长海', ['温长海']);
    expectMasked('晚上值班医生叫不醒。保育员甘丽', ['甘丽']);
    expectMasked('年会摆了四十桌。邹明远，杏花路118号', ['邹明远', '杏花路118号']);
    expectMasked('窗口又不开。龚淑华，退休教师', ['龚淑华']);
    for (const t of ['他说——王局长，你过来一下。', '这事拖了很久。——市民来信', '谢谢。——一位家长']) nothingMasked(t);
  });

  it('masks a care-home room, a compound called 家属院, a flat\'s side (6楼东户), and starts a compound after 宿舍, 街道 or the district', () => {
    expectMasked('我住康宁颐养院312房，热水只有中午有。', ['康宁颐养院312房']);
    expectMasked('住址：农机厂家属院5排12号。', ['农机厂家属院5排12号']);
    expectMasked('住化肥廠宿舍3棟2單元5樓西戶，暖氣不熱。', ['化肥廠宿舍3棟2單元5樓西戶']);
    expectMasked('学号2033112045，宿舍竹园5栋318，热水只有一个小时。', ['2033112045', '竹园5栋318']);
    expectMasked('——清河街道丁香里9栋1单元202住户', ['丁香里9栋1单元202']);
    expectMasked('本人今年三月购得桂花里3栋1单元502室，水表过户办不了。', ['桂花里3栋1单元502室']);
    for (const t of ['颐养院三楼12床的老人没人翻身。', '市医保局窗口地址：文化路120号，工作日办理。']) nothingMasked(t);
  });

  it('masks a private car said to be the family\'s, a hit-and-run car and a rider\'s e-bike plate, a WeChat or LINE id before or after its cue, and foreign mobiles', () => {
    expectMasked('肇事车豫K·C3317跑了。', ['豫K·C3317']);
    expectMasked('车牌豫K·E2203（电动车牌），被扣了车。', ['豫K·E2203']);
    expectMasked('联系人邱晓丽 qiu_xl1990（微信）', ['邱晓丽', 'qiu_xl1990']);
    expectMasked('我的LINE ID：yuting0427', ['yuting0427']);
    expectMasked('我在澳洲，电话+61 423 118 905。', ['+61 423 118 905']);
    expectMasked('我翁嘉怡，6271 3304。', ['翁嘉怡', '6271 3304']);
    for (const t of ['局长的车豫K·G0317天天停在饭店门口。', '门卫室电话0398-6240117，值班到十点。', '我们收了6000 2000元。']) nothingMasked(t);
  });

  it('masks a married woman by two surnames and 氏, a Hong Kong double surname after a relative, an English name the writer goes by, and the writer after 我 and a comma', () => {
    expectMasked('其母祝韩氏住养老院，长了褥疮。', ['祝韩氏']);
    expectMasked('家母簡麥秀蘭今年八十歲，住在老宿舍。', ['簡麥秀蘭']);
    expectMasked('我係Wendy，個名係袁詠儀，屋企漏水。', ['Wendy', '袁詠儀']);
    expectMasked('我是阿Ken，在市场卖菜。', ['阿Ken']);
    expectMasked('Bryan，我在新加坡，我爸一个人住。', ['Bryan']);
    expectMasked('我卜德才，纺机厂退休，家里被偷了。', ['卜德才']);
    expect(redact('蒋丽萍 蒋丽萍 蒋丽萍！电话打了三遍没人接。')).toBe('＊＊＊ ＊＊＊ ＊＊＊！电话打了三遍没人接。');
    expectMasked('他外号泥鳅，前天没回宿舍。', ['泥鳅']);
    expectMasked('楼下住的是我师傅房长顺老两口。', ['房长顺']);
    expectMasked('家兄殷正雄在机床厂退休。', ['殷正雄']);
    expectMasked('寄件人：柴美娟，信里说工伤认定拖了半年。', ['柴美娟']);
    expectMasked('老郑家的闺女在医院，她妈郑二婶找我来写信。', ['郑二婶']);
    expectMasked('豆豆他妈说孩子在学校被打了。', ['豆豆']);
    expectMasked('小磊他爸天天去工地。', ['小磊']);
    for (const t of ['小刘他妈来过了。', '小孩他妈不在家。', '小王他妈的就是不干活。']) nothingMasked(t);
    for (const t of ['王氏家族的祠堂被拆了。', '我是Apple的老用户，屏幕坏了。', '我和妻子，每天都去。', '请查明。', '申请人之子代为反映。']) nothingMasked(t);
  });
});

describe('round 14: documents of HK, Macau and Taiwan residents, registry numbers, long-stay rooms, Latin names (pii10, dev14; own examples)', () => {
  it('masks a Home Return Permit (H/M and 8 or 10 digits) and a Taiwan compatriot permit after their cue, not another shape or a fee', () => {
    expectMasked('我爸的回鄉證號碼H71029384，要本人去辦。', ['H71029384']);
    expectMasked('回乡证M30581726丢了，补办要三个月。', ['M30581726']);
    expectMasked('My Home Return Permit H5829173046 was refused.', ['H5829173046']);
    expectMasked('阿公的台胞證號碼是05738261，要換新證。', ['05738261']);
    for (const t of ['回乡证办理费用20260101起调整。', '台胞证要本人去换，窗口在三楼。']) nothingMasked(t);
    // Another shape after the permit's cue: the rules leave it; the learned model of numbers (code-model.ts) masks it,
    // a number the writer gives as a permit's all the same.
    const shape = '回鄉證號碼A12345678不對。';
    expect(redact(shape, detectPii(shape, null, null))).toBe(shape);
    expect(redact(shape)).toBe('回鄉證號碼＊＊＊＊＊＊＊＊＊不對。');
  });

  it('masks a Hong Kong identity card with a right check character, a Macau card after 身份證 and a Taiwan ID with its check digit and cue', () => {
    expectMasked('我香港身份證C668123(7)，喺度辦唔到。', ['C668123(7)']);
    expectMasked('阿嫲（身份證Z683365(A)）想返嚟住。', ['Z683365(A)']);
    expectMasked('澳門身份證5120394(6)，營業廳話唔認。', ['5120394(6)']);
    expectMasked('身份證字號F123456784，來辦居住證。', ['F123456784']);
    expectMasked('我香港身份證號碼G2048174，唔畀預約。', ['G2048174']);
    // A wrong check character: the rules leave it; the learned model of numbers masks it after 身份證號碼 (a typo in
    // one's own card number is one's own all the same).
    const typo = '香港身份證號碼G2048175，唔畀預約。';
    expect(redact(typo, detectPii(typo, null, null))).toBe(typo);
    expect(redact(typo)).toBe('香港身份證號碼＊＊＊＊＊＊＊＊，唔畀預約。');
    for (const t of ['见附件C668123(5)的说明。', '型号F123456785，保修一年。', '编号F123456784的设备坏了。']) nothingMasked(t);
  });

  it('masks foreign mobiles and landlines after a plus (+60, +62, +65 6…, +852 2…) and a Taiwan mobile written 4-3-3', () => {
    expectMasked('我馬來西亞電話+60 13-552 8164', ['+60 13-552 8164']);
    expectMasked('联络电话 +62 813 2746 5510。', ['+62 813 2746 5510']);
    expectMasked('新加坡屋企電話+65 6372 9014', ['+65 6372 9014']);
    expectMasked('屋企電話+852 2813 4470，日頭冇人。', ['+852 2813 4470']);
    expectMasked('台灣手機 0928-513-604', ['0928-513-604']);
    for (const t of ['共收了6000 2000 3000元。', '编号2026-118-203的文件。']) nothingMasked(t);
  });

  it('masks passports of other countries after 護照 or passport (GA + 6 digits, a letter, 7 digits and a letter)', () => {
    expectMasked('加拿大護照號碼GA518203，想補繳。', ['GA518203']);
    expectMasked('菲律賓護照P5102738C，回來辦轉移。', ['P5102738C']);
    expectMasked('passport K39182047, I need a local number.', ['K39182047']);
    for (const t of ['护照办理要带照片，费用120元。', '签证费用RMB880000不合理。']) nothingMasked(t);
  });

  it('masks numbers that stay with one person after their cue: medical record and card numbers, social-insurance numbers, a driver\'s file, a guide\'s and a taxi\'s card, personal contracts', () => {
    expectMasked('就诊卡号0031845207，约不上号。', ['0031845207']);
    expectMasked('我妈的病歷號K20251839被冒用。', ['K20251839']);
    expectMasked('住院号0529174，医保没备案。', ['0529174']);
    expectMasked('社保卡号R18273645，卡被锁了。', ['R18273645']);
    expectMasked('社保个人编号3502198833，养老金少了。', ['3502198833']);
    expectMasked('驾驶证档案编号320512736418，平台不认。', ['320512736418']);
    expectMasked('导游证号D-3301-027165，全程带我们购物。', ['D-3301-027165']);
    expectMasked('服务监督卡号JX-0412，司机绕路。', ['JX-0412']);
    expectMasked('劳动合同编号LD-2025-1093，工资没发。', ['LD-2025-1093']);
    expectMasked('我叫汤卫东，合同编号QY2024-3318，老板说作废。', ['汤卫东', 'QY2024-3318']);
    expectMasked('購房合同編號YH-2023-05-1702，交房推遲。', ['YH-2023-05-1702']);
    for (const t of ['门诊号A086，排了两个小时。', '项目合同编号ZB-2025-0078已公示。']) nothingMasked(t);
    // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    for (const t of ['预约单号20261108003，取消了。', '实习协议编号SX-2026-0041']) expect(detectPii(t).map((s) => s.kind), t).toEqual(['member_number']);
  });

  it('masks a private worker\'s number of three digits after letters (HX-017, BH-E027), not a 12345 operator\'s 工號 in a record naming the caller', () => {
    expectMasked('我是保洁员，工资两千八，我的工号LQ-038', ['LQ-038']);
    expectMasked('我是工地的電工，工號KT-E105，受傷了。', ['KT-E105']);
    expectMasked('來電人卜美玲反映工地欠薪，話務員工號3318', ['卜美玲']);
  });

  it('masks a hotel, serviced-apartment or homestay room where the writer lives long-term, with the hotel\'s name; not a tourist\'s room for a few nights or an office room', () => {
    expectMasked('我长住海湾公寓酒店1705房已经三年了，物业乱收费。', ['海湾公寓酒店1705房']);
    expectMasked('我長包在望潮大酒店公寓樓1811房，住了快一年。', ['望潮大酒店公寓樓1811房']);
    expectMasked('长租听风民宿206房半年了，网太差。', ['听风民宿206房']);
    for (const t of ['住了两晚的望潮大酒店808房，空调坏了。', '社保中心三楼302室办理。', '酒店1206房的客人投诉噪音。']) nothingMasked(t);
  });

  it('masks names in Latin letters after an English or a Chinese introduction, with the Chinese name beside them, and a name after 中文名', () => {
    expectMasked("Hi, I'm Brandon Koh from Penang, the boat cost 380.", ['Brandon Koh']);
    expectMasked('my father Mr. Chan Wing Kei (陳永基) is a resident.', ['Chan Wing Kei', '陳永基']);
    expectMasked('Contact: Vivian Ho, please reply.', ['Vivian Ho']);
    expectMasked('我係香港人Derek Fung，喺度開民宿。', ['Derek Fung']);
    expectMasked('我係孫女Mandy，+852 9461 0375', ['Mandy', '+852 9461 0375']);
    expectMasked('联系人：Coco 林，中文名林可欣，公寓停水。', ['Coco 林', '林可欣']);
    expectMasked('我係退休公務員Raymond Yip，葉文輝，租咗間屋。', ['Raymond Yip', '葉文輝']);
    expectMasked('留言人：阿Joe，网格员天天拍照。', ['阿Joe']);
    for (const t of ['This is Ridiculous, the ferry is late.', 'Contact: Customer Service, they never answer.', "I'm Malaysian, staying two nights.", '我是Apple的老用户，屏幕坏了。', 'Hello Sir, the ferry is late.']) nothingMasked(t);
  });

  it('masks a nickname before the real name\'s cue, a child named in 我是X妈妈, 阿X after 叫 or 自称, a relative after 家父 and a returnee after 华侨', () => {
    expectMasked('我儿子小名叫米粒大名叫邝子墨在读中班。', ['米粒', '邝子墨']);
    expectMasked('带班的是马大炮（真名马建川），跑了。', ['马大炮', '马建川']);
    expectMasked('我是村里的渔民，叫小胖，真名伍水生，补贴没发。', ['小胖', '伍水生']);
    expectMasked('女儿果果（孟思语）在幼儿园，电话13055970021', ['果果', '孟思语', '13055970021']);
    expectMasked('我是朵朵妈，园里收费太多。', ['朵朵']);
    expectMasked('我是乐乐妈妈，园里收费太多。', ['乐乐']);
    expectMasked('摩的司机叫阿辉，撞了人就跑。', ['阿辉']);
    expectMasked('家父顧長生今年九十，住老宿舍。', ['顧長生']);
    expectMasked('我是印尼回來的華僑鄧秀英，養老金遲發。', ['鄧秀英']);
    expectMasked('My mother 黃秀蓮 lives alone.', ['黃秀蓮']);
    for (const t of ['甜甜和蜜蜜是双胞胎，全名不方便说。', '他是市场里的“地头蛇”，真名没人知道。', '我是孩子妈妈，园里收费太多。', '保育员叫阿姨，孩子都喜欢。', '家父去世多年，房子没人住。']) nothingMasked(t);
  });

  it('masks a nickname set off at the end of the text by a phone number or after the writer\'s standing, not a thanks', () => {
    expectMasked('短信 楼道灯坏了 桂苑 老萧 13327065521', ['老萧', '13327065521']);
    expectMasked('民宿检查太多了，联系我：13960971184 老耿', ['13960971184', '老耿']);
    expectMasked('地铁太挤了 上班族 豆豆 13007271190', ['豆豆', '13007271190']);
    expectMasked('城管亭子里在打牌。 路人 柱子', ['柱子']);
    for (const t of ['短信 电梯坏了 希望社区帮忙 谢谢', '评论：又是老一套 小区']) nothingMasked(t);
  });

  it('masks a plate written with its dot whatever its first characters where the car is private (a driver\'s, the owner\'s), not a street office\'s car; a boat after 船号; a house said to be at a street number', () => {
    expectMasked('车牌滢F·7K3N5，车主 翟海燕，被人刮了。', ['滢F·7K3N5', '翟海燕']);
    expectMasked('揽客的司机带我们去宰客，车牌闽W·T3915。', ['闽W·T3915']);
    expectMasked('船号海川旅03127，海事处天天查。', ['海川旅03127']);
    expectMasked('先父留下的房子在福壽街58號，想辦過戶。', ['福壽街58號']);
    expectMasked('住户 葛明远 祥和花园3栋2单元602 电话 13627072281', ['葛明远', '祥和花园3栋2单元602', '13627072281']);
    expectMasked('来电人：5栋301住户 单国华反映电梯坏了。', ['5栋301', '单国华']);
    for (const t of ['街道的车牌是滢F·G0521，天天停在饭店门口。', '旅游专线1路改线了。', '社保中心在椰林路120号。']) nothingMasked(t);
  });

  it('masks the writer by nickname or full name after 我是… and their trade, an elder as 阿X after a relative, an elder\'s village name in brackets and a word after 邻居 ending the text', () => {
    expectMasked('我是港区的出租车司机老满啊公司乱扣钱', ['老满']);
    expectMasked('我是导游祁晓岚，评审费要交一千。', ['祁晓岚']);
    expectMasked('我阿嬤鄭阿蘭住頂樓，天天漏水。', ['鄭阿蘭']);
    expectMasked('反映人：甘秀芝（甘家阿婆），住村口。', ['甘秀芝', '甘家阿婆']);
    expectMasked('城管收车不开单。 卜德明的邻居 麻杆', ['卜德明', '麻杆']);
    for (const t of ['我是司机王师傅，天天跑夜班。', '我是导游王老师，带团二十年。', '我是单亲妈妈，孩子上学难。', '我是全职妈妈，天天接送。', '我是司机老婆，他天天加班。', '我是导游公司的，团费太低。', '我阿嬤阿姨都在家。', '局长（王家大院）的事没人管。', '城管收车不开单。 邻居 谢谢']) nothingMasked(t);
  });

  it('masks a Telegram id after its cue', () => {
    expectMasked('Telegram: kaiwen_ng，想回来养老。', ['kaiwen_ng']);
  });

  it('keeps a hotel front desk\'s, the maritime office\'s or a hotline\'s line visible, like an office\'s, and a trader\'s shop address', () => {
    for (const t of ['区城管局12319热线（0591-83312319）一直在放音乐。', '望潮酒店的前台电话0591-2356610，打了二十次没人管。', '海事那边的电话0591-2278890打了没人接。', '总台電話0591-2213301']) nothingMasked(t);
    expectMasked('我家电话0591-2745380，晚上有人。', ['0591-2745380']);
    // (A shop right after a street number beside a trader's name is the business, not a home.)
    expectMasked('门前三包天天拍照。 商户 滕秋林（福寿路43号五金店）', ['滕秋林']);
    expectMasked('门前三包天天拍照。 商户 滕秋林（福寿路43号）', ['滕秋林', '福寿路43号']);
    // (An office's or a shop's address after 地址 / 原址, in a sentence about that place.)
    for (const t of ['该店原址在福寿路88号二楼，闭店前还在卖卡。', '劳动监察大队的电话12333，地址椰林路88号，周一到周五受理。']) nothingMasked(t);
    expectMasked('我在公司上班，家庭地址：福寿路8号3楼。', ['福寿路8号3楼']);
  });
});

describe('round 15: welfare-record numbers, spaced and pinyin names, signers\' nicknames, misprinted names (pii11, dev15; own examples)', () => {
  it('masks a 残疾证号 (ID + category 1–7 + level 1–4), plain, with X inside or spaced; not one whose ID part fails its check or whose level is no level', () => {
    const id = idNumber('35020219770514312');
    expectMasked(`我是肢体残疾人，残疾证号${id}42，补贴停了。`, [`${id}42`]);
    expectMasked(`儿子的殘疾證是前年辦的，證號${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)} 31，要換證。`, [`${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)} 31`]);
    const bad = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    nothingMasked(`残疾人补贴受理编号${bad}42，请查收。`);
    // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    expect(detectPii(`残疾人补贴申请表编号${id.slice(0, 17)}0958。`).map((s) => s.kind)).toEqual(['member_number']);
  });

  it('masks a 低保证号 with its office prefix, a veteran\'s 优待证号 and a household heating account after their cue; not a fee, a count or the heating company\'s price', () => {
    expectMasked('我家低保证号是江民低2019-00417，年审又要交材料。', ['江民低2019-00417']);
    expectMasked('低保證號：DB350102-0388，年審又沒過。', ['DB350102-0388']);
    expectMasked('我爸的优待证号是YD35010200917，优抚金没到。', ['YD35010200917']);
    expectMasked('供热用户编号0203-41-2276，停供报备过了还来催费。', ['0203-41-2276']);
    expectMasked('我家熱費戶號是3307-0815，户名还是我爸。', ['3307-0815']);
    for (const t of ['低保证办了3年，每月低保金800元。', '优待证去年就申请了，到现在没发下来。', '供热公司说热费每平方米27元，今年涨了。', '热力公司的户号查询电话打不通，热费2300元。']) nothingMasked(t);
  });

  it('masks a name typed with a space between its three characters after a cue or alone; not a sentence typed with spaces throughout', () => {
    expectMasked('反映人：邵 海 燕，楼道灯坏了一个月。', ['邵 海 燕']);
    expectMasked('俺叫 郁 长 顺，暖气不热。', ['郁 长 顺']);
    expectMasked('我奶奶的名字是“ 窦 桂 香 ”，八十了。', ['窦 桂 香']);
    for (const t of ['我 是 老 师 我 要 反 映 问 题', '路 灯 坏 了 三 个 月']) nothingMasked(t);
  });

  it('masks a name and an address in a line typed wholly in pinyin, not an English sentence', () => {
    expectMasked('wo jiao Song Meiling, zhu zai xinhua jie 8 hao, nuanqi bu re.', ['Song Meiling', 'xinhua jie 8 hao']);
    expectMasked('wo shi Guo Shulan de waisun, dianhua bu tong.', ['Guo Shulan']);
    for (const t of ['My friend is called Sam and she lives near the station.', 'the bus stop is at Station Road 8.']) nothingMasked(t);
  });

  it('masks a Japanese or Korean mobile and a Taiwan city line after a plus', () => {
    expectMasked('我在大阪，电话+81 80-4412-7730。', ['+81 80-4412-7730']);
    expectMasked('我在首尔，电话+82 10 3345 1290。', ['+82 10 3345 1290']);
    expectMasked('家裡電話+886 7 3318 2214，晚上打。', ['+886 7 3318 2214']);
  });

  it('masks the plate of a debtor\'s or a boss\'s car, a household\'s compensation-agreement number, and a supplier writing as themselves', () => {
    expectMasked('被执行人天天开着苏E·7K2M9的越野车进出小区。', ['苏E·7K2M9']);
    expectMasked('超市老闆開的車牌號是苏E·8P3N6，說沒錢發工資。', ['苏E·8P3N6']);
    expectMasked('我家征收补偿协议编号BC-2020-0512，面积算错了。', ['BC-2020-0512']);
    expectMasked('我是给镇政府送过茶叶的供货商柯德明，货款拖了一年。', ['柯德明']);
    nothingMasked('局长的公车苏E·0A123天天停在饭店门口。');
    expect(detectPii('实习协议编号SX-2026-0041。').map((s) => s.kind)).toEqual(['member_number']); // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
  });

  it('masks a signed name with the writer\'s village or whereabouts in brackets, a signer\'s nickname after 留言人/转发人 and 阿X ending the text; not 阿姨 or 阿婆', () => {
    expectMasked('农技站天天只拍照。——单桂芳（石门村）', ['单桂芳']);
    expectMasked('衛生院醫生每月上門，很感謝。蔣美蘭（在台南）', ['蔣美蘭']);
    expectMasked('宅基地审批跑了九次。留言人：小滕', ['小滕']);
    expectMasked('农技站的人拍完就走。转发人：阿娟', ['阿娟']);
    expectMasked('局长办公室一百多平，还有休息室。阿坤', ['阿坤']);
    for (const t of ['宅基地审批跑了九次。留言人：阿姨', '卫生院的医生很好。阿婆', '农技站天天拍照。——站长（石门村）']) nothingMasked(t);
  });

  it('masks the parties of a private debt and its enforcement: the lender in an IOU up to the money, 被执行人 and 出借人; not a company or a sum', () => {
    expectMasked('借条：今借到柏玉良人民币贰万元整，借款人晏国富。', ['柏玉良', '晏国富']);
    expectMasked('我是被执行人卞志刚的前妻，我的工资卡也被冻结了。', ['卞志刚']);
    for (const t of ['被执行人鑫达房地产开发有限公司没钱。', '今借到货款人民币三万元。', '（2026）黑0102执123号案件执行不到位。']) nothingMasked(t);
  });

  it('masks each signer of a joint letter by room and name after 联名人, with the building named once; not a count of signers', () => {
    expectMasked('联名人：5号楼1单元201 卢国梁；2单元402 邝春燕。', ['5号楼1单元201', '卢国梁', '2单元402', '邝春燕']);
    for (const t of ['联名人：市民代表三人。', '我们5号楼2单元的住户联名反映电梯问题。']) nothingMasked(t);
  });

  it('masks a name quoted after 名字 and the misprint a document put for it', () => {
    expectMasked('确权证书上我的名字“龚大福”打成了“龚大富”，去哪改？', ['龚大福', '龚大富']);
    expectMasked('我叫闵秀娥，协议上我的名字写成了“闵秀蛾”。', ['闵秀娥', '闵秀蛾']);
    for (const t of ['店名写成了“好运来”，招牌要重做。', '文件名字“会议纪要”打错了。']) nothingMasked(t);
  });
});

describe('round 16: service windows, herders and fishers, a northern district (dev16, pii8, pii11; own examples)', () => {
  it('masks a name before a closing formula after a signature dash; not the dash alone', () => {
    expectMasked('此事拖了半年，盼回复。——韦振东 敬上', ['韦振东']);
    expectMasked('請儘快處理。——鄺志明謹上', ['鄺志明']);
    for (const t of ['此事拖了半年，盼回复。—— 敬上', '望领导重视。——全体业主 敬上']) nothingMasked(t);
  });

  it('masks a short-video or microblog account introduced as such; not the platform named alone', () => {
    expectMasked('他的抖音号是laozhou_8812，天天直播骂人。', ['laozhou_8812']);
    expectMasked('快手號：tiezhu2021 就是他本人。', ['tiezhu2021']);
    for (const t of ['抖音上天天有人直播，说的都是假话。', '区政府的微博账号天天发通知。']) nothingMasked(t);
  });

  it('leaves a role the writer holds (户主是我, 群主是我) and kinship or bank words (我是孙媳妇, 工商银行) unmasked', () => {
    for (const t of ['户主是我，家里就两口人。', '业主群的群主是我，我想问问。', '我是她孙媳妇，替她问一下。', '退休金能不能转到工商银行？']) nothingMasked(t);
    expectMasked('群里那个卖假药的是我表哥，我劝不住。', []);
  });

  it('masks the writer\'s handle after their own trade set off by a space (我是送水工 阿X, 我是货车司机 阿X); not 阿姨, not someone else\'s driver', () => {
    expectMasked('我是送水工 阿炳，每周往所里送两次水。', ['阿炳']);
    expectMasked('我是货车司机 阿雄，车被扣了三天。', ['阿雄']);
    for (const t of ['我是货车司机 阿姨帮我写的。', '局长的司机 阿福天天开车接孩子。']) nothingMasked(t);
  });

  it('masks a relative\'s name after 家父 set off by a space, after 祖父/祖母, and after grand-uncles and Cantonese kinship words', () => {
    expectMasked('我在国外读书，家父 龚德明 想帮我办。', ['龚德明']);
    expectMasked('祖父蔺克勤一九四八年去了台湾。', ['蔺克勤']);
    expectMasked('我舅公甄德福是退伍老兵。', ['甄德福']);
    expectMasked('我大佬雷國雄喺度買咗間樓。', ['雷國雄']);
    expectMasked('我阿公樊福來九十歲，冇人上門。', ['樊福來']);
    for (const t of ['我祖父母都在老家。', '祖父留下的房子漏雨。', '我阿公说过这事。']) nothingMasked(t);
  });

  it('leaves an office\'s line and address unmasked: a line labelled an office\'s in brackets, an office said to be somewhere, a corporate account', () => {
    for (const t of [
      '已转供热办，联系电话0451-86457731（供热办）。',
      '项目部来过，电话0451-86512209（公司总机）。',
      '退役军人服务站在街道办一楼，电话0451-86337721，经常没人接。',
      '征收办在胜利路66号二楼，去了五趟。',
      '热力公司对公收款账号是6222 0210 0112 3456 789，只收转账。',
    ]) nothingMasked(t);
    expectMasked('我家在胜利路66号，电话0451-86337721（家里）。', ['胜利路66号', '0451-86337721']);
  });

  it('leaves an official named after 叫 unmasked (村主任叫X), but masks a private person so named', () => {
    nothingMasked('我们村的村主任叫邬长林，他把地租给外村人了。');
    expectMasked('包工头叫党建军，欠了我们三个月工钱。', ['党建军']);
  });

  it('masks a street number said to be a household\'s or where a private parcel or letter goes; a named street by itself, a back or numbered street with its village', () => {
    expectMasked('县城向阳路67号是我们家，门口的雨棚被拆了。', ['向阳路67号']);
    expectMasked('收货地址写的是工人村五街8号，快递说找不到。', ['工人村五街8号']);
    expectMasked('请把批复寄往沙岭村后街5号。', ['沙岭村后街5号']);
    expectMasked('请把通知寄往石塘村滨海路19号，收件人是我奶奶。', ['滨海路19号']);
    expectMasked('先父遺下工人村三街7號舊居一處。', ['工人村三街7號']);
    for (const t of ['材料寄到人民路8号区政府。', '人民路8号新开了一家饭店。']) nothingMasked(t);
  });

  it('masks a home in a resettlement site (安置点) with its building, unit and room; not the site alone', () => {
    expectMasked('搬迁分的房子是青草滩安置点7栋2单元301，漏水一冬天。', ['青草滩安置点7栋2单元301']);
    nothingMasked('安置点3栋到现在还没通水。');
  });

  it('masks a number after Cantonese 電話係; not a count', () => {
    expectMasked('佢個電話係 6813-2291，佢唔識字。', ['6813-2291']);
    nothingMasked('我哋係 2024 年搬嚟嘅。');
  });

  it('masks the writer\'s name after 我係…嘅 (Cantonese 的); not a standing', () => {
    expectMasked('我係香港嘅譚國樑，阿爺喺度有間祖屋。', ['譚國樑']);
    nothingMasked('我係呢度嘅居民，想問下點解冇人理。');
  });

  it('masks a given name said apart from the surname (本人姓X，名Y; 我叫Y，姓X); not 名字 after the surname', () => {
    expectMasked('本人姓湛，名美華，香港居民。', ['美華']);
    expectMasked('我叫满囤，姓杭，杭满囤，石塘村人。', ['满囤', '杭满囤']);
    nothingMasked('我姓王，名字不方便说。');
  });

  it('masks herders, fishers and a boat owner named after their standing (牧民代表X, 渔民X, 船东 X); not the standing alone', () => {
    expectMasked('牧民代表戈金宝反映，水井干了。', ['戈金宝']);
    expectMasked('渔民龙阿四的船在台风里沉了。', ['龙阿四']);
    expectMasked('船东 蓝金土（东礁渔05531）', ['蓝金土', '东礁渔05531']);
    for (const t of ['牧民们说草场被占了。', '渔民代表都去开会了。']) nothingMasked(t);
  });

  it('masks a home described by the way there after 住 opening a clause or where a letter goes, and a described building; not a described place without a home', () => {
    expectMasked('她今年八十五，住鹿鸣村村委会后面第二家，补贴只发了半年。', ['鹿鸣村村委会后面第二家']);
    expectMasked('请把回执寄到 渔港新村东头第三排那家，门口有棵榕树。', ['渔港新村东头第三排那家']);
    expectMasked('老人没地方住，住在榆树沟村委会后面那两间板房里。', ['榆树沟村委会后面那两间板房']);
    expectMasked('我叫邝志远，住后湾村，从村口进去第三个路灯右手边那栋蓝色两层楼，污水管堵了。', ['邝志远', '后湾村，从村口进去第三个路灯右手边那栋蓝色两层楼']);
    nothingMasked('住院部在医院后面那栋楼，第三层。');
  });

  it('masks 老X头 opening a clause before 在; not 老头 alone', () => {
    expectMasked('老柴头在码头看了二十年大门，公司说不要就不要了。', ['老柴头']);
    nothingMasked('老头在码头看了二十年大门。');
  });

  it('masks Tibetan and Mongolian names with Norbu, Dongzhi or Khas-, also before the writer\'s sex in brackets; not the syllables alone', () => {
    expectMasked('哈斯其木格（女，47岁）反映，草场被占。', ['哈斯其木格']);
    expectMasked('家父才让东智八十四岁，住宝力格嘎查。', ['才让东智']);
    expectMasked('请联系 Tenzin Norbu（丹增诺布），他在美国。', ['Tenzin Norbu', '丹增诺布']);
    for (const t of ['诺布这个词是宝贝的意思。', '这个牌子叫 Grand Hyatt（君悦），很贵。']) nothingMasked(t);
  });

  it('masks every item of a list of names after two read as names, also one the tables cannot read; not units after names', () => {
    expectMasked('联名家长：苗秀娟、戴大军、吉克阿木、邝翠萍。', ['苗秀娟', '戴大军', '吉克阿木', '邝翠萍']);
    nothingMasked('物业、居委会、街道办都不管。');
  });

  it('masks a given name alone after a cousin (表姐X说, 表妹X在) or before her family\'s home (媳妇X的娘家); not a word', () => {
    expectMasked('在日本的表姐秀蘭說，老房子被劃進了拆遷範圍。', ['秀蘭']);
    expectMasked('我老婆的表妹春燕在县城开了家理发店。', ['春燕']);
    expectMasked('我媳妇翠霞的娘家在南岙村。', ['翠霞']);
    nothingMasked('我表哥平时在家种地。');
  });

  it('masks a landlord\'s nickname before 一年 and village nicknames (邻居二愣子, 二虎子，叫X); not 老二 in a word', () => {
    expectMasked('房东老边一年涨两次租。', ['老边']);
    expectMasked('邻居二愣子天天晚上喝酒骂人。', ['二愣子']);
    expectMasked('隔壁开铲车的二虎子，叫卜成龙，喝了酒就乱开。', ['二虎子', '卜成龙']);
    nothingMasked('他家老二虎头虎脑的。');
  });

  it('masks a nickname in quotation marks where it is a person\'s: called so and then a person, the real name after it, a neighbour\'s; not a thing\'s name', () => {
    expectMasked('我闺女被一个叫“小雀”的网友骗了一万二。', ['小雀']);
    expectMasked('放高利贷的“四哥”叫詹四海，天天派人堵门。', ['四哥', '詹四海']);
    expectMasked('鄰居「大頭仔」甘永康成日喺樓梯間燒衣。', ['大頭仔', '甘永康']);
    expectMasked('楼下的“老鄂”天天来骂。', ['老鄂']);
    for (const t of ['单位搞了个叫“最美窗口”的活动。', '楼下的“老鄂”叫什么，不知道。']) nothingMasked(t);
  });

  it('masks the writer\'s full name after their standing where the surname is not in the table; not a word', () => {
    expectMasked('我是苧溪镇的退休工人容建民，电话13807361175。', ['容建民', '13807361175']);
    nothingMasked('我是外地人容易被骗，请多关照。');
  });

  it('masks surname + 哥/姐 giving a phone number (王哥电话…, 找强哥 177…); not a relative (我姐, 大哥)', () => {
    expectMasked('邹哥电话：186 4512 9037', ['邹哥', '186 4512 9037']);
    expectMasked('小广告上写着“急用钱找强哥 17745012236”。', ['强哥', '17745012236']);
    expectMasked('有事找我哥 13800138000', ['13800138000']);
    expectMasked('有事找大哥 13800138000', ['13800138000']);
  });

  it('masks a nickname the writer explains in brackets as what people call them; not a title', () => {
    expectMasked('自助机坏了两台。——小蔡（我们车队都这么叫我）', ['小蔡']);
    for (const t of ['这事我管不了。——老师（学生都这么叫我）', '自助机坏了两台。——阿姨（大家都这么叫我）']) nothingMasked(t);
  });

  it('masks a married woman\'s old-style name after 母親 and before 一個人; not a clan', () => {
    expectMasked('家裡老母親鄒王氏一個人在家，低保被取消了。', ['鄒王氏']);
    nothingMasked('王氏家族一个人都没来。');
  });

  it('stays linear on many full-width brackets without a half-width one (and the other way round)', () => {
    for (const shape of ['哈斯其木格（女', '张三(男']) {
      const text = shape.repeat(Math.ceil((1 << 19) / shape.length));
      const started = performance.now();
      redact(text);
      expect(performance.now() - started, shape).toBeLessThan(8000);
    }
  });
});

describe('round 17: village posts that write in, signatures without a dash, plates in signatures (dev17, dev18, pii6; own examples)', () => {
  it('masks the writer who opens with a village post and reports; not an official the text is about', () => {
    expectMasked('白沙村支书孟建华：修路的报告交了三回，到现在没人回话。', ['孟建华']);
    expectMasked('东岭村党支部书记龚德全反映：一个月要报十几张表。', ['龚德全']);
    for (const t of ['村支书孟建华天天不在村里，找他签字找不到。', '县长王建国：请您关注一下这条路。', '尊敬的村支书孟建华：您好，路一直没修。', '白沙村支书孟建华：您一直不在村里。', '县教育局党支部书记刘志强：您好，我们学校的事。', '督导组组长李明：您好！']) nothingMasked(t);
  });

  it('masks a writer who signs with a village post after the dash, and one who says their standing far into the clause', () => {
    expectMasked('表一年填了一百多张。——桃坪村会计邹晓梅', ['邹晓梅']);
    expectMasked('我是柳河镇上一家做竹编的专业合作社的理事长宁德福。贷款批不下来。', ['宁德福']);
  });

  it('masks the writer\'s village and name closing the text, the name before the village, and a name before the home it gives', () => {
    expectMasked('自己掏钱摆了八桌，这样不违反规定吧？杏坪村陶秀云', ['陶秀云']);
    expectMasked('班车停了以后每周要包车去做透析，恳请恢复。邹德生，岭脚村。', ['邹德生']);
    expectMasked('补贴停了半年。赵宝国，住青山区柳园路19号院2号楼3单元101', ['赵宝国', '青山区柳园路19号院2号楼3单元101']);
    for (const t of ['这件事大家都知道。全村人都很满意', '这件事问问村里。张家村', '我去看了看。孙子，张家村。', '不知道走哪条路。方向，我们村。', '水管冻裂了。夏季，住在山上的牧民没水喝。', '医院太挤。夏季，住院的病人多。']) nothingMasked(t);
  });

  it('masks the plate a caller or a signature gives as their own; an official car\'s stays', () => {
    expectMasked('收费站只开一条道。来电人邓志强，车牌岚K·7C293。', ['邓志强', '岚K·7C293']);
    expectMasked('办公楼下午就空了。——钱晓东，車牌豫W·3K752，有照片。', ['钱晓东', '豫W·3K752']);
    expectMasked('來電人反映：公車豫W·A0371週末停在小區。', []);
    for (const t of ['路口那辆车——京A12345，是物流公司的。', '来电人反映小区门口有辆渣土车京A12345天天乱停。']) nothingMasked(t);
  });

  it('masks the addressee after 收件人 and a room written with 房; not 房东 after a number', () => {
    expectMasked('收件人：郑晓燕，地址：瑞丰苑4栋2单元701', ['郑晓燕', '瑞丰苑4栋2单元701']);
    expectMasked('住址：金湖路12号6栋402房。', ['金湖路12号6栋402房']);
  });

  it('stays linear on runs of newlines after 住 (a sentence start read once)', () => {
    for (const text of ['住' + '\n'.repeat(200_000), '住' + '\n '.repeat(500_000)]) {
      const started = performance.now();
      redact(text);
      expect(performance.now() - started).toBeLessThan(8000);
    }
  });
});

describe('round 18: pet names, a child named before the writer\'s kinship, openings with a standing, relatives\' 阿-names, trait nicknames (pii5, pii8, pii9; own examples)', () => {
  it('masks a reduplicated pet name before a parent and two joined pet names before their real names; not pet names alone, adverbs, relatives or the oath', () => {
    expectMasked('你们去问问豆豆他妈，她也交了两百。', ['豆豆']);
    expectMasked('麻烦转告乐乐的爸爸来学校一趟。', ['乐乐']);
    expectMasked('圆圆和朵朵是表姐妹，大名方圆、方朵，都在镇小读书。', ['圆圆', '朵朵', '方圆', '方朵']);
    for (const t of ['天天他妈的吵个不停。', '宝宝的妈妈没来。', '我天天的奶奶都要吃药。', '常常和慢慢是两回事。', '圆圆和朵朵是表姐妹，大名不方便说。']) nothingMasked(t);
  });

  it('masks a child or spouse named before the writer\'s kinship (我是X的爸爸, 我係X嘅老婆); not a school, a title or a pronoun', () => {
    expectMasked('孩子没有补助。我是金宝的爸爸。', ['金宝']);
    expectMasked('我係阿强嘅老婆，想問下補貼。', ['阿强']);
    for (const t of ['我是学校的家长。', '我是孩子的妈妈。', '我是王老师的爱人。', '我是村长的儿子。', '我是他的妈妈。', '我是本村的媳妇。']) nothingMasked(t);
  });

  it('masks a text opening with a name and the writer\'s private standing; not a topic before a plural', () => {
    expectMasked('阿辉，快递员，在城东被罚了两百。', ['阿辉']);
    expectMasked('其木格，蒙古族，想问问补贴的事。', ['其木格']);
    for (const t of ['高考，学生们都很紧张。', '城管，执法人员天天来。', '今年，村民都没拿到钱。', '李书记，学生们想见您。']) nothingMasked(t);
  });

  it('masks a relative\'s 阿-name, a surname and 阿-name, and a transliterated name after the kinship word; not a medicine or an illness', () => {
    expectMasked('我老公阿辉去年就没工作了。', ['阿辉']);
    expectMasked('登记的是我爷爷陈阿水，已经过世。', ['陈阿水']);
    expectMasked('我丈夫艾力·买买提在外地打工。', ['艾力·买买提']);
    for (const t of ['我妈妈阿尔茨海默症好几年了。', '我爷爷阿司匹林吃完了。', '我老公阿姨家在城里。']) nothingMasked(t);
  });

  it('masks an elder by surname after 老人/家人/屋企人; not a preposition', () => {
    expectMasked('家里老人宋老太去年摔了一跤。', ['宋老太']);
    expectMasked('屋企人梁伯住喺村尾。', ['梁伯']);
    for (const t of ['家里老人向婆婆要钱。', '老人老伯伯们都来了。']) nothingMasked(t);
  });

  it('masks a nickname after a private trade or the neighbours: birth order after 开/卖…的, traits after 邻居/铺/东头的; not words', () => {
    expectMasked('天天堵路的就是开铲车的赵四，谁都认识。', ['赵四']);
    expectMasked('对门的胖墩每天半夜放音乐。', ['胖墩']);
    expectMasked('街口理发店的光头，天天占道。', ['光头']);
    for (const t of ['卖菜的钱三百块一担。', '村里的大头菜今年卖不动。', '理发店的光头造型收费五十。', '开会的三个人都没说话。']) nothingMasked(t);
  });

  it('masks a full name before 是我弟/是我姐, a boss or landlord by surname and birth order, and a 阿-elder as someone is called; not a title', () => {
    expectMasked('楼上孟建国是我弟，他家漏水。', ['孟建国']);
    expectMasked('我跟房东卢三姐说过好几回。', ['卢三姐']);
    expectMasked('房东叫阿福伯，住在一楼。', ['阿福伯']);
    for (const t of ['王书记是我哥的同学。', '张老师是我姐的班主任。', '这个人是我哥。', '大家叫阿姨来。']) nothingMasked(t);
  });

  it('masks a husband\'s full name right after 先生 and the writer\'s name after their village ending the text; not a greeting or a standing', () => {
    expectMasked('我係來電人，先生郭志明在工廠做嘢。', ['郭志明']);
    expectMasked('补贴一直没发。我是红柳村的黄德明。', ['黄德明']);
    for (const t of ['先生您好，我想咨询一下。', '，先生王建军书记在会上讲了。', '补贴一直没发。我是红柳村的村民。', '我是红柳村的老党员。']) nothingMasked(t);
  });

  it('masks the writer\'s full name set off by commas after 我是…人; not a title or a place', () => {
    expectMasked('我是在港口码头扛包的四川人，罗德明，工钱拖了三个月。', ['罗德明']);
    for (const t of ['我是本地人，王书记说了算。', '我是外地人，张家界来的。']) nothingMasked(t);
  });

  it('masks a full name after 老师傅; not the surname and 师傅 alone', () => {
    expectMasked('老师傅杜建国，在厂里干了三十年，房改房的证一直没办。', ['杜建国']);
    for (const t of ['老师傅们都走了。', '修车的李师傅说要等配件。', '老师傅说这个零件不好找。']) nothingMasked(t);
  });

  it('stays linear on repeated reduplications, kinship words and 先生 runs', () => {
    for (const shape of ['东东和', '我老公阿', '先生', '我是阿', '开挖机的', '邻居的', '我是外地人，', '我是' + '人'.repeat(30), '老师傅']) {
      const text = shape.repeat(Math.ceil((1 << 19) / shape.length));
      const started = performance.now();
      redact(text);
      expect(performance.now() - started, shape).toBeLessThan(8000);
    }
  });
});

describe('round 19: names after 叫 with 刚, word surnames after a relative, SMS signatures, sibling pairs, set-off names before a number, 阿-openings (own examples)', () => {
  it('leaves a unit or place ending an unpunctuated text visible (城关中学, not a signer 关中学)', () => {
    for (const t of ['食堂饭菜太贵了学生吃不起希望学校管管城关中学', '路灯坏了三个月请尽快修好东关小学', '乡里的路没人修好几年了请领导看看石门水库', '村里的路烂了好几年没人修请领导看看黄土岭']) expect(redact(t, detectPii(t)), t).toBe(t);
    const signed = '菜市场缺斤少两请市场监管来查王建华';
    expect(redact(signed, detectPii(signed))).not.toContain('王建华');
  });

  it('reads 刚 as the end of a full name with a word surname after 叫, where the clause ends; not the adverb', () => {
    expectMasked('饭店老板叫農建剛。', ['農建剛']);
    expectMasked('那个包工頭叫習海剛', ['習海剛']);
    for (const t of ['我妈叫水刚烧开的时候别动。', '老板叫农民刚来的别干重活。', '镇长叫我们刚到就开会。']) nothingMasked(t);
  });

  it('masks 相/言 as surnames after a relative or 叫 as a full name that ends; not 相信, 相关, 言明', () => {
    expectMasked('我外婆叫相秀英，今年八十八。', ['相秀英']);
    expectMasked('我是他外孙女言晓燕。', ['言晓燕']);
    expectMasked('村民 相德华 13912345678', ['相德华', '13912345678']);
    for (const t of ['我妈相信政府会管的。', '我外婆叫相关部门来看看。', '我爸言明了不去。', '我姐相亲去了。']) nothingMasked(t);
  });

  it('masks a neighbour right after 邻居 though 老汤/老方 is also a word, and 花 after a relative where the name ends', () => {
    expectMasked('是鄰居老方在菜市場門口扶我起來的。', ['老方']);
    expectMasked('收货人写的是我外婆花秀兰，可快递退回去了。', ['花秀兰']);
    for (const t of ['邻居老汤锅天天煮。', '他家老方法不管用。', '我妈花了好多钱。', '我妈花钱大手大脚，']) nothingMasked(t);
  });

  it('masks a married woman by two surnames and 氏 before her age, and a rider or courier set off by a space', () => {
    expectMasked('我外婆吴黄氏九十一了，腿脚不便。', ['吴黄氏']);
    expectMasked('天天被罚。 外卖员 花建军，电动车停错了一次。', ['花建军']);
    for (const t of ['王氏三兄弟在村里开厂。', '外卖员说平台扣钱。', '骑手们都在等单。']) nothingMasked(t);
  });

  it('masks the sender signing an SMS with no punctuation, and a two-character name after a private trade there; not an official', () => {
    expectMasked('短信 三路车又晚点半小时 我上班又迟到扣了钱郑晓军', ['郑晓军']);
    expectMasked('短信 医院停车场收费乱 问谁都不知道 乘客孟凡', ['孟凡']);
    for (const t of ['短信 村里修路的钱去哪了 请问问村支书刘建国', '短信 路灯坏了一个月没人修 找过社区的李主任', '短信 路灯坏了一个月没人修 希望尽快解决', '短信 村里的路灯坏了一个月 镇长刘建国']) nothingMasked(t);
  });

  it('masks two given names alone joined before the siblings they are, and a given-name list after 我跟; not kinship or families', () => {
    expectMasked('秀英和秀芳两姐妹在镇上摆摊，被收了两回钱。', ['秀英', '秀芳']);
    expectMasked('我跟建华、海燕、志刚三个人去的社区。', ['建华', '海燕', '志刚']);
    for (const t of ['村里大哥和二哥两兄弟分家了。', '刘家和李家两兄弟吵架了。', '他们和我们两兄弟一起去的。', '我跟领导、同事三个人去的。']) nothingMasked(t);
  });

  it('masks 大年 ending a rural name, a parent after 家父/家母 in full, and a set-off name before a number after a person word', () => {
    expectMasked('我住得远，叫万大年。', ['万大年']);
    expectMasked('家母曹淑聲是退休教師，今年八十。', ['曹淑聲']);
    expectMasked('医生上班玩手机。 反映人 汤从文 13512345678', ['汤从文', '13512345678']);
    expectMasked('医生上班玩手机。 家长 區詠欣 13512345678', ['區詠欣', '13512345678']);
    for (const t of ['我过大年，回老家。', '家父身体不好，', '家母今年八十了。']) nothingMasked(t);
    expectMasked('家长 请回电 13512345678', ['13512345678']);
  });

  it('masks a word-surname name opening a sentence before a phone, and a text opening with 阿 and a name before what the person does; not 阿姨, 阿里', () => {
    expectMasked('站长请病假去旅游。全建国 13612345678', ['全建国', '13612345678']);
    expectMasked('阿强在菜市场卖鱼，他说管理员收钱不开票。', ['阿强']);
    expectMasked('阿珍姐喺街市開檔，佢話有人收保護費。', ['阿珍']);
    for (const t of ['阿里在杭州有总部。', '阿姨在楼下跳舞。', '阿胶是补品。', '阿尔山今年很冷。']) nothingMasked(t);
  });

  it('masks a nickname after 收废品的, a quoted nickname after a landlord or boss and 叫 or before 的租户, a doubled pet name after 小名; not 收费的, not a thing', () => {
    expectMasked('那个收破烂的老罗，秤上做手脚。', ['老罗']);
    expectMasked('包工头叫“三哥”，谁都不知道他大名。', ['三哥']);
    expectMasked('隔壁那个叫“大个”的租户天天吵。', ['大个']);
    expectMasked('我儿子小名叫乐乐，在幼儿园摔了。', ['乐乐']);
    for (const t of ['收费的小刘说要等。', '老板叫“什么”来着我忘了。', '活动叫“最美窗口”的评比。', '这个节目叫“乐乐”的那一期。']) nothingMasked(t);
  });

  it('masks a nickname before a private trade in brackets and a surname with a kinship address people call someone; not 阿姨 or 大哥 alone', () => {
    expectMasked('饭店天天接公款吃喝。小丽（服务员），电话13612345678', ['小丽', '13612345678']);
    expectMasked('楼上的老人姓潘，大家都叫她潘姨，她儿子在外地。', ['潘姨']);
    for (const t of ['小组（村民）讨论了。', '大家都叫她阿姨，', '大家都叫他大哥，', '大家都叫他向哥，']) nothingMasked(t);
  });

  it('masks a minority name after 同事 and before an elder\'s or a brother\'s address; not 才让 "only then let"', () => {
    expectMasked('我同事次仁多吉租的房子漏雨。', ['次仁多吉']);
    expectMasked('我们楼里的道尔吉大叔摔了一跤。', ['道尔吉']);
    expectMasked('会上，嘎查的强巴老人说补偿款没给。', ['强巴']);
    for (const t of ['才让大哥先走，', '村里的才让大哥先走了。', '格桑花开了大家都来看。']) nothingMasked(t);
  });

  it('stays linear on the new cues repeated', () => {
    for (const shape of ['我同事扎西平措租', '的强巴老人', '巴特爾大哥', '小敏（服务员）', '都叫她柳姨，', '收废品的老钟，', '房东叫“老五”', '小名叫豆豆，', '老闆叫習永剛', '我奶奶叫相玉珍', '鄰居老湯在', '骑手 花志勇 ', '我婆婆钱陈氏八十七了', '扣钱詹小军 ', '我跟春花、', '金花和银花两姐妹', '叫贺大年。', '家父何振聲是', '反映人 沈从容 18607276023 ', '。向国庆 13787490451', '。阿杰在', '阿']) {
      const text = shape.repeat(Math.ceil((1 << 19) / shape.length));
      const started = performance.now();
      redact(text);
      expect(performance.now() - started, shape).toBeLessThan(8000);
    }
  });
});

describe('round 20: full names after 叫 at a clause end, name fields, nicknames before numbers, spaced and minus-joined numbers (own examples)', () => {
  it('reads a full name after 我叫 or a relative’s 叫 where the clause ends, whatever its surname; not 叫 + what someone is told', () => {
    expectMasked('我叫周满年，想问征地款什么时候到。', ['周满年']);
    expectMasked('我三哥叫支建平，在东莞的厂里打工。', ['支建平']);
    expectMasked('我外婆叫官桂芝，八十多了。', ['官桂芝']);
    for (const t of ['我妈叫我们早点回家，', '我哥叫人来修了，', '我爸叫车送他去医院，', '我姐叫小区物业来看，']) nothingMasked(t);
  });

  it('masks a name field’s value, a word surname too; not 匿名 or a unit', () => {
    expectMasked('姓名：和秀珍，诉求：补偿款没到。', ['和秀珍']);
    expectMasked('开户人：贲国强，工资一直拖着。', ['贲国强']);
    for (const t of ['姓名：匿名，诉求：路灯不亮。', '收款人：县财政局，用途：罚款。']) nothingMasked(t);
  });

  it('masks nicknames and full names right before phone numbers in a list; not a polite form', () => {
    expectMasked('工友电话：老钮 13512345678、小洪 13612345678、阿顺 15012345678', ['老钮', '13512345678', '小洪', '13612345678', '阿顺', '15012345678']);
    expectMasked('联系人：霍先生 13519370048', ['13519370048']);
  });

  it('masks what a person is called by 老/阿 after 叫, and what people call the writer', () => {
    expectMasked('我们班的组长叫老藺，他也拿不到钱。', ['老藺']);
    expectMasked('工友们都叫我“小邹子”，食堂太差了。', ['小邹子']);
    expectMasked('大家叫我明哥，跑网约车的。', ['明哥']);
    for (const t of ['他叫我小心，', '大家叫我大哥，', '听说她叫小周，想写封表扬信。']) nothingMasked(t);
  });

  it('masks a private person by surname, 老 and a sibling number; not a shop named so', () => {
    expectMasked('工钱都被龙老三卷走了。', ['龙老三']);
    nothingMasked('晚上去王老五烧烤吃饭。');
  });

  it('masks a list of full names after a colon that ends in a bracket, a nickname’s full name in brackets, and 夫姓+父姓+氏', () => {
    expectMasked('联名反映：禹长河、柴玉梅、饶小军、解放军（真名）', ['禹长河', '柴玉梅', '饶小军', '解放军']);
    expectMasked('村里的強嫂（強秀英）一个人带三个娃。', ['強嫂', '強秀英']);
    expectMasked('我老婆單周氏嚇得住院了。', ['單周氏']);
    nothingMasked('申请人来自石塘渔村（石塘渔村）。');
  });

  it('reads a mobile typed digit by digit and one joined by minus signs; not spaced page numbers', () => {
    expectMasked('孩子爸爸的电话 1 3 9 7 2 2 8 4 0 6 7', ['1 3 9 7 2 2 8 4 0 6 7'], ['mobile']);
    expectMasked('电话：１３６−７２２０−５１９８，', ['１３６−７２２０−５１９８'], ['mobile']);
    nothingMasked('见第 1 3 5 7 9 页');
  });

  it('masks the plate of a car someone drives (开一辆), not an official’s; and a home after 独居于', () => {
    expectMasked('收卡的人开一辆白色的哈弗，车牌鄂S·5G627。', ['鄂S·5G627'], ['plate']);
    nothingMasked('局长开一辆公车，车牌鄂S·5G627。');
    expectMasked('家母獨居於洄灣鎮上河街63號。', ['洄灣鎮上河街63號'], ['address']);
  });

  it('leaves a unit’s landline visible right after its name or before its office hours; a home line stays masked', () => {
    for (const t of ['县社保局：0731-4326018（工作日），', '镇防汛辦0731-6223110，有险情请报告。', '监察大队在管委会一楼，电话0731-5102345，工作日上午办公。', '县教育局的基础教育股电话0731-6228451，']) nothingMasked(t);
    expectMasked('我家电话0731-6228451，晚上打。', ['0731-6228451'], ['landline']);
    expectMasked('我住在村委会旁边，家里电话0731-6228451', ['0731-6228451'], ['landline']);
  });

  it('reads 华人 or a nationality after 我是 as what the writer is, not a name; 韩国栋 is still a name', () => {
    for (const t of ['我是新山的華人，想找我姑婆。', '我是苗族，在镇上开店。']) nothingMasked(t);
    expectMasked('来电人 韩国栋 电话 18983357026', ['韩国栋', '18983357026']);
  });
});

describe('round 21: the north-west’s Hui surnames, names after a relative or a fellow villager, resettlement homes (own examples)', () => {
  it('reads 妥, 锁, 喇, 冶 as surnames and 撒, 者, 虎, 线, 海, 拓 after a relative or a villager', () => {
    expectMasked('村民妥桂兰反映，水管冻了。', ['妥桂兰']);
    expectMasked('额男人撒建国在矿上干了十年。', ['撒建国']);
    expectMasked('社员者富贵、马占海都能作证。', ['者富贵', '马占海']);
    expectMasked('签名：马明志13830960000、海秀梅15339360000', ['马明志', '13830960000', '海秀梅', '15339360000']);
    for (const t of ['我爸海边散步去了。', '村民和平共处。', '我男人线路不熟。', '拓宽马路的事没人管。']) nothingMasked(t);
  });

  it('masks a resettlement village’s home by area, row and number', () => {
    expectMasked('反映人马志强，2區6排4號，房子裂了。', ['马志强', '2區6排4號'], ['name', 'address']);
  });

  it('leaves words the new surnames begin, 占 ending a word and 名叫 + a thing visible', () => {
    for (const t of ['个别领导妥善处理了。', '村民锁定了目标。', '村里的喇叭坏了。', '主任占领了会议室，游子占有房子。', '平台名叫信息网，', '项目名叫代表性，']) nothingMasked(t);
    expectMasked('我叫秦满年，', ['秦满年']);
  });

  it('masks a private truck’s trailer plate (four characters and 挂) and a joint letter’s 代表：; not an official’s car', () => {
    expectMasked('我是跑长途的司机，挂车甘H·5821挂被扣了。', ['甘H·5821挂'], ['plate']);
    nothingMasked('局长的车甘H·5821挂。');
    expectMasked('代表：海明德（2區6排4號）', ['海明德', '2區6排4號'], ['name', 'address']);
  });
});

describe('round 22: joint letters with workers’ codes, urban-village homes, Cantonese and Hong Kong forms (own examples)', () => {
  it('reads a phone after a worker’s code, and masks the code and the name before it in a list', () => {
    expectMasked('欠薪名单（姓名、工号、电话）：包海东 KD0615 13712340986；谢春兰 KD0620 15820011234', ['包海东', 'KD0615', '13712340986', '谢春兰', 'KD0620', '15820011234']);
    expectMasked('联名：程志远（工号QX-30112，电话13600001111）、潘月娥（QX-30115，18922223333）', ['程志远', 'QX-30112', '13600001111', '潘月娥', 'QX-30115', '18922223333']);
    // Without a worker's number in the text, one code before a phone is left as it is; the phone is still masked.
    expectMasked('型号AB120 13912345678', ['13912345678'], ['mobile']);
  });

  it('reads a Hong Kong number written 852 and two fours, and a number before 户名', () => {
    expectMasked('我叫梁子健，852 6123 4567。', ['梁子健', '852 6123 4567']);
    expectMasked('收款的支付宝是 139 0000 1234 户名 方永红。', ['139 0000 1234', '方永红']);
    nothingMasked('用支付宝交的。');
  });

  it('masks an urban village’s lane home (with its village, a block and 之N) and a factory dorm room', () => {
    expectMasked('我住河口村三巷7號之二，漏水。', ['河口村三巷7號之二']);
    expectMasked('榕树村四坊五巷12号之一的屋主不修。', ['榕树村四坊五巷12号之一']);
    expectMasked('我住宏达电子C栋宿舍215房，没有热水。', ['宏达电子C栋宿舍215房']);
    // A lane with no home's mark is a lane, shared by many.
    nothingMasked('三巷的路灯坏了。');
  });

  it('masks e-bike plates with a city’s two characters after 车牌, two-place plates, residence permits and shareholder cards', () => {
    expectMasked('我的电动车车牌江门B·31275被扣了。', ['江门B·31275']);
    expectMasked('我是跑两地牌的司机，车牌粤Z·H512港。', ['粤Z·H512港']);
    expectMasked('我的车牌是湘L·T2216。', ['湘L·T2216'], ['plate']);
    expectMasked('我的居住证号是GZ1809123456，积分不够。', ['GZ1809123456'], ['member_number']);
    expectMasked('股民证号系KW3-0091，分红冇发。', ['KW3-0091'], ['member_number']);
    expectMasked('我護照號碼 302918475，想問續簽。', ['302918475']);
  });

  it('masks names after 今欠到, a child’s word, a role one is cheated by, and Cantonese nicknames', () => {
    expectMasked('今欠到龚文斌人民币伍仟元整。', ['龚文斌']);
    expectMasked('小的彭佳怡上二年级。', ['彭佳怡']);
    expectMasked('四川小伙子罗志勇冲进去救人。', ['罗志勇']);
    expectMasked('包工头老蒲拿走了工钱，中介杜老四也不管。', ['老蒲', '杜老四']);
    expectMasked('我是被中介“阿坤”骗的。', ['阿坤']);
    expectMasked('工友肥仔华被打了，大家叫他肥陈。', ['肥仔华', '肥陈']);
    expectMasked('我係石岗村嘅梁伯，條路爛咗。', ['梁伯']);
    expectMasked('老乡谭大哥的电话我有。', ['谭大哥']);
    expectMasked('叫我小龚就行。', ['小龚']);
    expectMasked('我叫區志明，', ['區志明']);
    for (const t of ['包工头老板不发钱。', '减肥仔细看看。', '他们收取的“管理费”太高。', '我叫区政府，', '孩子上学难。']) nothingMasked(t);
  });
});

describe('round 23: Russian and Korean numbers, forestry quarters, village hamlet homes, Manchu and Korean names (own examples)', () => {
  it('masks Russian mobiles with +7 (and 8 + 3-3-2-2 after 电话), and a Korean registration number after its word', () => {
    expectMasked('他在伯力的电话+7 921 503-44-18，打不通。', ['+7 921 503-44-18'], ['mobile']);
    expectMasked('俄罗斯手机+7 (924) 208 11 36', ['+7 (924) 208 11 36'], ['mobile']);
    expectMasked('我的电话8 914 377 20 61，', ['8 914 377 20 61'], ['mobile']);
    expectMasked('外国人登录证号 810312-5123456，要延期。', ['810312-5123456'], ['id_number']);
    nothingMasked('第8 914 377 20 61页');
  });

  it('masks a forestry farm’s family quarters and a hamlet home after 屯 or 堡, a care home’s room with its floor', () => {
    expectMasked('我住青松林场家属房4排6号，炕凉。', ['青松林场家属房4排6号'], ['address']);
    expectMasked('他家在柳条屯三组9号。', ['柳条屯三组9号'], ['address']);
    expectMasked('我娘住在养老院三楼305房。', ['养老院三楼305房'], ['address']);
    nothingMasked('家属房年久失修，三组的路也坏了。');
  });

  it('reads Cyrillic and transliterated Russian names, certificates of land by 字 and 第 号, a policy number and a cooperative member’s number', () => {
    expectMasked('合作方 Ольга Петрова 没付钱。', ['Ольга Петрова'], ['name']);
    expectMasked('合伙人库兹列夫欠我钱，和瓦西列夫一起的。', ['库兹列夫', '瓦西列夫']);
    expectMasked('俺家林权证号青林证字（2011）第0392号。', ['青林证字（2011）第0392号']);
    expectMasked('保单号是RB-HL-2025-10293，没赔。', ['RB-HL-2025-10293']);
    expectMasked('社员证号QT-0072，分红没到。', ['QT-0072']);
    for (const t of ['我丈夫去了。', '他功夫好。', '学的斯基。']) nothingMasked(t);
  });

  it('reads 那, 回, 富 and 玄 as surnames where a name is expected, and a name before a home in a list', () => {
    expectMasked('我叫那春山，住东街。', ['那春山']);
    expectMasked('我爸富长海当了三十年护林员。', ['富长海']);
    expectMasked('我妹妹玄英兰在韩国。', ['玄英兰']);
    expectMasked('住户：郎德福 家属房1排2号；回秀英 家属房1排4号', ['郎德福', '家属房1排2号', '回秀英', '家属房1排4号']);
    for (const t of ['我爸那天来了。', '我妈回来了。', '我哥富起来了。', '家里的玄关坏了。']) nothingMasked(t);
  });

  it('masks a private person’s car named after 俺', () => {
    expectMasked('俺的车吉H·5K207被贴了条。', ['吉H·5K207'], ['plate']);
  });
});

describe('round 24: Yi names by clan, Kham Tibetan names, a Han name in brackets, settlement areas by letter (own examples)', () => {
  it('masks a Yi name of four characters whose first two are a clan name, where a name stands', () => {
    expectMasked('我叫吉克阿木，住安置点。', ['吉克阿木']);
    expectMasked('我老公曲比拉且在东莞打工。', ['曲比拉且']);
    expectMasked('联名：海来木呷 13512345678、阿苦伍沙 18712345678', ['海来木呷', '13512345678', '阿苦伍沙', '18712345678']);
    expectMasked('来电人：俄木日哈（汉名 张建华），', ['俄木日哈', '张建华']);
    // A clan name with a title is a person in their office; a clan name inside a word is no name.
    for (const t of ['沙马老师在中心校教书。', '乡长沙玛伍力说要搬。', '我们的日子好过了。', '阿拉今朝去上班。']) nothingMasked(t);
  });

  it('masks a Kham Tibetan name of two components, and a settlement home by a lettered area', () => {
    expectMasked('我叫四郎彭措，藏族。', ['四郎彭措']);
    expectMasked('我老公泽仁多杰被拉去修路。', ['泽仁多杰']);
    expectMasked('我家在C区2排6号，没通电。', ['C区2排6号'], ['address']);
  });
});

describe('round 25: lane-house rooms, cards in spaced groups, foreign residents’ names, Japanese surnames (own examples)', () => {
  it('masks a lane house’s room with its number, and a bare number with its room after 住', () => {
    expectMasked('我住福佑路45弄7号亭子间，漏雨。', ['福佑路45弄7号亭子间'], ['address']);
    expectMasked('租在福佑路45弄7号三楼后楼，二房东不修。', ['福佑路45弄7号三楼后楼']);
    expectMasked('外婆住12号前楼。', ['12号前楼'], ['address']);
    nothingMasked('亭子间的窗坏了。');
  });

  it('masks a card’s number written in groups, or a letter code, after the card’s word', () => {
    expectMasked('医保卡号 1302 5571 98，结算不了。', ['1302 5571 98'], ['member_number']);
    expectMasked('就诊卡 RJ2024061188，挂不上号。', ['RJ2024061188'], ['member_number']);
  });

  it('masks names after an English word for the person, an e-mail sender, Korean romanized and Japanese names', () => {
    expectMasked('The landlord 储志明 refuses to fix it.', ['储志明'], ['name']);
    expectMasked('my son Oliver Grant is in Year 3', ['Oliver Grant'], ['name']);
    expectMasked('From: Julia Brandt <jb@example.de>', ['Julia Brandt', 'jb@example.de']);
    expectMasked('我是 Jung Hye-jin，韩国人。', ['Jung Hye-jin'], ['name']);
    expectMasked('丈夫佐藤健二在日企上班。', ['佐藤健二'], ['name']);
    expectMasked('台商汤振邦反映厂房租金。', ['汤振邦'], ['name']);
    for (const t of ['The landlord refuses to fix it.', '山田里种了水稻。', '福田区的地铁口。']) nothingMasked(t);
  });
});

describe('round 26: borderland numbers, regiment and herder homes, certificates, transliterated names (own examples)', () => {
  it('masks Kazakh and Mongolian numbers', () => {
    expectMasked('他在阿拉木图的电话+7 702 418 63 27。', ['+7 702 418 63 27'], ['mobile']);
    expectMasked('哈国号码+7 (705) 962-13-47，微信不用。', ['+7 (705) 962-13-47'], ['mobile']);
    expectMasked('买家电话+77014829365，不接。', ['+77014829365'], ['mobile']);
    expectMasked('他的号码8 747 310 85 22，打不通。', ['8 747 310 85 22'], ['mobile']);
    expectMasked('蒙古国客户电话+976 8812 4570。', ['+976 8812 4570'], ['mobile']);
    nothingMasked('口岸一天过了8 747辆车。');
  });

  it('masks a regiment’s company housing and a herder’s numbered camp, with its village', () => {
    expectMasked('我家在一二一团三连二排7号，房子裂了。', ['一二一团三连二排7号'], ['address']);
    expectMasked('联名：王建军 4连1排6号 13899631057；', ['王建军', '4连1排6号', '13899631057']);
    expectMasked('家在乌兰嘎查3号牧点，棚圈倒了。', ['乌兰嘎查3号牧点'], ['address']);
    expectMasked('冬窝子在萨尔布拉克村阔克沟5号户，要搬迁。', ['萨尔布拉克村阔克沟5号户'], ['address']);
    nothingMasked('三连二排的战士在训练。');
    nothingMasked('牧点离镇上有八十公里。');
  });

  it('masks a house in a lane after a word of the writer’s home, and the neighbour’s beside it', () => {
    expectMasked('我家红柳巷8号，他家9号，他家的羊跑进来。', ['红柳巷8号', '9号'], ['address', 'address']);
    expectMasked('店和家在一起，胡杨路21号。', ['胡杨路21号'], ['address']);
    nothingMasked('红柳巷8号的路灯坏了。');
  });

  it('masks certificates in their own format where a certificate is named, also further down a list', () => {
    expectMasked('草原承包经营权证 蒙（2019）乌兰旗草原承包第0312号，补奖少了；另一户蒙（2019）乌兰旗草原承包第0318号也少了。', ['蒙（2019）乌兰旗草原承包第0312号', '蒙（2019）乌兰旗草原承包第0318号']);
    expectMasked('边民证号：新边（2018）字第06231号。', ['新边（2018）字第06231号'], ['member_number']);
    expectMasked('边民证 XBM-653128-0417，额度超了。', ['XBM-653128-0417'], ['member_number']);
    nothingMasked('县政府（2019）第0312号文件说了。');
    expect(redact('罚单编号 FJ-2025-0412，交了罚款。')).toBe('罚单编号 ＊＊＊＊＊＊＊＊＊＊＊＊，交了罚款。'); // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
  });

  it('masks transliterated names joined by a hyphen or a full-width stop, after a role, opening a sentence, and in lists', () => {
    expectMasked('我是阿不都-热合曼，电话13899631057。', ['阿不都-热合曼', '13899631057']);
    expectMasked('邻居努尔兰．巴合提把路堵了。', ['努尔兰．巴合提'], ['name']);
    expectMasked('拉煤车司机巴特尔，在矿上等了两天。', ['巴特尔'], ['name']);
    expectMasked('货款被中间人马永福拖了四个月。', ['马永福'], ['name']);
    expectMasked('房东者德清说要涨租。', ['者德清'], ['name']);
    expectMasked('阿力木江，东门巴扎卖干果的，电话13899631057。', ['阿力木江', '13899631057']);
    expectMasked('户主：乌兰其其格 3号牧点 15847791036；', ['乌兰其其格', '3号牧点', '15847791036']);
    expectMasked('名单：阿不都拉 边民证XBM-653128-0552；', ['阿不都拉', 'XBM-653128-0552']);
    expectMasked('合作伙伴Nurlan Seitkali说货早发了。', ['Nurlan Seitkali'], ['name']);
    for (const t of ['阿克苏，今年的苹果丰收了，卖了3000吨。', '司机说路不好走。', '苏木的干部来了。', '我是边民，在互市点卖货。', '俺孙子发烧了。']) nothingMasked(t);
  });
});

describe('round 27: island names and homes, spaced compounds, Vietnamese names, English cues (own examples)', () => {
  it('masks a Hainanese woman’s name with 妚', () => {
    expectMasked('我系红树村个王妚花，屋顶被台风掀了。', ['王妚花'], ['name']);
    expectMasked('阿婆符妚三今年八十了。', ['符妚三'], ['name']);
    nothingMasked('妚字怎么读？');
  });

  it('masks a compound’s home written with spaces, and a farm team’s house', () => {
    expectMasked('I live at 椰林社区 5栋 1801, the lift is broken.', ['椰林社区 5栋 1801'], ['address']);
    expectMasked('住海景公寓 B座 1207，楼上漏水。', ['海景公寓 B座 1207'], ['address']);
    expectMasked('老屋在东风华侨农场六队12号，塌了一半。', ['东风华侨农场六队12号'], ['address']);
    expectMasked('我家七队20号的屋顶漏了。', ['七队20号'], ['address']);
    nothingMasked('椰林社区 5栋的电梯坏了。');
    nothingMasked('华侨农场六队有12户人家。');
  });

  it('masks Vietnamese names with their diacritics, cued codes and certificates, and names after English role words', () => {
    expectMasked('我母亲阮氏梅（Nguyễn Thị Mai）是越南人。', ['阮氏梅', 'Nguyễn Thị Mai']);
    expectMasked('联系人 Trần Văn Phúc，已回国。', ['Trần Văn Phúc'], ['name']);
    expectMasked('归侨证 NM-1978-1126 丢了。', ['NM-1978-1126'], ['member_number']);
    expectMasked('合同编号 HT-LW-2024-0083，工伤不认。', ['HT-LW-2024-0083'], ['member_number']);
    expectMasked('有七十年代的宅基地证 红字第0318号。', ['红字第0318号'], ['member_number']);
    expectMasked('They kept my passport (No. 548127036) since March.', ['548127036'], ['id_number']);
    expectMasked('Landlord 卢兆丰 suddenly raised the rent.', ['卢兆丰'], ['name']);
    expectMasked('My aunty 郭凤英 lives in the farm.', ['郭凤英'], ['name']);
    expectMasked('Hello, my name is Sarah Long, an English teacher.', ['Sarah Long'], ['name']);
    for (const t of ['The boss is not here.', '越南的Phở很好吃。', '港务公司客服0898-6632 8800打不通。']) nothingMasked(t);
  });
});

describe('round 28: platform workers, south-western family words and homes, online names (own examples)', () => {
  it('masks a vehicle identification number and platform workers’ numbers, with the ones a list gives', () => {
    expectMasked('二手车车架号LHGCM56638A012345，卖的时候说没出过事。', ['LHGCM56638A012345'], ['plate']);
    expectMasked('我跑货运的，司机编号HY-2031-5567，平台乱扣钱。', ['HY-2031-5567'], ['member_number']);
    expectMasked('两个骑手编号分别是QS104455、QS104466，站点不给结工资。', ['QS104455', 'QS104466']);
    expectMasked('外卖骑手：宋德兵（骑手ID 40112233）、贾小勇（40118899），都被罚了。', ['宋德兵', '40112233', '贾小勇', '40118899']);
    nothingMasked('车架号码在挡风玻璃下面能看到。');
    nothingMasked('骑手编号在哪里查？');
  });

  it('masks names after family words of the south-west and an aunt called 孃孃, not a shop of that name', () => {
    expectMasked('我老汉儿谭永富七十九了，低保停了。', ['谭永富'], ['name']);
    expectMasked('我幺爸邓永明在码头当棒棒。', ['邓永明'], ['name']);
    expectMasked('我家娃儿简思远在二小读书。', ['简思远'], ['name']);
    expectMasked('楼上周孃孃家的水管漏了。', ['周孃孃'], ['name']);
    expectMasked('食堂的何秀芝孃孃退休了。', ['何秀芝孃孃'], ['name']);
    nothingMasked('“张孃孃酸辣粉”门口的路灯坏了。');
    nothingMasked('孃孃们在广场跳舞，声音太大。');
  });

  it('masks private persons after who they are (a seller, a flatmate, an employer, a supervisor)', () => {
    expectMasked('卖家廖志国收了钱不发货。', ['廖志国'], ['name']);
    expectMasked('我室友秦雪借了网贷，催收打到我这里。', ['秦雪'], ['name']);
    expectMasked('雇主家的女主人孔丽华经常骂人。', ['孔丽华'], ['name']);
    expectMasked('公司主管甘德胜要我们拉新人。', ['甘德胜'], ['name']);
    nothingMasked('卖家不发货，平台不管。');
    nothingMasked('主管部门一直不回复。');
  });

  it('masks online names where they are introduced, and a nickname before the real name', () => {
    expectMasked('主播“麻辣小鱼”直播时骂人。', ['麻辣小鱼'], ['name']);
    expectMasked('我网名叫“山茶花开”，账号被盗了。', ['山茶花开'], ['name']);
    expectMasked('网红主播Coco（真名贝小婷）卖假货。', ['Coco', '贝小婷'], ['name', 'name']);
    expectMasked('他微博@zhangsan_cq天天骂我。', ['@zhangsan_cq']);
    expectMasked('做微商的辣妹子，大名颜春梅，卷款跑了。', ['辣妹子', '颜春梅']);
    expectMasked('你好，我是Lucy的妈妈，学校要求天天打卡。', ['Lucy'], ['name']);
    nothingMasked('主播说明天降价。');
    nothingMasked('官方微博@岚江发布已经回复了。');
    nothingMasked('他是我们村的老熟人，大名谁都知道。');
  });

  it('masks homes of a mountain city: annex numbers, floors below the entrance, a lane flat, a dormitory room', () => {
    expectMasked('我住石门坎巷12号附3号2楼，墙裂了。', ['石门坎巷12号附3号2楼'], ['address']);
    expectMasked('租的房子在翠湖苑4栋负2-3。', ['翠湖苑4栋负2-3'], ['address']);
    expectMasked('快递员到桂花坡18号3-2每件多收五块。', ['桂花坡18号3-2'], ['address']);
    expectMasked('我们宿舍竹园3舍412的热水坏了。', ['竹园3舍412'], ['address']);
    expectMasked('户口簿户号500112009988，派出所说有问题。', ['500112009988'], ['member_number']);
    expectMasked('借款合同编号是QJD-2023-0508-11220，利息太高。', ['QJD-2023-0508-11220'], ['member_number']);
    expectMasked('医保卡在老家办的，卡号K50031207746215，这里刷不了。', ['K50031207746215'], ['member_number']);
    expectMasked('江边的石梯巷15号，住的是我二姨。', ['石梯巷15号'], ['address']);
    nothingMasked('会员卡号在背面。');
    nothingMasked('石梯巷15号是个茶馆。');
    nothingMasked('负2层停车场积水。');
    nothingMasked('石门坎巷要修步道。');
  });

  it('reads 拐 as seven in a number read out', () => {
    expectMasked('电话幺三八 拐洞两三 四五六九，找我。', ['幺三八 拐洞两三 四五六九'], ['mobile']);
    nothingMasked('前面路口拐弯就到。');
  });
});

describe('round 29: a plate whose own sentence says nothing is read by the whole letter (own examples)', () => {
  it('masks the plate of a writer’s or a private person’s vehicle, not an office’s or the police’s', () => {
    expectMasked('我叫龙德贵，跑长途货运。车是黔C·7K215，上个月在服务站被罚。', ['龙德贵', '黔C·7K215']);
    expectMasked('放贷的那伙人开一辆黑色越野车到处转。牌子是湘D·8M826，大家都怕。', ['湘D·8M826'], ['plate']);
    nothingMasked('街道的公车天天接送领导孩子。车牌是湘D·G0826，大家都看见了。');
    nothingMasked('交警队门口停满了车。车牌湘D·5K321的那辆挡了路。');
    nothingMasked('县里的车牌号码湘D开头。');
  });
});

describe('round 30: a border prefecture — foreign numbers, Burmese, Jingpo and Lao names, Dai names, village homes (own examples)', () => {
  it('masks numbers with a South-East Asian country code and a Myanmar mobile written at home', () => {
    expectMasked('他的缅甸电话+95 9 3312 48765一直关机。', ['+95 9 3312 48765'], ['mobile']);
    expectMasked('老挝的号码是+856 20 5518 2943，找阿坤。', ['+856 20 5518 2943']);
    expectMasked('打0095 9 41 227 3016没人接。', ['0095 9 41 227 3016']);
    expectMasked('我的缅甸号09 751 336 208，中国号停了。', ['09 751 336 208']);
    nothingMasked('汇率是+95元一万缅币。');
    nothingMasked('温度升到+30度。');
  });

  it('masks Burmese names after their honorific or of their syllables, Jingpo names by clan, Lao names, and a Myanmar card', () => {
    expectMasked('货主U Kyaw Soe欠我两车香蕉钱。', ['U Kyaw Soe'], ['name']);
    expectMasked('我老婆Daw Mya Thida在医院。', ['Daw Mya Thida'], ['name']);
    expectMasked('工友Aung Min Thu受伤了。', ['Aung Min Thu'], ['name']);
    expectMasked('我爱人Marip Bawk Ja要办证。', ['Marip Bawk Ja'], ['name']);
    expectMasked('工人Khamla Sisouvanh的护照被扣了。', ['Khamla Sisouvanh'], ['name']);
    expectMasked('她的身份证12/MaYaKa(N)204518丢了。', ['12/MaYaKa(N)204518'], ['id_number']);
    expectMasked('护照被工头收走了：阿坤的P3018842、阿明的P3018857。', ['P3018842', 'P3018857'], ['id_number', 'id_number']);
    nothingMasked('护照办理要带照片。');
    expectMasked('我的边民证号BM5331098876过期了。', ['BM5331098876'], ['member_number']);
    nothingMasked('The Golden Triangle Hotel is closed.');
    nothingMasked('我在Hong Kong Plaza买的手机。');
  });

  it('masks Dai names where a person is introduced, and a name after the writer’s ethnic group; not jade or rock', () => {
    expectMasked('我是曼弄村的岩温叫，今年五十八。', ['岩温叫'], ['name']);
    expectMasked('我女儿玉香罕在县一中读书。', ['玉香罕'], ['name']);
    expectMasked('我是傣族玉应香，电话137 0691 2286。', ['玉应香', '137 0691 2286']);
    expectMasked('我是景颇族勒托干，在边境打工。', ['勒托干'], ['name']);
    nothingMasked('这块玉光泽很好，岩层也稳。');
    nothingMasked('他卖的玉香气很特别。');
  });

  it('masks a home in a village group with the village’s name, and a private person after a trade', () => {
    expectMasked('家住曼勐寨5组12号，房子裂了。', ['曼勐寨5组12号'], ['address']);
    expectMasked('我是曼丙村民小组21号的。', ['曼丙村民小组21号'], ['address']);
    expectMasked('茶商魏永康包了古茶树就跑了。', ['魏永康'], ['name']);
    nothingMasked('曼勐寨5组的路修好了。');
    nothingMasked('茶商们都在压价。');
  });
});

describe('stop 27: names in Latin letters where the rules read a Chinese one (own examples)', () => {
  it('masks a Latin name after a relative, a workmate, a landlord or a worker, spaced or not, and after 他叫', () => {
    for (const [text, name] of [
      ['我老婆Manivanh娘家在老撾琅南塔，回去要办很多手续。', 'Manivanh'],
      ['店里一个泰国技师 Pimpaka 被客人打了，派出所不管。', 'Pimpaka'],
      ['老挝那边的货主Somphone一直不回消息。', 'Somphone'],
      ['我们房东 Kevin Tan 不退押金。', 'Kevin Tan'],
      ['他叫Jason，说是新加坡来的。', 'Jason'],
    ]) expectMasked(text, [name], ['name']);
  });

  it('masks the Latin name beside a Chinese name the rules found, after a space or in brackets', () => {
    expectMasked('我是郑伟强 Alvin Teh，马来西亚来的。', ['郑伟强', 'Alvin Teh']);
    expectMasked('联系人郭凤英（Kok Fong Eng），电话我另发。', ['郭凤英', 'Kok Fong Eng']);
  });

  it('leaves contact fields, nationalities and English words after those cues', () => {
    for (const text of ['居民陳家豪 Email：chen@example.com', '我老婆Malaysian，在这边没户口。', '房东Thanks都不说一句。']) {
      const names = detectPii(text).filter((s) => s.kind === 'name').map((s) => text.slice(s.start, s.end));
      expect(names.filter((n) => /[A-Za-z]/.test(n)), text).toEqual([]);
    }
  });

  it('stays linear on these cues and on the model of numbers\' shapes repeated', () => {
    for (const shape of ['我老婆Manivanh ', '郑伟强 Alvin Teh，', '陳家豪 Email：', '12 345 ', '准考证 302115080127 ', 'ＲＭＢ８８００００']) {
      const text = shape.repeat(Math.ceil((1 << 19) / shape.length));
      const started = performance.now();
      redact(text);
      expect(performance.now() - started, shape).toBeLessThan(8000);
    }
  });
});

describe('stop 28: homes by their room or their lane, holders\' numbers, Latin names in English and pinyin (own examples)', () => {
  it('masks a room after its building, floor or unit, a room with 房, and a house in a village\'s numbered lane', () => {
    const masked = (text: string) => detectPii(text, null).filter((s) => s.kind === 'address').map((s) => text.slice(s.start, s.end));
    expect(masked('租户代表：陈立新（3楼305），我们都交了押金。')).toContain('3楼305');
    expect(masked('楼下2单元1005的住户把走廊堆满了纸箱。')).toContain('2单元1005');
    expect(masked('我係石角圍東區7棟602嘅租客，業主唔退按金。')).toContain('石角圍東區7棟602');
    expect(masked('隔壁308房的租客半夜唱歌，吵得孩子睡不着。')).toContain('308房');
    expect(masked('阿爸嘅老屋喺禾塘村西四巷11號，舊改話要拆。')).toContain('禾塘村西四巷11號');
    expect(masked('我住东区6舍318，宿舍楼的热水器坏了一个月。')).toContain('东区6舍318');
    expect(masked('楼下锦绣名苑3栋402被改成了群租房。')).toContain('锦绣名苑3栋402');
    expect(masked('楼下锦绣名苑3栋402被改成了群租房。')).not.toContain('楼下锦绣名苑3栋402');
  });

  it('leaves a hotel\'s room, an office\'s room and a shop in a lane', () => {
    for (const text of [
      '出差住在海景酒店808房，空调坏了两天没人修。',
      '医保窗口搬到了政务服务中心2楼215室，门口没有指示牌。',
      '禾塘村西二巷17号的早餐店天天占道经营。',
      '修车铺开在禾塘村北二巷15号，晚上十点还在喷漆。',
      '每月还3000房贷压力很大，新增2000房源也买不起。',
      '请大家到3楼301会议室开会。',
      '这栋楼共32层1280套，只有两部电梯。',
      '如家酒店的808房空调坏了。',
    ]) expect(detectPii(text, null).filter((s) => s.kind === 'address').map((s) => text.slice(s.start, s.end)), text).toEqual([]);
  });

  it('masks a shareholder\'s, a permit holder\'s, an applicant\'s and an account holder\'s number; not an office\'s account', () => {
    expectMasked('我是老股东，股东编号XJ-0318，今年分红少了一半。', ['XJ-0318'], ['member_number']);
    expectMasked('我的居住证号JZ4401062019050321，积分一直算错。', ['JZ4401062019050321'], ['member_number']);
    expectMasked('孩子的学位申请编号XW2025-HD-004127，审核说材料不全。', ['XW2025-HD-004127'], ['member_number']);
    expectMasked('我的淘宝账号linxm_1988被人盗了。', ['linxm_1988'], ['member_number']);
    for (const text of ['捐款请汇到县慈善总会，账号4100 2011 0800 1234。', '合作社的对公账号是22070301040012345。', '我的淘宝账号2023年就注册了。', '居住证180天内办好。']) {
      expect(detectPii(text, null).filter((s) => s.kind === 'member_number'), text).toEqual([]);
    }
  });

  it('masks a Latin name after the writer\'s relation in English, a pinyin self-introduction, and a signature after a dash', () => {
    expectMasked('my flatmate Rahul Mehta lost his bag near the station, please call me.', ['Rahul Mehta']);
    expectMasked('My team lead Vincent Chow keeps us until midnight.', ['Vincent Chow']);
    expectMasked('wo jiao Qin Meiling, zai dianzichang shangban.', ['Qin Meiling']);
    expectMasked('huming Gao Jianguo de ka bei dongjie le.', ['Gao Jianguo']);
    expectMasked('The street lights on our lane have been off for a month. — Grace Leung', ['Grace Leung']);
    for (const text of ['my landlord Mr and his wife moved out.', 'wo shi zai dianzichang de.', 'Thanks for fixing the lights. — Hong Kong']) {
      expect(detectPii(text).filter((s) => s.kind === 'name').map((s) => text.slice(s.start, s.end)), text).toEqual([]);
    }
  });

  it('masks a father in Hui and Salar speech, a Salar surname, a phone after any country code, a health card\'s number; not an ethnic group', () => {
    expectMasked('我阿大马永清七十九了，低保停了半年。', ['马永清'], ['name']);
    expectMasked('店里的伙计冶小军拿了钱就跑了。', ['冶小军'], ['name']);
    expectMasked('阿嫲吳秀蓮今年九十歲，行唔到路。', ['吳秀蓮'], ['name']);
    expectMasked('老乡邱建平在城中村开了家米粉店。', ['邱建平'], ['name']);
    nothingMasked('我一個女仔住，好驚。');
    expectMasked('我叫撒玉兰，在县城开刺绣店。', ['撒玉兰'], ['name']);
    expectMasked('我在迪拜的电话+971 52 418 6630，晚上打。', ['+971 52 418 6630'], ['mobile']);
    expectMasked('我的健康证号JKZ2024-11873，到了外地说不认。', ['JKZ2024-11873'], ['member_number']);
    expectMasked('联系人 韩兰芳（撒拉族），电话我另发。', ['韩兰芳'], ['name']);
    for (const text of ['撒谎的人总有一天会被揭穿。', '涨幅+12.5%，收入+3000元。', '账户余额+1 000 000 000.00元。']) nothingMasked(text);
    expectMasked('邻居老建国说这事他也见过。', ['老建国'], ['name']);
  });

  it('masks two or three capitalized words standing alone as a name, with no cue', () => {
    expectMasked('寄给马尼拉的堂叔Lim Chong Hui的钱，银行说收款人信息不符。', ['Lim Chong Hui'], ['name']);
    expectMasked('印尼的亲戚Budi Hartono想回乡祭祖，签证怎么办？', ['Budi Hartono'], ['name']);
    expectMasked('the village head told Marcus Teo to wait another month.', ['Marcus Teo'], ['name']);
    expectMasked('澳门那边登记的名字是葡文拼法“Chan Ka Man”，对不上。', ['Chan Ka Man'], ['name']);
    expectMasked('Dear Mary Chan, the lift is broken again.', ['Mary Chan'], ['name']);
    // (Hong, Kong, Park and Moon alone are surnames; Hong Kong together is a place.)
    expectMasked('我表哥Hong Weiming在厦门打工，工资被拖欠。', ['Hong Weiming'], ['name']);
    expectMasked('韩国媳妇Park Min-ji的签证快到期了。', ['Park Min-ji'], ['name']);
    expectMasked('越南媳妇Đặng Thị Lan在镇卫生院生孩子，要交押金。', ['Đặng Thị Lan'], ['name']);
    expectMasked('俄罗斯游客Ирина Соколова的护照丢在出租车上了。', ['Ирина Соколова'], ['name']);
    expectMasked('希腊来的Ελένη Παππά住在隔壁，房东不退押金。', ['Ελένη Παππά'], ['name']);
  });

  it('leaves places, greetings, institutions, pinyin places and English in title case', () => {
    for (const text of [
      'Dear Sir, the lights on our lane are off.',
      '我在Hong Kong工作，周末回来。',
      '从Kuala Lumpur寄回来的包裹被扣了。',
      'wo zai Zhejiang Jiaxing da gong.',
      "I'm a foreign engineer living in Shapu Tou, no English hotline after 6pm.",
      '我的Home Return Permit过期了。',
      'I rent at Lok Wah Court, the lift is broken.',
      'Street Light Broken On Main Square Again',
      'Please Help Us Fix The Lights',
      '我在Shopee Store买的东西没到。',
      'Illegal Parking on our lane every night, nobody comes.',
      'Broken Lift In Block 3 since last week.',
      '我住在Mong Kok，周末去Causeway Bay。',
      'Wi-Fi 信号太差，中秋 Mid-Autumn 也没人修。',
      'my agent Midland Realty never answers.',
      'Thanks for the repair. -- Yours Sincerely',
      'wo shi zhe ge xiaoqu de yezhu.',
    ]) expect(detectPii(text).filter((sp) => sp.kind === 'name').map((sp) => text.slice(sp.start, sp.end)), text).toEqual([]);
  });

  it('stays linear on these shapes repeated', () => {
    for (const shape of ['Lim Chong Hui ', 'Street Light Broken ', 'Dear Sir ', '3楼305，', '西四巷11號', '我阿大马永清', '+971 52 418 6630 ', '股东编号XJ-0318 ', 'my flatmate Rahul ', 'wo jiao Qin ', '— Grace ']) {
      const text = shape.repeat(Math.ceil((1 << 19) / shape.length));
      const started = performance.now();
      redact(text);
      expect(performance.now() - started, shape).toBeLessThan(8000);
    }
  });
});

/** What the rules alone (no learned model) mask in `text`: every span, the names, the spans of one kind (stops 29 and 30). */
const spansOf = (text: string) => detectPii(text, null).map((sp) => text.slice(sp.start, sp.end));
const namesOf = (text: string) => detectPii(text, null).filter((s) => s.kind === 'name').map((s) => text.slice(s.start, s.end));
const kindsOf = (text: string, kind: PiiKind) => detectPii(text, null).filter((s) => s.kind === kind).map((s) => text.slice(s.start, s.end));

describe('stop 29: southern kin and private jobs before a name, a name before its age, village houses, mobiles told in parts (own examples)', () => {
  it('masks a name after Southern Min kin, a third person\'s relative, a late parent and a private job', () => {
    expect(namesOf('我阿叔温德旺是村里的低保户，补助被扣了。')).toContain('温德旺');
    expect(namesOf('我阿母林秀琴七十多岁了，每个月都要去拍视频。')).toContain('林秀琴');
    expect(namesOf('她老公韦建军在工地摔伤了，到现在没赔。')).toContain('韦建军');
    expect(namesOf('先父卓文彬生前捐了一座桥，桥名被改了。')).toContain('卓文彬');
    expect(namesOf('楼管覃海燕每天逼我们在群里打卡。')).toContain('覃海燕');
    expect(namesOf('外贸公司的翻译阮红梅说，检查组一来就要她陪吃饭。')).toContain('阮红梅');
    expect(namesOf('旅居泰国的乡亲蒲家荣捐了五十万，学校连张收据都没给。')).toContain('蒲家荣');
  });

  it('leaves an official body\'s head (理事长) as an official in the role', () => {
    expect(namesOf('區殘聯理事長龐志遠來社區開座談會，記了本子。')).toEqual([]);
  });

  it('reads a name whole where its age follows it', () => {
    expect(namesOf('我外公俞天赐九十二岁，每年要拍视频证明还活着。')).toContain('俞天赐');
    expect(namesOf('我老伴卢秀凤七十三岁，被骗了八万。')).toContain('卢秀凤');
  });

  it('masks a house number in a village\'s or a community\'s named part, with the village, or from the road where a village\'s road is named', () => {
    expect(kindsOf('我家老屋在霞浦村顶厝9号，被划进了示范带。', 'address')).toContain('霞浦村顶厝9号');
    expect(kindsOf('我们是租住南垵村中路12号之5的外地人。', 'address')).toContain('南垵村中路12号之5');
    expect(kindsOf('阿嬤住埔尾社區僑聲路17號之3，一個人住。', 'address')).toContain('埔尾社區僑聲路17號之3');
    for (const text of ['柳营社区5号楼后面的下水道堵了。', '材料交到东岭村委会3号窗口。', '东岭村中街8号的早餐店天天占道经营。', '修车铺开在东岭村南片15号，晚上还在喷漆。']) expect(kindsOf(text, 'address'), text).toEqual([]);
  });

  it('masks a mobile number told in parts, from its first digit to its last', () => {
    expect(kindsOf('电话 139 5077，后面是 0462，我叫柯秀兰。', 'mobile')).toEqual(['139 5077，后面是 0462']);
    expect(kindsOf('有事打我手机187 4433，后四位1536。', 'mobile')).toEqual(['187 4433，后四位1536']);
    expect(kindsOf('号码是139，中间5077，最后0462。', 'mobile')).toEqual(['139，中间5077，最后0462']);
    expect(kindsOf('先交了139元，然后5077元，再交0462元。', 'mobile')).toEqual([]);
  });

  it('masks a plate with two letters before its dot, and the plate of a text that opens with its owner\'s name', () => {
    expect(kindsOf('网约车司机尤永涛，车牌吉HD·82731，被罚了三次。', 'plate')).toEqual(['吉HD·82731']);
    expect(kindsOf('邱永順，車吉H·F7702，罰單亂開。', 'plate')).toEqual(['吉H·F7702']);
  });

  it('masks an English given name before a Han surname, and a Korean given name with its hyphen', () => {
    expect(namesOf('我家孩子Ethan 陳在新加坡出生，回来读小学。')).toContain('Ethan 陳');
    expect(namesOf('表妹 Cindy 林 在纽约，托我问问。')).toContain('Cindy 林');
    expect(namesOf('我是Min-jun Seo，签证延期跑了五趟。')).toContain('Min-jun Seo');
    expect(namesOf('我是Pak Chol-min，也叫朴哲敏。')).toContain('Pak Chol-min');
    for (const text of ['Dear 王，路灯坏了。', 'Hello 李，请回复。', 'Thanks 张。']) expect(namesOf(text), text).toEqual([]);
  });

  it('masks a Korean name in Hangul, and leaves other Korean words', () => {
    expect(namesOf('남순희입니다. 我是南顺姬，住金达莱村。')).toContain('남순희');
    expect(namesOf('宋仁淑（송인숙），七十八歲，住林場。')).toContain('송인숙');
    for (const text of ['저는 한국 사람이에요.', '银行账户是신한은행，转不过来。', '上面寫著“안내데스크”。', '감사합니다！']) expect(namesOf(text), text).toEqual([]);
  });

  it('masks Russian phones, plates and homes', () => {
    expect(kindsOf('Виктор，тел. 8 914 755 02 39. 口岸多收钱。', 'mobile')).toEqual(['8 914 755 02 39']);
    expect(kindsOf('電話+7 423 240-16-88，我是她朋友。', 'mobile')).toEqual(['+7 423 240-16-88']);
    expect(kindsOf('我的车牌М 742 ТР 25被扣了。', 'plate')).toEqual(['М 742 ТР 25']);
    expect(kindsOf('My aunt lives at ул. Светланская, д. 45, кв. 12, Vladivostok.', 'address')).toEqual(['ул. Светланская, д. 45, кв. 12']);
    expect(kindsOf('余额+1 000 000 000.00 元。', 'mobile')).toEqual([]);
  });

  it('masks a messenger\'s account after its name, and a microblog handle in Han characters', () => {
    const handles = (text: string) => detectPii(text, null).filter((s) => s.kind === 'wechat').map((s) => text.slice(s.start, s.end));
    expect(handles('客户的Telegram @lena_sok_vdk，请联系。')).toEqual(['@lena_sok_vdk']);
    expect(handles('KakaoTalk：dongchul_son88，麻烦回个话。')).toEqual(['dongchul_son88']);
    expect(handles('VK: vk.com/sveta_amber25')).toEqual(['vk.com/sveta_amber25']);
    expect(handles('我的微博@圖川小金魚，被找上門。')).toEqual(['@圖川小金魚']);
    for (const text of ['The hotline stays online till midnight.', 'Line 3 of the metro is closed.', 'Telegram is blocked here.', '县里的微博@岚江发布，一直不回。', '官方微博@岚江发布已经回复了。']) expect(handles(text), text).toEqual([]);
  });

  it('masks names after Taiwanese and formal kin words, and a married woman\'s name with her husband\'s surname', () => {
    expect(namesOf('我先生林志明在廠裡做台幹，三個月沒領到薪水。')).toContain('林志明');
    expect(namesOf('外子黃國雄的台胞證一直辦不下來。')).toContain('黃國雄');
    expect(namesOf('阮阿爸蘇文雄八十歲了，健保卡一直補不到。')).toContain('蘇文雄');
    expect(namesOf('我是陳林美玉，在台北。')).toContain('陳林美玉');
    expect(namesOf('報案人：張李秀英，電話0912-345-678。')).toContain('張李秀英');
    expect(namesOf('出租方骆国平，身份证号码另附。')).not.toContain('方骆国平');
    expect(namesOf('帮忙转一下，谢谢大家。')).toEqual([]);
  });

  it('masks a Taiwan resident certificate\'s number in both forms, the older 台胞證 with its letter, and the permit to Taiwan', () => {
    const ids = (text: string) => kindsOf(text, 'id_number');
    expect(ids('我的統一證號A800000014，要補件。')).toEqual(['A800000014']);
    expect(ids('居留證統一證號FC01234562過期了。')).toEqual(['FC01234562']);
    expect(ids('居留證統一證號FC01234563過期了。')).toEqual([]);
    expect(ids('我的台胞證號碼0312345678(B)，過期了。')).toEqual(['0312345678(B)']);
    expect(ids('她的往來台灣通行證T12345678要續簽。')).toEqual(['T12345678']);
  });

  it('leaves a federation\'s, a sign\'s and a notice\'s phone, and masks a home\'s', () => {
    const lines = (text: string) => kindsOf(text, 'landline');
    expect(lines('僑聯的電話0595-8567 2310打了五次都沒人接。')).toEqual([]);
    expect(lines('服务站牌子上的电话0595-8560 3318打过去是空号。')).toEqual([]);
    expect(lines('公示牌上写着镇长的名字和电话0433-7575110，我打过去是传真机。')).toEqual([]);
    expect(lines('我家电话0433-7526604，找我就行。')).toEqual(['0433-7526604']);
  });

  it('masks a forest farm\'s house, a named building\'s door and room, and a group\'s house in brackets after a speaker', () => {
    const homes = (text: string) => kindsOf(text, 'address');
    expect(homes('林場的家青松林場五排3號，冬天沒有煤。')).toEqual(['青松林場五排3號']);
    expect(homes('我家老黑沟林场家属区7号被划在外面。')).toEqual(['老黑沟林场家属区7号']);
    expect(homes('父亲生前一直住建工楼3门202。')).toEqual(['建工楼3门202']);
    expect(homes('金成国（一组3号）发言：广场一直锁着。')).toEqual(['一组3号']);
    expect(homes('我们这学期有3门202人的大课。')).toEqual([]);
  });

  it('reads Arabic-Indic and Persian digits as digits', () => {
    expect(kindsOf('我的手机 +٩٦٤ ٧٧٠ ٤١٨ ٣٣٥٢，请回电。', 'mobile')).toEqual(['+٩٦٤ ٧٧٠ ٤١٨ ٣٣٥٢']);
    expect(detectPii('手機 ۰۹۱۲ ۵۴۰ ۷۷۳۸。', null).map((sp) => sp.end - sp.start)).toEqual([13]);
  });

  it('masks an IBAN whose check holds, a passport\'s machine-readable line, a WhatsApp link and an Emirates ID', () => {
    expect(kindsOf('退款到IBAN PK76HABB0012457901830611，銀行不認。', 'bank_card')).toEqual(['PK76HABB0012457901830611']);
    expect(kindsOf('IBAN AE70 0260 0010 1539 2718 401，銀行說來源不明。', 'bank_card')).toEqual(['AE70 0260 0010 1539 2718 401']);
    expect(kindsOf('IBAN AE70 0260 0010 1539 2718 402，銀行說來源不明。', 'bank_card')).not.toContain('AE70 0260 0010 1539 2718 402');
    expect(kindsOf('他只记得 1829374653DZA8206141M3004113<<<<<<<<<<<<<<00 这一行。', 'id_number')).toEqual(['1829374653DZA8206141M3004113<<<<<<<<<<<<<<00']);
    expect(kindsOf('WhatsApp wa.me/923004471852 银行冻卡半年了。', 'mobile')).toEqual(['wa.me/923004471852']);
    expect(kindsOf('他的阿联酋身份证784-1981-4473065-6，银行要公证。', 'id_number')).toEqual(['784-1981-4473065-6']);
  });

  it('leaves a country or a foreign city read as a name, and Wu\'s 阿拉', () => {
    expect(namesOf('我是苏丹的Abdelmoneim Osman，在物流园上班。')).toEqual(['Abdelmoneim Osman']);
    expect(namesOf('阿拉老人没一个体检过。')).toEqual([]);
    expect(namesOf('来电人 韩国栋 电话没人接。')).toContain('韩国栋');
  });

  it('masks names of up to five capitalized words with their particles, a foreigner\'s Chinese name, a Latin name after kin', () => {
    expect(namesOf('我的岳父Abdullah Yousef Al-Sayed從約旦來探親。')).toContain('Abdullah Yousef Al-Sayed');
    expect(namesOf('Khalid bin Saeed Al Mansoori來談合作，一個合同也沒簽。')).toContain('Khalid bin Saeed Al Mansoori');
    expect(namesOf('我是伊拉克的Haider Kadhim，中文名海达。')).toContain('海达');
    expect(namesOf('儿子Yassin在塘头小学读二年级。')).toContain('Yassin');
    expect(namesOf('我连襟汤国平在村里开了家打包厂。')).toContain('汤国平');
    expect(namesOf('Street Light Broken On Main Square Again')).toEqual([]);
  });

  it('masks a home in Latin letters by its building and flat, its house and street, or its street and apartment', () => {
    const homes = (text: string) => kindsOf(text, 'address');
    expect(homes('Olga here, living at Kou\'an Xincheng Bldg 4, Unit 1, Rm 803. Please help.')).toEqual(["Kou'an Xincheng Bldg 4, Unit 1, Rm 803"]);
    expect(homes('我在迪拜住Al Qusais 2, Building 14, Flat 305，電話另附。')).toEqual(['Al Qusais 2, Building 14, Flat 305']);
    expect(homes('住我家House 45, Street 7, Gulberg III吃了三天。')).toEqual(['House 45, Street 7, Gulberg III']);
    expect(homes('我媽媽住聖保羅Rua das Palmeiras, 312, apto 54。')).toEqual(['Rua das Palmeiras, 312, apto 54']);
    expect(homes('Our office is at Rua do Campo, 12, near the bank.')).toEqual([]);
  });

  it('masks names after Taiwanese standings and Hokkien kin, and leaves Hokkien words read as names', () => {
    expect(namesOf('我是台幹許雅婷，在廠裡做財務。')).toContain('許雅婷');
    expect(namesOf('我是陸配彭小燕，簽注過期了。')).toContain('彭小燕');
    expect(namesOf('歐巴桑李阿秀在廠門口賣了十年涼水。')).toContain('李阿秀');
    expect(namesOf('順益塑膠的頭家洪永昌每年尾牙都請幹部。')).toContain('洪永昌');
    const hokkien = namesOf('阮阿公王金土是台籍老兵，阮查某囝在讀書。');
    expect(hokkien).toContain('王金土');
    expect(hokkien).not.toContain('阮阿公');
    expect(hokkien).not.toContain('查某');
    expect(namesOf('我是陆配，嫁到高雄十二年。')).toEqual([]);
    expect(namesOf('收条都不给，阮大成、阮小芳都交过。')).toContain('阮大成');
  });

  it('masks homes in Taiwan\'s notation, a dormitory\'s floor and room, a building and room in Chinese numerals, and a village\'s lane with 边 in its name', () => {
    const homes = (text: string) => kindsOf(text, 'address');
    expect(homes('台中的家在竹榕街77巷2弄9号4楼之1，两边都说我不在本地。').join()).toContain('竹榕街77巷2弄9号4楼之1');
    expect(homes('我住興台路27號之3，城管一個月來三次。').join()).toContain('興台路27號之3');
    expect(homes('宿舍昱晟台幹樓7F-702，樓管每週來查房。')).toEqual(['昱晟台幹樓7F-702']);
    expect(homes('住海韵家园十二栋三〇一，社保卡刷不出来。')).toEqual(['海韵家园十二栋三〇一']);
    expect(homes('我租的是塘边村四巷12号三楼，住了两年。').join()).toContain('塘边村四巷12号');
  });

  it('masks numbers in other notations: middle dots, a trunk\'s (0), Taiwan\'s code without its plus, a Taiwan plate, a passport\'s name', () => {
    expect(kindsOf('有事请打我手机138·5036·2217。', 'mobile')).toEqual(['138·5036·2217']);
    expect(kindsOf('台灣手機 +886 (0)928 337 510，報名要大陸手機。', 'mobile')).toEqual(['+886 (0)928 337 510']);
    expect(kindsOf('我是林志忠，手機 886-9-3205-1187。', 'mobile')).toEqual(['886-9-3205-1187']);
    expect(kindsOf('我先生的台灣車牌BGR-2617，碼頭要蓋三個章。', 'plate')).toEqual(['BGR-2617']);
    expect(namesOf('來信人：CHEN, YU-TING（陳），我要辦房貸。')).toContain('CHEN, YU-TING');
    expect(kindsOf('版本1.2.3.4，价格3·5元。', 'mobile')).toEqual([]);
  });

  it('masks a property certificate\'s and a veteran\'s certificate number, a spaced 台胞證 number and an employee\'s number', () => {
    const numbers = (text: string) => detectPii(text, null).map((sp) => text.slice(sp.start, sp.end));
    expect(numbers('不动产权证号闽（2019）汐浦市不动产权第0031875号，因道路拓宽要征收。')).toContain('闽（2019）汐浦市不动产权第0031875号');
    expect(numbers('他的榮民證號榮字第0417826號，去年過世。')).toContain('榮字第0417826號');
    expect(numbers('台胞證 0276 1138，居住證另附。')).toContain('0276 1138');
    expect(numbers('台胞證舊的號碼是0512374689(B)，銀行不認。')).toContain('0512374689(B)');
    expect(numbers('昱晟精密的厂牌号GH-3071是我的，车间主任让我们站岗。')).toContain('GH-3071');
  });

  // The stop's review (a helper) ran each new rule on text an office receives; each of these was masked wrongly or missed.
  it('leaves what the review found masked wrongly: dates and offices in a village, officials\' plates, numbers after an app\'s name, official accounts, Korean words, products, institutions', () => {
    for (const text of [
      '社区每月5号发放低保金。', '村里说25号之前必须拆完。', '村支书5号到镇里开会。', '村卫生室12号上午不开门。', '社区警务室2号窗口没人。',
      '张书记，车牌湘A12345，公车私用天天接孩子。', '执法车辆，车湘A·C1234，乱停乱放。',
      '体检报告TG 2.35偏高', 'LINE 2.0版本不好用。', 'VK 12.5万粉丝。', '孩子沉迷TikTok 3.5小时。',
      '我在微博@人民日报，没人回。', '抖音@岚江交警，发了视频。', '微博@共青团中央，也转了。',
      '我会说一点한국어，不太好。', '我是조선족，来这里打工。',
      '孩子报了Java班，退费难。', '开的Volvo车，撞了人。', '女儿Switch游戏机被偷。', '妈妈Vivo手机坏了。',
      '通知要翻译成英文。', '我在Banco do Brasil的汇款被冻结了。', '在Hotel de Ville附近被偷。', '他们的口号是Make Lanjiang Great Again，太假了。',
      '该公司的资质证书编号D243012345是伪造的。', '统计局公布的GDP, CPI-PPI数据造假。',
      '小区三栋二〇一九年交房，漏水。', '县信访局搬到中山路12号之3了，找不到。', '办公楼3F-302是信访办。', '请到政务服务中心Building 3, Room 201办理。',
      'ул. Ленина, д. 1 — здание администрации.', '台胞證 2023 0815 到期',
    ]) expect(detectPii(text, null).map((sp) => text.slice(sp.start, sp.end)), text).toEqual([]);
    // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    expect(masked('我的快递单号SF1000000609763一直没有更新。')).toEqual(['SF1000000609763']);
  });

  it('masks what the review found left visible: a writer\'s phone near a website or a wall, an introduced 阿拉 or 韩国, more certificate and split-phone forms', () => {
    expect(kindsOf('我家墙上裂缝很大，我电话0731-84412290。', 'landline')).toEqual(['0731-84412290']);
    expect(kindsOf('网站上查不到，本人电话0731-84412290。', 'landline')).toEqual(['0731-84412290']);
    expect(kindsOf('交通运输局网站上找不到公示，电话0597-2117788没人接。', 'landline')).toEqual([]);
    expect(namesOf('我叫阿拉，是牧民。')).toEqual(['阿拉']);
    expect(namesOf('村民韩国反映，低保被取消了。')).toEqual(['韩国']);
    const numbers = (text: string) => detectPii(text, null).map((sp) => text.slice(sp.start, sp.end));
    expect(numbers('我家房产证号闽（2019）厦门市房权证第0031875号，被注销了。')).toContain('闽（2019）厦门市房权证第0031875号');
    expect(numbers('我叫葛佳慧，报关员证书编号BG330720180417。')).toContain('BG330720180417');
    expect(kindsOf('前三位139，中间是5077，后4位是0462。', 'mobile')).toEqual(['139，中间是5077，后4位是0462']);
    expect(kindsOf('电话139 5077，后4位0462。', 'mobile')).toEqual(['139 5077，后4位0462']);
    expect(kindsOf('我住興台路3段27號之3。', 'address')).toEqual(['興台路3段27號之3']);
    expect(kindsOf('Rua Augusta, 100, 2º andar', 'address')).toEqual(['Rua Augusta, 100, 2º andar']);
  });
});


describe('stop 30: migrant workers and a district beside Macau (own examples)', () => {
  it('masks Macau plates, blue cards, BIR numbers and cued staff or card codes', () => {
    expect(kindsOf('我架車MQ-58-13成日俾人叫去接送。', 'plate')).toEqual(['MQ-58-13']);
    expect(spansOf('外僱卡TNR-7720418，護照P4410273A。')).toContain('TNR-7720418');
    expect(spansOf('Sou Rui Manuel Costa, BIR 5408217(3).')).toContain('5408217(3)');
    expect(spansOf('Dealer Mark Anthony Reyes, staff ID GX-30187, was not paid.')).toContain('GX-30187');
    expect(spansOf('我叫蒲秀云，工号HB-CK-0912，车间主任天天叫我们加班。')).toContain('HB-CK-0912');
    expect(spansOf('我的社保编号KS-4418026，窗口说查不到。')).toContain('KS-4418026');
  });

  it("leaves an office worker's number, an agreement's, a notice's and a receipt's visible", () => {
    expect(spansOf('话务员工号HT-2210，态度很差。')).toEqual([]);
    expect(spansOf('物业公告编号GG-2025-031，业主没表决过。')).toEqual([]);
    expect(spansOf('拆迁协议编号CQ-2026-0044的补偿标准和公示的不一样。')).toEqual(['CQ-2026-0044']); // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    expect(spansOf('合同編號FW-2026-0311，開發商說合同作廢了。')).toEqual(['FW-2026-0311']); // the buyer's contract (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    expect(spansOf('收据编号SJ-0925-0077，钱交了不给开发票。')).toEqual(['SJ-0925-0077']); // the payer's receipt (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
  });

  it('masks personal record numbers after their words, whole', () => {
    expect(spansOf('体检编号TJ20261203-0088，结果等了二十天。')).toContain('TJ20261203-0088');
    expect(spansOf('脱贫户编号4116251031-0722，帮扶干部换了三个。')).toContain('4116251031-0722');
    expect(spansOf('我开挖掘机，操作证号豫B052018004417，换证跑了四趟。')).toContain('豫B052018004417');
    expect(spansOf('特种作业证号TZ-0518-2020-03316，年审收费。')).toContain('TZ-0518-2020-03316');
  });

  it('masks a block and flat with its estate, and dormitory flats with letters or numbered buildings', () => {
    expect(kindsOf('我住濠景花園3栋1座0705，物業亂收費。', 'address')).toEqual(['濠景花園3栋1座0705']);
    expect(kindsOf('業主黎國強（5栋2座1102）話冇人通知。', 'address')).toEqual(['5栋2座1102']);
    expect(kindsOf('我住工业园员工宿舍D2棟517，没有热水。', 'address')).toEqual(['工业园员工宿舍D2棟517']);
    expect(kindsOf('宿舍在南郊物流园职工公寓3號樓418。', 'address')).toEqual(['南郊物流园职工公寓3號樓418']);
    expect(kindsOf('我们宿舍城南职校女生公寓2号楼305的人都反映过。', 'address')).toEqual(['城南职校女生公寓2号楼305']);
  });

  it('masks a mobile said as 腰 and an ID said with 叉, and ends a spoken mobile at a space', () => {
    expect(kindsOf('俺电话腰五八三七二腰六零九四 腰是一', 'mobile')).toEqual(['腰五八三七二腰六零九四']);
    expect(kindsOf('俺娘身份证是四一一六二五一九四六零三一五二二四叉 她在敬老院', 'id_number')).toEqual(['四一一六二五一九四六零三一五二二四叉']);
    expect(spansOf('俺腰疼了三年，去了五次医院。')).toEqual([]);
  });

  it("masks a forwarded chat's private speakers, and leaves an office's and the chat's own words", () => {
    const text = '【群聊转发｜老乡群】［东莞-刘二嫂］：工资又没发 ［村委-李会计］：找劳务公司 ［北风吹］：去年也是这样 ［县人社-小王］：明天统一答复 ［图片］：';
    expect(namesOf(text)).toEqual(['东莞-刘二嫂', '北风吹']);
    expect(namesOf('（微信群聊天記錄）[10:02] 芬姐：又要交證明 [10:03] 社區通知：下週辦理')).toEqual(['芬姐']);
    expect(namesOf('［通知］：明天停水，请各位互相转告。')).toEqual([]);
  });

  it('masks a name in capitals after the same name in Han characters, syllable for syllable', () => {
    expect(spansOf('我係冼穎欣（SIN WING YAN），住合作區。')).toContain('SIN WING YAN');
    expect(spansOf('本人歐陽美玲，AU YEUNG MEI LING，手續辦咗三次。')).toContain('AU YEUNG MEI LING');
    expect(spansOf('去了市民中心（CIVIC CENTRE）办证，跑了三趟。')).toEqual([]);
  });

  it("leaves an office's line visible where it is a department's, a clinic's or called without answer, not the writer's own", () => {
    expect(kindsOf('厂里人事部电话0769-8822 3107，去了也没用。', 'landline')).toEqual([]);
    expect(kindsOf('我的手机13838290114，卫生室的电话0394-7310026。', 'landline')).toEqual([]);
    expect(kindsOf('打了十几次0756-8851 2207都没人接，窗口也不开。', 'landline')).toEqual([]);
    expect(kindsOf('打了三天0433-7519008都沒人接，這是我們家的座機，你們打回來。', 'landline')).toEqual(['0433-7519008']);
    expect(kindsOf('我家电话0394-7316620，白天有人。', 'landline')).toEqual(['0394-7316620']);
  });

  it("keeps what the stop's review found: private lines called, officials' and a chat's own lines, roads in capitals, official and model plates", () => {
    const all = (text: string) => detectPii(text).map((sp) => text.slice(sp.start, sp.end)); // with the learned models, as the pipeline runs
    expect(kindsOf('打我妈座机0756-8862118都没人接', 'landline')).toEqual(['0756-8862118']);
    expect(kindsOf('打房东座机0756-8862118没人接', 'landline')).toEqual(['0756-8862118']);
    expect(kindsOf('拨了0756-8862118一直没人接，这是我奶奶的座机', 'landline')).toEqual(['0756-8862118']);
    expect(all('我打咗十幾次0756-8862 1180都冇人聽，去到窗口個專員放假。')).toEqual([]); // not half masked by the model of numbers
    expect(namesOf('群聊 [09:13] 王镇长：明天开会 ［李组长］：好 [10:02] 系统消息：撤回 ［附件1］：表格 ［芬姐］：又要交')).toEqual(['芬姐']);
    expect(namesOf('群聊【10:13】冰姐：我今朝排咗兩個鐘')).toEqual(['冰姐']);
    expect(spansOf('江南路（JIANG NAN LU）要修。')).toEqual([]);
    expect(spansOf('高新区（HIGH TECH ZONE）管委会。')).toEqual([]);
    expect(all('我外母鄺美華（KONG MEI WA）喺醫院做手術。')).toEqual(['鄺美華', 'KONG MEI WA']);
    expect(spansOf('公车MK-12-34天天接局长。')).toEqual([]);
    expect(spansOf('型号MG-21-08的机器坏了。')).toEqual([]);
    expect(kindsOf('投诉学生宿舍C3栋412的热水。', 'address')).toEqual(['学生宿舍C3栋412']);
    expect(spansOf('Please visit Civic Centre Block B Room 205.')).toEqual([]);
  });

  it('reads the variants the review found missed: an ID typed with 叉, a spoken one with a space, BIR no., Block A1, 腰 after a mobile', () => {
    expect(kindsOf('身份证号44010619900307123叉', 'id_number')).toEqual(['44010619900307123叉']);
    expect(kindsOf('身份证是四一二七二六一九五八零九二零三二一 叉 他在敬老院', 'id_number')).toEqual(['四一二七二六一九五八零九二零三二一 叉']);
    expect(kindsOf('俺电话一三五二七一六零四八九腰疼得很', 'mobile')).toEqual(['一三五二七一六零四八九']);
    expect(spansOf('My BIR no. 5123456(7), thanks.')).toContain('5123456(7)');
    expect(kindsOf('I live at Haihui Apartments Block A1, Flat 5.', 'address')).toEqual(['Haihui Apartments Block A1, Flat 5']);
  });

  it('reads a relative named before what befell them, a form with bars, rural given names, 亲家 and 东家', () => {
    expect(namesOf('我父亲耿广田去世了，按村里规定办的丧事。')).toEqual(['耿广田']);
    expect(namesOf('她老伴魏書田癱在床上三年了。')).toEqual(['魏書田']);
    expect(namesOf('姓名｜司夢琪；電話｜188-2950-3706')).toEqual(['司夢琪']);
    const t = '我爷司金锤九十二了，没人管。'; // (司 starts 司机 after a relative: the learned model reads it, as the pipeline runs)
    expect(detectPii(t).map((sp) => t.slice(sp.start, sp.end))).toEqual(['司金锤']);
    expect(namesOf('我亲家孙永胜也去反映过。')).toEqual(['孙永胜']);
    expect(namesOf('我老公位德金，电话13903762254。')).toEqual(['位德金']);
    expect(namesOf('从广东回来的农民工想创业，全体学生练广播操。')).toEqual([]);
    expect(namesOf('这个位置不好，我们单位位于城南。')).toEqual([]);
  });

  it('reads a full name in a frame only a person fills, and no official or office in the same frames', () => {
    expect(namesOf('我闺女和柴凯文订了婚，彩礼给了十二万。')).toEqual(['柴凯文']);
    expect(namesOf('我去找郜文斌要工钱，他不给。')).toEqual(['郜文斌']);
    expect(namesOf('是靳德全带人来拆的墙。')).toEqual(['靳德全']);
    expect(namesOf('听秦丽娟说，镇上又要收钱。')).toEqual(['秦丽娟']);
    expect(namesOf('这事董卫国最清楚，他在村里干了二十年。')).toEqual(['董卫国']);
    expect(namesOf('同村楚新亮也被骗了五千块。')).toEqual(['楚新亮']);
    expect(namesOf('介绍人贾德胜拿了四万。')).toEqual(['贾德胜']);
    expect(namesOf('告诉闫晓梅明天去乡里。')).toEqual(['闫晓梅']);
    expect(namesOf('我替侯秀莲反映一下低保的事。')).toEqual(['侯秀莲']);
    expect(namesOf('郭桂香名下的房子被查封了。')).toEqual(['郭桂香']);
    expect(namesOf('村里说，段守义媳妇在县医院做护工。')).toEqual(['段守义']);
    expect(namesOf('嫁给楚新亮以后就没回过娘家。')).toEqual(['楚新亮']);
    expect(namesOf('郭桂香承包的鱼塘被淹了。')).toEqual(['郭桂香']);
    expect(namesOf('嫁给城里人以后就没回来。县里承包的鱼塘，王局长承包的工程。')).toEqual([]);
    expect(namesOf('据秦丽娟讲，钱被挪用了。')).toEqual(['秦丽娟']);
    expect(namesOf('老赖贾德胜欠钱不还。')).toEqual(['贾德胜']);
    expect(namesOf('据王局长讲，钱被挪用了。据统计局介绍，增长很快。群众写信说的事。')).toEqual([]);
    for (const text of ['告诉王书记明天去。', '王局长现在还在开会。', '张主任老婆在县医院上班。', '开发商骗了我们。', '中石化名下的加油站。', '听王书记说要修路。', '找李主任要了三次。', '是张局长带人来拆的墙。', '这事李镇长最清楚。', '是城管带人来拆的。', '找村委会要钱。', '和对象订了婚。', '是物业公司找人干的。', '找信访局要说法。']) {
      expect(namesOf(text), text).toEqual([]);
    }
  });

  it("masks a parking space a person owns and a flat by its number after 房号, not a car park's counts or fees", () => {
    expect(kindsOf('我买的车位是B2-117，被别人占了。', 'address')).toEqual(['B2-117']);
    expect(kindsOf('我家车位号地下二层086号，物业又收钱。', 'address')).toEqual(['地下二层086号']);
    expect(kindsOf('我是12号楼的业主，房号1202。', 'address')).toEqual(['1202']);
    for (const text of ['小区车位500个，不够用。', '车位费每月300元。', '物业把车位号B2-117卖了两次。']) expect(spansOf(text), text).toEqual([]);
  });

  it("masks European papers by their checks and homes as written there, not a consulate's address or an order's code", () => {
    expect(spansOf('我儿子的codice fiscale是RSSMRA85T10A562S，意大利那边要公证。')).toContain('RSSMRA85T10A562S');
    expect(spansOf('我的编号RSSMRA85T10A562T')).toEqual([]); // its check letter is wrong
    expect(spansOf('我老公的NIE是X1234567L，西班牙续居留。')).toContain('X1234567L');
    expect(spansOf('订单号X1234567L')).toEqual([]);
    expect(spansOf('我的法国社保号1 85 05 78 006 084 91，退休金转不回来。')).toContain('1 85 05 78 006 084 91');
    expect(spansOf('我在荷兰的BSN是123456782。')).toContain('123456782');
    expect(spansOf('我在荷兰的BSN是123456783。')).toEqual([]);
    expect(spansOf('奥地利社保号1237 010180，在维也纳。')).toContain('1237 010180');
    expect(kindsOf('住Via Roma 12, int. 5, Prato', 'address')).toEqual(['Via Roma 12, int. 5']);
    expect(kindsOf('地址 Calle Mayor 25, 3º B, Madrid', 'address')).toEqual(['Calle Mayor 25, 3º B']);
    expect(kindsOf('地址：12 Rue de la Paix, Paris', 'address')).toEqual(['12 Rue de la Paix']);
    expect(kindsOf('wohnt Hauptstraße 5/3/12, Wien', 'address')).toEqual(['Hauptstraße 5/3/12']);
    expect(spansOf('Consolato Generale, Via Roma 12, Milano')).toEqual([]);
    expect(spansOf('Via Roma è bella.')).toEqual([]);
  });

  it("keeps what the second review found visible: illnesses and things before everyday verbs, header rows, places after 广, shops, years and prices", () => {
    for (const text of ['我妈白血病已经三年了', '村民房票一直没兑现', '我是王府井现在的商户', '业主车位一直被占', '姓名|车牌号|电话|备注', '我爸从广安回来已经三天了', '本人向广发银行贷款十万',
      '我在Via Roma 12开了一家餐馆', '我们去了Via Roma, 2019年搬走了', 'Via DHL 3 days', '领事馆在Via Giuseppe Verdi 12', '我家车位是2021年买的', '我家车位1600一个月',
      '我们小区车位300，住户1200', '门牌号2023年才发的', '物业中心房号101', '公司社保号1237010180']) {
      expect(detectPii(text).map((sp) => text.slice(sp.start, sp.end)), text).toEqual([]);
    }
    expect(namesOf('我叫王广大，电话13912345678')).toEqual(['王广大']);
    expect(kindsOf('我去领事馆办护照，我家住在Via Roma 12, int. 5', 'address')).toEqual(['Via Roma 12, int. 5']);
    expect(spansOf('DNI是12345678Z')).toContain('12345678Z');
    expect(kindsOf('住Rua das Flores 12, 3º Esq, Lisboa', 'address')).toEqual(['Rua das Flores 12, 3º Esq']);
  });

  it('reads Cantonese surnames after a cue only', () => {
    expect(namesOf('房东容志辉不退押金。')).toEqual(['容志辉']);
    expect(namesOf('我阿爺區志強住澳門。')).toEqual(['區志強']);
    expect(namesOf('办证很容易，区里说一周办好。')).toEqual([]);
  });
});

describe('stop 31: whose car a plate is, numbers told in parts, certificates in the registers\' form, homes by a name or a household (own examples)', () => {
  it("masks a plate a pronoun or a relative gives to a person, and one after a private person's name, home or phone in its sentence", () => {
    expect(kindsOf('他开的车是青A·9M271，我们报了警。', 'plate')).toEqual(['青A·9M271']);
    expect(kindsOf('他的车青B·27361一个月被城管贴了六张条。', 'plate')).toEqual(['青B·27361']);
    expect(kindsOf('收羊的压价，他电话15297203358，车是青B·6K352。', 'plate')).toEqual(['青B·6K352']);
    expect(kindsOf('我老公施建華的車閩C·8F637在鞋都路被撞，對方是鎮裡一個幹部開的公車。', 'plate')).toEqual(['閩C·8F637']);
    expect(kindsOf('举报假乞丐马二娃，住半山云居C栋8-2，开渝A·2M8K5。', 'plate')).toEqual(['渝A·2M8K5']);
    expect(kindsOf('车是老板私人的闽D·5R831，老板请局长吃饭都是我送。', 'plate')).toEqual(['闽D·5R831']);
  });

  it("leaves an office's car visible: said in its sentence, in the letter, or a letter about officials' cars", () => {
    expect(kindsOf('乡长周末开着公车回老家，车牌黔H·0J217。', 'plate')).toEqual([]);
    expect(kindsOf('他开的是公车，车牌豫P·G2217我都拍下来了。', 'plate')).toEqual([]);
    expect(kindsOf('局长的司机说他开的是湘G·A6173。', 'plate')).toEqual([]);
    expect(kindsOf('法院门口那辆新奥迪，牌子是澜A·F8806，是不是超标了？请纪委查一查。', 'plate')).toEqual([]);
    expect(kindsOf('镇政府那辆越野车又来了。车牌吉H·G0188，周末停在饭店门口。', 'plate')).toEqual([]);
    expect(kindsOf('一辆车牌湘G88888的奥迪天天停在酒店门口，车主王建国不知是谁。', 'plate')).toEqual(['湘G88888']);
    expect(kindsOf('举报人王建国，局长的车湘G88888天天停在酒店门口。', 'plate')).toEqual([]);
    // (Review) An office's car named elsewhere in the letter, a misused one called private, a resort at the weekend.
    expect(kindsOf('王镇长经常公车私用。他开的是苏E·66666。', 'plate')).toEqual([]);
    expect(kindsOf('纪委通报：他开的是苏E·66666。', 'plate')).toEqual([]);
    expect(kindsOf('局长把单位的越野车当成私人的，车牌苏A·12345。', 'plate')).toEqual([]);
    expect(kindsOf('举报人李四反映，苏E·66666周末停在景区。', 'plate')).toEqual([]);
  });

  it("keeps a dotted plate's own province, not the character before it", () => {
    expect(kindsOf('邱永順，車吉H·F7702，罰單亂開。', 'plate')).toEqual(['吉H·F7702']);
    expect(kindsOf('我叫马二娃，开渝A·2M8K5跑运输。', 'plate')).toEqual(['渝A·2M8K5']);
  });

  it("masks a phone number told as a head and the rest, in each region's length, and nothing else told so", () => {
    expect(kindsOf('手机139，后头是2841 6607。交警队说不管。', 'mobile')).toEqual(['139，后头是2841 6607']);
    expect(kindsOf('我叫蔣沛恩，手機 0933 後面是 418-772。', 'mobile')).toEqual(['0933 後面是 418-772']);
    expect(kindsOf('我的電話係6603，後面係 5124，想反映體檢。', 'mobile')).toEqual(['6603，後面係 5124']);
    expect(spansOf('2019年交了，后面是2020年的。')).toEqual([]);
    expect(spansOf('价格是2600，后面是3400元。')).toEqual([]);
    expect(spansOf('办公室在2601，后面是2602会议室。')).toEqual([]);
    expect(spansOf('补贴标准130，然后是2023-2024年度的。')).toEqual([]);
  });

  it("masks a person's certificate number in the registers' form after its word, not a seat or a document's number", () => {
    expect(spansOf('宅基地證號積集用（2008）第0317號，是我父親的名字。')).toContain('積集用（2008）第0317號');
    expect(spansOf('宅基地證號浯集建（2003）字第0417號，老屋倒了。')).toContain('浯集建（2003）字第0417號');
    expect(spansOf('股东，股权证号蚝股字第0318号，账目不公开。')).toContain('蚝股字第0318号');
    expect(spansOf('執業證書編號豫鄉醫字2011第0317號，幹了二十六年。')).toContain('豫鄉醫字2011第0317號');
    expect(spansOf('宅基地证号是HL宅字第0316号，有证有据。')).toContain('HL宅字第0316号');
    expect(spansOf('准考证号是第0012号考场的学生没有座位。')).toEqual([]);
    expect(spansOf('县里文件号是县政发（2021）第112号，没有公开。')).toEqual([]);
    expect(spansOf('工地的施工许可证号建施字（2021）第0123号是假的。')).toEqual([]);
    expect(spansOf('饭店的卫生许可证号苏卫食证字（2019）第320100号过期了。')).toEqual([]);
  });

  it("masks a household's street number and one in brackets after a person's name, not an office's or everyone's", () => {
    expect(kindsOf('我开了个修车铺，铺子和家都在麦仓街47号。', 'address')).toEqual(['麦仓街47号']);
    expect(kindsOf('我家在幸福路12号，门口天天堵车。', 'address')).toEqual(['幸福路12号']);
    const text = '出钱的有：林阿珠（顶埕巷3号）、陈秀兰（顶埕巷7号）。';
    expect(detectPii(text).filter((s) => s.kind === 'address').map((s) => text.slice(s.start, s.end))).toEqual(['顶埕巷3号', '顶埕巷7号']);
    expect(kindsOf('县政府（人民路1号）门口的路坏了。', 'address')).toEqual([]);
    const office = '联系王科长（人民路1号县政府）。';
    expect(detectPii(office).filter((s) => s.kind === 'address')).toEqual([]);
  });

  it('masks a residence permit after its word, a home return permit with its letter set apart, and an ID miscopied on a card named before', () => {
    expect(spansOf('我的居留许可号HBR2026-0417快过期了。')).toContain('HBR2026-0417');
    expect(spansOf('我叫馮詩敏，回鄉證M 7026 4158。')).toContain('M 7026 4158');
    expect(spansOf('回乡证 2000 元办一次。')).toEqual([]);
    expect(spansOf('奶奶的身份证是我抄的，最后一位可能抄错了：222404194402160427，乡里说对不上。')).toContain('222404194402160427');
    expect(spansOf('身份证办好了，快递单号是222404194402160427。')).toEqual([]);
  });

  it('reads 标 as a given name (林清標, 王志标), not where it opens a word (翻译费标准)', () => {
    expect(namesOf('阮老爸林清標在汐浦住了二十年。')).toEqual(['林清標']);
    expect(namesOf('我爸王志标去年走了。')).toEqual(['王志标']);
    expect(spansOf('外事接待的翻译费标准是每天八百，到手只有三百。')).toEqual([]);
    expect(spansOf('商标被人抢注了，村里招标也不公开。')).toEqual([]);
  });

  it("masks a flat's letter after its floor and a ground floor after the number, not a basement", () => {
    expect(kindsOf('我叫馮嘉豪，住灰鷗巷7號鷗景苑3樓A，想問下。', 'address')).toEqual(['灰鷗巷7號鷗景苑3樓A']);
    expect(kindsOf('本人住藍丘馬路42號海健大廈7樓C。', 'address')).toEqual(['藍丘馬路42號海健大廈7樓C']);
    expect(kindsOf('我住在幸福小区3号地下室，潮得很。', 'address')).toEqual(['幸福小区3号']);
  });
});

describe('stop 32: names by standing, set off or with a reading, rooms of enclosed houses and northern flats, certificates, numbers in other dress (own examples)', () => {
  it('masks a name after kin and standing words that the studied sets used without 我, and a name set off by commas after 我', () => {
    expect(namesOf('阿姆邝秀英不识字，表格都是我填的。')).toContain('邝秀英');
    expect(namesOf('我是烈士的曾孙罗建新，想问抚恤的事。')).toContain('罗建新');
    expect(namesOf('物业经理钱国栋天天在群里发通知。')).toContain('钱国栋');
    expect(namesOf('果农邬春生的橙子被压价。')).toContain('邬春生');
    expect(namesOf('族谱名黎绍昌，身份证上叫黎火旺。')).toContain('黎绍昌');
    expect(namesOf('有我，符长林，我一次也没去过。')).toContain('符长林');
    expect(namesOf('户主是我伍宝珍，村里说是镇里定的。')).toContain('伍宝珍');
    expect(namesOf('我家先生卞德成跑运输十年了。')).toContain('卞德成');
    // Not a standing, a kin word or a plain pronoun.
    expect(namesOf('是我们，是我自己，是我爸，都说过了。')).toEqual([]);
    expect(namesOf('保洁工作做得好，果农都满意。')).toEqual([]);
    expect(namesOf('我，一个老党员，也看不下去。')).toEqual([]);
  });

  it('masks a Japanese name written with a space, in katakana or in passport order, a Korean name with its Hangul and a Filipino name with its initial', () => {
    expect(namesOf('日本人石川 敏夫是社长。')).toContain('石川 敏夫');
    expect(namesOf('我是外企的经理山口 健太，反映一下。')).toContain('山口 健太');
    expect(namesOf('我是小野 真由美（オノ マユミ），孩子在读小学。')).toEqual(expect.arrayContaining(['小野 真由美', 'オノ マユミ']));
    expect(namesOf('副总经理冈田 亮（OKADA Ryo）来信。')).toEqual(expect.arrayContaining(['冈田 亮', 'OKADA Ryo']));
    expect(namesOf('总务朴恩静（박은정）说公司每季度要交会费。')).toEqual(expect.arrayContaining(['朴恩静', '박은정']));
    expect(namesOf('Signed: Danilo R. Mendoza (Oiler) and Ma. Luisa Dela Pena')).toEqual(expect.arrayContaining(['Danilo R. Mendoza', 'Ma. Luisa Dela Pena']));
    // Words and brands in the same dress stay.
    expect(spansOf('平原 地区的 森林 公园很大。')).toEqual([]);
    expect(spansOf('TOYOTA Corolla and HONDA Civic parked at the KARAOKE Bar.')).toEqual([]);
    expect(spansOf('三星（Samsung）的手机。')).toEqual([]);
  });

  it('masks a room of an enclosed house and a northern flat by building, 门 and room, also in Chinese digits and in brackets after a name', () => {
    expect(kindsOf('自家住永安围上堂左横屋第6间，漏雨两年。', 'address')).toEqual(['永安围上堂左横屋第6间']);
    expect(kindsOf('我住德和樓三層第9間，買菜要刷票。', 'address')).toEqual(['德和樓三層第9間']);
    expect(kindsOf('我是海运里七号楼二门三〇一的住户。', 'address')).toEqual(['海运里七号楼二门三〇一']);
    // (The names of a joint letter are the learned model's to read; the homes in brackets after them are the rules'.)
    const letter = '联名：严秀云（6号楼3门502）、宁大海（2-4-302）、包玉兰（东坨子12号）。';
    expect(detectPii(letter).map((sp) => letter.slice(sp.start, sp.end))).toEqual(expect.arrayContaining(['6号楼3门502', '2-4-302', '东坨子12号']));
    expect(kindsOf('I live at Haiyun Garden Bldg 3, Gate 1, Rm 702. Please help.', 'address')).toEqual(['Haiyun Garden Bldg 3, Gate 1, Rm 702']);
    expect(kindsOf('地址：No. 7, Jalan Mawar 2, Taman Sentosa，信寄得到。', 'address')).toEqual(['No. 7, Jalan Mawar 2, Taman Sentosa']);
    // An office's room and an office in brackets stay.
    expect(kindsOf('他在镇政府办公楼三层第2间上班。', 'address')).toEqual([]);
    expect(kindsOf('县政府（人民路1号）门口。', 'address')).toEqual([]);
  });

  it("masks a person's certificate in the registers' form after 证明书编号 or with a dashed serial, and numbers by their word", () => {
    expect(kindsOf('职业病诊断证明书编号湘职诊（2024）第0271号，还没赔。', 'member_number')).toEqual(['湘职诊（2024）第0271号']);
    expect(kindsOf('退伍证号湘退字81-0533号，老兵之家不开门。', 'member_number')).toEqual(['湘退字81-0533号']);
    expect(kindsOf('回国证明编号侨归字第1965-0421号，他们说格式不对。', 'member_number')).toEqual(['侨归字第1965-0421号']);
    expect(kindsOf('工伤保险个人编号HN43072100561，遗属待遇没批。', 'member_number')).toEqual(['HN43072100561']);
    expect(spansOf('教师资格证号20014307212000377，退休了还要填表。')).toEqual(['20014307212000377']);
    expect(kindsOf('工号ZJWSY-207，一晚上补签三百户。', 'member_number')).toEqual(['ZJWSY-207']);
    // An office's document and a business's permit stay; a policy's long number is the insurer's.
    expect(spansOf('施工许可证号建字第2021-0318号，文件编号湘府发〔2021〕3号。')).toEqual([]);
    expect(spansOf('保单号43072024110804520，理赔被拒。')).toEqual(['43072024110804520']); // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
  });

  it('masks numbers in other dress: a middle dot, +86 before a home line, a twenty-digit card, the last four told as digits, # for @, a spoken mailbox, passports, a tractor', () => {
    expect(kindsOf('身份证号430721·19620517·4425，我叫', 'id_number')).toEqual(['430721·19620517·4425']);
    expect(kindsOf('电话0736·4862 071，白天有人。', 'landline')).toEqual(['0736·4862 071']);
    expect(kindsOf('家里座机+86 22 2587 3316，老人接。', 'landline')).toEqual(['+86 22 2587 3316']);
    expect(kindsOf('电话+86 0736 4855 127。', 'landline')).toEqual(['+86 0736 4855 127']);
    expect(kindsOf('ETC卡号1201 2231 0006 5518 7702被扣两回费。', 'bank_card')).toEqual(['1201 2231 0006 5518 7702']);
    expect(kindsOf('我的手机：158 7361，后面四个数是2290，找我就打。', 'mobile')).toEqual(['158 7361，后面四个数是2290']);
    expect(kindsOf('邮箱lixiaohong#163.com（#换成@）', 'email')).toEqual(['lixiaohong#163.com']);
    expect(kindsOf('邮箱是wangfang艾特一二六点com，我是房东。', 'email')).toEqual(['wangfang艾特一二六点com']);
    expect(kindsOf('她的印尼护照B 5521836快到期了。', 'id_number')).toEqual(['B 5521836']);
    expect(kindsOf('護照號M402K7761，在華住址…', 'id_number')).toEqual(['M402K7761']);
    expect(kindsOf('PAN税号都要填，我填了CQWPS5521M。', 'member_number')).toEqual(['CQWPS5521M']);
    expect(kindsOf('我那台拖拉机湘07-33120也被叫去撑场面。', 'plate')).toEqual(['湘07-33120']);
    expect(kindsOf('他车是鲁F·6K305，天天插队。', 'plate')).toEqual(['鲁F·6K305']);
    // Not so: a date with dots, a price told in parts, a hashtag, an amount after a plus.
    expect(spansOf('2026·12·05开会，价格159 7970元，后面四个数是3381。')).toEqual([]);
    expect(spansOf('话题#abc.com#讨论很热。')).toEqual([]);
  });
});

describe('stop 32 review: what the new forms must leave visible, and their spans', () => {
  it('leaves officials, words, places, brands and offices visible', () => {
    expect(spansOf('镇财政所财务王丽态度很好，村民齐声反对拆迁。')).toEqual([]);
    expect(spansOf('玉米别名包谷。我，江苏人，在这里打工。')).toEqual([]);
    expect(spansOf('原 计划 三月完工，大野 水库，小林 同学。')).toEqual([]);
    expect(spansOf('HUAWEI Mate 和 YAMAHA Mio，Option A. The plan.')).toEqual([]);
    expect(spansOf('コカ・コーラ的广告牌挡住了路。')).toEqual([]);
    expect(spansOf('我父亲住院楼三层第5间病房，我们一家住的是老屋第三间。')).toEqual([]);
    expect(spansOf('住在幸福小区3号楼二〇二一年漏水。')).toEqual(expect.not.arrayContaining([expect.stringContaining('二〇二一')]));
    expect(kindsOf('王芳（县人大代表3号）发言。', 'address')).toEqual([]);
    expect(spansOf('县委办公室：+86 0797 8221234，请致电县信访局（+86 0797 8221234）。')).toEqual([]);
    expect(spansOf('村集体账户：12012218000441738265。')).toEqual([]);
    expect(spansOf('这家企业的证书编号赣建字2021-0318号，县政府证明编号县政证字（2021）第0123号。')).toEqual([]);
    expect(kindsOf('赣C12345和其他车牌都停在广场上乱收费，其他车是免费的。', 'plate')).toEqual([]);
  });

  it('gives a name with a reading the span of its syllables, a compound surname whole', () => {
    expect(namesOf('我们向王丽（WANG Li）反映。')).toEqual(expect.arrayContaining(['王丽', 'WANG Li']));
    expect(namesOf('经理诸葛成龙（제갈성룡）来了。')).toEqual(expect.arrayContaining(['诸葛成龙', '제갈성룡']));
    expect(namesOf('副總經理渡邊 翔（WATANABE Sho）來信。')).toEqual(expect.arrayContaining(['渡邊 翔', 'WATANABE Sho']));
    // (A flat in the northern shorthand after a name, in a text with no 号 elsewhere.)
    const flat = '郎玉林（4-1-201）反映楼道灯坏了。';
    expect(detectPii(flat).map((sp) => flat.slice(sp.start, sp.end))).toContain('4-1-201');
  });

  it("leaves rare characters in a row (pasted noise) to no one: the learned name model's runs need a surname or a common character", () => {
    const noise = '社区干部上班时间打牌、玩手机，群众找不到人。藀蛠廀靀辠顠篘无猀駀粀礠匀兀萠窀餀糀璠舠尠緀餠歀';
    expect(detectPii(noise)).toEqual([]);
    // A name the model reads with no cue stays.
    const cueless = '听说梁振邦又去镇里了。';
    expect(detectPii(cueless).map((sp) => cueless.slice(sp.start, sp.end))).toEqual(['梁振邦']);
  });

  it('reads a long run of katakana in linear time', () => {
    const long = 'ア'.repeat(40_000);
    const t0 = performance.now();
    detectPii(long, null);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('stop 33: estates by phase, courtyard rooms, parking spaces, chat speakers, tables, European forms, placeholders (own examples)', () => {
  it('masks a flat whose estate has a numbered phase, a courtyard house room and an owner’s parking space', () => {
    expect(kindsOf('业主韩秀清，锦绣湾2期5号楼3单元1201，漏水半年。', 'address')).toEqual(['锦绣湾2期5号楼3单元1201']);
    expect(kindsOf('3期2号楼1单元702的燃气一直没通。', 'address')).toEqual(['3期2号楼1单元702']);
    expect(kindsOf('我租的是枣林村南区9号院东屋，房东不给备案。', 'address')).toEqual(['枣林村南区9号院东屋']);
    expect(kindsOf('我住柳巷村12号院4号房，房租涨了。', 'address')).toEqual(['柳巷村12号院4号房']);
    expect(kindsOf('我的车位是负一层B区112号，被画成了消防通道。', 'address')).toEqual(['负一层B区112号']);
    expect(kindsOf('我家车位地下二层D-035被装了地锁。', 'address')).toEqual(['地下二层D-035']);
    // Not a space nobody owns.
    expect(kindsOf('小区车位负一层共三百个，开发商全租给了停车公司。', 'address')).toEqual([]);
    expect(kindsOf('车位B2区的三十个都被开发商卖了两遍。', 'address')).toEqual([]);
  });

  it('masks the speakers of a forwarded chat written without brackets, their flats, and leaves offices and record fields', () => {
    const chat = '【金穗苑业主群聊天记录】\n3-2-1502 邱晓燕：电梯又停了\n乐乐妈：我家也是\n物业-赵经理：已报修\n社区网格员-韦：已记录\n罗马-甘志强：我在国外也看到了\n时间：3月5日';
    const spans = spansOf(chat);
    // (Stop 52) The whole two-part display name, as the sets since pii50 label it: 罗马-甘志强 (where the member is, and the name).
    expect(spans).toEqual(expect.arrayContaining(['3-2-1502', '邱晓燕', '乐乐妈', '罗马-甘志强']));
    expect(spans.join('|')).not.toMatch(/赵经理|网格员|时间/);
    // A sentence that tells what someone said is no chat line.
    expect(spansOf('微信群里转过来的：村里拍照上传的事。')).toEqual([]);
  });

  it('masks the personal columns of a table pasted in, and leaves its other columns', () => {
    const table = '【车位登记】\n序号|姓名|房号|车位号|电话|备注\n1|祁明远|6栋2单元801|C3-017|139 0316 5521|已缴\n2|苗丽娟|8栋1单元1203|C3-022|136 0316 7408|未缴';
    expect(spansOf(table)).toEqual(['祁明远', '6栋2单元801', 'C3-017', '139 0316 5521', '苗丽娟', '8栋1单元1203', 'C3-022', '136 0316 7408']);
    expect(spansOf('序号|项目|金额\n1|慰问品|3000元')).toEqual([]);
  });

  it('masks names after the standings of residents and private persons, and passport-order names with the family name in capitals', () => {
    expect(namesOf('业委会主任鲍立群说都是邻居算了。')).toContain('鲍立群');
    expect(namesOf('家委会主任柏雨晴在群里说不买校服的站最后一排。')).toContain('柏雨晴');
    expect(namesOf('候选人窦文涛挨家挨户送酒。')).toContain('窦文涛');
    expect(namesOf('我阿娘程阿妹差点转了钱。')).toContain('程阿妹');
    expect(namesOf('我在Lyon的身份：QIAN Haiyang，想问补贴的事。')).toContain('QIAN Haiyang');
    expect(namesOf('护照上拼成了DENG XIAOLAN，要重做。')).toContain('DENG XIAOLAN');
    // Provinces, cities and words in capitals are no names.
    expect(spansOf('HE NAN 和 GUANG DONG 的客商，ZHONG GUO 制造，SHEN ZHEN 工厂。')).toEqual([]);
  });

  it('masks European phones, plates, homes and papers written the way of their countries', () => {
    expect(spansOf('我在里昂，手机+33 6 27 41 90 58，有事找我。')).toEqual(['+33 6 27 41 90 58']);
    expect(spansOf('我的法国号码06 27 41 90 58，邮箱不常看。')).toEqual(['06 27 41 90 58']);
    expect(kindsOf('我在都灵的车牌FB 731 KM被县里拍了违停。', 'plate')).toEqual(['FB 731 KM']);
    expect(kindsOf('我在巴黎的车HK-402-ZT从没开回国。', 'plate')).toEqual(['HK-402-ZT']);
    expect(kindsOf('Mi coche 7315 KPR está en Valencia。', 'plate')).toEqual(['7315 KPR']);
    expect(kindsOf('我们在鹿特丹的地址Bergweg 88-III，信寄错了。', 'address')).toEqual(['Bergweg 88-III']);
    expect(kindsOf('我们住Calle de las Huertas 23, 3º derecha，电话常换。', 'address')).toEqual(['Calle de las Huertas 23, 3º derecha']);
    expect(kindsOf('我是开bar的，都灵Via Nizza 201楼上住。', 'address')).toEqual(['Via Nizza 201']);
    expect(kindsOf('孙女的荷兰护照NX4K7R2P8，派出所要每月登记。', 'id_number')).toEqual(['NX4K7R2P8']);
    expect(kindsOf('持归侨证闽侨证字第0527716号去办执照。', 'member_number')).toEqual(['闽侨证字第0527716号']);
    // A firm's street stays (a shop, no home said).
    expect(spansOf('我们的店在Via Nizza 201，欢迎来坐。')).toEqual([]);
  });

  it('masks a Han name in brackets after a Latin one, a name set off after a person’s number, and a child’s name before the parent’s phone', () => {
    expect(namesOf('I am Park Min-jun (朴敏俊), a teacher in the new town.')).toEqual(expect.arrayContaining(['Park Min-jun', '朴敏俊']));
    expect(namesOf('身份证号410422 1975 0812 3318，邢德胜，原来是拆迁户。')).toContain('邢德胜');
    // (Stop 35: with the parent's word, the person the phone is of.)
    expect(namesOf('两个孩子分在两个学校。樊一鸣妈妈，139 0316 2287')).toContain('樊一鸣妈妈');
    // Not a word after a number, nor a place in brackets after an English word.
    expect(namesOf('电话13911112222，无业，低保户。')).toEqual([]);
    expect(namesOf('I flew in from Seoul (金浦机场) yesterday.')).toEqual([]);
  });

  it('masks the personal fields of a form written in one line, and a nickname after a driver or a courier', () => {
    const form = '【业主意见登记】姓名：郁承泽｜房号：兰亭苑6号楼2单元1102｜车位：C1-077｜电话：137 0316 5589｜意见：地库入口改到了辅路｜接待人：物业客服';
    expect(spansOf(form)).toEqual(['郁承泽', '兰亭苑6号楼2单元1102', 'C1-077', '137 0316 5589']);
    expect(namesOf('【来访登记】来访人：晏淑芬｜事由：低保复核｜处理：转民政局')).toEqual(['晏淑芬']);
    expect(namesOf('黑车司机老骆一趟要一百五。')).toEqual(['老骆']);
    // Fields that are no one's stay (意见, 处理, 接待人), and a form without a person's field is not read so.
    expect(spansOf('【工单】编号：A-2026-0318｜处理：已转办｜回访：满意')).toEqual([]);
  });

  it('masks a Thai name in Thai script without its title, and a Thai ID card by its check digit where Thailand or the card is named', () => {
    expect(namesOf('我姐夫叫สมชาย ใจดี，在曼谷开店。')).toEqual(['สมชาย ใจดี']);
    expect(namesOf('外婆是นางสาว มาลี ศรีสุข，九十岁了。')).toEqual(['มาลี ศรีสุข']);
    expect(kindsOf('她的泰国身份证1101700123456，侨办复印了三份。', 'id_number')).toEqual(['1101700123456']);
    expect(kindsOf('证件号 1-1017-00123-45-6 写在表上。', 'id_number')).toEqual(['1-1017-00123-45-6']);
    // A greeting, a phrase, a number failing the check or without a cue stay.
    expect(spansOf('她说สวัสดี就走了，门口写着ยินดี ต้อนรับ สู่ ร้าน。')).toEqual([]);
    expect(kindsOf('泰国的订单号1101700123457。', 'id_number')).toEqual([]);
    expect(kindsOf('快递单号1101700123456。', 'id_number')).toEqual([]);
  });

  it('leaves the sample persons and numbers of forms and fake numbers visible', () => {
    expect(spansOf('样表上填的是张三，护照号E12345678，电话1234567，我们照着填了。')).toEqual([]);
    expect(spansOf('骗子叫她打+34 91 000 0000核实，背面样例写着“李四，13800000000”。')).toEqual([]);
    expect(spansOf('意大利的样本上写Mario Rossi，codice fiscale RSSMRA80A01H501U。')).toEqual([]);
    // A card a writer gives that holds the counting run among other digits is theirs.
    expect(kindsOf('我的卡号6228480123456789，户名罗秋菊。', 'bank_card')).toEqual(['6228480123456789']);
  });
});

describe('stop 33 review: what the new forms must leave visible, and their spans', () => {
  it('reads no heading, field, greeting, firm or building before a colon as a chat speaker, and a speaker after a time', () => {
    expect(spansOf('反映微信群诈骗问题。\n1. 问题：群里有人冒充\n2. 诉求：请查处\n3. 建议：加强宣传')).toEqual([]);
    expect(spansOf('村民群里发的\n一、基本情况：路灯坏了\n二、主要问题：没人修\n三、处理意见：转办')).toEqual([]);
    expect(spansOf('关于微信群的会议纪要\n时间：3月5日\n地点：会议室\n参会人员：各村\n会议内容：讨论')).toEqual([]);
    expect(spansOf('【通知】各位业主：业主群里说的事\n开发商：不管\n中国移动：信号\n1栋业主：漏水\n3号楼业主：同意')).toEqual([]);
    expect(namesOf('业主群聊天记录\n2024-03-05 10:32 张伟：电梯坏了\n2024-03-05 10:33 李娜：是的')).toEqual(['张伟', '李娜']);
    expect(spansOf('业主群聊天记录\n2-1-1801柴文静：电梯坏了\n张伟-滨江花园：我也是\n米兰-周永祥：同意')).toEqual(['2-1-1801', '柴文静', '张伟-滨江花园', '米兰-周永祥']); // (Stop 52) The whole two-part display name, as the sets since pii50 label it:
  });

  it('leaves brands and places in capitals, tables of officials, offices’ lines and rooms, and real people in a fraud complaint', () => {
    expect(spansOf('我买了LI NING的鞋，在XIAO MI手机店，喝YI LI牛奶。')).toEqual([]);
    expect(namesOf('姓名|职务|电话\n王建国|镇长|0571-86001234\n李红|党委书记|0571-86001235')).toEqual([]);
    expect(spansOf('日期|姓名|电话\n3月1日|王主任|12345\n3月2日|李科长|12345')).toEqual([]);
    expect(spansOf('我叫王五，是被诈骗的受害人，电话13700000000。')).toEqual(['王五', '13700000000']);
    expect(spansOf('中国驻法国大使馆：+33 1 49 52 19 50，巴黎警察局电话 01 53 71 53 71。')).toEqual([]);
    expect(spansOf('卫生室设在村委会6号院西屋，派出所搬到了9号院正房。')).toEqual([]);
    expect(namesOf('电话13912345678，王书记，是镇上的。')).toEqual([]);
    expect(spansOf('餐馆在Viale Monza 148楼上，我新买的车是EV 300 XL款。')).toEqual([]);
    expect(kindsOf('2024年3期2号楼1单元502交房延期。', 'address')).toEqual(['3期2号楼1单元502']);
  });
});

describe('stop 34: rosters, passbooks, register-form certificates, private lending and receipts, workers’ codes, e-bike plates (own examples)', () => {
  it('masks a passbook’s number after its word, and a roster’s names row by row', () => {
    expect(kindsOf('村里把后扶钱打到折子上，我家的存折号是6217 0035 1187 2694 03，钱没到。', 'bank_card')).toEqual(['6217 0035 1187 2694 03']);
    expect(spansOf('【低保公示】\n樊德林 户 3人 1800元\n蔺春花 户 1人 600元\n合计 4人 2400元')).toEqual(['樊德林', '蔺春花']);
    expect(spansOf('台账\n户主｜人口｜折号\n樊德林｜3｜2204 0417 1187 26')).toEqual(['樊德林', '2204 0417 1187 26']);
    // A line alone is no roster, nor are a passbook's pages, nor a total.
    expect(namesOf('樊德林 户 3人 1800元')).toEqual([]);
    expect(namesOf('各村完成情况\n柳湾 3户 已完成\n高坪 5户 未完成\n梅岭 2户 已完成\n合计 10户')).toEqual([]);
    expect(spansOf('折子用了12页，折号那一页被撕了。')).toEqual([]);
  });

  it('masks certificates written in a register’s form, a number that repeats its certificate’s word, and persons’ numbers by their word', () => {
    expect(kindsOf('证书编号（湘澧）船登（籍）（2018）FT-300417號，船拆了。', 'member_number')).toEqual(['（湘澧）船登（籍）（2018）FT-300417號']);
    expect(kindsOf('不动产权证号浙（2020）澜湾市不动产权第0031876号，房子是我的。', 'member_number')).toEqual(['浙（2020）澜湾市不动产权第0031876号']);
    expect(kindsOf('我有渔民证澧渔民证0512号，补助没发。', 'member_number')).toEqual(['澧渔民证0512号']);
    expect(kindsOf('退休证号HKDZ-T-0217，补贴停了。', 'member_number')).toEqual(['HKDZ-T-0217']);
    expect(kindsOf('移民编号430726-YM-05127是我爸的。', 'member_number')).toEqual(['430726-YM-05127']);
    expect(kindsOf('船舶识别号CN20173470215是我家那条船的。', 'member_number')).toEqual(['CN20173470215']);
    expect(kindsOf('我是外包的，工號LY-H-0417。', 'member_number')).toEqual(['LY-H-0417']);
    expect(kindsOf('我开小货船，船名澧运货0417，挂靠费一年八千。', 'plate')).toEqual(['澧运货0417']);
    // A firm's permit in the register's form, and a certificate's word without its own number, stay.
    expect(spansOf('施工许可证号湘（2020）澧县建字第0031号贴在门口。')).toEqual([]);
    expect(spansOf('渔民证发了没有？渔民证的事拖了三年。')).toEqual([]);
  });

  it('masks a receipt’s payer, whom money was lent or sent to, a child in a parent’s display name, and who phones on the writer’s behalf', () => {
    expect(namesOf('收据上写着：今收到柳湾村符阿根交来罚款500元。')).toEqual(['符阿根']);
    expect(namesOf('我借给邬晓峰五万块，他不还。')).toEqual(['邬晓峰']);
    expect(namesOf('记录是微信转账给“峰哥”3000元。')).toEqual(['峰哥']);
    expect(namesOf('群里要改备注，我改成“蔺雨桐妈妈”。')).toEqual(['蔺雨桐']);
    expect(spansOf('请回电139 0417 2286（温小燕代）')).toEqual(['139 0417 2286', '温小燕']);
    expect(namesOf('滕大姐，大名滕秀英，在村口卖菜。')).toEqual(['滕大姐', '滕秀英']);
    expect(namesOf('邬国平借给我五万，三年没还。')).toEqual(['邬国平']);
    expect(namesOf('2023年5月8日，蔺春花向我转账五万。')).toEqual(['蔺春花']);
    expect(namesOf('他欠樊德林二十万，法院判了。')).toEqual(['樊德林']);
    expect(namesOf('我起诉了邬国平，又申请执行蔺春花的厂房。')).toEqual(['邬国平', '蔺春花']);
    expect(namesOf('申请执行的是樊德林的纺织厂。')).toEqual(['樊德林']);
    expect(namesOf('喂，我是柳湾村的费阿大哦，织机被封掉了。')).toEqual(['费阿大']);
    expect(namesOf('转账记录：5月8日 转给 邬国平 20000元')).toEqual(['邬国平']);
    expect(namesOf('评上的都是亲戚，我家蔺长顺退捕没收入，评议说有劳动能力。')).toEqual(['蔺长顺']);
    // What the writer's household owns is no one (我家门口, 我家桃树林, 我家马路边).
    expect(namesOf('我家门口的路坏了，我家桃树林被淹，我家马路边的沟堵了。')).toEqual([]);
    // Wages owed, money lent, a suit against an office, an official's loan stay.
    expect(namesOf('他欠了工资不发，借了钱给他也不还，起诉政府没用。')).toEqual([]);
    expect(namesOf('王书记借给我们的桌子还在。')).toEqual([]);
    // Land let to a cooperative, a transfer to an office, and a firm in quotes stay.
    expect(namesOf('村里把地流转给丰禾合作社，租金没给。')).toEqual([]);
    expect(namesOf('钱转给了“柳湾生态示范园”。')).toEqual([]);
  });

  it('masks the heads of private firms and associations, a lender by trade, and names misspelt on papers', () => {
    expect(namesOf('纸箱厂厂长聂振华说不给钱。')).toEqual(['聂振华']);
    expect(namesOf('原来的组长邬大成，拿着我爸的折子去取钱。')).toEqual(['邬大成']);
    expect(namesOf('厂里组长蔺春生收新人两百块介绍费。')).toEqual(['蔺春生']);
    expect(namesOf('商会的秘书长郜建民收了会费。')).toEqual(['郜建民']);
    expect(namesOf('隔壁放贷的鲍志强天天来。')).toEqual(['鲍志强']);
    expect(namesOf('培训证上把我蔺春花打成了蔺春华。')).toEqual(['蔺春花', '蔺春华']);
    expect(namesOf('系统里把我爸的名字写成了邬德後，改要两级审批。')).toEqual(['邬德後']);
    // A firm after the head's word, a secretary-general of an office, a word misspelt.
    expect(namesOf('协会会长是恒达家具厂的老板。')).toEqual([]);
    expect(namesOf('县政府秘书长郜建民来检查。')).toEqual([]);
    expect(namesOf('督导组组长邬国平来村里检查。')).toEqual([]);
    expect(namesOf('表上把名字写成了错别字。')).toEqual([]);
  });

  it('masks a name signed before its home at the end, the speakers’ codes and homes in a group chat, a worker’s code after a name, and a plate after its driver', () => {
    expect(spansOf('情况就是这样。樊德林，柳湾村3组7号')).toEqual(['樊德林', '柳湾村3组7号']);
    expect(namesOf('路灯坏了。谢谢，柳湾村3组7号')).toEqual([]);
    expect(spansOf('我在查询机上写了我的名字邬德华和电话13912345678。')).toEqual(['邬德华', '13912345678']);
    expect(spansOf('讨薪群截图：\nTX-0417 邬国平：工资呢？\nTX-0522 蔺小兵：没发\n班长-王：等等')).toEqual(['TX-0417', '邬国平', 'TX-0522', '蔺小兵']);
    expect(spansOf('柳浜房东群：\n柳浜12号-符根宝：推到哪？\n南浜-阿凤：又推？')).toEqual(['柳浜12号-符根宝', '南浜-阿凤']); // (Stop 52) The whole two-part display name, as the sets since pii50 label it:
    expect(kindsOf('名单：邬国平 TX-0417，都欠两个月。', 'member_number')).toEqual(['TX-0417']);
    // A hamlet named for a family before the speaker is the place, not the name's surname; (stop 52) the display name is
    // masked whole, as the sets since pii50 label it.
    expect(namesOf('织户群聊天记录：\n蒋家埭-邬建国：又来拍照了\n蒋家埭-计雪芳：设备装了三个月')).toEqual(['蒋家埭-邬建国', '蒋家埭-计雪芳']);
    expect(kindsOf('做布的老板聂振华开着浙F·3K715来请客，镇政府的公务车苏E·G3071也在。', 'plate')).toEqual(['浙F·3K715']);
  });

  it('masks an e-bike’s plate with its city, village homes with 口 or 向家 in their names, a home line read out in fours, and rooms in Chinese numerals', () => {
    expect(kindsOf('电动车被拖了，车牌澜湾B20417，去哪领？', 'plate')).toEqual(['澜湾B20417']);
    // (口 with the one character before it: a village's name of two.)
    expect(kindsOf('我家浜口村三组15号，户主符阿根。', 'address')).toEqual(['浜口村三组15号']);
    expect(kindsOf('我是向家湾村1组2号的向老幺。', 'address')).toEqual(['向家湾村1组2号']);
    expect(kindsOf('他在梁家浜村东浜12号楼下住了两年。', 'address')).toEqual(['梁家浜村东浜12号']);
    expect(kindsOf('屋里电话五七六六，零四二九，晓得伐？', 'landline')).toEqual(['五七六六，零四二九']);
    expect(kindsOf('我买的锦溪名邸十一幢三单元七〇二室，被查封了。', 'address')).toEqual(['锦溪名邸十一幢三单元七〇二室']);
    expect(namesOf('飯店老闆蒋阿四跟我說的。')).toEqual(['蒋阿四']);
    // A plate after 车牌是 is a province's; a gate's mouth is no village's name.
    expect(kindsOf('我的车牌是苏A12345。', 'plate')).not.toContain('是苏A12345');
    expect(spansOf('村口3组的路灯坏了。')).toEqual([]);
    expect(kindsOf('电动车电池A12345坏了。', 'plate')).toEqual([]);
  });
});

describe('stop 34 review: samples, Dutch passports, and what stays visible', () => {
  it('leaves a sample table visible when a heading right above or its first row says so, and still masks a real roster', () => {
    expect(spansOf('示例：\n姓名|电话\n张三|13800000000')).toEqual([]);
    // (Only the sample's names and made-up numbers: a real-looking phone in an example stays masked.)
    expect(spansOf('填写说明\n姓名|电话\n王建国|13912345678')).toEqual(['13912345678']);
    expect(spansOf('如：\n姓名|电话\n王建国|13800000000')).toEqual([]);
    expect(spansOf('【样表】\n姓名|身份证号\n王建国|430726198001010012')).toEqual([]);
    expect(spansOf('姓名|电话\n李四|13900000000\n王五|13700000000')).toEqual([]);
    expect(spansOf('表格样式：姓名：张三　电话：138****0000　身份证：430726********1234，请照这个格式填')).toEqual([]);
    // A roster in a text that speaks of a template elsewhere, or after filling it in, is real.
    expect(spansOf('他们说要用模板填，我们村的名单：\n姓名|电话\n王建国|13912345678')).toEqual(['王建国', '13912345678']);
    expect(spansOf('我们照样表填了，这是我家的：\n姓名|电话\n樊德林|13912345678')).toEqual(['樊德林', '13912345678']);
  });

  it('reads a Dutch passport by its shape (two letters, no letter O, a digit last) and leaves words after 护照', () => {
    expect(kindsOf('孙女的荷兰护照NX4K7R2P8，派出所要每月登记。', 'id_number')).toEqual(['NX4K7R2P8']);
    expect(kindsOf('他的护照BR7T21KL4丢了。', 'id_number')).toEqual(['BR7T21KL4']);
    expect(kindsOf('外孙的护照XR1001R58，领馆要复印件。', 'id_number')).toEqual(['XR1001R58']);
    expect(spansOf('护照PASSPORT1，样子像。护照上的号码里有字母O的，XO1234R58不是荷兰的。')).toEqual(['XO1234R58']); // not a Dutch passport, some passport's all the same (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    expect(spansOf('护照加急费EUR120000太贵了。')).toEqual([]);
    expect(spansOf('他的护照HOLLAND12，写错了。')).toEqual([]);
    expect(spansOf('护照NEDERLAND，封面写的。')).toEqual([]);
    expect(spansOf('护照Passport上印着NETHERLANDS。')).toEqual([]);
  });

  it('(second review) never unmasks a real roster through its sample first row or a sentence about a format, nor its numbers', () => {
    expect(spansOf('低保名单\n姓名|电话\n王某某|13800000000\n李建国|13912345678\n赵秀英|13787654321')).toEqual(['李建国', '13912345678', '赵秀英', '13787654321']);
    const id = idNumber('43072619800101001');
    expect(spansOf(`低保名单\n姓名|电话|身份证号\n张三|13912345678|${id}\n李建国|13912345679|${idNumber('43072619810101001')}`)).toEqual(['13912345678', id, '李建国', '13912345679', idNumber('43072619810101001')]);
    expect(spansOf('按村里通知的格式：\n姓名|电话\n王建国|13912345678\n赵秀英|13787654321')).toEqual(['王建国', '13912345678', '赵秀英', '13787654321']);
    expect(spansOf('村里要求按格式\n姓名|电话\n王建国|13912345678')).toEqual(['王建国', '13912345678']);
    expect(spansOf('格式如下：\n姓名|电话\n张三|13800000000')).toEqual([]);
  });

  it('(second review) reads a home line in town as a home, a name joined to the phone word by 和, and leaves offices, officials, parking spots', () => {
    expect(kindsOf('我镇上家里电话0512-58627120。', 'landline')).toEqual(['0512-58627120']);
    expect(kindsOf('我妈在镇上住电话0512-5862 7120，有事打。', 'landline')).toEqual(['0512-5862 7120']);
    expect(kindsOf('我家在乡上的电话023-5581 2006。', 'landline')).toEqual(['023-5581 2006']);
    expect(spansOf('打镇上电话0512-58627120没人接。')).toEqual([]);
    expect(namesOf('我的名字李华和电话13912345678。')).toEqual(['李华']);
    expect(namesOf('找李华和手机13800001234联系')).toEqual(['李华']);
    expect(namesOf('我的名字邬德华和电话13912345678。')).toEqual(['邬德华']);
    expect(namesOf('钱转给了“镇财政所”。补助款转账给“村委会”了。钱转给“扶贫办”，没下文。')).toEqual([]);
    expect(namesOf('钱转给“李秀兰”了。')).toEqual(['李秀兰']);
    expect(namesOf('县政府秘书长郜建民来商会调研。')).toEqual([]);
    expect(namesOf('商会秘书长郜建民收了会费不开票。')).toEqual(['郜建民']);
    expect(kindsOf('电动车停在B12345车位，被拖了。电动车放在C20417号棚。', 'plate')).toEqual([]);
    expect(kindsOf('电动车澜湾B20417被偷了', 'plate')).toEqual(['澜湾B20417']);
    expect(namesOf('把地名写成了张家湾，村名写成了王家庄。')).toEqual([]);
  });

  it('leaves officials written with 某 in court and office records, group chats named in a list, and words a rule read as names', () => {
    expect(namesOf('审判员：王某；书记员：李某。原告邬国平。')).toEqual(['邬国平']);
    expect(namesOf('接访人：信访局周某。')).toEqual([]);
    expect(namesOf('学校要家长加班级群、年级群、安全群、家委会群。')).toEqual([]);
    expect(namesOf('我妈高血压，村醫說要吃藥。')).toEqual([]);
    expect(namesOf('被告是我，邬国平，身份证丢了。')).toEqual(['邬国平']);
    expect(namesOf('我是游轮上的导游，收款单位是镇商会。')).toEqual([]);
    expect(spansOf('打劳动监察的电话0512-5862 7120，法院的电话0512-5862 3100，镇上电话023-5581 2006都没人接。')).toEqual([]);
  });
});

describe('stop 35: a China–Mongolia border port and a county’s schools (pii40, pii41; own examples)', () => {
  it('reads Mongolian names written in Chinese by sound where a person stands: after a relative or a standing, set off before a contact, signing off, opening a text', () => {
    expect(namesOf('我表哥孟根达来在乌兰巴托跑运输。')).toEqual(['孟根达来']);
    expect(namesOf('我父亲巴达荣贵在旗医院住院。')).toEqual(['巴达荣贵']);
    expect(namesOf('马主人是我爸朝格吉勒图，骑手十二岁。')).toEqual(['朝格吉勒图']);
    expect(namesOf('知情人阿古达木 136 4798 2507')).toEqual(['阿古达木']);
    expect(namesOf('补奖卡三个月没到账。那日苏图 189 4791 6058')).toEqual(['那日苏图']);
    expect(namesOf('苏木干部下来只拍照不办事，拍完就上车走了。——布和朝鲁')).toEqual(['布和朝鲁']);
    expect(namesOf('草場證換了三次，面積還是錯的。那仁格日樂')).toEqual(['那仁格日樂']);
    expect(namesOf('浩斯：嘎查的全羊宴又是企业出的钱。')).toEqual(['浩斯']);
    expect(namesOf('我阿妈诺敏七十岁了冻感冒了。')).toEqual(['诺敏']);
    expect(namesOf('那片草场原来是我家和宝音德力格尔家的。')).toEqual(['宝音德力格尔']);
    expect(namesOf('我是敖伦诺尔嘎查的旭日干啊，草场证换证的事。')).toEqual(['旭日干']);
    // Places made of the same characters, and words, stay: a village, a township, a city, the festival, a scarf.
    expect(namesOf('巴彦锡勒嘎查的草场被占了，苏木说去呼和浩特问，乌兰巴托的车也停了。')).toEqual([]);
    expect(namesOf('那达慕大会上赛马，献哈达敬酒。德国人来了，巴士站没有车。')).toEqual([]);
    expect(namesOf('我们去了达来诺尔，又去了乌兰察布。')).toEqual([]);
    expect(namesOf('来信单位。——乌兰察布市政府办公室')).toEqual([]);
    // A Han surname Mongols take, before a one-element name, where the two stand set off together.
    expect(namesOf('派出所说不归他们管。包铁木尔 150 4797 3126')).toEqual(['包铁木尔']);
    expect(namesOf('我叫韩乌力吉，羊被撞死了。')).toEqual(['韩乌力吉']);
    // Elements beyond those of the studied set's names (Bayasgalan, Narsun, Saruul).
    expect(namesOf('我外甥巴雅斯古楞在呼和浩特上学。')).toEqual(['巴雅斯古楞']);
    expect(namesOf('补奖资金三个月没到。——那日松')).toEqual(['那日松']);
    expect(namesOf('我媳妇萨茹拉在旗医院住院。')).toEqual(['萨茹拉']);
  });

  it('reads a Cyrillic given name standing alone in a Chinese text and an initial with a name, not a place, a greeting or a sentence of Cyrillic', () => {
    expect(namesOf('Батбилэг，蒙古号9903 4127，物流园扣车不给理由。')).toEqual(['Батбилэг']);
    expect(namesOf('我在乌兰巴托的表妹Ундрах来这边生孩子。')).toEqual(['Ундрах']);
    expect(namesOf('Сайн байна уу. Б.Оюунчимэг гэдэг. 我在口岸医院生孩子。')).toEqual(['Б.Оюунчимэг']);
    expect(namesOf('我姨妈住在乌兰巴托 Баянзүрх дүүрэг，她来看病。')).toEqual([]);
    expect(namesOf('我在Улаанбаатар上学，Сайн байна уу。')).toEqual([]);
    expect(namesOf('主题：Жалоба / 投诉')).toEqual([]);
  });

  it('reads Mongolian papers and plates: a registration number, a plate of four digits and three letters, a local mobile after 蒙古号, an IBAN, a flat', () => {
    expect(kindsOf('我的注册号УБ84071213，去改说要翻译。', 'id_number')).toEqual(['УБ84071213']);
    expect(kindsOf('表姐注册号写成拉丁字母是UB76052328，电话另给。', 'id_number')).toEqual(['UB76052328']);
    expect(kindsOf('他的车6731 УБЕ在停车场被贴了三次条。', 'plate')).toEqual(['6731 УБЕ']);
    expect(kindsOf('Батбилэг，蒙古号9903 4127，物流园扣车。', 'mobile')).toEqual(['9903 4127']);
    expect(kindsOf('我的蒙古银行账户MN72 0005 0050 3841 7621收不到钱。', 'bank_card')).toEqual(['MN72 0005 0050 3841 7621']);
    expect(kindsOf('姨妈住在 26-р хороо, 52-р байр, 14 тоот，她来看病。', 'address')).toEqual(['52-р байр, 14 тоот']);
    // Not a year and a word, nor a code in Latin letters without the registration's cue.
    expect(spansOf('2024 оны план，UB76052328 是订单。')).toEqual(['UB76052328']); // an order's (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
  });

  it('reads a herder household by its village, group and number, the village kept with it', () => {
    expect(kindsOf('我家草場就在阿拉騰溫都爾嘎查三組牧戶21號，歡迎來看。', 'address')).toEqual(['阿拉騰溫都爾嘎查三組牧戶21號']);
    expect(kindsOf('我家呼和陶勒盖嘎查牧户3号，去看看。', 'address')).toEqual(['呼和陶勒盖嘎查牧户3号']);
    expect(kindsOf('嘎查有二百多牧户，3号文件说了。', 'address')).toEqual([]);
  });

  it('reads school numbers by their cue words and a parent named after their child, whole', () => {
    expect(kindsOf('孩子谷雨欣，准考证号2026132907128，学籍号G341329201102150640', 'member_number')).toContain('2026132907128');
    expect(kindsOf('高考报名信息：考生号26341329110458，姓名卜佳琪。', 'member_number')).toEqual(['26341329110458']);
    expect(kindsOf('教师资格证定期注册，我的证号20183413242001573，名字倪丹丹。', 'member_number')).toEqual(['20183413242001573']);
    expect(namesOf('【三(5)班家长群】\n李沐阳妈妈：学校又让下载APP。\n思远爸爸：我晚上回去刷。\n班主任：请家长重视。')).toEqual(['李沐阳妈妈', '思远爸爸']);
    expect(namesOf('家長群裡班主任發了個收款碼。——柏俊傑媽媽')).toEqual(['柏俊傑媽媽']);
    expect(namesOf('园服质量很差。中二班吕梓萱妈妈')).toEqual(['吕梓萱妈妈']);
    expect(namesOf('校服还没发。初二(1)班宋家乐')).toEqual(['宋家乐']);
    // Not the parents of a pupil said with a word, nor a grade before its class.
    expect(namesOf('孩子妈妈：我晚上回去刷。\n学生家长：好。')).toEqual([]);
    expect(namesOf('高二(11)班的学生宿舍热水器坏了，高三的老师也说了。')).toEqual([]);
    // Nor a kinship word in brackets after the guardian's name, nor the writer's trade after 的.
    expect(namesOf('姓名：樊一诺\n监护人：樊长友（祖父）')).toEqual(['樊一诺', '樊长友']);
    expect(namesOf('我是镇教办的文员，一个月报表四十多张。我是浍阳中学的宿管员，检查组来了。')).toEqual([]);
  });

  it('reads a plate beside a private person’s name, a plate said aloud, a chat speaker after a plate’s prefix', () => {
    expect(kindsOf('车在里面停了两天。司机李建国，蒙H·5L032。', 'plate')).toEqual(['蒙H·5L032']);
    expect(kindsOf('说“等政策”。蒙H·D72816，侯振宇，189 4790 6834', 'plate')).toEqual(['蒙H·D72816']);
    expect(kindsOf('我是拉煤的司机高二旦，车牌是蒙H六K五八二一，今天又被拦了。', 'plate')).toEqual(['蒙H六K五八二一']);
    expect(namesOf('【群聊】\n蒙H-韩二愣：今天又不开门\n晋K-二柱子：领导看了十分钟就走了')).toEqual(['蒙H-韩二愣', '晋K-二柱子']); // (Stop 52) The whole two-part display name, as the sets since pii50 label it:
    // An official's car beside an official's name stays; so does a plate written out in a sentence with no name.
    expect(kindsOf('张书记，车牌湘A12345，公车私用天天接孩子。', 'plate')).toEqual([]);
    expect(kindsOf('一辆车牌湘G88888的奥迪天天停在酒店门口。', 'plate')).toEqual([]);
  });

  it('leaves 某 of a record’s officials and of a list’s placeholders visible, and a hamlet of a roster', () => {
    expect(namesOf('书记员：李某')).toEqual([]);
    expect(namesOf('本案书记员：李某。')).toEqual([]);
    expect(namesOf('名单上学生的名字都写成“王某某”“李某某”，分数照写。')).toEqual([]);
    expect(detectPii('【补贴名单】\n1 向阳组 李德全 2人\n2 向阳组 王秀英 3人\n3 红星组 赵国华 1人\n4 东风组 钱玉兰 2人').filter((s) => s.kind === 'name').map((s) => s.end - s.start)).toEqual([3, 3, 3, 3]);
    // A private person written with 某 by a writer stays masked.
    expect(namesOf('邻居张某某天天在楼道堆垃圾。')).toEqual(['张某某']);
    // A number the writer says is a sample's stays; the writer's own after it is masked.
    expect(spansOf('表格样例的身份证号写的是341329199001011231，我们照着格式填。')).toEqual([]);
    expect(kindsOf('我的身份证号341329199001011231，样例不一样。', 'id_number')).toEqual(['341329199001011231']);
  });
});

describe('stop 35b: Tibetan, Yi, Uyghur, Kazakh and Kyrgyz names by their stock’s parts in a person’s slot (own examples)', () => {
  it('reads Tibetan names of one or two parts after a relative, a standing, 我是/叫, a dash, before a contact and as a chat’s speaker', () => {
    expect(namesOf('我阿妈卓玛今年六十八了，低保一直没批下来。')).toEqual(['卓玛']);
    expect(namesOf('我是牧民索朗旺堆，冬虫夏草的收购价被压。')).toEqual(['索朗旺堆']);
    expect(namesOf('我哥哥四郎江措去年在工地受伤。')).toEqual(['四郎江措']);
    expect(namesOf('我舅舅罗布次仁开出租车被罚款。')).toEqual(['罗布次仁']);
    expect(namesOf('我姐姐仁青卓嘎在县医院住院。')).toEqual(['仁青卓嘎']);
    expect(namesOf('请转告普布扎西，他的补贴到了。')).toEqual(['普布扎西']);
    expect(namesOf('土登晋美，电话13908901234，反映补助没发。')).toEqual(['土登晋美']);
    expect(namesOf('丈夫坚参，今年四十岁。')).toEqual(['坚参']);
    expect(namesOf('【村民群】\n旺堆：明天几点开会？\n[10:32] 德央：八点。')).toEqual(['旺堆', '德央']);
    expect(namesOf('路灯坏了半年了。此致，江措')).toEqual(['江措']);
  });

  it('reads monks’ and nuns’ names after their word or a dharma name’s', () => {
    expect(namesOf('我叔叔是寺里的僧人，法名阿旺益西。')).toEqual(['阿旺益西']);
    expect(namesOf('阿克更登说寺里的水管冻裂了。')).toEqual(['更登']);
    expect(namesOf('我们这里的喇嘛洛桑坚参病了。')).toEqual(['洛桑坚参']);
    expect(namesOf('觉姆曲措在尼姑寺修行。')).toEqual(['曲措']);
  });

  it('reads Yi names of a clan name and two or three syllables, and the Han name beside them', () => {
    expect(namesOf('我妈妈比曲阿支生病了。')).toEqual(['比曲阿支']);
    expect(namesOf('她叫马海阿依莫，在读初二。')).toEqual(['马海阿依莫']);
    expect(namesOf('——女儿阿呷莫')).toEqual(['阿呷莫']);
    expect(namesOf('我丈夫吉伍拉则（李国强）去年出去打工。')).toEqual(['吉伍拉则', '李国强']);
    expect(namesOf('我是王秀英（勒格阿依），在西昌打工。')).toEqual(['王秀英', '勒格阿依']);
  });

  it('reads Uyghur, Kazakh and Kyrgyz names with a dot of any kind, a space, none, or the given name alone', () => {
    expect(namesOf('我是卡德尔 依明，电话13999887766。')).toEqual(['卡德尔 依明']);
    expect(namesOf('我是热依拉．阿不都，想咨询低保。')).toEqual(['热依拉．阿不都']);
    expect(namesOf('我是库尔班江•吐尔地，住阿图什。')).toEqual(['库尔班江•吐尔地']);
    expect(namesOf('努尔兰别克：我们牧业队的草场被占了。')).toEqual(['努尔兰别克']);
    expect(namesOf('我母亲玛依努尔生病住院。')).toEqual(['玛依努尔']);
    expect(namesOf('我哥哥别克波拉提去年结的婚。')).toEqual(['别克波拉提']);
    expect(namesOf('阿不都热依木：我们这里的水渠坏了。')).toEqual(['阿不都热依木']);
    expect(namesOf('孩子爸爸阿不都克尤木不给抚养费。')).toEqual(['阿不都克尤木']);
  });

  it('leaves places, monasteries, flowers, springs, festivals and greetings built from the same parts visible', () => {
    for (const text of ['扎西寺门口的路坏了。', '格桑花开得正好，游客很多。', '卓玛泉景区收费太贵。', '吉克村的自来水停了三天。', '雪顿节和萨嘎达瓦节期间交通管制。',
      '扎西德勒！新年快乐。', '肉孜节放假吗？', '阿克苏地区的红枣价格下跌。', '尼玛县到那曲的班车停了。', '罗布林卡门票涨价了。', '我家的民宿叫“措姆之家”。',
      '我尼玛真是服了，等了三个小时。', '刚才让他走他不走，我才让保安来的。', '阿依，你把阿普的身份证号发给我。', '我们给格桑浇水。', '儿子石头砸了车窗。']) {
      expect(namesOf(text), text).toEqual([]);
    }
  });

  it('leaves officials and a living Buddha named in their public role visible', () => {
    expect(namesOf('县委书记扎西平措来我们乡调研。')).toEqual([]);
    expect(namesOf('乡长是吉克拉则，他说下个月修路。')).toEqual([]);
    expect(namesOf('嘉木样活佛在法会上讲经，土登活佛也来了。')).toEqual([]);
    expect(namesOf('我们找了次仁多吉书记，他说要研究。')).toEqual([]);
  });
});

describe('stop 35 review: places and words made of Mongolian name parts, and a team named after its head', () => {
  const names = (t: string) => detectPii(t).filter((s) => s.kind === 'name').map((s) => t.slice(s.start, s.end));
  it('leaves places, troupes and words visible after a cue', () => {
    for (const t of ['我是乌兰察布人，想反映一下供暖问题。', '我是巴音郭楞州的牧民，草场补贴没发。', '我是巴音布鲁克的，景区门票乱收费。', '我是乌兰牧骑的演员，工资拖欠半年。',
      '我是图门江边的', '天空变成了乌云密布的样子，停电了也没人管。', '我那顺便问一下，社保怎么转？', '我们叫苏德战争纪念馆']) expect(names(t), t).toEqual([]);
    // … and still reads the names.
    expect(names('我外公巴特尔今年八十了')).toEqual(['巴特尔']);
    expect(names('我叫那顺，电话不通')).toEqual(['那顺']);
  });
  it('masks a person a team is named after; leaves a village’s group (向阳组) visible', () => {
    expect(names('保洁员张桂芳组负责打扫三楼。')).toEqual(['张桂芳']);
    expect(names('保洁员刘桂兰组里的人都被扣钱了')).toEqual(['刘桂兰']);
    for (const t of ['我家在石桥村向阳组，修路款没公示。', '向阳组村民反映修路的钱没公示。', '一组、向阳组、红旗组的低保名单都没公示。']) expect(names(t), t).toEqual([]);
    expect(names('花名册：向阳组 王建国 3口人；红旗组 李秀兰 2口人。')).toEqual(['王建国', '李秀兰']);
  });
});

describe('stop 36: elders’ nicknames, veterans’ papers, homes for the old, own cars, numbers abroad, and words that stay visible', () => {
  const names = (t: string) => detectPii(t).filter((s) => s.kind === 'name').map((s) => t.slice(s.start, s.end));

  it('masks a surname with 娭毑, 嗲嗲, 满爹 or 老倌, and with 爹 or 婆婆 where it signs; the kin word alone stays visible', () => {
    expect(names('村里的低保又没评上，邹娭毑去问了三回。')).toEqual(['邹娭毑']);
    expect(names('敬老院的饭菜是冷的。钟嗲嗲')).toEqual(['钟嗲嗲']);
    expect(names('补助单上签的名字不是他。——谷满爹')).toEqual(['谷满爹']);
    expect(names('电费多收了两回，——石门冲的柴爹')).toEqual(['柴爹']);
    for (const t of ['娭毑我今年八十八了，没人管。', '我屋老倌子腿脚不好，走不动。', '我和娭毑都去了镇上。', '他干爹在县里上班。', '我爹说这事不归他管。']) expect(names(t), t).toEqual([]);
  });

  it('masks 老 and a surname signing a text or before a contact, and a chat’s speaker; 老师, 老乡 stay visible', () => {
    expect(names('修路的钱去哪了没人说清楚。老窦，135 0011 2233')).toEqual(['老窦']);
    expect(names('打了三次电话都没人接，老谌。')).toEqual(['老谌']);
    expect(names('群聊：\n老殷：今天又停水了')).toEqual(['老殷']);
    for (const t of ['谢谢你，老师。', '都是一个村的，老乡。', '我们去找老板，老板不在。']) expect(names(t), t).toEqual([]);
  });

  it('masks 阿-names with a kin word after them or signing alone; 阿拉伯, 阿姨 and 阿姆 stay visible', () => {
    expect(names('鱼市的摊位费一年涨三回。——菜市阿莲婶')).toEqual(['阿莲婶']);
    expect(names('祠堂的账没人公示。——阿鹏')).toEqual(['阿鹏']);
    expect(names('渔港的冰价太高了。阿坤 0668-2233 4455')).toEqual(['阿坤']);
    expect(names('码头工友群\n码头阿强仔：又排队了')).toEqual(['码头阿强仔']);
    for (const t of ['阿姆讲伊唔去了。', '阿兄讲过番个人唔识路。', '他去阿拉伯做生意了。', '阿姨说下周再来。']) expect(names(t), t).toEqual([]);
  });

  it('masks a veterans’ or welfare paper’s number after its word, in the register’s form or letters and digits; a bare 字第…号 stays visible', () => {
    expectMasked('我是伤残军人，残疾军人证鄂军残字第017342号，年审要本人去。', ['鄂军残字第017342号']);
    expectMasked('优待证号鄂YD2024-0193847，一直没发下来。', ['鄂YD2024-0193847']);
    expectMasked('退出现役证编号2020鄂退字第00817号还在我手上。', ['2020鄂退字第00817号']);
    expectMasked('旧的优抚对象编号YF-420921-00318作废了。', ['YF-420921-00318']);
    expect(masked('县政府的文件是鄂政字第12号，上面说得很清楚。')).toEqual([]);
  });

  it('masks a room in a home for the old after 住, a bed after the room, and a chat’s bed before 家属; a hospital bed stays visible', () => {
    expectMasked('我奶奶住县社会福利院康宁楼406，护理员一晚上不来。', ['县社会福利院康宁楼406']);
    expectMasked('我爸住在夕阳红养老院2楼215房3床，床单一周不换。', ['夕阳红养老院2楼215房3床']);
    expect(masked('院里家属群：\n208床家属：今天又停了热水')).toEqual(['208床']);
    expect(masked('医院让我爸住12床，三天没见医生。')).toEqual([]);
  });

  it('masks the writer’s own car and an e-bike plate with its city’s two characters; an institution’s car stays visible', () => {
    expect(masked('我在外地打工，车是鄂A·D52817，回来被拦了三次。')).toEqual(['鄂A·D52817']);
    expect(masked('我的电动车澧阳B·31876被偷了，派出所不立案。')).toEqual(['澧阳B·31876']);
    expect(masked('所长开着院里的越野车鄂K·0A318去钓鱼。')).toEqual([]);
  });

  it('masks phones abroad with a bracketed area code or a one-digit area code after a phone’s word; a year range stays visible', () => {
    expect(masked('我在多伦多，电话+1 (647) 555-0139。')).toEqual(['+1 (647) 555-0139']);
    expect(masked('阿姑在吉隆坡，电话03-921 4567。')).toEqual(['03-921 4567']);
    expect(masked('这笔补助是2019-2021年的，一直没发。')).toEqual([]);
  });

  it('masks papers and ids abroad by their cue: an NRIC, a MyKad number, a Thai account, a Douyin id, a remitter’s name', () => {
    expect(masked('我的NRIC S8811223J，来回跑了三次。')).toEqual(['S8811223J']);
    expect(masked('外甥的马来西亚IC 070921-10-5533，学校不认。')).toEqual(['070921-10-5533']);
    expect(masked('阿叔的泰国银行账号205-1-33489-2，钱就是从这里汇的。')).toEqual(['205-1-33489-2']);
    expect(masked('我做直播的，抖音ab_cd2020。')).toEqual(['ab_cd2020']);
    expect(masked('汇款人：Somsak Kaewmanee，用途修祠堂。')).toEqual(['Somsak Kaewmanee']);
    expect(masked('汇款人：本人，用途修祠堂。')).toEqual([]);
  });

  it('masks 蚁 as a surname after a person’s word; 蚂蚁 and 白蚁 stay visible', () => {
    expect(names('老公蚁振发讲唔去了。')).toEqual(['蚁振发']);
    for (const t of ['家里的白蚁把门框蛀了。', '蚂蚁森林的树种好了。']) expect(names(t), t).toEqual([]);
  });

  it('masks a home below which the family keeps a workshop or a guesthouse; a stall with no one living stays visible', () => {
    expect(masked('作坊在东沙村南三巷7号，楼上住人，消防天天来。')).toEqual(['东沙村南三巷7号']);
    expect(masked('作坊在东沙村南三巷，楼上住人。')).toEqual([]);
  });

  it('masks a relative or a clan’s officer after the kin word or the role, a roster’s name before a bar, and a family’s short name', () => {
    expect(names('叔公邝永年過世了，祖屋要辦繼承。')).toEqual(['邝永年']);
    expect(names('祠堂管事卓炳坤，住在村口。')).toEqual(['卓炳坤']);
    expect(names('喻春芳｜0744 1234 567｜低保被取消')).toEqual(['喻春芳']);
    expect(names('我爸邬国清，住院三个月，我邬婷。')).toEqual(['邬国清', '邬婷']);
    expect(names('他叫詹睿，我是詹德昌。')).toEqual(['詹睿', '詹德昌']);
    expect(names('我爸邬国清住院了，我很着急。')).toEqual(['邬国清']);
  });

  it('masks the other of a quoted pair that differs by one character from a masked name (a name carved or written wrong)', () => {
    expect(names('纪念碑上“覃国梁”刻成了“谭国梁”，说改要立项。').sort()).toEqual(['覃国梁', '谭国梁'].sort());
    expect(names('标语“为民服务”写成了“为民眼务”。')).toEqual([]);
  });

  it('extends homes abroad over the house or block number, the unit, the city and the postal code, and Thai houses over their numbers', () => {
    expect(masked('地址Blk 412 Bedok Rise #07-219, Singapore 460412。')).toEqual(['Blk 412 Bedok Rise #07-219, Singapore 460412']);
    expect(masked('地址是 455 Cedarbrook Drive, Oakville, ON L6H 3P2，电话不通。')).toEqual(['455 Cedarbrook Drive, Oakville, ON L6H 3P2']);
  });

  it('leaves words, kin, clans, counts, samples, form fields and masked numbers visible', () => {
    for (const t of ['单位组织的“老人关爱”活动只拍了照。', '莫港哒，讲了也冇用。', '林氏宗祠的修缮款被挪用了。', '民政、公安、卫健四家都来检查过。', '示例填法：姓名李某，电话138****0000。',
      '补贴发放卡号要本人去办。', '县里的“荣军之家”一年开两次门。', '请本人签字按手印领取。', '公示的身份证号是430921********1234。']) expect(masked(t), t).toEqual([]);
    expect(names('伊泰国电话打唔通。')).toEqual([]);
  });

  it('keeps the whole name before 组 opening a verb or after two given characters (王德福组织, 王德福组队); a village’s group stays visible', () => {
    expect(names('村民聂长福组织大家去县里上访。')).toEqual(['聂长福']);
    expect(names('村民聂长福组队去县里。')).toEqual(['聂长福']);
    expect(names('村民聂长福组的人都没领到。')).toEqual(['聂长福']);
    expect(names('保洁员张桂芳组负责打扫三楼。')).toEqual(['张桂芳']);
    for (const t of ['向阳组的村民都知道。', '我们三组的路坏了。', '黄泥塘组的路坏了。']) expect(names(t), t).toEqual([]);
  });

  it('trims a bar or a verb before an address; the town before the village stays with it, as earlier sets label it', () => {
    expect(masked('住址｜竹溪村二组5号')).toEqual(['竹溪村二组5号']);
    expect(masked('住址填凤栖苑3栋1102房，表交了三次。')).toEqual(['凤栖苑3栋1102房']);
    expect(masked('家住青石镇竹溪村东巷5号，没人来过。')).toEqual(['青石镇竹溪村东巷5号']);
  });

  it('stays linear on the new cues repeated', () => {
    for (const unit of ['易娭毑', '老黎，', '阿兴伯', '优待证号', '住福利院', '“阳国顺”', '蚁', 'Blk 1 ', '我薛', '叔公', '\n杨秀｜', '抖音', '零七五四，', '我爸王建国，我王五，', '“王建国”“汪建国”']) {
      const text = unit.repeat(Math.ceil(200000 / unit.length));
      const t0 = Date.now();
      detectPii(text);
      expect(Date.now() - t0, unit).toBeLessThan(4000);
    }
  });
});

describe('stop 36: a review of the rules read off pii38 and pii39', () => {
  it('masks names the rules for words and counts had left readable (关爱国, 王耀之家, 李长九家)', () => {
    expectMasked('村民关爱国反映自来水不通。', ['关爱国']);
    expectMasked('我叫关爱民，家住向阳村。', ['关爱民']);
    expectMasked('邻居王耀之家的狗天天叫。', ['王耀之']);
    expectMasked('我舅舅李振之家里被偷了。', ['李振之']);
    expectMasked('今年的补贴和李长九家一样，都没到。', ['李长九']);
    // (The words and counts those rules were written for stay visible.)
    for (const t of ['单位组织的“老人关爱”活动只拍了照。', '九月是敬老关爱月，村里只拉了横幅。', '县里的“荣军之家”一年开两次门。', '民政、公安、卫健四家都来检查过。']) nothingMasked(t);
  });
  it('leaves the head of a public body visible, and masks a clan association’s', () => {
    for (const t of ['红十字会理事长张国华说物资已发放。', '协会理事长李明华说的不算数。']) nothingMasked(t);
    expectMasked('宗亲会理事长陈炳辉讲了话。', ['陈炳辉']);
  });
  it('reads 老楼, 老房 and 老车 at a line’s head as the old building, house and car, and 老王 before a colon as a speaker', () => {
    for (const t of ['老楼：没有电梯\n新楼：有电梯', '老房：漏水严重', '老车：没人管']) nothingMasked(t);
    expectMasked('老王：我下午去村委会\n老马：好的', ['老王', '老马']);
  });
  it('masks a welfare paper’s number written in full-width letters and digits as in ASCII', () => {
    expectMasked('我的優待證編號是ＹＦ－４３２９２３－０１４２７，到現在沒發補助。', ['ＹＦ－４３２９２３－０１４２７']);
    expectMasked('我的优待证编号是YF-432923-01427，到现在没发补助。', ['YF-432923-01427']);
  });
});

describe('stop 36b: Kham and Amdo spellings, Turkic names joined by a dot anywhere, records, names in Uyghur and Tibetan script, sample IDs and public accounts (own examples)', () => {
  const names = (t: string) => detectPii(t).filter((s) => s.kind === 'name').map((s) => t.slice(s.start, s.end));
  const kinds = (t: string) => detectPii(t).map((s) => [s.kind, t.slice(s.start, s.end)]);

  it('reads Tibetan names in their Kham and Amdo spellings, and 措 closing one', () => {
    expect(names('草场补贴两年没发。泽翁邓珠，139 8012 4471')).toEqual(['泽翁邓珠']);
    expect(names('我阿妈拥忠娜姆病了，乡卫生院不收。')).toEqual(['拥忠娜姆']);
    expect(names('村里的牧民俄色翁修说补偿款被扣了，电话187 0811 2093')).toEqual(['俄色翁修']);
    expect(names('山上的老人德吉措一个人住，没人去看。')).toEqual(['德吉措']);
    // (Places and words made of the same parts stay visible.)
    for (const t of ['邓珠村的路修了三年。', '翁修寺门口的停车场收费。', '扎西措施落实不到位的问题要整改。']) expect(names(t), t).toEqual([]);
  });

  it('reads a name after the words that say it is one (汉名, 俗名, 户口本上写, 车主, 老人), and leaves a monk’s title 扎巴 outside', () => {
    expect(names('阿爸汉名四郎泽仁，户口一直没改。')).toEqual(['四郎泽仁']);
    expect(names('户口本上写格荣拉姆，身份证上又是另一个。')).toEqual(['格荣拉姆']);
    expect(names('交警罚了车主登真多吉两百块。')).toEqual(['登真多吉']);
    expect(names('扎巴仁真降措去县上审证，跑了三趟。')).toEqual(['仁真降措']);
    expect(names('寺里的扎巴都去县上开会了。')).toEqual([]);
  });

  it('reads a Uyghur, Kazakh or Kyrgyz given name and the father’s joined by a name’s dot wherever it stands, with the endings -江, -汗, -阿洪', () => {
    expect(names('真正困难的图尔荪古丽·阿不都不在名单上。')).toEqual(['图尔荪古丽·阿不都']);
    expect(names('补贴没到账。艾则孜江·托合提')).toEqual(['艾则孜江·托合提']);
    expect(names('住在隔壁的阿依谢姆汗•肉孜也没领到。')).toEqual(['阿依谢姆汗•肉孜']);
    expect(names('牧民托列根·苏坦别克说转场报备盖了三个章。')).toEqual(['托列根·苏坦别克']);
    // (An official named with the office stays visible.)
    expect(names('县长买买提·托合提来村里开了个会。')).toEqual([]);
    expect(names('地区文旅局副局长玉山·阿不拉带队来检查。')).toEqual([]);
    expect(names('我是村主任艾散·吐尔逊，上面的文件太多了。')).toEqual(['艾散·吐尔逊']);
  });

  it('masks a record of one person by its cue (健康档案号, 签约编号, 筛查编号, a household’s 档案号) and leaves a work order or a project visible', () => {
    expect(masked('健康档案号45210710200300517，上面的体检是假的。')).toEqual(['45210710200300517']);
    expect(masked('签约编号QY4521070318，医生一次都没来。')).toEqual(['QY4521070318']);
    expect(masked('我阿爸的筛查编号BC-2025-KM-0412，药三个月没发。')).toEqual(['BC-2025-KM-0412']);
    expect(masked('搬迁户档案号BQ-452107-2018-0377，补助少了一万。')).toEqual(['BQ-452107-2018-0377']);
    for (const t of ['工单号2026041200517，一直没人回。', '项目编号XM4521-2024-0117的路没修。', '项目档案号GC-2023-0045的工程没验收。']) expect(masked(t), t).toEqual([]);
  });

  it('reads a name in Uyghur Arabic script or in Tibetan script standing in a Chinese text, not a greeting', () => {
    expect(names('تۇرسۇن ئەخمەت（吐尔逊·艾合买提），乡里的会太多了。')).toEqual(['تۇرسۇن ئەخمەت', '吐尔逊·艾合买提']);
    expect(names('我的名字用藏文写是པད་མ་རྡོ་རྗེ，户口本上写白玛多吉。')).toEqual(['པད་མ་རྡོ་རྗེ', '白玛多吉']);
    expect(names('横幅上写着བཀྲ་ཤིས་བདེ་ལེགས，检查组拍了照就走了。')).toEqual([]);
  });

  it('leaves a sample ID that fails its check in a form’s sample, and a public account that fails Luhn, visible; a valid one stays masked', () => {
    const wrongId = '450721199001010012'; // (a wrong check character)
    expect(kinds(`办事指南的样表上，身份证号填的是${wrongId}，好多人照着抄了。`).filter(([k]) => k === 'id_number')).toEqual([]);
    expect(kinds(`我的身份证号${wrongId}，派出所说系统里查不到。`).filter(([k]) => k === 'id_number').length).toBe(1);
    const card = withLuhn('621700123456789012');
    const wrongCard = card.slice(0, -1) + String((Number(card.slice(-1)) + 1) % 10);
    const grouped = (c: string) => c.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(kinds(`公告栏上贴的捐款账户${grouped(wrongCard)}，收款人是乡团委。`).filter(([k]) => k === 'bank_card')).toEqual([]);
    expect(kinds(`我的工资卡${grouped(card)}被带队干部拿着。`).filter(([k]) => k === 'bank_card').length).toBe(1);
  });

  it('reads a name after 举报人 or 登记成, or set off before a QQ number', () => {
    expect(names('外地人挖虫草村干部收钱。举报人呷绒翁修，家住日扎村三组8号')).toEqual(['呷绒翁修']);
    expect(names('派出所把我阿爸登记成扎西邓珠，两个户口。')).toEqual(['扎西邓珠']);
    expect(names('补助没到账。降措曲批 QQ3018275546')).toEqual(['降措曲批']);
    expect(names('举报人的信息要保密。')).toEqual([]);
  });

  it('masks a plate given as a person’s: a form’s field in a form that names its person, a caller’s car, a plate before the signing name; an office’s car stays visible', () => {
    expect(masked('【车辆登记表】\n司机：王建军\n车牌：新F·K3812\n备注：交了三次').filter((x) => x.startsWith('新'))).toEqual(['新F·K3812']);
    expect(masked('来电人车辆甘A·7C215被扣了两天，乡上说找交警。').filter((x) => x.startsWith('甘'))).toEqual(['甘A·7C215']);
    expect(masked('海关查了我的车两个小时。车牌新F·D5127，韩志强').filter((x) => x.startsWith('新'))).toEqual(['新F·D5127']);
    expect(masked('局里的车新F·0A213天天停在饭店门口。')).toEqual([]);
    expect(masked('【公务用车登记】\n车牌：新F·0B517\n用途：下乡')).toEqual([]);
  });

  it('stays linear on the new cues repeated', () => {
    for (const unit of ['扎巴', '泽仁邓珠措', '阿依·', 'ئۇ ئۇ ', 'བཀྲ་', '档案号1234-', '样表4507211990010100', '车牌：新F·K3812，', '举报人']) {
      const text = unit.repeat(Math.ceil(200000 / unit.length));
      const t0 = Date.now();
      detectPii(text);
      expect(Date.now() - t0, unit).toBeLessThan(4000);
    }
  });
});

describe('(Stop 37) trades before names, homes in hotels, villas, prefabs and berths', () => {
  it('masks a private trade\'s person, a hotel room lived in, a villa and a berth', () => {
    expect(masked('导游柯雨婷，说好的购物店不去就扣钱')).toContain('柯雨婷');
    expect(masked('我母亲住南湖宾馆0815房三个月了')).toContain('南湖宾馆0815房');
    expect(masked('业主住翠竹别墅区D21栋，物业多收费')).toContain('翠竹别墅区D21栋');
    expect(masked('船停在蓝港游艇会A码头12泊位，船主老实人')).toContain('蓝港游艇会A码头12泊位');
  });
  it('masks a parent named by the writer, an estate before its building, a prefab room, a basement bed and a dive certificate', () => {
    expect(masked('我爸濮文涛八十岁了，腿脚不好')).toContain('濮文涛');
    expect(masked('车停在门口，青枫人家5号楼1单元302，那是老板家')).toContain('青枫人家5号楼1单元302');
    expect(masked('我们住板房区F排9间，漏雨')).toContain('板房区F排9间');
    expect(masked('宿舍在银杏家园地下室B2-07，没有窗')).toContain('银杏家园地下室B2-07');
    expect(masked('教练证号PADI 552190被人冒用')).toContain('PADI 552190');
    expect(masked('朋友阿丽莎·彼得洛娃在这里开店')).toContain('阿丽莎·彼得洛娃');
  });
  it('leaves a kin word, a word after a trade, a short stay, our family\'s building and an office dash in a chat visible', () => {
    expect(masked('我妈高血压，药钱太贵')).toEqual([]);
    expect(masked('员工关好门再走')).toEqual([]);
    expect(masked('出差住在远洋大酒店806房，空调坏了')).toEqual([]);
    expect(masked('我们家12号楼3单元602漏水').join('')).not.toContain('们');
    expect(masked('【群聊】\n物业-小周：明天停水')).toEqual([]);
  });
  it('leaves officials\' cars, placeholders, a bare room and a stall visible', () => {
    const t = '局里的公车鲁Q·0A123停在饭店门口，示例写的王某某，领导在1203房打牌，摊位C区28号。';
    const m = masked(t);
    expect(m).not.toContain('鲁Q·0A123');
    expect(m).not.toContain('王某某');
    expect(m).not.toContain('1203房');
    expect(m.join('')).not.toContain('28号');
  });
});

describe('(Stop 37b) parties named by their part, signed names, claim and custody numbers, chat speakers after a place (own examples)', () => {
  it('masks a private party after the word for their part or trade', () => {
    expect(masked('钱都交给了业务员莫振邦上门签的字')).toContain('莫振邦');
    expect(masked('收条上经手人苟丽娟，盖的是公司的章')).toContain('苟丽娟');
    expect(masked('被执行人覃万福把车藏起来了')).toContain('覃万福');
    expect(masked('被执行人杨二毛拿着棍子出来')).toContain('杨二毛');
    expect(masked('我是矫正对象向明亮的母亲')).toContain('向明亮');
    expect(masked('他请的是华衡律师事务所的尤思远，一次都没来')).toContain('尤思远');
    expect(masked('我们找的尤思远律师说可以起诉')).toContain('尤思远');
    expect(masked('养殖合作社的钱被理事长卓承业挪去放贷')).toContain('卓承业');
  });
  it('masks a name signed after 我 at a clause\'s end, a payee after an arrow and a self-styled nickname', () => {
    expect(masked('派出所三个月不给答复。我向春林')).toContain('向春林');
    expect(masked('农行转账：祁志勇→甄慧芳，五万元')).toContain('甄慧芳');
    expect(masked('群里有人冒充律师，他叫自己“维权大侠李”，收了钱就跑')).toContain('维权大侠李');
    expect(masked('我们楼十几户都是被蒲雪梅拉进去的')).toContain('蒲雪梅');
    expect(masked('排队的时候，芮桂英阿姨晕倒了')).toContain('芮桂英');
    expect(masked('被领导拉去开会的人不少，被王书记拉去吃饭')).toEqual([]);
  });
  it('masks a claim\'s, a detainee\'s, a prisoner\'s, a correction\'s and a licence number, and a platform\'s user name', () => {
    expect(masked('我的登记编号是QX-DJ-2022-00815，社区又说作废了')).toContain('QX-DJ-2022-00815');
    expect(masked('出借编号：HLB-CJ-20200311-0042')).toContain('HLB-CJ-20200311-0042');
    expect(masked('我老公在押编号KSS2023-0716，衣服要在里面买')).toContain('KSS2023-0716');
    expect(masked('社区矫正人员，矫正编号QXJZ2023-0311，每周去学习')).toContain('QXJZ2023-0311');
    expect(masked('律师执业证号15208201912345678，收费不开票')).toContain('15208201912345678');
    expect(masked('我儿子在监狱服刑，编号是五二零八一三三九七六，会见要预约')).toContain('五二零八一三三九七六');
    expect(masked('我在平台的用户名是qiaoxl_1962，现在登不上')).toContain('qiaoxl_1962');
    // (Stop 52) The whole two-part display name, as the sets since pii50 label it.
    expect(masked('【聊天记录】\n枫湾-荷花妹：今天又说开会\n桐林-石头哥哥：白跑一趟')).toEqual(['枫湾-荷花妹', '桐林-石头哥哥']);
  });
  it('leaves officials in role, case and contract numbers, public bodies, a trailer word and a company account visible', () => {
    expect(masked('对方说不服判决，要上诉')).toEqual([]);
    expect(masked('区残联理事长来社区开会，拍了照就走')).toEqual([]);
    expect(masked('案件编号A5208200100002022031，两年没有进展')).toEqual([]);
    expect(masked('法院案号（2024）黔0523执211号，执行局说没财产')).toEqual([]);
    expect(masked('采购合同编号CG-2024-0517，中标价太高')).toEqual([]);
    expect(masked('工单号2024031500219，回访说已办结')).toEqual([]);
    expect(masked('【群聊】\n群主-村会计：明天检查\n服务站-站长：大家配合')).toEqual([]);
    expect(masked('律师费太贵，法援律师又不来')).toEqual([]);
    const t = '对公账户：恒达投资咨询有限公司 6222 0000 1111 2222 333，挂车停在院子里';
    expect(masked(t).join('')).not.toContain('6222');
    // (Stop 52: a village's member whole, 清溪-翠翠姐, as the sets since pii50 label it; an office's desk stays.)
    expect(masked('【聊天记录】\n清溪-翠翠姐：又没人接电话\n村委-文书：明天开会')).toEqual(['清溪-翠翠姐']);
  });
});

describe('(Stop 37) a review of the round: the reviewer\'s sentences', () => {
  const names = (t: string) => detectPii(t).filter((s) => s.kind === 'name').map((s) => t.slice(s.start, s.end));
  it('leaves a placeholder visible in a sample, a nobody elsewhere masked as before, and a 站长 read by the station in the text', () => {
    expect(masked('示例写的王某某，张某，李某')).toEqual([]);
    expect(masked('驿站站长濮文涛，说服务站不管')).toEqual([]);
    expect(masked('驿站站长濮文涛，天天不在')).toContain('濮文涛');
  });
  it('masks a name that only starts with a word the round leaves visible (凌晨曦, 包月娥, 文艺华), and leaves the words visible', () => {
    expect(names('投诉人凌晨曦，电话13812345678')).toEqual(['凌晨曦']);
    expect(names('投诉人包月娥')).toEqual(['包月娥']);
    expect(names('我叫包月英，今年六十')).toEqual(['包月英']);
    expect(names('举报人文艺华')).toEqual(['文艺华']);
    expect(names('投诉人凌晨光反映')).toEqual(['凌晨光']);
    expect(masked('县人社局发的《快递员权益保障告知书》模板里，网点让我们照着抄。')).toEqual([]);
    expect(masked('小區被列入改造，樓道未修，施工方稱按圖施工。')).toEqual([]);
  });
  it('masks a private 0-series plate near 政府 or 单位, and leaves an official car visible', () => {
    expect(masked('我的私家车粤B·0C123停在政府门口被贴条')).toContain('粤B·0C123');
    expect(masked('局里的公车鲁Q·0A123停在饭店门口')).toEqual([]);
    expect(masked('旗人民医院的院长开着医院的车蒙H·0C582去钓鱼')).toEqual([]);
  });
  it('leaves ordinary words after a trade or a parent visible, and a name there masked', () => {
    for (const t of ['我妈白内障', '我妈关节炎', '我爸毛病多', '我妈车祸后', '我爸房子里', '我妈单位里的人说', '我妈包饺子的', '我妈包子铺的生意', '员工安全', '渔民安全', '船员安全', '员工成本说涨就涨', '导游全程说', '领队安排', '领队方便', '领队任务重', '潜水教练严格', '船员高收入是假的', '快递员高兴地说', '驿站站长高兴地说', '驿站站长江西人', '驿站站长成天不在', '我叫房东，他不来']) expect(masked(t), t).toEqual([]);
    expect(names('导游柯雨婷，说好的购物店不去就扣钱')).toEqual(['柯雨婷']);
    expect(names('我爸濮文涛八十岁了，腿脚不好')).toEqual(['濮文涛']);
    expect(names('领队江海波说')).toEqual(['江海波']);
  });
  it('leaves a surname and a title (王先生, 张女士, 王经理, 王总, 李师傅) visible', () => {
    for (const t of ['联系人王先生', '联系人张女士', '联系人王经理', '住客王总说', '买房人吴先生', '快递员李师傅说']) expect(masked(t), t).toEqual([]);
    expect(names('快递员李师强说')).toEqual(['李师强']);
  });
  it('leaves a bracketed place or people joined by a dot visible, and masks a transcription with any name dot', () => {
    for (const t of ['活动在（海南·博鳌）举行', '本次论坛（中国·三亚）开幕', '（维吾尔族·哈萨克族）', '名字都一样·不管']) expect(masked(t), t).toEqual([]);
    expect(names('朋友阿丽莎·彼得洛娃在这里开店')).toEqual(['阿丽莎·彼得洛娃']);
    expect(names('朋友阿麗莎‧彼得洛娃')).toEqual(['阿麗莎‧彼得洛娃']);
  });
  it('leaves an account\'s state and words after 网名 or 昵称 visible, and masks a handle', () => {
    for (const t of ['我的账号“被盗”了', '账号“异常”', '账号：“已冻结”', '网名无所谓', '他的昵称很土', '昵称都一样', '网名叫什么']) expect(masked(t), t).toEqual([]);
    expect(names('他的帳號「海島小張」')).toEqual(['海島小張']);
    expect(names('我的账号名海南椰子控')).toEqual(['海南椰子控']);
  });
  it('leaves rooms where officials are caught, a hospital\'s building, a restaurant\'s or an office\'s street number and a high-rise\'s block visible', () => {
    for (const t of ['住建局长在海景酒店1203房打牌', '抓住领导在海景酒店1203房赌博', '人民路东段15号那家饭店卫生差', '国家电网营业厅搬到人民路东段18号了', '阳光小区B3栋电梯坏了半年']) expect(masked(t), t).toEqual([]);
    expect(masked('市人民医院5号楼3单元302').join('')).not.toContain('医院');
    expect(masked('我母亲住南湖宾馆0815房三个月了')).toContain('南湖宾馆0815房');
    expect(masked('业主住翠竹别墅区D21栋，物业多收费')).toContain('翠竹别墅区D21栋');
  });
  it('leaves a form\'s field before a slash visible, and masks a signature before it (also with a full-width slash)', () => {
    expect(masked('金额/100元')).toEqual([]);
    expect(masked('单价/5元一斤')).toEqual([]);
    expect(names('鞠立軍／18812345678')).toEqual(['鞠立軍']);
    expect(names('鞠立军/18812345678')).toEqual(['鞠立军']);
  });
  it('reads homes, berths and certificates written in full-width digits and letters, and a spaced room number', () => {
    expect(masked('住南湖宾馆０８１５房')).toEqual(['南湖宾馆０８１５房']);
    expect(masked('宿舍在银杏家园地下室Ｂ２－０７，没有窗')).toEqual(['银杏家园地下室Ｂ２－０７']);
    expect(masked('船停在蓝港游艇会Ａ碼頭１２泊位')).toEqual(['蓝港游艇会Ａ碼頭１２泊位']);
    expect(masked('业主住翠竹别墅区Ｄ２１栋')).toEqual(['翠竹别墅区Ｄ２１栋']);
    expect(masked('我们住板房區Ｆ排９間')).toEqual(['板房區Ｆ排９間']);
    expect(masked('教练证号PADI ５５２１９０被人冒用')).toEqual(['PADI ５５２１９０']);
    expect(masked('教练证号ＰＡＤＩ 552190被人冒用')).toEqual(['ＰＡＤＩ 552190']);
    expect(masked('住南湖宾馆 0815 房')).toEqual(['南湖宾馆 0815 房']);
  });
  it('(Stop 37b) leaves ordinary words and a surname with a title after a party\'s cue visible, and a self-styled word', () => {
    for (const t of ['前台王先生说', '大姐包饺子，', '他叫自己“老大”，']) expect(masked(t), t).toEqual([]);
    expect(names('我是前台丛珊，wx')).toEqual(['丛珊']);
    expect(names('钱都交给了业务员莫振邦上门签的字')).toEqual(['莫振邦']);
  });
});

describe('(Stop 38) a university and an academy: students, staff and their numbers', () => {
  it('masks a full name after a student\'s or a researcher\'s place (研二, 博士后, 师姐, 交换生, 我们组), not the words after it', () => {
    expect(masked('研二荀嘉朗每天给导师接孩子。')).toEqual(['荀嘉朗']);
    expect(masked('我是博士後蒲映雪，合作導師不讓出站。')).toEqual(['蒲映雪']);
    expect(masked('钱由师姐闵诗涵统一收，再转给导师。')).toEqual(['闵诗涵']);
    expect(masked('我们组的戚铭远熬了三个通宵。')).toEqual(['戚铭远']);
    for (const t of ['研究生院要求研二学生填表三次。', '师兄说导师会不高兴。', '博士生导师要交五份材料。', '师姐手机坏了。']) expect(masked(t), t).toEqual([]);
  });
  it('masks the writer named after 是我 or 和我, not a word after it', () => {
    expect(masked('扛箱子的是我荀嘉朗和另一个同学。')).toEqual(['荀嘉朗']);
    expect(masked('这事是我自己的问题。')).toEqual([]);
  });
  it('masks an ORCID iD whose ISO 7064 MOD 11-2 check character is right, not one with a wrong one', () => {
    expect(masked('我的ORCID是0000-0001-9876-5439，论文要署学院名。')).toEqual(['0000-0001-9876-5439']);
    expect(masked('ORCID 0000-0003-1234-0005')).toEqual(['0000-0003-1234-0005']);
    expect(masked('编号0000-0001-9876-5431，见附件。')).toEqual([]);
  });
  it('masks a campus card\'s, a car pass\'s and a clinic card\'s number after its cue, and a student number before 学号', () => {
    expect(masked('一卡通号31907724被扣了五十块')).toEqual(['31907724']);
    expect(masked('我的通行证编号CP-2024-3391过期了')).toEqual(['CP-2024-3391']);
    expect(masked('2022150377 学号的同学去搬桌子')).toEqual(['2022150377']);
    expect(masked('一卡通中心电话改了，办卡要等三天。')).toEqual([]);
  });
  it('masks the cells under a table\'s 学号 or 工号 header, not the amounts beside them', () => {
    expect(masked('名单：\n学号\t金额\n2023150611\t800\n2023150612\t800')).toEqual(['2023150611', '2023150612']);
    expect(masked('报销：\n项目\t金额\n办公用品\t800')).toEqual([]);
  });
  it('masks a nine-character passport of letters and digits after the English word, not a word of capitals', () => {
    expect(masked('I hold passport CT7K2MN84 and live off campus.')).toEqual(['CT7K2MN84']);
    expect(masked('passport HOLDERSXX must register.')).toEqual([]);
  });
  it('leaves a phone read inside a longer digit run (an invoice number), forms of address and a bank\'s short name visible', () => {
    expect(masked('发票号码31437000000013912345678是假的')).toEqual([]);
    expect(masked('开户行建行，师姐也知道。')).toEqual([]);
  });
  // (Review of stop 38.)
  const names = (t: string) => detectPii(t).filter((s) => s.kind === 'name').map((s) => t.slice(s.start, s.end));
  it('leaves ordinary words after a student\'s or a researcher\'s place visible, swept through five cues, and keeps real names masked', () => {
    const words = '温柔 高大 冷静 幸好 方才 战友 尚有 连连 迟早 全程 高数 高温 宿舍 秦岭 宋体 安静 温暖 严格 认真 勤奋 马上 常常 毕竟 何况 平时 向来 宁可 白天 黄昏 周末 江湖 金属 钱包 杨树 林业 何必 成绩 方便 孙子 章程 谢谢 时常 程序 左边 石头 毛病 乐观 齐全 包裹 封面 任务 叶子 陆续 应该 沈阳 申请 田野 关心 路上 余额 花钱 尤其 苗条 于是 唐诗 宫殿 安排 姜汤 卫生 童年 祝福 司机 师傅 古代 龙舟 阳光 智慧 荣誉 许可'.split(' ');
    expect(words.length).toBeGreaterThanOrEqual(40);
    const leaked: string[] = [];
    for (const w of words) for (const t of ['师兄W。', '研二W，', '师姐W', '交换生W，', '我们组的W。']) {
      const x = t.replace('W', w);
      if (masked(x).length) leaked.push(x);
    }
    expect(leaked).toEqual([]);
    for (const t of ['师兄幸好没事', '师兄战友都来了', '师兄尚有三篇论文没发', '师兄方才说过', '师姐阳光开朗', '师兄安静说', '师兄安静地坐着', '师兄连连道歉', '师姐迟早会知道', '交换生全程英文授课。', '研一高数挂了', '研二高温天气还要去实验室', '研究生宿舍高温，', '研究生秦岭考察']) expect(masked(t), t).toEqual([]);
    expect(names('师兄荀嘉朗说他不去了。')).toEqual(['荀嘉朗']);
    expect(names('研二王强生说导师不签字。')).toEqual(['王强生']);
    expect(names('师兄敖博远负责报销。')).toEqual(['敖博远']);
    expect(names('把课题组的卡交给师姐尤敏慧管，')).toEqual(['尤敏慧']);
    expect(names('我们组的戚铭远熬了三个通宵。')).toEqual(['戚铭远']);
    expect(names('我是研二陶睿，学号在表里。')).toEqual(['陶睿']);
    expect(names('我们组阳光明做了两天。')).toEqual(['阳光明']);
    // (A function word the reading took as the last character ends the name before it.)
    expect(names('师兄韦达和他媳妇来了。')).toEqual(['韦达']);
    // (A nickname doing something after a village group's 我们组的 stays, 王麻子家, 黑子把.)
    expect(names('我们组的黑子把村里的水渠堵了。')).toEqual(['黑子']);
  });
  it('leaves an official or a post named after a surname visible after a student\'s place and after 是我/和我', () => {
    for (const t of ['我们组的王科长说不行。', '师兄王科长', '这是我王科长的意见。', '和我陈镇长，一起去的。', '那是我王保安的', '师兄李博士说要改。', '师姐周博士。']) expect(masked(t), t).toEqual([]);
  });
  it('checks each guard of the round with an input it decides', () => {
    // (The writer after 是我 only where a name ends: 黄小明天买 is no name's end.)
    expect(masked('票是我黄小明天买的')).toEqual([]);
    // (A passport of nine with too few digits is no passport; the mixed passport is read by this rule alone.)
    expect(masked('passport CFGHJKLM1 lost')).toEqual([]);
    expect(masked('my passport number: LMN7P4R92')).toEqual(['LMN7P4R92']);
    // (A phone read inside an invoice's number.)
    expect(masked('发票号码24437000000084215703是学校门口开的')).toEqual([]);
  });
  it('reads the variants: trimmed and full-width table cells, 学姐/學長 cues, mixed script, ORCID separators', () => {
    expect(masked('姓名\t学号\r\n张三\t2023150611\r\n')).toEqual(['2023150611']);
    expect(masked('姓名\t学号\n张三\t ２０２３１５０６１１ \n')).toEqual(['２０２３１５０６１１']);
    expect(masked('２０２２１５０３７７学号的同学')).toEqual(['２０２２１５０３７７']);
    expect(masked('學姐蒲映雪收錢')).toEqual(['蒲映雪']);
    expect(masked('學長黃品睿負責')).toEqual(['黃品睿']);
    expect(masked('学长黄品睿负责')).toEqual(['黄品睿']);
    expect(masked('通行证編號CP-2024-3391过期了')).toEqual(['CP-2024-3391']);
    expect(masked('ORCID是0000‐0002‐1825‐0097')).toEqual(['0000‐0002‐1825‐0097']);
    expect(masked('ORCID 0000 0002 1825 0097')).toEqual(['0000 0002 1825 0097']);
    expect(masked('ORCID 0000000218250097')).toEqual(['0000000218250097']);
    // (A new table's header ends the 学号 column.)
    expect(masked('学号\t金额\n2023150611\t800\n项目\t金额\n90210\t800')).toEqual(['2023150611']);
    expect(masked('学号\t金额\n2023150611\t800\n90210\t800\t备注')).toEqual(['2023150611']);
  });
  it('leaves an ORCID with a wrong check character visible after the word ORCID too, and a date before 学号', () => {
    expect(masked('ORCID 0000-0002-1825-0098')).toEqual([]);
    expect(masked('截至20241020学号未分配的同学')).toEqual([]);
  });
  it('stays linear on its cues repeated', () => {
    const long = '师兄'.repeat(20_000) + '是我'.repeat(20_000) + '学号\t'.repeat(20_000) + '0000-'.repeat(20_000) + 'passport '.repeat(20_000);
    const t0 = Date.now();
    detectPii(long);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('stop 38b: clan villages and a state farm (pii50, pii51)', () => {
  // (Review of stop 38b.) Words and clan villages through every template the new rules read, each with a name only they
  // mask (or an older rule too) in the same place; a span overlapping the word fails.
  const TEMPLATES_38B: [string, string][] = [
    ['。X是族长', '洪兆林'], ['望批复。六组X敬上', '洪兆林'], ['知青X。', '洪兆林'], ['第三管理区X反映：', '洪兆林'], ['X、Y都', '洪兆林'],
    ['堂叔X', '俞振家'], ['儿子X，', '戴晓鸥'], ['东家X', '杜成刚'], ['我伯伯X来了', '洪兆祥'], ['。X（王建国）说', '大柱子'], ['电话打不通。X/12345', '洪兆林'],
  ];
  const WORDS_38B = '三个 大部分 大学生 老百姓 种子 常委会 董事会 董事长 南环路 吉普车 高尔夫 全家福 全家人 鄂州 劳动力 大多数 大规模 女子 男子 身子 小说 大人 二人 四个 五个 六个 屋子 宿舍 车子 桌子 椅子 被子 裤子 帽子 肚子 脑子 胆子 点子 瓶子 箱子 大桥 大街 大院 班主任 小学生 小时候 老人家 老朋友 老先生 纪念馆 房地产 女孩子 小姑娘 干部 马上 单位'.split(' ');
  const CLANS_38B = '赵家湾 陈家沟 李家湾 李家沟 陈家铺 孙家坝 孙家坪 孙家冲 于家冲 袁家坝 萧家坝 郭家店 何家湖 马家寨 曹家湾 邓家沟 沈家店 曾家湖 吕家寨 高家湖 郭家庄 赵家屯 韩家庄 薛家坝'.split(' ');
  const fill38b = (t: string, w: string, y: string) => t.replace('X', w).replace('Y', y);
  const overlaps38b = (t: string, w: string) => {
    const at = t.indexOf(w);
    return detectPii(t).some((s) => s.start < at + w.length && s.end > at);
  };
  it('review of stop 38b: reads no common word and no clan village as a name through any of its cues (sweeps), and still masks names there', () => {
    expect(WORDS_38B.length).toBeGreaterThanOrEqual(40);
    expect(CLANS_38B.length).toBeGreaterThanOrEqual(20);
    for (const [tpl, name] of TEMPLATES_38B) {
      for (const w of WORDS_38B) { const t = fill38b(tpl, w, w); expect(overlaps38b(t, w), t).toBe(false); }
      for (const w of CLANS_38B) { const t = fill38b(tpl, w, w.slice(0, 2) + (w[2] === '湾' ? '村' : '湾')); expect(overlaps38b(t, w), t).toBe(false); }
      const t = fill38b(tpl, name, name.slice(0, 2) + '安');
      expect(overlaps38b(t, name) && masked(t).some((m) => m.includes(name)), t).toBe(true);
    }
    // (Clan villages an older kin rule reads after 儿子, 堂叔, 伯伯: through the templates only stop 38b reads.)
    for (const w of ['李家塘', '王家坝', '汪家祠', '陈家岭', '杨家坪', '黄家畈', '周家垄', '吴家岗', '徐家洼', '胡家铺', '何家嘴', '洪家源', '程家山', '曹家河', '邬家祠', '孙家桥', '赵家冲'])
      for (const tpl of ['。X是族长', '望批复。六组X敬上', '知青X。', '第三管理区X反映：', '电话打不通。X/12345']) expect(overlaps38b(fill38b(tpl, w, w), w), fill38b(tpl, w, w)).toBe(false);
  });
  it('review of stop 38b (1A): leaves clan villages (X家 and a place) visible in each rule', () => {
    for (const t of ['张家村、张家湾都有人', '。张家村是族长说了算', '。汪家祠是族长管的', '儿子张家湾，', '翻译张家口话', '望批复。六组王家坝敬上', '第三管理区张家湾反映：补贴没发']) expect(masked(t), t).toEqual([]);
    expect(masked('族长俞家耀说了')).toEqual(['俞家耀']);
  });
  it('review of stop 38b (1B): reads no ordinary word after a kin or clan cue, and no three characters a word opens', () => {
    for (const t of ['族长连连说好', '族长温和，大家服', '东家高大，人好', '翻译全程。', '族长高大威猛', '我伯伯满脸通红', '我伯伯鄂州来的', '知青严寒中劳动', '儿子吉普车丢了', '儿子高尔夫打得好', '儿子王府井上班', '知青全家福', '儿子全家人。', '房东家温和，', '房东家满脸通红']) expect(masked(t), t).toEqual([]);
    expect(masked('我伯伯洪兆祥无儿无女，是低保户')).toContain('洪兆祥');
    expect(masked('哈尔滨知青温佩琳想调档案')).toContain('温佩琳');
  });
  it('review of stop 38b (1C): reads no word, place or title before a bracketed name as a nickname', () => {
    for (const [t, w] of [['。老书记（王建国）说', '老书记'], ['。老会计（王建国）说', '老会计'], ['。老中医（王建国）说', '老中医'], ['，老百姓（张三）说', '老百姓'], ['。大学生（刘强）说', '大学生'], ['，老张家（王建国）说', '老张家'], ['。胖子（王建国）说', '胖子'], ['。三个（王建国）说', '三个']])
      expect(masked(t).join('|'), t).not.toContain(w);
    expect(masked('。大柱子(孟庆柱)说')).toContain('大柱子');
  });
  it('review of stop 38b (1D, 1E, 1F): no word or place before a slash, no word before 敬上, no surname and title before 是族长', () => {
    for (const t of ['。商品/100元', '。全国/12345', '三组常委会敬上', '三组解放军敬上', '三组董事长敬上', '三组南环路敬上', '。李会计是族长']) expect(masked(t), t).toEqual([]);
    expect(masked('电话打不通。武昌/027-87654321').join('|')).not.toContain('武昌');
  });
  it('review of stop 38b (1G): land contracts by 承包合同 and a holder nearby, plates after a machine cue, no firm registration or acupuncture point', () => {
    for (const t of ['管理区公示：承包合同号NJ-2023-05-0417为范本，我们照此签', '承包地旁边的加油站购买合同号HT-2023-05-0417，我看了', '新12-15000元', '黑龙江农垦：黑05-12345', '企业登记证编号3201020001234', '针灸穴位ST-036']) expect(masked(t), t).toEqual([]);
    expect(masked('承包合同号BH-2024-06-2758，承包人戚玉兰。')).toContain('BH-2024-06-2758');
  });
  it('masks a full name after kin, clan and private cues, and leaves the cue words themselves visible', () => {
    expect(masked('我伯伯洪兆祥无儿无女，是低保户')).toContain('洪兆祥');
    expect(masked('三房的堂叔邬立本八十岁了')).toContain('邬立本');
    expect(masked('哈尔滨知青温佩琳想调档案')).toContain('温佩琳');
    expect(masked('我是翻譯戴曉鷗。')).toContain('戴曉鷗');
    expect(masked('我们要求删掉。儿子俞振家，邮箱不用')).toContain('俞振家');
    expect(masked('房子在他儿子晏斌名下。')).toEqual(['晏斌']);
    for (const t of ['族长说祠堂要修', '知青点的老房子塌了', '同族的人都去了', '谁是族长，大家都知道']) expect(masked(t), t).toEqual([]);
    expect(masked('村里九成姓章。章德厚是族长，他说了算')).toContain('章德厚');
  });
  it('masks two names of one generation side by side, and leaves two places visible', () => {
    const m = masked('村里的韩立平、韩立安兄弟都签了字');
    expect(m.join('|')).toContain('韩立平');
    expect(m.join('|')).toContain('韩立安');
    expect(masked('上海、上饶两地都有')).toEqual([]);
    // (Only the generation-pair rule reads these: review of stop 38b.)
    expect(masked('村里洪兆林与洪兆安都签了')).toEqual(['洪兆林', '洪兆安']);
    expect(masked('村里的洪兆林、洪兆安兄弟都签了字')).toEqual(['洪兆林', '洪兆安']);
    expect(masked('张家村、张家湾都有人')).toEqual([]);
  });
  it('masks a nickname before a bracketed full name, not a title or a kin word', () => {
    expect(masked('铁蛋子（邬长林）家的地被占了')).toEqual(expect.arrayContaining(['铁蛋子', '邬长林']));
    expect(masked('村主任（邬长林）说的').join('')).not.toContain('村主任');
    expect(masked('我爸（邬长林）说的').join('')).not.toContain('我爸');
    expect(masked('。大柱子(孟庆柱)说')).toEqual(['大柱子', '孟庆柱']);
    expect(masked('。大哥(孟庆柱)说').join('')).not.toContain('大哥');
  });
  it('masks a name signed before 敬上 after a group, a resident before 反映 after a place, and a name before a slash', () => {
    expect(masked('望批复。葛家湾村三组葛春田敬上')).toContain('葛春田');
    expect(masked('第三管理区邬秀芝反映：补贴没发')).toContain('邬秀芝');
    expect(masked('第三管理区群众反映：补贴没发')).toEqual([]);
    expect(masked('路灯坏了。邬振邦/139 1234 5678/')).toContain('邬振邦');
    expect(masked('这个月。金额/100元')).toEqual([]);
    // (Only stop 38b reads these: review of stop 38b.)
    expect(masked('。洪兆林是族长')).toEqual(['洪兆林']);
    expect(masked('电话打不通。洪兆林/12345')).toEqual(['洪兆林']);
    expect(masked('第三管理区洪兆林反映：补贴没发')).toEqual(['洪兆林']);
    expect(masked('望批复。六组洪兆林敬上')).toEqual(['洪兆林']);
  });
  it('masks grave, urn and genealogy numbers after their cues, not a mediation or a work order number', () => {
    expect(masked('父亲的墓位号QX-D-0731被别人占了')).toContain('QX-D-0731');
    expect(masked('骨灰安放在青松公墓QS-A-0912')).toContain('QS-A-0912');
    expect(masked('公墓里AB-0912号墓穴是我爷爷的')).toContain('AB-0912');
    expect(masked('族谱上我的世系号WS-31-0412')).toContain('WS-31-0412');
    expect(masked('公墓的事，调解书编号TJ-2025-0111').join('')).not.toContain('TJ-2025-0111');
    // (Full width, folded as scanStop37 folds it: review of stop 38b.)
    expect(masked('父亲的墓位号ＱＸ－Ｄ－０７３１被别人占了')).toContain('ＱＸ－Ｄ－０７３１');
    expect(masked('公墓里ＡＢ－０９１２号墓穴是我爷爷的')).toContain('ＡＢ－０９１２');
  });
  it('masks a land contract number where its holder speaks, not a contract in a notice', () => {
    expect(masked('我的土地承包合同号NJ-2023-05-0417，面积不对')).toContain('NJ-2023-05-0417');
    expect(masked('管理区公示的承包合同范本编号NJ-2023-05-0417').join('')).not.toContain('NJ-2023-05-0417');
    expect(masked('我的承包合同号ＮＪ－２０２３－０５－０４１７，面积不对')).toContain('ＮＪ－２０２３－０５－０４１７');
  });
  it('masks a farm machine plate and its registration number, and a Russian mobile with the trunk 8', () => {
    expect(masked('拖拉机号牌吉05-31842被扣了')).toContain('吉05-31842');
    expect(masked('收割机登记证书编号2203310018829364')).toContain('2203310018829364');
    expect(masked('他的电话8-914-337-21-08，找他')).toContain('8-914-337-21-08');
    for (const t of ['东方红LX2204拖拉机坏了', '登记证书编号待补', '第05-12345号文件', '拖拉机号牌1吉05-31842', '黑龙江农垦：黑05-12345']) expect(masked(t), t).toEqual([]);
    expect(masked('拖拉机号牌吉０５－３１８４２被扣了')).toContain('吉０５－３１８４２');
    expect(masked('收割机登记证书编号２２０３３１００１８８２９３６４')).toContain('２２０３３１００１８８２９３６４');
    expect(masked('他的电话８－９１４－３３７－２１－０８，找他')).toContain('８－９１４－３３７－２１－０８');
  });
  it('masks a work station house by row and number and a village house spoken in a voice message, not a row alone', () => {
    expect(masked('俺家前进作业站家属房3排7号')).toEqual(['前进作业站家属房3排7号']);
    expect(masked('我住李家塘村三组，门牌是十二号，低保停了')).toContain('李家塘村三组，门牌是十二号');
    expect(masked('作业站3排的路灯坏了')).toEqual([]);
    expect(masked('李家塘村三组的路坏了')).toEqual([]);
    expect(masked('我住李家塘村三組，門牌是十二號，低保停了')).toContain('李家塘村三組，門牌是十二號');
  });
  it('masks the names and worker numbers under a roster\'s columns, not its heading', () => {
    const t = '姓名\t职工号\t备注\n邬长林\tNJ302145\t无\n韩立安\tNJ301876\t无';
    const m = masked(t);
    expect(m).toEqual(expect.arrayContaining(['邬长林', 'NJ302145', '韩立安', 'NJ301876']));
    expect(m.join('|')).not.toContain('职工号');
  });
});

describe('stop 39 (pensions and social security; demolition and resettlement)', () => {
  it('reads social-security numbers after their cue, lists of them, and not samples or dates', () => {
    expect(masked('二人医保卡号分别为YB2115030088、YB2115030089，补办新卡')).toEqual(expect.arrayContaining(['YB2115030088', 'YB2115030089']));
    expect(masked('死亡证明编号：S211504250311\n申领人')).toContain('S211504250311');
    expect(masked('死亡證明編號S211504250092，辦理喪葬補助金')).toContain('S211504250092');
    expect(masked('老太太的长护险编号CH20240913。')).toContain('CH20240913');
    expect(masked('医保卡示例YB2115000000，请照着填')).not.toContain('YB2115000000');
    expect(masked('长护险号20240913起停发')).toEqual([]);
    expect(masked('社保卡号怎么查？打12333')).toEqual([]);
  });
  it('reads a property certificate by its shape, not a sample', () => {
    expect(masked('老宅川（2010）柏瀾新區不動產權第0588828號登記在父親名下')).toContain('川（2010）柏瀾新區不動產權第0588828號');
    expect(masked('权证川（2008）柏澜新区不动产权第0320947号，补偿')).toContain('川（2008）柏澜新区不动产权第0320947号');
    expect(masked('样本：川（2024）某区不动产权第0000001号')).toEqual([]);
    expect(masked('不动产权证书怎么办理，要多久？')).toEqual([]);
  });
  it('reads a household agreement number where its holder is spoken of, not a template', () => {
    expect(masked('我家的协议编号是BLZS-SY-3707，户主')).toContain('BLZS-SY-3707');
    expect(masked('請核查協議編號BLZS-SY-0826，戶主')).toContain('BLZS-SY-0826');
    expect(masked('协议范本编号BLZS-2024-样本，空白版本')).toEqual([]);
    expect(masked('公示的协议编号BLZS-2024-0001对应地块')).toEqual([]);
  });
  it('reads a building with a unit or a floor in a named compound, not a bare building or a compound pointed at', () => {
    expect(masked('崔玉洁，工人村12栋1单元501')).toContain('工人村12栋1单元501');
    expect(masked('他在工人村9栋一楼住，腿不行')).toContain('工人村9栋一楼');
    expect(masked('我在钢北区福泰园小区5号楼2单元401住')).toContain('钢北区福泰园小区5号楼2单元401');
    expect(masked('工人村21栋的路灯坏了')).toEqual([]);
    expect(masked('这个小区3栋2单元的电梯坏了')).toEqual([]);
    expect(masked('我们小区5栋一楼有个超市')).toEqual([]);
    expect(masked('市政府3号楼2单元开会')).toEqual([]);
  });
  it('reads a temporary-housing house', () => {
    expect(masked('过渡房水管冻裂了，柏澜过渡房B区17号，储秀英')).toContain('柏澜过渡房B区17号');
    expect(masked('住過渡房柏瀾過渡房A區11號，請給老人裝扶手')).toContain('柏瀾過渡房A區11號');
    expect(masked('过渡房的电费按商业电价收')).toEqual([]);
  });
  it('reads family nicknames after a surname, not 老大 or 老二 as words', () => {
    expect(masked('竹篙村的何么妹是我表妹')).toContain('何么妹');
    expect(masked('苕壩村的馮老大和馮老二，大名')).toEqual(expect.arrayContaining(['馮老大', '馮老二']));
    expect(masked('社区开会，张二嬢当场晕倒了')).toContain('张二嬢');
    expect(masked('我家老大在外地打工')).toEqual([]);
    expect(masked('他是老大，说了算')).toEqual([]);
    expect(masked('这人老大不小了还不结婚')).toEqual([]);
    expect(masked('一个老大难的问题')).toEqual([]);
  });
  it('reads a name before a bar or a dash and a number, clients after 受…委托, an elder asked for', () => {
    expect(masked('宫振江｜17764260600｜退休证')).toContain('宫振江');
    expect(masked('柴玉霞——158-5918-1586——我家')).toContain('柴玉霞');
    expect(masked('我是律師喻明哲，受甘秀蓮女士委託。')).toContain('甘秀蓮');
    expect(masked('本律师受黎国富、黎秀英二人委托')).toEqual(expect.arrayContaining(['黎国富', '黎秀英']));
    expect(masked('替齐德山大爷问，他儿子在澳洲')).toContain('齐德山');
    expect(masked('受市政府委托，社区开展走访')).toEqual([]);
    expect(masked('受单位委托办理')).toEqual([]);
    expect(masked('窗口——12333——打不通')).toEqual([]);
  });
  it('reads a chat speaker with a dash in a group log whom no rule read, not an office or an official', () => {
    expect(masked('群聊记录\n红纺-李姐：社区说下周统一去')).toEqual(['红纺-李姐']);
    // (Where a rule reads the name after the dash, the older sets' convention stands: the place stays visible.)
    expect(masked('群聊记录\n南浜-阿凤：我也没收到')).toEqual(['南浜-阿凤']); // (Stop 52) The whole two-part display name, as the sets since pii50 label it:
    expect(masked('群聊记录\n渔政-王队：明天检查')).toEqual([]);
    expect(masked('群聊记录\n社区-网格员：明天认证')).toEqual([]);
    expect(masked('群聊记录\n街道办-主任：请大家配合')).toEqual([]);
  });
  it('drops an office landline, an office mailbox and a sample card, keeps a home landline', () => {
    expect(masked('社保所门口贴的电话0428-3312000从来没人接')).toEqual([]);
    expect(masked('清算组的电话0428-3316021打了一百遍')).toEqual([]);
    expect(masked('律师：四川某律师事务所 028-86123400')).toEqual([]);
    expect(masked('电子版须发到指定邮箱ybk_lz@163.com，发了三次')).toEqual([]);
    expect(masked('通知里给的“卡号示例” 6228489530533966354 被当成卡号')).toEqual([]);
    expect(masked('户主：岳振山\n電話：0428-5738213')).toContain('0428-5738213');
    expect(masked('我家电话0428-5738213，白天有人')).toContain('0428-5738213');
  });
  it('(review) reads no nickname of a longer word or after a preposition; keeps real ones and more variants', () => {
    for (const t of ['何老大难的问题', '周老三届知青', '，张老大妈来了', '，张老大夫来了', '，张老大不小了', '，张老三篇', '，张老三样', '，向老大反映过', '，连老大都不管了', '，于老大来说']) expect(masked(t)).toEqual([]);
    expect(masked('找向老大')).toContain('向老大');
    expect(masked('张二孃来了，')).toContain('张二孃');
    expect(masked('何么妹家的鸡')).toContain('何么妹');
    expect(masked('竹篙村何么妹')).toContain('何么妹');
    expect(masked('宫振江 | 17764260600')).toContain('宫振江');
    expect(masked('柴玉霞—15859181586')).toContain('柴玉霞');
    expect(masked('柴玉霞──15859181586')).toContain('柴玉霞');
  });
  it('(review) reads no institution or word as a home, needs a resident for a floor, keeps the whole home', () => {
    for (const t of ['请大家到市二院3号楼2楼体检', '他在总院3号楼2楼住院', '大家去博物院5号楼2楼参观', '县孤儿院3号楼2单元的孩子', '研究生院3号楼2单元', '精神病院3号楼2单元', '美院3号楼2单元']) expect(masked(t)).toEqual([]);
    expect(masked('通知：据说小区3栋2单元停水')).not.toContain('据说小区3栋2单元');
    expect(masked('工人村15栋2单元402')).toContain('工人村15栋2单元402');
    expect(masked('工人村15栋2单元402的水管漏了')).toContain('工人村15栋2单元402');
    // (Buildings and units in Chinese numerals are left to the older rules, which mask the room: read by stop 39's rule
    // too, they masked a span outside the labels of a set never studied.)
    expect(masked('工人村十五栋二单元402').some((m) => m.includes('402'))).toBe(true);
    expect(masked('我家在工人村9栋一楼')).toContain('工人村9栋一楼');
    for (const t of ['过渡房3号仓库', '售楼部样板房3号在二楼', '工地活动板房2号是食堂', '过渡房3号楼漏水']) expect(masked(t)).toEqual([]);
    expect(masked('储秀英住周转房3号')).toContain('周转房3号');
  });
  it('(review) reads a dash speaker only with a name-like right side', () => {
    for (const r of ['业主', '人员', '会员', '一号', '二路']) expect(masked(`群聊\n东区-${r}：好`)).toEqual([]);
    expect(masked('群聊\n东区—王阿姨：好')).toEqual(['东区—王阿姨']);
  });
  it('(review) social-security, agreement and certificate numbers: no months, amounts or plural holders; more cues', () => {
    for (const t of ['医保卡202409起停用', '社保卡202301批次', '医保卡123456元', '我们村的协议编号BLZS-2024-0001对应地块', '其中协议编号BLZS-2024-0001对应集体地块', '他们公布的安置编号AZ-2024-01是假的']) expect(masked(t)).toEqual([]);
    expect(masked('长护险编号CH20240913、202409起')).toEqual(['CH20240913']);
    expect(masked('医保卡的卡号是YB2115030088')).toContain('YB2115030088');
    expect(masked('医保号YB2115030088')).toContain('YB2115030088');
    expect(masked('退休证上的编号是TX2115030088')).toContain('TX2115030088');
    expect(masked('死亡医学证明书编号S211504250311')).toContain('S211504250311');
    expect(masked('我家的协议编号是blzs-sy-3707')).toContain('blzs-sy-3707');
    expect(masked('我家的协议编号是BLZS2024SY3707')).toContain('BLZS2024SY3707');
    expect(masked('川（2015）成都市不动产权证第0516395号')).toContain('川（2015）成都市不动产权证第0516395号');
    expect(masked('川（2015）成都市不動产权第0516395号')).toContain('川（2015）成都市不動产权第0516395号');
  });
  it('(review) keeps a mobile near a sample word across a clause, a person\'s office mailbox and a named landline', () => {
    expect(masked('我是示范户，手机13812345678')).toContain('13812345678');
    expect(masked('示范村村长电话13812345678')).toContain('13812345678');
    expect(masked('检测样本寄了，电话13812345678')).toContain('13812345678');
    expect(masked('发到他单位邮箱zhang.deming@ccb.com')).toContain('zhang.deming@ccb.com');
    expect(masked('张德明预约电话0838-2211345')).toContain('0838-2211345');
    expect(masked('厕所旁边贴的电话0838-2211345')).toContain('0838-2211345');
    expect(masked('样本号码：13812345678')).toEqual([]);
  });
  it('masks no dictionary word put into its cues (word sweep)', () => {
    const words: string[] = [];
    // (Words the dictionary tags as persons' are left out, and words older rules mask in a neutral sentence.)
    eachDictionaryWord((word, freq, tag) => {
      if ((word.length === 2 || word.length === 3) && freq >= 200 && !tag.startsWith('nr') && /^[\u4e00-\u9fff]+$/.test(word)) words.push(word);
    });
    const templates = [(w: string) => `说到${w}么妹的事`, (w: string) => `他们${w}｜12345｜热线`, (w: string) => `受${w}委托，开展工作`, (w: string) => `替${w}大爷说句话`, (w: string) => `群聊记录\n社区-${w}：明天开会`, (w: string) => `去${w}5号楼一楼开会`];
    const bad: string[] = [];
    for (const w of words) {
      if (detectPii(`说到${w}的事`, null).length) continue;
      for (const tpl of templates) {
        const t = tpl(w);
        for (const s of detectPii(t, null)) {
          const m = t.slice(s.start, s.end);
          if ((s.kind === 'address' && /[村苑园園院区]$/.test(w)) || m.includes('-') || m.endsWith('么妹') || (t.includes('委托') && m === w) || (t.includes('大爷') && m === w) || (t.includes('｜') && m === w)) bad.push(`${t} → ${m}`);
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe('stop 39b (taxis, ride-hailing, driving schools; vocational internships)', () => {
  it('masks a private role\'s full name, not the role alone or an ordinary word after it', () => {
    expect(masked('驾校前台薛佳慧私下收学员现金')).toContain('薛佳慧');
    expect(masked('司机危家豪被执法支队扣车15天')).toContain('危家豪');
    expect(masked('班主任舒建波收了每人200路费')).toContain('舒建波');
    for (const t of ['司机师傅说要绕路', '我们的司机老师，', '班主任说不去实习的一律记旷课', '学生家长都很着急', '教练车坏了一个月', '乘客信息不能泄露']) expect(masked(t), t).toEqual([]);
  });
  it('masks a ride\'s order number with a rider or a driver, not an order elsewhere', () => {
    expect(masked('乘客仲雨晨，订单FD2025534171894074，司机绕路')).toContain('FD2025534171894074');
    expect(masked('网约车订单号CT2025106163325564、FD2025249006077325')).toEqual(expect.arrayContaining(['CT2025106163325564', 'FD2025249006077325']));
    expect(masked('淘宝订单号MXH20250611083347退款没到')).toEqual(['MXH20250611083347']); // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
  });
  it('masks a learner\'s, a driver\'s and a detention paper\'s number by its cue, not amounts or dates', () => {
    expect(masked('学员编号LJSJ202551427，驾校说要满90学时')).toContain('LJSJ202551427');
    expect(masked('从业资格证：43012019791783')).toContain('43012019791783');
    expect(masked('驾驶证档案编号4301280755489224被扣12分')).toContain('4301280755489224');
    expect(masked('扣车单号KC8085268111')).toContain('KC8085268111');
    expect(masked('我的驾驶员证号网驾430196234436被封了')).toContain('网驾430196234436');
    for (const t of ['学员编号待补，学费4800元', '从业资格证考试2025年6月12日', '资格证要交450元']) expect(masked(t), t).toEqual([]);
  });
  it('masks a masked mobile in a ride\'s text only, not a sample or elsewhere', () => {
    expect(masked('司机187****0110，平台只显示这个，我要投诉他')).toContain('187****0110');
    expect(masked('乘客电话138****0000是示例').join('')).not.toContain('138****0000');
    expect(masked('我妈手机138****6621收到短信').join('')).not.toContain('138****6621');
  });
  it('masks a trainee\'s internship agreement number, not a class-wide one or a template', () => {
    expect(masked('实习生宋欣琪，协议编号LCSX-2025-2640，身份证被收走')).toContain('LCSX-2025-2640');
    expect(masked('全班都签了实习协议（编号CY-SX-2025-0417），补助五百').join('')).not.toContain('0417');
    expect(masked('实习协议编号LCSX-2025-样本').join('')).not.toContain('LCSX');
  });
  it('masks taxi, ride-hailing and training plates, not office, company, bus or police cars', () => {
    expect(masked('司机谭继桢，车牌湘A·JX066，被钓鱼执法罚款一万')).toContain('湘A·JX066');
    expect(masked('学员说教练车湘A0988学的离合器坏了')).toContain('湘A0988学');
    expect(masked('出租车公司总经理的座驾是一辆公司车湘A·C0001').join('')).not.toContain('C0001');
    expect(masked('交通执法支队的执法车湘A·0Z312天天停在那里').join('')).not.toContain('0Z312');
    expect(masked('县水务局的公车周末在景区，司机在车上，车牌黔H·2Q083').join('')).not.toContain('2Q083');
  });
  it('masks a home from its district to the building, not an office or a district word', () => {
    expect(masked('我在澧东区桂月路紫荆苑12栋楼下叫车，司机不进来')).toContain('澧东区桂月路紫荆苑12栋');
    for (const t of ['澧东区政府3栋在维修', '小区5栋门口停满了车', '园区8栋是办公楼']) expect(masked(t).join(''), t).not.toMatch(/区.*栋/);
  });
  it('masks a driver\'s or a coach\'s surname nickname in a ride or school text, not 各位师傅 or a bus driver', () => {
    expect(masked('司机王师傅人很好，帮我把轮椅搬上车')).toContain('王师傅');
    expect(masked('驾校唐教练收学员红包')).toContain('唐教练');
    for (const t of ['各位师傅注意安全，司机们辛苦了', '35路公交司机罗师傅每次都等老人坐稳', '安装师傅上门装了空调']) expect(masked(t).join(''), t).not.toMatch(/师傅/);
  });
  it('keeps office landlines and hotlines visible', () => {
    expect(masked('检测站：澧江机动车检测中心（0731-84410688）')).toEqual([]);
    expect(masked('驾校电话0731-85526600（顺捷总部），没人接')).toEqual([]);
    expect(masked('打12328投诉，飞嘀客服400-860-2217')).toEqual([]);
    expect(masked('家中电话0743-6903555，孙子在厂里上夜班')).toContain('0743-6903555');
  });
});

describe('stop 39b review: a district home needs a housing word before its building', () => {
  it('masks a home in a named compound, not an office building after a district', () => {
    expect(masked('我家在澧东区桂月路紫荆苑12栋')).toEqual(expect.arrayContaining([expect.stringContaining('紫荆苑12栋')]));
    for (const t of ['请到高新区管委会3栋办理。', '地址是开发区科技路创业园5栋3楼。', '经开区长沙路行政服务5栋', '岳麓区委党校3栋', '天心区税务大楼3栋', '请到高新区一会儿3栋办理。']) {
      expect(masked(t).filter((m) => /[栋棟]/.test(m))).toEqual([]);
    }
  });
});

describe('stop 39b review: ride cues stay in rides, nicknames and role names stay whole', () => {
  it('leaves a meeting\'s or a business trip\'s masked contact visible, and keeps a rider\'s masked', () => {
    for (const t of ['局里安排出差，行程单上写着联系人139****2231，会议在下午', '会议行程：联系人138****6621，下午两点报到']) expect(masked(t), t).toEqual([]);
    expect(masked('网约车行程结束后，司机139****2231一直打电话骚扰我')).toContain('139****2231');
  });
  it('leaves a shop\'s order visible where a driver is named, and keeps a ride\'s order masked', () => {
    // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    for (const t of ['司机说淘宝订单号TB20250611083347一直没发货', '京东订单号JD2025061108334721，司机送货']) expect(masked(t).join(''), t).toMatch(/^(?:TB|JD)[0-9]{14,16}$/);
    expect(masked('司机绕路多收钱。订单号TB20250611083347')).toContain('TB20250611083347');
  });
  it('leaves an office driver\'s, a canteen cook\'s and a brand\'s 师傅 visible, and keeps a taxi driver\'s masked', () => {
    for (const t of ['单位司机王师傅每天接送局长', '局里的司机王师傅开公车', '食堂王师傅做的菜太咸，司机们都不吃', '康师傅方便面，司机都吃']) expect(masked(t).join(''), t).not.toMatch(/师傅/);
    expect(masked('出租车司机陈师傅把我的钱包送回来了')).toContain('陈师傅');
  });
  it('never cuts a title or a famous name the dictionary has whole to two characters', () => {
    for (const t of ['司机王大夫送我去医院', '班主任陶行知说过', '学生徐向前来了', '学生陶行知']) expect(masked(t), t).toEqual([]);
    expect(masked('司机危家豪被执法支队扣车15天')).toContain('危家豪');
    expect(masked('乘客仲雨晨，订单FD2025534171894074，司机绕路')).toContain('仲雨晨');
  });
});

describe('stop 40 (public rental housing; marriages, bride prices and family mediation in the north-west)', () => {
  it('masks names after a private standing, with Hui surnames and given names, not an office\'s mediator', () => {
    expect(masked('媒人海满仓介绍的穆素花')).toEqual(expect.arrayContaining(['海满仓', '穆素花']));
    expect(masked('丈夫拜哈桑打我')).toContain('拜哈桑');
    expect(masked('老人李存孝，82岁，子女不管')).toContain('李存孝');
    expect(masked('女方鲁小芹：结婚三个月就被赶出门')).toContain('鲁小芹');
    expect(masked('班主任拜秀琴：学生拜伊布妈妈离家出走')).toEqual(expect.arrayContaining(['拜秀琴', '拜伊布']));
    expect(masked('穆阿依莎177-7446-6907：丈夫在外五年不回家')).toContain('穆阿依莎');
    expect(masked('苗二女,18342013387,婆家不让回娘家')).toContain('苗二女');
    expect(masked('镇综治中心的调解员陈少玲态度很好').join('')).not.toContain('陈少玲');
    for (const t of ['老王二女儿结婚了', '拜年的时候大家拜托他', '我们去拜访老人家', '我班学生马小花（11岁）最近常缺课']) expect(masked(t).join(''), t).not.toMatch(/二女|拜|班学生/);
  });
  it('masks both parties of a dispute, one owing support and one asked for', () => {
    expect(masked('冶爾德與穆改蓮的贍養糾紛已調解')).toEqual(expect.arrayContaining(['冶爾德', '穆改蓮']));
    expect(masked('抚养费：侯宝山每月应付500元，已拖欠4个月')).toContain('侯宝山');
    expect(masked('代段素珍咨询：资格复核结果是什么')).toContain('段素珍');
  });
  it('masks a family\'s mediation and protection-order numbers, not a sample or a document\'s number', () => {
    expect(masked('调解书沙调〔2025〕第072号我还留着')).toContain('沙调〔2025〕第072号');
    expect(masked('我申请的保护令案号（2025）甘0727民保令3号，被申请人违反了')).toContain('（2025）甘0727民保令3号');
    expect(masked('样例：赡养协议编号 沙调〔2025〕第000号（样本，勿用）')).toEqual([]);
    expect(masked('具体见汭住保〔2025〕12号文件。')).toEqual([]);
  });
  it('masks application, waiting-list, utility, diploma and tenancy numbers by their cues, not receipts, batches or a model form\'s', () => {
    expect(masked('申请编号RZGZ202561128，至今未果')).toContain('RZGZ202561128');
    expect(masked('她的轮候号LH2023-7295，请问排到哪了')).toContain('LH2023-7295');
    expect(masked('水费户号02357338，一个月用了四十吨不可能')).toContain('02357338');
    expect(masked('燃气户号RQ523388915被停')).toContain('RQ523388915');
    expect(masked('应届生蒋新民，毕业证编号126001202596476677')).toEqual(expect.arrayContaining(['蒋新民', '126001202596476677']));
    expect(masked('承租人樂天佑，合同RZZL-2022-62152到期了')).toContain('RZZL-2022-62152');
    for (const t of ['补课费一学期800，收据编号0047316，说是自愿', '批次号PZ2025-07，共配租312套', '合同RZZL-2022-62152的模板', '申请编号RZGZ202561128为范本，照此填写']) expect(masked(t), t).toEqual([]);
  });
  it('reads a table\'s tenant, application and waiting-list columns, leaving a sample row\'s code', () => {
    const roster = '房号\t承租人\t欠租月数\t电话\n7-2-604\t邝桂兰\t3\t18713391225';
    expect(masked(roster)).toEqual(expect.arrayContaining(['7-2-604', '邝桂兰', '18713391225']));
    const applications = '申请编号\t姓名\t状态\nRZGZ2025（样本）\t张三\t示例\nRZGZ202522600\t苟立春\t审核中';
    expect(masked(applications)).toEqual(expect.arrayContaining(['RZGZ202522600', '苟立春']));
    expect(masked(applications).join('')).not.toContain('样本');
  });
  it('masks neighbours\' and a chat owner\'s nicknames and a mobile told in parts; leaves offices\' lines and amounts', () => {
    expect(masked('那个翠汀家园七栋的老皮，他屋里伢在城里买了房子')).toContain('老皮');
    expect(masked('群主小岳说可以内部加急')).toContain('小岳');
    expect(masked('我叫阮长江，电话是158，1029，8960')).toContain('158，1029，8960');
    for (const t of ['水费找水务集团0716-4680000，物业只负责公区', '屈振华的燃气被停，说欠费三百', '身份证号填错的例子：621127199001011230（校验位不对），请注意']) expect(masked(t).join(''), t).not.toMatch(/0716|费三百|621127/);
  });
});

describe('stop 40 review: words, offices\' numbers and adverbs stay visible', () => {
  it('reads no ordinary 老X or 小X word as a nickname, and keeps a common surname\'s', () => {
    for (const t of ['那个老师的态度很差', '那个老赖，欠钱不还', '我家的老房，要拆了', '群主小麦说明天发货']) expect(masked(t), t).toEqual([]);
    expect(masked('那个老张，搬走了')).toContain('老张');
  });
  it('reads a north-western or Hui given name only at a name\'s start and after a Hui surname', () => {
    for (const t of ['一名高二女生在厕所被欺凌', '其余二女已出嫁', '我向哈桑借了五千块', '大师招弟子']) expect(masked(t), t).toEqual([]);
  });
  it('leaves offices\' adjustment and notice numbers, patents and model contracts visible', () => {
    for (const t of ['根据湘发改价调〔2024〕123号，水价上涨，调解无果', '根据沙调〔2025〕12号通知要求，各村调解纠纷', '专利申请号CN202310123456.7被驳回了', '合同编号GF-2015-0601，承租人要续签']) expect(masked(t), t).toEqual([]);
    expect(masked('赡养协议（杏调〔2025〕第167号）写明兄弟四人每家三个月')).toContain('杏调〔2025〕第167号');
  });
  it('reads no adverb after a cue as a surname, and keeps a person\'s own ID and line', () => {
    for (const t of ['男方曾承诺买房', '男方付彩礼十八万', '丈夫包养小三']) expect(masked(t), t).toEqual([]);
    expect(masked('我的身份证号621127199001011235（校验位不对，派出所登记错了）')).toContain('621127199001011235');
    expect(masked('我多次拨打邻居张某的电话0931-8123456，他不接')).toContain('0931-8123456');
    expect(masked('社区居委会（盖章） 联系电话0716-4261100')).toEqual([]);
  });
});

describe('stop 40b (village collectives; a mountain scenic area)', () => {
  it('masks names after a guide, a landlady, a planner, a partner, a member and two who sign together', () => {
    expect(masked('导游韦冬生把我们扔在停车场三小时')).toContain('韦冬生');
    expect(masked('导游叫胡红霞，她把我们的身份证全部收走了')).toContain('胡红霞');
    expect(masked('後沙窩村成員徐新民，股權證號ZYGQ070071')).toContain('徐新民');
    expect(masked('後沙窩村范國富與馬愛蓮聯名：孩子新上戶口沒加股')).toEqual(expect.arrayContaining(['范國富', '馬愛蓮']));
    expect(masked('能不能委託我媽范李氏代簽')).toContain('范李氏');
    expect(masked('滑竿師傅老吳，抬到半路說累了要加錢')).toContain('老吳');
    for (const t of ['导游证要年审了', '成员大会没通知我', '老板娘说不退']) expect(masked(t), t).toEqual([]);
  });
  it('masks bookings\', stalls\' and carriers\' numbers, not a shop\'s or a loan app\'s order or a sample', () => {
    expect(masked('订单SJ20250619552747，行程取消申请退款16天了没到账')).toContain('SJ20250619552747');
    expect(masked('I booked via Youqu app, order YQ2025080400178851, but')).toContain('YQ2025080400178851');
    expect(masked('我是枫溪老街摆摊的，摊位号FX-A156，隔壁占了我的位置')).toContain('FX-A156');
    expect(masked('挑山工（编号TSG-0388）说好100元，到地方要400')).toContain('TSG-0388');
    expect(masked('示例订单JCS0000000000')).toEqual([]);
    // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    for (const t of ['淘宝订单号TB20250611083347一直没发货', '网贷app借了三千，订单号MXH20250611083347，请查处']) expect(masked(t).join(''), t).toMatch(/^(?:TB|MXH)[0-9]{14}$/);
  });
  it('masks a mobile in comma-separated parts, and leaves rescue, police and advice lines visible', () => {
    expect(masked('上次短信没人回，再发一次，186，8204，9453')).toContain('186，8204，9453');
    for (const t of ['派出所电话0559-5583110。', '或拨景区救援0559-5581110', '有事打0319-5860211核实。']) expect(masked(t), t).toEqual([]);
    expect(masked('咨询人 宇文涛 0627-83571188')).toContain('0627-83571188');
  });
});

describe('stop 40c: a name\'s rare last character is masked with the rest', () => {
  it('masks all three characters where the third is rare and ends the name, and never a common character after a name', () => {
    expect(masked('女朋友蔡宜蓁來爬山')).toContain('蔡宜蓁');
    for (const x of ['不', '他', '年', '要', '得', '屋', '店', '跑', '睡', '玩']) expect(masked(`我邻居王芳${x}，后来搬走了`), x).toContain('王芳');
    for (const x of ['不', '他', '年', '要', '得', '屋', '店', '跑', '睡', '玩']) expect(masked(`我邻居王芳${x}，后来搬走了`).join(''), x).not.toContain(x);
    expect(masked('巴圖喺香港做廚').join('')).not.toContain('喺');
  });
});

describe('stop 41: what no name model may propose', () => {
  // The model's candidates pass knownNotName's vetoes whatever their score: a model that proposes every run (a logit
  // far below the shipped one) shows what the vetoes alone keep visible.
  const eager = new NameModel({ ...(shippedNameModel.spec as NameModelWeights), threshold: -20 });
  // (Whether the run itself is read as a name: an eager model reads overlapping runs too, 汪家 or 坦、程.)
  const masked = (text: string, part: string): boolean => {
    const at = text.indexOf(part);
    return detectPii(text, eager).some((s) => s.start === at && s.end === at + part.length);
  };
  it('leaves villages called after a clan with 家 visible', () => {
    for (const [text, village] of [
      ['汪家坦、程家坞、俞家畈三个村合并成一个大村，村名叫什么吵了半年', '汪家坦'],
      ['汪家坦、程家坞、俞家畈三个村合并成一个大村，村名叫什么吵了半年', '俞家畈'],
      ['张家村、李家坞这种村名都是按姓氏起的，县里现在要改名', '李家坞'],
    ]) expect(masked(text, village), village).toBe(false);
  });
  it('leaves a surname with a form of address visible', () => {
    expect(masked('表扬市中医院针灸科的刘大夫，俺爹中风后在那扎了一个月针', '刘大夫')).toBe(false);
    expect(masked('孩子说张老师上课从来不看手机', '张老师')).toBe(false);
  });
  it('reads no name from a run whose first character ends a word begun before it', () => {
    expect(masked('短信：会展中心一年用两会，棚户区老汉还在倒尿盆。', '区老汉')).toBe(false);
  });
  it('still lets the eager model mask a name beside them', () => {
    expect(masked('语音转文字：喂喂我是汪家坦的汪承贵啊，我老娘的棺材昨天被他们拖走了', '汪承贵')).toBe(true);
  });
});

describe('stop 41: the model of numbers trained on every studied set', () => {
  it('masks a person\'s contract, agreement, filing and residence-permit numbers after cues no rule lists', () => {
    expect(codes('家里承包地4.5亩，承包合同编号HT80219931，我姐出嫁后被收回')).toEqual(['HT80219931']);
    expect(codes('他在社区戒毒，协议书编号SJ-ML-2023-0514，社区让他每周去')).toEqual(['SJ-ML-2023-0514']);
    expect(codes('我做报关员，备案号GX4514810999，公司拖欠工资')).toEqual(['GX4514810999']);
    expect(codes('前年办的居住证，号码JZ4403052019071234，学位系统说查不到')).toEqual(['JZ4403052019071234']);
  });
  it('leaves a template\'s, a notice\'s, a group\'s and a firm\'s number visible, as the rules do', () => {
    for (const t of ['管理区公示：承包合同号NJ-2023-05-0417为范本，我们照此签', '合同RZZL-2022-62152的模板', '其中协议编号BLZS-2024-0001对应集体地块', '承包地旁边的加油站购买合同号HT-2023-05-0417，我看了', '厂家的供货合同编号HT80219931，质量不行']) expect(codes(t), t).toEqual([]);
    // (A firm in the clause, but the writer's own number: still masked.)
    expect(codes('我在公司的合同编号HT80219931，被扣了')).toEqual(['HT80219931']);
  });
});

describe('stop 41: a plain full name the model scores below its threshold', () => {
  it('masks a common surname and a given name that is no word, with no cue before it', () => {
    expect(redact('协议签的是每年一千斤麦子，杨宗德一斤没给，老人只好去告')).toBe('协议签的是每年一千斤麦子，＊＊＊一斤没给，老人只好去告');
    expect(redact('大哥严德华30%，二姐严秀兰30%，我拿40%')).toBe('大哥＊＊＊30%，二姐＊＊＊30%，我拿40%');
    expect(redact('网签合同上名字写错了，谢明兰写成了谢明岚')).toBe('网签合同上名字写错了，＊＊＊写成了＊＊＊');
  });
  it('leaves an official after a post, a place word and a nickname as they were', () => {
    for (const t of ['协会理事长李明华说的不算数', '儿子王府井上班', '。吴家岗是族长']) expect(redact(t), t).toBe(t);
  });
});

describe('stop 41 review: the plain full name gate and the vetoes of the model of numbers', () => {
  it('reads no dictionary word of any tag, no run cutting the next word short and no village as a plain full name', () => {
    for (const t of ['这家店的朱红太刺眼，门头招牌也违规。', '我家门口的陆军航空兵一直没人管', '我反映的是刘海屏的情况，物业一直推脱。', '我报名的韦博英语培训班跑路了']) expect(redact(t), t).toBe(t);
    expect(redact('村委会门口连个公示都没有。马坊营 尹二狗')).toContain('马坊营');
  });
  it('leaves a firm\'s or an office\'s number with no person in its clause, and masks one where a person is', () => {
    for (const t of ['这家企业的排污许可证编号SC10644011300123，晚上偷排。', '县住建局的招标编号HT20240056，存在围标。']) expect(codes(t), t).toEqual([]);
    expect(redact('按照模板填写了我妈的社保号440300123456')).not.toContain('440300123456');
    expect(redact('厂家说儿子的保修卡号KT20240502不在系统里。')).not.toContain('KT20240502');
  });
});

describe('stop 42: a plain two-character full name the model scores below its threshold', () => {
  it('masks a common surname and a given name\'s character that make no word, where the sentence goes on', () => {
    expect(redact('公司员工郝强深夜上门威胁')).toBe('公司员工＊＊深夜上门威胁');
    expect(redact('拆遷公司的郝強昨晚又來了，帶了四個人')).toBe('拆遷公司的＊＊昨晚又來了，帶了四個人');
    expect(masked('她两个孩子黄欣、黄乐还在镇小学读书')).toContain('黄乐');
  });
  it('leaves words, a city after its region, a run cutting a word and a famous name as they were', () => {
    for (const t of ['镇干部王建军、李明等人天天打牌。', '台灣高雄的親戚回來了。', '周强调了好几次要按时开会。', '林立的高楼挡住了阳光。', '郭庄村的路修好了。', '春晚上冯巩的小品很好看。', '钟楼附近停车难。']) expect(redact(t), t).toBe(t);
  });
});

describe('stop 43: a plain full name after any surname of the list, not only the hundred commonest', () => {
  it('masks a rarer surname and a given name that make no word, read by the model below its threshold', () => {
    expect(redact('柏秀芝补充：情况属实')).toBe('＊＊＊补充：情况属实');
    expect(redact('喻晓龙补充：情况属实')).toBe('＊＊＊补充：情况属实');
    expect(redact('名单上有米秀芝，但他没领到')).toBe('名单上有＊＊＊，但他没领到');
  });
  it('leaves words that open with a rarer surname\'s character as they were', () => {
    for (const t of ['全家福照片挂在墙上', '尚未收到回复，柏油路也没修', '文化站的全民健身器材坏了', '应该是滕王阁那边的景区', '小区门口路灯杆歪了三个月没人修。', '成本太高了，承包户都亏了。', '米粉店门口垃圾成堆。']) expect(redact(t), t).toBe(t);
  });
});

describe('stop 43: papers one person holds, by their number (pii60 … pii63 studied)', () => {
  it('masks a veteran\'s paper in a register\'s form wherever the text speaks of such a paper, and not the cue before it', () => {
    expect(redact('老兵张德山的退伍证找到了，号码是岚退字第703214号，麻烦更新一下')).toBe(`老兵＊＊＊的退伍证找到了，号码是${'＊'.repeat('岚退字第703214号'.length)}，麻烦更新一下`);
    expect(redact('序号|姓名|残疾军人证号\n1|吕德成|岚军残字第330178号')).toContain(`|${'＊'.repeat('岚军残字第330178号'.length)}`);
  });
  it('masks a worker\'s certificate after its cue, a ten-digit discharge certificate and a pension account that is no bank card', () => {
    expect(redact('健康证岚健2025-AB-031775是她本人的')).toBe(`健康证${'＊'.repeat('岚健2025-AB-031775'.length)}是她本人的`);
    expect(redact('育婴师证书编号YYS2024110900562，持证人在外地')).not.toContain('YYS2024110900562');
    expect(redact('我的退出现役证TC2021339810是去年发的')).not.toContain('TC2021339810');
    expect(redact('想把抚恤金账户FX23090011223344改成我代领')).not.toContain('FX23090011223344');
  });
  it('masks a grave by its row and place, and a home-care order where the person served is in the text', () => {
    expect(redact('墓位LS-KB-05-02被重复出售了')).not.toContain('LS-KB-05-02');
    expect(redact('居家养老工单JJ202508010011，服务对象说护理员没来')).not.toContain('JJ202508010011');
  });
  it('leaves documents, firms\' certificates, dates, a hotline\'s work order and a count as they were', () => {
    for (const t of ['依据岚政发〔2024〕12号文件，退伍证补办要到县里。', '按国发字第123号文件执行，退伍证另行办理', '公司资质证书编号ZZ20201234567，已经过期了还在接活。', '这个证明20240315开的，过期了吗？', '12345工单号GD202405120033显示已办结，可路灯还没修。', '退伍证补办一共跑了17696047919次']) expect(redact(t), t).toBe(t);
  });
  it('masks a roster\'s mobile at a line\'s end before the next line\'s kin word', () => {
    expect(redact('长子 深圳 17696047919\n次女 香港')).toBe('长子 深圳 ＊＊＊＊＊＊＊＊＊＊＊\n次女 香港');
  });
});

describe('stop 43: shops\' and studios\' staff before a full name (pii64 studied)', () => {
  it('masks a salesman\'s or a beautician\'s name after the trade, and leaves the trade\'s words', () => {
    expect(redact('健身房的销售卞志文又去了别家')).toBe('健身房的销售＊＊＊又去了别家');
    expect(redact('美容院的美容师樊雨涵现在在另一家店上班')).toBe('美容院的美容师＊＊＊现在在另一家店上班');
    for (const t of ['销售部的人说明天再来', '店员说老板不在', '美容师都走了']) expect(redact(t), t).toBe(t);
  });
});

describe('stop 43: plates owned by a form\'s person or a name the model reads; numbers of one person\'s case (pii66, pii67 studied)', () => {
  it('masks a form\'s plate under its person, and a plate whose sentence has a name only the model reads', () => {
    expect(redact('交通违法处理通知\n当事人：辛建民\n号牌：湘KN6552\n罚款200元')).toBe('交通违法处理通知\n当事人：＊＊＊\n号牌：＊＊＊＊＊＊＊\n罚款200元');
    expect(redact('乙方：柏晓琴　号牌湘KE706H')).toBe('乙方：＊＊＊　号牌＊＊＊＊＊＊＊');
    expect(redact('号牌：湘A00001是县政府的公车')).toBe('号牌：湘A00001是县政府的公车');
  });
  it('masks an engine\'s, a trainee\'s and a reimbursement slip\'s number after its cue, and leaves the cue words', () => {
    expect(redact('发动机号L15B77963481与行驶证不符')).not.toContain('L15B77963481');
    expect(redact('学员流水号XY20259072194，退费一直没办')).not.toContain('XY20259072194');
    expect(redact('报销单BXD202503112574上银行卡号写错了')).not.toContain('BXD202503112574');
    for (const t of ['报销单已经交上去了', '处方都是医生开的', '发动机号码和车架号都要核对']) expect(redact(t), t).toBe(t);
  });
});

describe('stop 43 review: court and office numbers, the verb 销售, dates, products\' certificates, brands and compound surnames', () => {
  it('leaves what the new rules read wrongly as they were', () => {
    for (const t of [
      '我的身份证号码已提供，（2014）朝民初字第12345号案件执行款没到', '区残联文件x残联字第10023号说了，残疾证号要核对', '仲裁书x劳人仲案字第20190123号，退伍证号写错了',
      '有商家销售江小白假酒', '超市销售潘婷洗发水是假的', '健康证2024-03-15就过期了，还在后厨上岗', '健康证明20240315开的，过期了吗',
      '这台电动车的3C认证证书编号2021011119123456查不到', '产品合格证书编号HG2023123456是假的',
      '欧莱雅的面霜用了过敏', '甘其食的包子吃出头发', '今天去了安吉尔，结果没人', '我家柯基犬被邻居的狗咬了', '洪金宝门口天天堵车', '说是姬家塬的人',
      '社区养老服务中心助餐点饭菜变质，老人吃了拉肚子，12345工单号GD202405120033已经转给民政局',
    ]) expect(redact(t), t).toBe(t);
  });
  it('masks a compound surname with the rest of the name, and a trade certificate after 护理证书编号', () => {
    expect(redact('名单上有南宫丽娟')).toBe('名单上有＊＊＊＊');
    expect(redact('护理证书编号2019-340211是她的')).not.toContain('340211');
  });
});

describe('stop 43: products\' approval numbers stay visible; an ex-partner before a name is masked (pii68, pii69 studied)', () => {
  it('leaves a supplement\'s or a drug\'s approval number, and keeps a person\'s work permit masked', () => {
    for (const t of ['会所门口贴着“国食健字G20180229”，卖的是散装胶囊', '保健品包装上写着国食健注G20150742', '药盒上的国药准字H20043517是真的吗']) expect(redact(t), t).toBe(t);
    expect(redact('我的工作许可证号WP330782A2504187到期了')).not.toContain('WP330782A2504187');
  });
  it('masks the name after 前任 or 孩子他爸', () => {
    expect(redact('她和前任蓝德富离婚了，公积金贷款还没分')).toBe('她和前任＊＊＊离婚了，公积金贷款还没分');
    expect(redact('孩子他爸唐建业离婚后不还贷')).toBe('孩子他爸＊＊＊离婚后不还贷');
  });
});

describe('stop 43: permits, applications, miners\' lamps and health decisions on one person (pii70, pii71 studied)', () => {
  it('masks them after their cue or in their own form, and leaves a court\'s or an arbitration\'s case and a form\'s sample', () => {
    expect(redact('俺想问 居住证那个号码是QJ202380303345 对不对')).not.toContain('QJ202380303345');
    expect(redact('申请编号JF-2025-WJ-18294 审核超时没结果')).not.toContain('18294');
    expect(redact('矿灯号YZY-470 双龙洞煤矿 1991年下井')).not.toContain('YZY-470');
    expect(redact('职业病诊断证明书岚职诊〔2022〕419号一直没发下来')).toBe(`职业病诊断证明书${'＊'.repeat('岚职诊〔2022〕419号'.length)}一直没发下来`);
    for (const t of ['申请编号JF-2025-WJ-00000（示例）', '仲裁书岚劳人仲案字〔2024〕第123号下来了', '依据岚人社发〔2024〕12号文件执行']) expect(redact(t), t).toBe(t);
  });
});

describe('stop 44: relief camps, chats, notices and compounds (pii72, pii73 studied)', () => {
  it('masks a prefab\'s or a tent\'s place in a relief camp with the camp\'s name, and a village house in a roll', () => {
    expectMasked('我住三中安置点D排11号板房，屋顶漏雨', ['三中安置点D排11号板房']);
    expectMasked('板房C排07号的老人晚上没人照看', ['板房C排07号']);
    expectMasked('帐篷区第3排第5顶帐篷里的孩子发烧了', ['帐篷区第3排第5顶帐篷']);
    expectMasked('鉴定结果：五组17号 C级', ['五组17号']);
    // (Not a row without a number, a list's third group or a company's B row of shelves.)
    for (const t of ['安置点B排和C排中间的路积水了', '第三组12号选手上场', '板房一排二十间只有一个空调']) expect(redact(t), t).toBe(t);
  });
  it('reads a roster pasted as comma-separated values as one of tabs, but not its sample row', () => {
    const roster = '补助发放名单\n序号,户主,人数,金额\n1,宓守田,3,1350\n2,宓守业,2,900';
    expect(masked(roster)).toEqual(['宓守田', '宓守业']);
    const sample = '姓名,身份证号,电话,备注\n张三,421198199001011234,13800000000,示例\n贝守仁,421198197510271591,15992179047,无';
    expect(redact(sample)).toContain('421198199001011234');
    expect(redact(sample)).not.toContain('贝守仁');
  });
  it('masks a flat\'s number under a roster\'s 房号', () => {
    expect(masked('房号\t业主\t是否同意\n6-902\t甄立群\t是')).toEqual(expect.arrayContaining(['6-902', '甄立群']));
  });
  it('masks a chat member\'s room code with the name, a flat with the nickname, and the nickname after a building or 业主', () => {
    expect(redact('【板房群】\nC12-邬长河：明天几点发水')).toBe('【板房群】\n＊＊＊＊＊＊＊：明天几点发水');
    expect(redact('【业主群】\n8-1502 强哥：电梯又停了\n6栋-老寇：物业呢\n业主-小葛：打12345')).toBe('【业主群】\n＊＊＊＊＊＊＊＊＊：电梯又停了\n＊＊＊＊＊：物业呢\n＊＊＊＊＊：打12345'); // (Stop 52) The whole two-part display name, as the sets since pii50 label it:
  });
  it('masks a missing person\'s name, a name before an age, a donor at a line\'s head and a writer running on', () => {
    expect(redact('寻人：卢宝山，80岁，走失时穿蓝色外套')).toBe('寻人：＊＊＊，80岁，走失时穿蓝色外套');
    expect(redact('失联名单：滕金凤（67岁）')).not.toContain('滕金凤');
    expect(redact('尚桂兰向县慈善总会捐款600元，名单上没有')).toBe('＊＊＊向县慈善总会捐款600元，名单上没有');
    expect(redact('我是下湾村的郝春妮我老公在外头打工')).toBe('我是下湾村的＊＊＊我老公在外头打工');
    expect(redact('我是D排2号的褚大姐我想问问')).not.toContain('褚大姐');
    // (An office giving to an office, and a role running on, stay.)
    for (const t of ['县委向灾区捐款五十万', '我是村里的会计我不清楚']) expect(redact(t), t).toBe(t);
  });
  it('masks a compound owner\'s ballot, fund account and dog licence, a resident by their flat and the compound\'s staff', () => {
    expect(codes('选票XP-2025-0877没发到我手上')).toEqual(['XP-2025-0877']);
    expect(codes('维修资金分户账WX202599120345余额不对')).toEqual(['WX202599120345']);
    expect(codes('狗证杭犬2024-55621已经过期')).toEqual(['杭犬2024-55621']);
    expect(redact('15楼的解文斌天天在楼道堆纸箱')).toBe('15楼的＊＊＊天天在楼道堆纸箱');
    expect(redact('保安队长荆志强收钱放车进来')).toBe('保安队长＊＊＊收钱放车进来');
  });
});

describe('stop 44: platform accounts, a room\'s member by surname, and counts of days read as names (pii74 studied)', () => {
  it('masks a handle after a platform\'s 号 but not a number after 单号, 编号 or 工号', () => {
    expect(codesOrHandles('我的抖橙号mei_li2024被封了')).toEqual(['mei_li2024']);
    for (const t of ['订单号abcdef123已经退了', '工单号gd20240101没人处理']) expect(redact(t), t).toBe(t);
  });
  it('masks a chat member given as a room and a surname', () => {
    expect(redact('【宿舍群】\nC0816穆：空调又坏了')).toBe('【宿舍群】\n＊＊＊＊＊＊：空调又坏了');
  });
  it('leaves a count of days or times that a rule read as a given name', () => {
    expect(redact('被客户投诉后停单三天，电话19110398835')).toBe('被客户投诉后停单三天，电话＊＊＊＊＊＊＊＊＊＊＊');
  });
});

describe('stop 44: 么 for 幺 in a mobile read out, a LINE id after line:, classmates before a name (pii75 studied)', () => {
  it('reads 么 as one in a run of numerals, never in 什么 or 怎么', () => {
    expect(redact('我电话么五九三零七二么八四六')).toBe('我电话＊＊＊＊＊＊＊＊＊＊＊');
    for (const t of ['你说什么三二八零九四 怎么办', '这么多年了']) expect(redact(t), t).toBe(t);
  });
  it('masks a LINE id after a lower-case line:, and names after 我们班 but not 我们班主任', () => {
    expect(codesOrHandles('手机号我不留了，line:meili_tw88')).toEqual(['meili_tw88']);
    expect(masked('我们班伍涛、车宁实习期间被扣了身份证')).toContain('伍涛');
    for (const t of ['我们班主任天天拖堂', '我们班同学都去了']) expect(redact(t), t).toBe(t);
  });
});

describe('stop 45: a hospital\'s visit numbers and a ward\'s family chat (pii78 studied)', () => {
  it('masks an appointment, a settlement, an ambulance call, a carer\'s contract and a prescription by their cues', () => {
    expect(codes('在县医院约的专家，预约号GH2512103756，到点了还要重新排')).toEqual(['GH2512103756']);
    expect(codes('出院结算单号：JS20251203001926，统筹支付8214元')).toEqual(['JS20251203001926']);
    expect(codes('120急救出车记录\n单号：JJ20251215-0087\n出车：急救中心2号车')).toEqual(['JJ20251215-0087']);
    expect(codes('护工合同号HG-2025-0689，中途换人不退钱')).toEqual(['HG-2025-0689']);
    expect(codes('中医院的药煎错了处方是RX2512110493请查')).toEqual(['RX2512110493']);
    expect(codes('医保局打电话说我的卡号K72046193有异常消费')).toEqual(['K72046193']);
    expect(redact('她住院号是二五一二零六五三你们查一下')).toBe('她住院号是＊＊＊＊＊＊＊＊你们查一下');
    // A port's booking is a firm's; an appointment's bare digits stay as the older sets leave them; a contract number
    // where no carer is spoken of is not read here.
    expect(redact('预约号440300202612018821，到了现场说预约无效')).toBe('预约号440300202612018821，到了现场说预约无效'); // an ID number's shape, its check failing
    // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    for (const t of ['集港预约号YY2026120300871，卡口晚开了三个小时', '购车合同号HT-2025-0511没给我']) expect(detectPii(t).map((s) => s.kind), t).toEqual(['member_number']);
    // (Review of stop 45) Firms', offices' and hospitals' own numbers under the same cues stay visible (a garage's or a
    // logistics firm's booking, 保养预约号BY…, the older rules' model of numbers masks: not this rule's).
    for (const t of ['反映急救站的事，12345工单号GD202512010087', '急救中心采购，招标单号ZB20251203001', 
      '工程款结算单号JS20251203001一直不付', '县医院和护工公司签的服务合同号HT-2025-0012', '医保局公布的举报奖励卡号是B27305168']) expect(redact(t), t).toBe(t);
    // A prescription's number is its patient's (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    expect(redact('卫健委处方点评，处方PD202512160077不合理')).toBe('卫健委处方点评，处方＊＊＊＊＊＊＊＊＊＊＊＊＊＊不合理');
  });
  it('masks a ward chat\'s display names with the bed, a surname\'s kin word, a doubled nickname, a carer and an estate\'s 老X', () => {
    const chat = '【呼吸科三病区家属群】\n12床-老霍家：今天谁看到护士长了？\n晓梅-18床：在护士站\n芮阿姨：押金又催了\n糖糖妈妈：我们也是\n阿芬（护工）：我在楼下\n梓苑老屠：谢谢\n护士长：请大家理性';
    const got = masked(chat);
    for (const name of ['12床-老霍家', '晓梅-18床', '芮阿姨', '糖糖妈妈', '阿芬（护工）', '梓苑老屠']) expect(got, name).toContain(name);
    expect(redact(chat)).toContain('护士长：请大家理性');
    // The family's standing between the bed and the name stays, as the older sets label it.
    expect(redact('（康颐园家属群）\n312床家属-谢芳：今天检查组来')).toBe('（康颐园家属群）\n＊＊＊＊＊＊＊＊＊：今天检查组来'); // (Stop 52) The whole two-part display name, as the sets since pii50 label it:
    // Outside a group chat nothing is read as a display name; nor are roles, a bed count, a bare bed, or a teacher.
    expect(redact('芮阿姨：押金又催了')).toBe('芮阿姨：押金又催了');
    for (const t of ['群众反映：\n急诊科加了20床：走廊里全是病人。', '【病区家属群】\n责任护士-12床：请家属配合\n3床主治医生：明天查房\n12床：收到', '【家长群】\n语文老师：明天带作业\n学校老师：收到']) expect(redact(t), t).toBe(t);
    // 羣, the Traditional variant of 群, is a chat too.
    expect(masked('病房羣\n12床-老霍家：押金又催了')).toContain('12床-老霍家');
  });
  it('reads a ward\'s contact sheet\'s patients beside their families, and a register pasted with bars', () => {
    expect(masked('病区家属联系表\n床号\t患者\t家属\t电话\n12\t晋明远\t晋小兰\t13308796557')).toEqual(expect.arrayContaining(['晋明远', '晋小兰']));
    expect(masked('投诉登记表\n编号|日期|投诉人|电话|内容\n07|12.19|蒋玉洁|13346664753|护工收红包')).toContain('蒋玉洁');
  });
});

describe('stop 45: a household\'s meters, a name signing between its account and its complaint, a building\'s chat (pii79 studied)', () => {
  it('masks a meter\'s number after its cue or straight after the meter', () => {
    expect(codes('水费户号SBH-043146，水表号20593719，停水没通知')).toEqual(expect.arrayContaining(['20593719']));
    expect(codes('我家燃氣表BC51525953充不進去錢')).toEqual(['BC51525953']);
    // A watch's or a form's 表 is no meter.
    for (const t of ['代表号召大家来开会', '手表号称防水']) expect(redact(t), t).toBe(t);
  });
  it('masks a full name alone between separators where the text gives a long number, and one at a line\'s head before what it asks', () => {
    expect(masked('燃氣戶號3601716360，賈全喜，安檢亂收費，15037434026')).toContain('賈全喜');
    expect(masked('郝改莲申请暖气退费，户号RLH1210437')).toContain('郝改莲');
    // Words between commas, two characters, a form's sample row, and a text with no number stay.
    for (const t of ['平台抽成、油费、保险、車貸，一个月净收入不到四千，电话15201231654', '姓名,身份证号,电话\n张三,421198199001011234,示例', '供暖费，退不退，说清楚']) expect(masked(t).filter((m) => /^[\u3400-\u9fff]+$/.test(m)), t).toEqual([]);
  });
  it('masks a building chat\'s flat and nickname whole, 小 and a surname, and the name after a floor or a unit, not the floor', () => {
    const chat = '【麻纺厂家属院3号楼群】\n302小苗：不是我家\n小伏：钥匙放邻居那儿\n5楼-老边：又不热了\n3单元王婶：我家也是\n12号楼乔：又停水？\n群主：公告为准';
    const got = masked(chat);
    for (const name of ['302小苗', '小伏', '5楼-老边', '王婶', '乔']) expect(got, name).toContain(name);
    expect(redact(chat)).not.toContain('5楼-'); // (Stop 52) The whole two-part display name, as the sets since pii50 label it: 5楼-老边.
    expect(redact(chat)).toContain('群主：公告为准');
    // In a workplace's chat a colleague's 小X stays, as the older sets leave it.
    expect(redact('【服务站工作群】\n站长：交照片\n小葛：今天下雨')).toBe('【服务站工作群】\n站长：交照片\n小葛：今天下雨');
  });
});

describe('stop 46: property registration, mortgages and the provident fund (pii80 studied)', () => {
  it('masks a registration\'s acceptance number where one person applied, not a project\'s or a hotline\'s', () => {
    expect(codes('受理号2024-DJ-2286324，申请人黎秀莲，开发商说大证没办')).toEqual(expect.arrayContaining(['2024-DJ-2286324']));
    expect(codes('離婚協議約定房屋歸兒子，前夫反悔，受理號2024-DJ-7425350被他撤回了。')).toEqual(['2024-DJ-7425350']);
    expect(masked('琅澈府项目竣工验收受理号2023-YS-000128，我们业主要求公开验收结果').join()).not.toContain('2023-YS-000128');
    expect(masked('琅澈置业的项目备案受理号2023-BA-000128，业主们怀疑造假').join()).not.toContain('2023-BA-000128');
  });
  it('masks a personal loan contract in a bank\'s document form, not a bank\'s notice or a firm\'s loan', () => {
    expect(codes('借款合同编号琅农商个贷字2023第31591号，放款后抵押登记三个月没办')).toEqual(['琅农商个贷字2023第31591号']);
    expect(codes('我叫寇莉莉，银行按揭没还完，琅农商个贷字2023第50407号，银行说先还清。')).toEqual(['琅农商个贷字2023第50407号']);
    expect(codes('我的贷款合同号是GJDK2021LC588428啊对就是这个')).toEqual(['GJDK2021LC588428']);
    for (const t of ['按琅农商贷字〔2023〕112号通知，LPR下调后存量房贷怎么调整', '琅澈农商银行个贷字（2023）第128号关于个人住房贷款利率调整的公告说得很清楚', '琅澈置业有限公司与琅澈农商行签订的借款合同编号琅农商公贷字2022第00123号，开发贷款至今未还'])
      expect(codes(t), t).toEqual([]);
  });
  it('masks a property certificate with spaces round its serial or read out, with its correction, from the province\'s character', () => {
    expect(codes('不动产权证鲁(2021)琅澈市不动产权第 0012508 号，权利人名字打错了')).toEqual(['鲁(2021)琅澈市不动产权第 0012508 号']);
    expect(codes('我房产证号是(2021)琅澈市不动产权第 0012508 号').join()).not.toContain('是');
    const spoken = '喂我那个房产证号是鲁二零二三琅澈市不动产权第零零四五一二三号不对是零零四五一三二号我叫邹华';
    expect(codes(spoken)).toEqual(['鲁二零二三琅澈市不动产权第零零四五一二三号', '零零四五一三二号']);
  });
  it('masks the writer\'s own account read out in Chinese digits, not an office\'s or a fund\'s', () => {
    expect(codes('我那个公积金账号一五九七零零二三四五六七就是这个')).toEqual(['一五九七零零二三四五六七']);
    for (const t of ['请把维修基金打到住建局专户，账号是一二三四五六七八九零一二', '开发商预售资金监管账户账号六二二八四八零零一二三四五六七八，请监督'])
      expect(codes(t), t).toEqual([]);
  });
  it('masks the parties of a purchase, an inheritance or a tenancy and a former spouse', () => {
    expect(masked('繼承人鄂亦凡，要所有繼承人到場')).toContain('鄂亦凡');
    expect(masked('租戶住榴苑新村，房東隗亦凡突然漲租三成')).toContain('隗亦凡');
    expect(masked('我和鄢立群协议离婚，房子在榴苑新村，按揭还有四十万')).toContain('鄢立群');
  });
});

describe('stop 46: names spelled out in a voice message, gift registers and a feast\'s parties (pii80, pii81 studied)', () => {
  it('masks a name a caller spells character by character, every mention of it, and not the spelling\'s own words', () => {
    expect(masked('餵你好我是那個駱春生駱駝的駱春天的春生孩子的生我電話是一三八九九七零二六零四')).toContain('駱春生');
    expect(masked('我是那個東方曉東西的東方向的方破曉的曉我公積金的事')).toContain('東方曉');
    const spelled = '你好我叫項麗娜項羽的項美麗的麗那個娜我想問那個離婚以後房子過戶要交多少稅';
    expect(masked(spelled)).toContain('項麗娜');
    expect(masked(spelled)).not.toContain('項美麗');
    expect(redact('我叫石立春石头的石立春的立春天的春电话是一八八九二三七一三八五').match(/石立春/g)).toBeNull();
    // A comma or a pause between the name and its spelling.
    expect(masked('我叫駱春生，駱駝的駱春天的春生孩子的生')).toEqual(['駱春生']);
    // Phrases with 的 that spell nothing stay as they were: repeated words, runs of 的, doubled characters.
    for (const t of ['我家的猫的的确确很乖', '好好好好的好的好的好的', '谢谢谢谢谢谢的谢谢的谢谢', '哈哈哈哈哈的哈哈的哈哈哈', '的'.repeat(600)]) expect(redact(t), t.slice(0, 20)).toBe(t);
  });
  it('masks the names of a gift register copied line by line, not an office\'s line, a sample or one line ending in an amount', () => {
    const register = '婚宴禮簿抄件\n1\t韋德明\t伍佰元\n2\t韋正剛\t叄佰元\n3\t覃美蘭\t貳佰元\n4\t鄉政府某領導\t壹仟元';
    expect(masked(register)).toEqual(expect.arrayContaining(['韋德明', '韋正剛', '覃美蘭']));
    const spaced = '礼簿（嫁女）\n覃振业　200\n蒙国梁　300\n村委　500';
    expect(masked(spaced)).toEqual(expect.arrayContaining(['覃振业', '蒙国梁']));
    expect(masked(spaced)).not.toContain('村委');
    expect(masked('礼金太高了\n合计　3000')).toEqual([]);
  });
  it('masks a feast\'s host, guest, groom and bride, and what the village calls the writer', () => {
    expect(masked('礼簿一页：主家龙老岩，来客杨启发 礼金300元，村里规定最多两百')).toEqual(expect.arrayContaining(['龙老岩', '杨启发']));
    expect(masked('今天回老家喝喜酒，新郎韋志高新娘黃麗萍，擺了六十桌')).toEqual(expect.arrayContaining(['韋志高', '黃麗萍']));
    expect(masked('我叫楊老巖 大家都喊我巖哥 我們寨子的鼓樓要修')).toContain('巖哥');
    expect(masked('开小卖部的，姓甘……大家叫我甘婶啦，城管说我占道')).toContain('甘婶');
    expect(masked('开小卖部的，姓甘……大家叫我甘婶啦，城管说我占道')).not.toContain('甘婶啦');
    // 叫我 as "told me to", forms of address, a groom before no name, a clan's hall and a line that is a sentence.
    for (const t of ['人家叫我七点来。', '大家都叫我小心点。', '大家都叫我老师。', '新郎向新娘求婚', '新郎熊抱新娘', '礼金\n韦氏宗祠 600\n覃家祠堂 800'])
      expect(masked(t), t).toEqual([]);
    // (Stop 50) A surname and one kin character is a private person so called (the studied sets' writers label 63 such forms
    // and leave one): a register's 王叔 and 李姐 are masked, not read as 王叔随.
    expect(masked('礼簿\n王叔随了：500\n李姐给了：300')).toEqual(['王叔', '李姐']);
    expect(masked('婚宴禮簿\r\n1\t韋德明\t伍佰元\r\n2\t覃振業\t貳佰元')).toEqual(['韋德明', '覃振業']);
  });
});

describe('stop 47: a flood\'s relief and a resort\'s tourists (pii83, pii84 studied)', () => {
  it('masks screen names after a platform\'s cue, not the sentence after an account or a word', () => {
    expect(masked('在游岭网App的评价：一星。用户名山野行者Leo，订单号MS20250722518128')).toEqual(['山野行者Leo', 'MS20250722518128']);
    expect(masked('美團評價貼過來：押金扣了200。評論人小圓子愛旅行')).toEqual(['小圓子愛旅行']);
    expect(masked('朋友圈截图：“景区就是坑！”——发布人一只爱爬山的猫，手机号18762515016')).toEqual(['一只爱爬山的猫', '18762515016']);
    expect(masked('我在山行App上的账号叫黛溪小馒头，被封了')).toEqual(['黛溪小馒头']);
    // (Not before 被封 with no 叫: the words there are the sentence's as often, 我的账号昨天晚上突然被封了.)
    expect(masked('我的账号昨天晚上突然被封了')).toEqual([]);
    expect(masked('网上看到的：副局长在饭店吃饭被拍。发帖人昵称老营街扫地僧')).toEqual(['老营街扫地僧']);
    // (Two words after the cue: which is the handle is not known; left as older sets leave it.)
    expect(masked('（发帖人：泮塘老街坊 阿添）')).toEqual([]);
    // An account's words that are the sentence's, a book's author, a word after 发布人, a messenger's number; a review's
    // sentences: a clause after the cue, an office or an official as the poster, a platform's own labels.
    for (const t of ['平台把我账号封了说我刷单', '教不会就要了账号密码替点。', '骗子说我的外卖骑手账号要注销', '这本书的作者是谁', '老伴办的同志发布人行道', '小红书笔记的作者是本人',
      '在App上看到一篇帖子，作者认为收费太高', '评论人说得对，景区就是坑', '这条评论被删了，评论人很生气', '帖子发布人自己删了', '用户名忘记了', '在网站上用户名密码都忘了',
      '发布人：县应急管理局', '发布人：王主任', '发布人：镇长李建国', '微博上发布人是县委宣传部，说已经处置', '发布人：系统管理员', '发布人：官方客服', '发布人：小编',
      '平台账号莫名其妙被封', 'App账号里的积分被清零', '在抖音上我的账号是实名认证的', '美团评价：用户名小圆子 表示不满，押金没退', '评论人旅行的阿飘 五星'])
      expect(masked(t), t).toEqual([]);
    expect(masked('舉報：發布人微信號rz_yumin88，房間按天出租')).not.toContain('微信號rz_yumin88');
  });
  it('masks whom a notice asks callers to ring, a pupil before 同学 and what a tout calls himself', () => {
    expect(masked('寻人：洪水后失联，知情者请联系桑腊梅 15693598562')).toEqual(['桑腊梅', '15693598562']);
    expect(masked('知情者请联系籍发财 18168705926')).toEqual(['籍发财', '18168705926']);
    expect(masked('學校陳小雨同學的媽媽失聯了，孩子暫時住我家')).toEqual(['陳小雨']);
    expect(masked('WeChat ID liuyun_travel88 是个黄牛，他自称六猴子，电话13595334704')).toEqual(['liuyun_travel88', '六猴子', '13595334704']);
    expect(masked('知情者请联系慎长水（15903981082）')).toEqual(['慎长水', '15903981082']);
    expect(masked('催收员自称小蔡，工号CS-30917')).toEqual(['小蔡', 'CS-30917']);
    // Offices, officials, a relative by a pronoun, a surname with a form of address or a trade, a shop.
    expect(masked('联系人岩峰13386920541')).toEqual(['岩峰', '13386920541']);
    for (const t of ['有事请联系村委 13812345678', '联系王主任 13812345678', '见到请联系她儿子18670050218', '请联系何先生 13912345678',
      '请联系周阿姨13912345678', '请联系李总 13912345678', '请联系高师傅 13912345678', '请联系张律师 13912345678', '请联系蔡记 13912345678', '请联系张家湾 13912345678'])
      expect(masked(t), t).toEqual([t.match(/1[0-9]{10}/)![0]]);
    // What a scam caller claims to be, a trade, a surname with a form of address, a phrase.
    for (const t of ['高中同学的聚会', '老同学说', '他自称是县里的领导', '来电人自称外卖骑手，姓陆', '催收员自称姓车，工号CS1127', '对方自称客服，让我下载软件', '對方自稱客服，讓我下載軟件',
      '对方自称城管', '他自称王总，', '他自称刘哥，', '他自称老师，', '他自称没钱，'])
      expect(masked(t).join('|'), t).not.toMatch(/高中|老同学|县里|外卖骑手|姓车|客服|城管|王总|刘哥|老师|没钱/);
  });
  it('masks an insured person, claim, booking, trip and lost-property numbers, a relief list\'s household numbers', () => {
    expect(masked('種植險保單HHNX-2025-404730，報案號LP202514294867，被保險人越鳳嬌，至今未定損')).toContain('越鳳嬌');
    expect(masked('水退了我家鱼塘全冲了，养殖险理赔号LP202529036046，报上去一个月没人来看')).toContain('LP202529036046');
    expect(masked('封家乐，18257407161，在望岚山居订的房，预订号MS20250808412590，取消后押金100元没退。')).toContain('MS20250808412590');
    expect(masked('网约车行程XC2915174370723980多收费100元')).toEqual(['XC2915174370723980']);
    expect(masked('已交景区游客中心，失物登记号SW-2025-9955')).toEqual(['SW-2025-9955']);
    // (An office's reimbursement slip in the same shape stays: its cue is none of these.)
    expect(masked('报销单号BX-2025-061127已经退回三次了')).toEqual(['BX-2025-061127']); // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    expect(masked('安置點物資發放表\n姓名\t戶號\t領取\n巫彩霞\tCJH-MZ-4777\t棉被2\n巫大林\tCJH-MZ-2542\t大米1袋'))
      .toEqual(['巫彩霞', 'CJH-MZ-4777', '巫大林', 'CJH-MZ-2542']);
    expect(masked('索道停运滞留，游客骆家乐，订单JLT202509205933696，要求赔偿')).toEqual(['骆家乐', 'JLT202509205933696']);
    for (const t of ['被保险人的权益受损', '被保险人是我父亲', '游客太多了', '游客中心说不管', '被保险人向保险公司索赔', '被保险人高龄，', '游客成群结队', '游客方向走错了',
      '評論：長桌宴我們自己辦的，一家出一道菜，遊客付錢吃，巴適得很', '整个行程km1234567890'])
      expect(masked(t), t).toEqual([]);
  });
  it('masks a foreign visitor\'s passport and name, not an agency\'s line or a chat\'s roles', () => {
    expect(masked('对方是德国人Lukas Brenner，护照C32WX9T5X，我是他朋友')).toContain('C32WX9T5X');
    expect(masked('日本人观光客佐藤健一さん的护照TR7815481落在了大巴车上')).toEqual(['佐藤健一', 'TR7815481']);
    expect(masked('护照号码HOLLANDER，签证费用RMB880000')).toEqual([]);
    expect(masked('旅行社拖欠我三个月带团费，社里电话0719-6219050没人接')).toEqual([]);
    // (三社 is a hamlet's group in the north-west: its villager's line is his.)
    expect(masked('我们三社王大爷电话0931-8123456，房子塌了没人管')).toContain('0931-8123456');
    // Chinese words before a honorific are no Japanese name; an English word after WeChat no ID.
    expect(masked('我在酒店遇到了佐藤さん，日本游客田中さん说房间很脏')).toEqual(['佐藤', '田中']);
    for (const t of ['社长様来视察', '导游小姐叫我们王様', 'WeChat ID required for booking，平台强制要求', 'WECHAT: NOTAVAILABLE']) expect(masked(t), t).toEqual([]);
    expect(masked('微信聊天记录：\n民宿老板：押金明天退\n我：都说了三次明天了\n民宿老板：你再闹就不退了')).toEqual([]);
  });
  it('leaves words read as names by other rules visible: 高峰期 after a tourist, 民宿 after 居民', () => {
    expect(masked('两个干部，游客高峰期跑去州里“学习”了')).toEqual([]);
    expect(masked('孟玉珍，13619843470，在雲間居民宿訂的房，預訂號MS20250813589161')).toEqual(['孟玉珍', '13619843470', 'MS20250813589161']);
    expect(masked('菰埠鎮蒲沚村村民宿青松，魚塘沖毀沒人登記')).toEqual(['宿青松']);
    expect(masked('村民宿老三说没人管')).toEqual(['宿老三']);
  });
});

describe('stop 47: a training school\'s parents and a county\'s families (pii85, pii86 studied)', () => {
  it('masks payments by the apps\' numbers wherever they stand, and a bank transfer\'s serial', () => {
    expect(masked('请帮忙登记：方浩，13121991425，慧童思维，支付宝2025061522001385314730753094，剩36课时')).toContain('2025061522001385314730753094');
    expect(masked('付款人阮德明，微信支付單號420000552025040643889521055385，課沒上完就關門')).toContain('420000552025040643889521055385');
    expect(masked('【維權群】\n方浩：2025040922001606009681896362\n群主提醒：不要相信陌生人')).toContain('2025040922001606009681896362');
    expect(masked('博翰学堂收了我5800元，银行转账流水A9872025041735508680，转给了老板娘个人卡')).toContain('A9872025041735508680');
    // (Not a date and a time, an order of 27 digits, a number with no date where the shape has one.)
    for (const t of ['系统时间20250615220013，请稍后', '编号4200123456789012345678901234']) expect(masked(t), t).toEqual([]);
    expect(masked('订单号202506152200138531473075309')).toEqual(['202506152200138531473075309']); // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
  });
  it('masks rosters under a heading that names them and tables under any person\'s column', () => {
    expect(masked('卓澜艺术钢琴班名单（2025春）\n樊可可\t周六9:00\n华铭泽\t周六10:00\n岑雨桐\t周日14:00')).toEqual(['樊可可', '华铭泽', '岑雨桐']);
    expect(masked('序号\t家长\t学生\t电话\t卡号\n1\t龚丽娜\t龚浩宇\t13653577240\tXL-VIP-466312')).toEqual(['龚丽娜', '龚浩宇', '13653577240', 'XL-VIP-466312']);
    expect(masked('機構\t家長\t電話\t剩餘金額\n慧童思維\t蔚建平\t15386016525\t8800')).toEqual(['蔚建平', '15386016525']);
    // (A roster of things or of one line, a directory of offices and an office's row.)
    for (const t of ['采购名单\n桌子\t20张\n椅子\t40把', '获奖名单\n一等奖\t空缺', '机构\t姓名\t电话\n县教育局\t王主任\t0739-7320512', '姓名|户号|档案号\n县民政局|A-001|WS-2025-01'])
      expect(masked(t), t).toEqual([]);
  });
  it('masks a marriage certificate\'s number, a family-violence warning, a couple and a child by the family\'s surname', () => {
    expect(masked('结婚证字号J439127-2016-000991上我的身份证号录错了')).toEqual(['J439127-2016-000991']);
    expect(masked('派出所出具了沭公（桐）家告字〔2025〕0031号告诫书')).toEqual(['沭公（桐）家告字〔2025〕0031号']);
    expect(masked('鲁永福与卜金花订婚后解除婚约，彩礼15万元女方未退')).toEqual(['鲁永福', '卜金花']);
    expect(masked('吳麗霞反映前夫扶永福拖欠孩子扶佳琪撫養費9個月')).toEqual(['吳麗霞', '扶永福', '扶佳琪']);
    // (Not two countries, two offices, a court's case number, as older sets leave it.)
    for (const t of ['，中国与美国结婚', '村长与村委会结婚', '县委与县政府协商']) expect(masked(t), t).toEqual([]);
    expect(masked('执行案号（2023）湘0927执501号，一直没有执行')).toEqual([]);
  });
});

describe('stop 48: telecom fraud\'s victims, conscripts, soldiers\' families and blood donors (pii87, pii88 studied)', () => {
  it('masks a police report\'s receipt and incident numbers, a donor\'s certificate and an enlistment registration', () => {
    expect(masked('报案回执A4118972025749480396，报案人蓝丽君，至今没人联系我')).toEqual(['A4118972025749480396', '蓝丽君']);
    expect(masked('刷單返利被騙68000，已報警，警情號J411898202506206077')).toEqual(['J411898202506206077']);
    expect(masked('后来去派出所报了案，回执编号A4118992025232624036，到现在没有下文')).toEqual(['A4118992025232624036']);
    expect(masked('献血证编号：43012019963231')).toEqual(['43012019963231']);
    expect(masked('他獻過血的證號是43012023935268我現在在縣人民醫院住院')).toEqual(['43012023935268']);
    expect(masked('兵役登记报名号ZB202503820，想改报名地')).toEqual(['ZB202503820']);
    // A receipt's number that is not a police report's shape, or with no report in the text; a case number (courts' and
    // police cases' numbers stay visible, as the older sets leave them).
    for (const t of ['我的案件编号是A4118992025186659985', '(2025)粤0106民初1234号']) expect(masked(t), t).toEqual([]);
    // (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    for (const t of ['回执号36010220140，业务已受理', '回执编号A4118992025232624036，社保卡已寄出']) expect(masked(t), t).toEqual([t.slice(t.search(/[0-9A]/), t.indexOf('，'))]);
  });
  it('masks a pasted chat\'s speakers after a time, not the writer, a system or an office\'s staff', () => {
    expect(masked('群聊記錄：\n14:02 管理員阿駿：新人加我\n14:05 Lisa：我今天賺了800！')).toEqual(['阿駿', 'Lisa']);
    expect(masked('聊天記錄\n2025/09/03 22:17 甜心小薇：哥哥，這個平台穩賺\n2025/09/03 22:20 我：我先試試')).toEqual(['甜心小薇']);
    expect(masked('微信聊天截圖文字：\n08-02 10:12 「投資顧問-Kevin陳」：今天這單穩賺\n08-02 10:15 我：好的已轉5萬')).toEqual(['投資顧問-Kevin陳']);
    // (One timed line alone is a heading or a field as often: 2014-05-06 14:36 来源：人民网.)
    expect(masked('微信截圖：\n08-02 10:12 「投資顧問-Kevin陳」：今天這單穩賺')).toEqual([]);
    expect(masked('樂樂媽 09:12\n兒子今天終於打電話回來了\n秀珺 09:15\n我家那個三個月沒打了')).toEqual(['樂樂媽', '秀珺']);
    for (const t of ['群聊：\n14:02 我：好的\n14:03 对方：转吧', '14:30 系统消息：你已被移出群聊', '记录\n09:10 社工小容：明天来开会\n09:12 网格员小殳：收到',
      '10:00 民警：请大家注意', '09:00 客服：您好']) expect(masked(t), t).toEqual([]);
  });
  it('masks a soldier\'s, a veteran\'s or a donor\'s name after their standing, and a person a victim met by a quoted name', () => {
    expect(masked('退役士兵舒冬梅，崗位離家一百多里')).toEqual(['舒冬梅']);
    expect(masked('我是大學生士兵姜浩，2022年入伍')).toEqual(['姜浩']);
    expect(masked('加了一个叫"小渝"的客服，她让我下载APP')).toEqual(['小渝']);
    expect(masked('加了一个叫"金牌分析师老周"的人，后来转了七万')).toEqual(['金牌分析师老周']);
    for (const t of ['新兵训练结束了', '老兵新传', '退役士兵安置办说等通知', '下载了一个叫"汇金通"的平台', '一个叫"恒信宝"的APP', '加了一个叫"福利分享"的群，']) expect(masked(t), t).toEqual([]);
  });
  it('leaves an armed service, a record\'s heading, a bureau after "when", "some school" and an amount\'s tail visible', () => {
    expect(masked('鹭源镇新兵名单：\n肖宇 陆军 17380250615\n孙一鸣 武警 13804497837')).toEqual(['肖宇', '17380250615', '孙一鸣', '13804497837']);
    for (const t of ['聊天记录粘贴：\n2025-07-14 21:03 我：怎么做\n2025-07-14 21:05 我：好', '但我去年申请时民政说档案里找不到', '我是淇阳某高校辅导员，想为学生说句话',
      '被冒充京东客服的骗了四万二，求帮忙']) expect(masked(t), t).toEqual([]);
  });
  it('keeps what a review of stop 48 found masked visible: agendas, officials and services as speakers, apps in quotes, 陆军 as a name', () => {
    for (const t of ['会议议程\n09:00 开幕：县长讲话\n09:30 报告：发改委主任', '聊天\n15:34 王书记：收到\n15:35 李主任：好\n15:36 张老师：嗯',
      '记录\n14:00-15:00：分组讨论\n15:00-16:00：汇报', '会议室 14:30\n准时到\n截止 17:00\n交材料', '群\n08-02 10:12 「客服小美」：请先缴纳保证金\n08-02 10:13 我：好',
      '短信\n15:43 银行：您尾号0001的卡\n15:44 中国移动：话费余额', '群聊\n16:25 骗子：快转账\n16:26 我：好\n我才知道是骗子', '群\n15:51 A：你好\n15:52 B：嗯',
      '一个叫“安心借”的，利息很高。', '一个叫"恒信投资"的人，自称是经理', '一个叫“国家反诈中心”的，一定要下载。',
      '骗子的户名我记不清，我报了警，警情编号是J4207002025031400217。']) expect(masked(t), t).toEqual([]);
    expect(masked('联系人：陆军，电话13812345678')).toEqual(['陆军', '13812345678']);
    expect(masked('初三万丽华同学获奖')).toEqual(['万丽华']);
    expect(masked('申请人李民政')).toEqual(['李民政']);
    expect(masked('报警后民警给了警情号码：J411898202506206077')).toEqual(['J411898202506206077']);
    expect(masked('我的接警单号J411898202506206077')).toEqual(['J411898202506206077']);
  });
});

describe('stop 48: medical-beauty clinics and confinement centres, used cars and driving schools (pii89, pii90 studied)', () => {
  it('masks a baby, a consultant, a card\'s holder, a dealer and a seller by their standing, and a letter\'s writer', () => {
    expect(masked('雲舒月子中心，寶媽郜若曦，寶寶郜知言，電話14568725215')).toContain('郜知言');
    expect(masked('入住第五天寶寶陸悠然發燒')).toEqual(['陸悠然']);
    expect(masked('晞妍整形的咨询师郝婷婷拉我办的医美分期')).toEqual(['郝婷婷']);
    expect(masked('姝颜关门，余额9400元，持卡人郝婧')).toEqual(['郝婧']);
    expect(masked('买车的时候车商阎志远给了我一张银行卡')).toEqual(['阎志远']);
    expect(masked('发动机号对不上，车是从顾红军手里买的')).toEqual(['顾红军']);
    expect(masked('聶雲飛致信：我在通衢駕校當過兩年教練')).toEqual(['聶雲飛']);
    for (const t of ['宝宝发烧了', '宝宝名字还没起', '从领导手里接过', '从银行手里贷的', '从中介那买的', '县政府致信：请各单位', '车商都这样', '咨询师说没事', '持卡人本人']) expect(masked(t), t).toEqual([]);
  });
  it('masks an exam\'s booking, a surgery consent and the number given after a person\'s name; not 卫健 or a clinic\'s licence', () => {
    expect(masked('科目三预约号K3-20250610-5291被取消')).toEqual(['K3-20250610-5291']);
    expect(masked('知情同意书编号TYS-2025-29905上签的不是她的字')).toEqual(['TYS-2025-29905']);
    expect(masked('安騁駕校學員郝國平，編號AC-25-74822，補考費不給收據')).toEqual(['郝國平', 'AC-25-74822']);
    for (const t of ['云舒月子中心收费不透明，请卫健和市场监管查一查', '姝顏醫療美容門診部的許可證號PDY60317431951917D2411，貼在前台的是複印件', '检查通报，编号FH-YZ-2026-047', '预约号110101201406050089']) expect(masked(t), t).toEqual([]);
  });
  it('reads a form of fields and values by its fields, its unknown fields no names, a sample form left alone', () => {
    expect(masked('【电动车上牌登记表】\n姓名｜吴丽娜\n电话｜135 2705 8163\n车牌｜榕汀A·52076\n备注：此表已交三次')).toEqual(['吴丽娜', '135 2705 8163', '榕汀A·52076']);
    expect(masked('退款申请表\n申请人\t杜沛涵\n退款单号\tTK9247266755\n开户行\t工商银行\n卡号\t6222028043296682513')).toEqual(['杜沛涵', 'TK9247266755', '6222028043296682513']); // the refund's number (stop 49: an identifier no rule read is masked, as a number, unless its cue says whose it is not)
    expect(masked('填表示例：\n姓名\t张三\n身份证\t411897199001010750\n电话\t13800000000')).toEqual([]);
  });
  it('keeps what a review of these rules found masked visible: schedules, trades and titles, offices writing, totals rows', () => {
    for (const t of ['报到 08:00 一楼大厅\n体检 09:00 二楼', 'G1234 08:00 发车\nD5678 09:30 发车', '宝宝童车被偷了', '车商方说，已经退了', '咨询师常说的话', '咨询师王经理说',
      '从车商那买的', '从车贩子手里', '从王总手里', '从张三那买的', '卫健委致信：', '李老师来信：', '万人致信：', '张三，编号0001（样例）', '车行营业执照号码440101000123456'])
      expect(masked(t), t).toEqual([]);
    expect(masked('宝宝张伟的出生证明')).toEqual(['张伟']);
    expect(masked('咨询师郝婷婷承诺包退')).toEqual(['郝婷婷']);
    // A form running into a table: the table's rows are read by their columns again; a totals row is nobody's.
    expect(masked('申请人\t杜沛涵\n电话\t13512345678\n姓名\t学员编号\n赵磊\tXY00123\n钱多多\tXY00234')).toEqual(['杜沛涵', '13512345678', '赵磊', 'XY00123', '钱多多', 'XY00234']);
    expect(masked('姓名\t学员编号\t预约号\n赵磊\tXY00123\tK2-20250101-01\n合计\t3\t3')).toEqual(['赵磊', 'XY00123', 'K2-20250101-01']);
  });
});

describe('stop 48: talent schemes and household registration, nurseries, vaccinations and dog bites (pii91, pii92 studied)', () => {
  it('masks papers and applications by their number after their word, and persons by their standing', () => {
    expect(masked('学历证书编号110792020103245790，苏雨泽')).toContain('110792020103245790');
    expect(masked('我的学位证编号是X105581201200457这种老编号')).toEqual(['X105581201200457']);
    expect(masked('社保转移单号ZY310000202503118842，转过来四个月了')).toEqual(['ZY310000202503118842']);
    expect(masked('落户的受理號是LH2025665012，說是審核通過了')).toEqual(['LH2025665012']);
    expect(masked('人才补贴申请RCBT-2025-576999已受理')).toEqual(['RCBT-2025-576999']);
    expect(masked('接种证号3713970202303046607，孩子记录丢了')).toEqual(['3713970202303046607']);
    expect(masked('预约号是YM20250621822我念错了，疫苗没到')).toEqual(['YM20250621822']);
    expect(masked('狗主人宗海波已经赔了')).toEqual(['宗海波']);
    expect(masked('狗咬了霍欣然，說不是他家的狗')).toEqual(['霍欣然']);
    expect(masked('托育中心以前的保育员伍秋菊说句公道话')).toEqual(['伍秋菊']);
  });
  it('leaves batches, a nursery\'s filing, a month of birth, modal 能, clinics\' lines and an office\'s acceptance number visible', () => {
    for (const t of ['疫苗批号202311021', '童趣灣托班（備案號TY3713970027）', '出生年月 1997.03 身份证号', '能不能医生讲一下', '接种门诊电话0539-7260318从来没人接',
      '2025-05-12 15:22 家长：补录找谁\n2025-05-12 15:40 接种门诊：请工作日来', '受理编号RS2025091800173，请保持电话畅通', '狗主人都不管', '狗咬了人', '保育员说',
      '网签备案号只是开发商的']) expect(masked(t), t).toEqual([]);
    // A home purchase's filing number is its buyer's (older sets label it).
    expect(masked('买房人晏桂香，网签备案号LCW2021-081686，开发商延期交房')).toEqual(['晏桂香', 'LCW2021-081686']);
  });
  it('keeps what a review of these rules found: a buyer\'s filing number, a named person\'s line at a clinic, prepositions, notices', () => {
    expect(masked('房产交易中心备案号LCW2021-081686，开发商延期交房')).toEqual(['LCW2021-081686']);
    expect(masked('门诊李医生电话0539-7260318')).toEqual(['0539-7260318']);
    expect(masked('狗主人宗海波拒绝赔偿')).toEqual(['宗海波']);
    expect(masked('犬主人宗海波已经赔了')).toEqual(['宗海波']);
    for (const t of ['狗主人向大家道歉', '狗主人姜家的狗', '认证报告12000000000元的项目', '市人社局公告：受理号为GG20250101001的通知已撤回', '报名序号BM00000000001为示例，请勿照抄',
      '人才补贴申请RCBT-2025-0001号文件规定了标准', '主申请人\t随迁人\t状态\n本人\t配偶\t通过', '群\n19:40 物業小秘書：已聯繫\n19:41 我：好']) expect(masked(t), t).toEqual([]);
  });
});


describe('stop 49: an identifier no rule read is masked unless its cue says whose it is not (pii/identifiers.ts)', () => {
  it('masks a run of six digits or more under a cue no rule knows: each setting brings its own papers', () => {
    for (const [t, run] of [
      ['我家的林权证编号HL-2019-073215一直没发下来', 'HL-2019-073215'],
      ['船员服务簿号码 A20231187562，公司扣着不给', 'A20231187562'],
      ['進山證號JS2025088173被收走了', 'JS2025088173'],
      ['我的快递单号SF1428367190352一直没更新', 'SF1428367190352'],
      ['野猪损害补偿申请单ＹＺ２０２５０９１７３号一直没批', 'ＹＺ２０２５０９１７３'],
    ]) expect(detectPii(t).map((s) => [s.kind, t.slice(s.start, s.end)]), t).toEqual([['member_number', run]]);
  });

  it('leaves the kinds the writers leave visible: offices’ case numbers, firms’, products’, published and sample numbers', () => {
    for (const t of [
      '12345工单号2025061400387，转到区里', '受理编号140930202508190031，去年八月交的',
      '合作社统一社会信用代码93513431MA62K3XW5T', '县水利局防汛值班电话0745-6712110无人应答', '疫苗批号202501A008', '国药准字H20043517',
      '项目编号MJX-2025-HJ-011的资金', '公示的协议编号BLZS-2024-0001对应地块', '全班都签了实习协议（编号CY-SX-2025-0417）',
      '采购合同编号CG-2024-0517，中标价太高', '合同RZZL-2022-62152的模板', '检查通报，编号FH-YZ-2026-047', '第05-12345号文件',
      '案件编号A5208200100002022031，两年没有进展', '专利申请号CN202310123456.7被驳回了', '合同编号GF-2015-0601，承租人要续签',
    ]) expect(masked(t), t).toEqual([]);
  });

  it('leaves dates, timestamps, amounts, counts, fillers, web addresses and numbers whose check fails', () => {
    for (const t of [
      '2025-10-15开的会', '2021-2025年规划', '20250101-20251231期间', '按GB/T 50378-2019评定', '按GB50016-2014执行', '系统时间20250615220013，请稍后', '签证费用RMB880000不合理', '共计1380736255人次', '补偿款12000000元',
      '示例订单JCS0000000000', '报名序号BM00000000001为示例', '编号110105194912310021的文件已经下发',
      '我的编号RSSMRA85T10A562T', '这台电动车的3C认证证书编号2021011119123456查不到',
    ]) expect(masked(t), t).toEqual([]);
  });

  it('leaves a web address’s and an e-mail’s digits to their own rules', () => {
    for (const t of ['网址https://www.gov.cn/zhengce/2025/987654321.htm', '邮箱 zhang20250611@163.com']) expect(unreadIdentifiers(t, []), t).toEqual([]);
    // A Hong Kong card's shape whose check fails, where the text speaks of the card (the learned model of numbers may read it).
    expect(unreadIdentifiers('香港身份證號碼G2048175，唔畀預約', [])).toEqual([]);
    expect(unreadIdentifiers('编号G2048175的包裹', [])).toEqual([{ kind: 'member_number', start: 2, end: 10 }]);
    expect(unreadIdentifiers('我的学员证号XY20258682164', [])).toEqual([{ kind: 'member_number', start: 6, end: 19 }]);
  });

  it('leaves what a review found: public things, a list after its cue, amounts, offices’ letters, lines and codes', () => {
    for (const t of [
      '我家门口的路灯编号LD-4403-0512345不亮', '我们小区的电梯注册代码31104403012015060012，上周困人两次', '公共厕所编号GC-NS-2025-0012卫生很差',
      '之前的三个工单：2025061590813472，2025060190813473，2025052090813474', '社区工作站电话：28908134，28908135', '我打了消委会电话0755-12315以及83070000',
      '补贴资金共计77648082.90元', '每户补贴¥12000000', '常住人口17681600人', '依據行政院院臺經字第1140012345號函辦理', '藥商許可執照北市藥販字第6301090813號',
      '请拨打(0755)85780899联系市场监管局', '我买的股票SZ000001昨天跌停', '屏幕分辨率3840x2160', '复兴号CR400AF-2081号车组空调故障', '供水量79759243m³',
      '12345的诉求编号是2025061519129496，但是没人联系我', '药品追溯码81922530550704396403扫不出信息', '项目代码2506-440305-04-01-842216',
      '2025-06-01-2025-06-30期间停水', '大樂透第114000090期',
    ]) expect(unreadIdentifiers(t, []), t).toEqual([]);
  });

  it('masks a person’s number under a firm’s or a notice’s word when its own cue says whose it is', () => {
    for (const t of ['快递公司给的单号是SF1428367190352', '收到短信通知，快递单号YT7519382047561已签收', '我的房产证号码深房地字第3000913425号，信息错了'])
      expect(unreadIdentifiers(t, []).length, t).toBe(1);
  });

  it('masks what a person gives as theirs, also beside a firm’s word', () => {
    expect(masked('开发商给我的购房合同号HT-2025-0511没给我备案')).toEqual(['HT-2025-0511']);
    const t = '我在恒岚地产买的房，合同号HL-XS-2022-0815';
    expect(masked(t)).toEqual(['HL-XS-2022-0815']);
  });
});

describe('stop 50: kin forms of one generation, a certificate\'s holder and a ship\'s officers (pii93 studied)', () => {
  it('masks a surname with one kin character after a boundary or a short word, to the text\'s end', () => {
    expect(masked('你找阙叔问，他知道')).toEqual(['阙叔']);
    expect(masked('王哥电话打不通')).toEqual(['王哥']);
    expect(masked('唐姨做饭好吃')).toEqual(['唐姨']);
    expect(masked('你问问张叔')).toEqual(['张叔']);
    expect(masked('钟叔叔说的对')).toEqual(['钟叔叔']);
  });
  it('leaves staff so addressed after their office, a handsome man, a fellow student and a famous heroine', () => {
    for (const t of ['派出所的王叔叔很耐心。', '窗口的刘姐态度很好', '社区的何姐来过', '帅哥你好', '师姐帮我', '江姐说的对', '王哥们都来了'])
      expect(masked(t), t).toEqual([]);
  });
  it('masks a name after a certificate\'s holder or a ship\'s officer, not the rank alone', () => {
    expect(masked('持证人闵长江，已被扣押')).toEqual(['闵长江']);
    expect(masked('船上二副卞海洋说船东是希腊人')).toEqual(['卞海洋']);
    for (const t of ['二副说船长不让下船', '大副和二副都是菲律宾人']) expect(masked(t), t).toEqual([]);
  });
});

describe('stop 50: a party named right after a number makes it theirs', () => {
  it('masks a crewing agency\'s contract number followed by its 乙方, not a tender\'s number whose 乙方 is a firm after its public cue', () => {
    expect(masked('洋舟船员管理公司合同YZ2025-9955，乙方冉海英，证件被扣不还')).toEqual(['YZ2025-9955', '冉海英']);
    expect(masked('县住建局招标编号ZB2025-0012345，乙方为某建筑公司')).toEqual([]);
  });
});

describe('stop 50: a home left or pulled down, introduced by what it was (pii94 studied)', () => {
  it('masks the address after 老房子, 老房子在 and 原住房, not a house without a number nor a possession after 的', () => {
    expect(masked('林场搬迁的老房子老秃顶林场前进街4号被扒了')).toEqual(['老秃顶林场前进街4号']);
    expect(masked('原住房青顶子林场二委二组18号被拆')).toEqual(['青顶子林场二委二组18号']);
    expect(masked('他名下这边的老房子（鲎澳村顶埕22号）过户')).toEqual(['鲎澳村顶埕22号']);
    for (const t of ['老房子在村里，没人住', '原住户都搬走了', '老房子漏雨三年了，房管所不管', '我家老房子的不动产权证被拿走了'])
      expect(masked(t), t).toEqual([]);
  });
});

describe('stop 50: a household\'s forest plot (pii94 studied)', () => {
  it('masks a sub-compartment under a household\'s name or its own, not the state forest\'s nor a ranger\'s compartments', () => {
    expect(masked('采伐证的事：巩春山名下45林班15小班，指标被顶了')).toEqual(['巩春山', '45林班15小班']);
    expect(masked('俺家那片林子47林班7小班让人给偷伐了')).toEqual(['47林班7小班']);
    // The holder before 名下, not a firm or a word (公司名下, 户主名下).
    expect(masked('房子在我爸张建国名下')).toEqual(['张建国']);
    for (const t of ['公司名下的车', '户主名下', '老人名下']) expect(masked(t), t).toEqual([]);
    for (const t of ['青顶子林场施业区的31林班12小班是国有林，不让砍', '一个人管着第21林班到第26林班五千多亩'])
      expect(masked(t), t).toEqual([]);
  });
});

describe('stop 51: a household\'s land and building papers in a register\'s form (pii95 studied)', () => {
  it('masks a rural building permit\'s 乡字第 number and a land-use certificate\'s, not a document\'s nor a firm\'s planning permit', () => {
    expect(masked('许可证乡字第43133920254460号，持证人全菊香，证上的面积比实际少了')).toEqual(['乡字第43133920254460号', '全菊香']);
    expect(masked('我爸去年申请建房，許可證鄉字第43133920252718號也發了')).toEqual(['鄉字第43133920252718號']);
    expect(masked('我媽手上有一九八七年的土地使用證岫集用(87)字第0224號')).toEqual(['岫集用(87)字第0224號']);
    // An office's document and a development's planning permit (fifteen digits) stay.
    for (const t of ['小区的规划许可证号建字第131082202100047号公示了', '县政府文件湘政发〔2024〕12号说建房要审批'])
      expect(masked(t), t).toEqual([]);
  });
});

describe('stop 51: a village\'s names for its daughters and wives, and kin by rank (pii95 studied)', () => {
  it('masks a surname with 细妹, 四妹 or 满嫂 and after a neighbour\'s or an account holder\'s word, not a sister by rank alone', () => {
    expect(masked('鄰居伍細妹家化糞池挨著我家水井')).toEqual(['伍細妹']);
    expect(masked('户名谭么妹，补助一直没到账')).toEqual(['谭么妹']);
    expect(masked('二组岑满嫂家起屋子，把水沟堵了')).toEqual(['岑满嫂']);
    expect(masked('我家隔壁蔣四妹家把排水管接到我家化糞池裡')).toEqual(['蔣四妹']);
    for (const t of ['我二妹在深圳', '他的三妹也来了', '四妹说她不回来']) expect(masked(t), t).toEqual([]);
  });
  it('masks a full name after an elder sibling\'s rank and a child\'s rank in a will', () => {
    expect(masked('我大哥王長江分了老屋')).toEqual(['王長江']);
    expect(masked('名下房屋由次子漆国强继承')).toEqual(['漆国强']);
    for (const t of ['大哥你好，我想问一下', '大姐说的对', '长子长孙的规矩']) expect(masked(t), t).toEqual([]);
  });
});

describe('stop 51: a worker\'s badge and a firm\'s shift leader (pii96 studied)', () => {
  it('masks the number after 工牌 or 胸牌 without 号, not staff at their window', () => {
    expect(masked('工牌JS-HW-05730 卓巧雲，扣了管理費，找班長也沒用')).toEqual(['JS-HW-05730', '卓巧雲']);
    expect(masked('窗口工作人员胸牌A0317态度很差')).toEqual([]);
  });
  it('masks a name after a cleaning firm\'s shift leader', () => {
    expect(masked('女厕保洁员贾玉兰被男领班蔡志刚骚扰')).toEqual(['贾玉兰', '蔡志刚']);
    expect(masked('领班说明天早点到')).toEqual([]);
  });
});

describe('stop 51: wills, notaries, cremations and loans (pii97 and pii98 studied)', () => {
  it('masks a notarial certificate\'s and a cremation certificate\'s numbers, not a court\'s or a legal-aid office\'s case', () => {
    expect(masked('公证书（2025）溆衡证民字第04594号上我大哥的名字写错了')).toEqual(['（2025）溆衡证民字第04594号']);
    expect(masked('我外婆的火化证溆殡火字2025第01742号找不到了')).toEqual(['溆殡火字2025第01742号']);
    for (const t of ['开庭一再延期，案号（2025）赣0193民初2931号', '法律援助案号溆法援〔2025〕第081号，律师一直没联系', '公证处的收费标准（2025）第3号公告'])
      expect(masked(t), t).toEqual([]);
  });
  it('masks the defendant after 诉 in a suit\'s title where the plaintiff is a name', () => {
    expect(masked('周秀兰诉周树林继承纠纷，开庭一再延期')).toEqual(['周秀兰', '周树林']);
    expect(masked('原告诉被告拖欠货款')).toEqual([]);
  });
  it('masks a loan contract\'s number after the loan\'s own name', () => {
    expect(masked('何桂香的烟农贷合同椤信贷字2025第0446号，利率比说好的高')).toEqual(['何桂香', '椤信贷字2025第0446号']);
  });
});

describe('stop 51: patients\' appeals and a vendor\'s stall (pii99 and pii100 studied)', () => {
  it('masks a fundraiser\'s project number and page after their words, not a county\'s project', () => {
    expect(masked('暖筹项目NC2025484201的发起人是我')).toEqual(['NC2025484201']);
    expect(masked('籌款頁面nuanchou.cn/p/2126888我會更新費用清單')).toEqual(['nuanchou.cn/p/2126888']);
    expect(masked('项目编号XM2025000123是县里的工程，筹备了两年')).toEqual([]);
  });
  it('masks a Hong Kong card after its cue whatever its check, and a minimum-living certificate in a register\'s form', () => {
    expect(masked('我阿媽喺呢度睇病，香港身份證K613728(2)，想問')).toEqual(['K613728(2)']);
    expect(masked('低保证珂低保字第51864号，儿子骨癌截肢')).toEqual(['珂低保字第51864号']);
  });
  it('masks a child\'s pet name in brackets after 小名, not an illness so called', () => {
    expect(masked('孩子闕淑珍（小名糖糖）重型地中海貧血')).toEqual(['闕淑珍', '糖糖']);
    expect(masked('这个病（小名叫渐冻症）很难治')).toEqual([]);
  });
  it('masks a stall permit\'s number and a village woman by birth order after her surname, not a sister by rank alone', () => {
    expect(masked('摊位证：XMD-TW-016，景区要收回')).toEqual(['XMD-TW-016']);
    expect(masked('茅坡的龙二姐说她家的摊位没了')).toEqual(['龙二姐']);
    for (const t of ['我二姐在广州打工', '他家二妹嫁到外地']) expect(masked(t), t).toEqual([]);
  });
});

describe('stop 51: a runner\'s bib, chip and a league\'s registration, a referee\'s certificate (pii102 studied)', () => {
  it('masks the numbers after 号码布, 芯片号, 注册号 and 裁判证, not a firm\'s registration', () => {
    expect(masked('我是马拉松全程组选手，号码布A5292，芯片没有成绩')).toEqual(['A5292']);
    expect(masked('跑者的芯片號E280119642D729，計時異常')).toEqual(['E280119642D729']);
    expect(masked('苍隼足球队一名球员（注册号YL25-701）停赛四场')).toEqual(['YL25-701']);
    expect(masked('裁判证汭裁20243797，补贴未发')).toEqual(['汭裁20243797']);
    expect(masked('这家公司的营业执照注册号是工商局给的，商标注册号TM1234')).toEqual([]);
  });
});

describe('stop 51: a cooperative member\'s number (pii103 studied)', () => {
  it('masks the number after 社员号 as after 社员编号, not a count of members', () => {
    expect(masked('社员号BHFY-0065，问今年分红和补贴的事')).toEqual(['BHFY-0065']);
    expect(masked('合作社社员号称有三百户，其实不到一百')).toEqual([]);
  });
});

describe('stop 52: parties to a private deal by their part, and a nurse (pii101 and pii104 studied)', () => {
  it('masks a full name after a seller, a buyer, a group-buying leader, a person in charge or a nurse', () => {
    expect(masked('卖家葛荣说支持验货')).toEqual(['葛荣']);
    expect(masked('昨天在旧物集买了个二手iPad，卖家吉皓当面交易时调包了')).toEqual(['吉皓']);
    expect(masked('買家袁子豪收貨後說少了配件')).toEqual(['袁子豪']);
    expect(masked('團長桑天宇收了我90元預付款失聯')).toEqual(['桑天宇']);
    expect(masked('驿站负责人乔国栋态度恶劣，多次反映无果')).toEqual(['乔国栋']);
    expect(masked('護士殳文卿：上完夜班回來，門口貼著限期搬離')).toEqual(['殳文卿']);
    // What follows the word that is no name: a verb, a place, a time, a head nurse.
    for (const t of ['卖家说九成新', '买家家具都搬走了', '团长收款卡是谁的', '负责人午间在附近喝酒', '負責人長期週末使用公車', '护士长每周检查', '护士站长时间没人', '卖家海波车行，说好的质保'])
      expect(masked(t), t).toEqual([]);
  });
  it('reads 雷 as a given name\'s last character and leaves 发 that opens a verb', () => {
    expect(masked('我老公的车卖了，买家叫段春雷')).toEqual(['段春雷']);
    expect(masked('村民段春雷说路灯坏了')).toEqual(['段春雷']);
    expect(masked('团长韦佳发起退款，预计3个工作日到账')).toEqual(['韦佳']);
    expect(masked('村民王德发反映')).toEqual(['王德发']);
    expect(masked('我老公郑金发出海受伤了')).toEqual(['郑金发']);
    for (const t of ['打雷了，停电了', '地雷一样的坑']) expect(masked(t), t).toEqual([]);
  });
});

describe('stop 52: a parcel\'s pickup code and a chat line\'s two-part display name (pii101 and pii104 studied)', () => {
  it('masks a pickup code after 取件码, six digits or a shelf\'s row-layer-number', () => {
    expect(masked('您的包裹已存入东门柜，取件码186022，超12小时将收取保管费')).toEqual(['186022']);
    expect(masked('取件碼8-5-1115，收件人尾號8186')).toEqual(['8-5-1115']);
    expect(masked('我用她的取件码277290取不出来')).toEqual(['277290']);
    // A locker's hours and a fee are no code.
    for (const t of ['取件时间是早上8点到晚上10点', '超时取件要收1.5元']) expect(masked(t), t).toEqual([]);
  });
  it('masks a chat line\'s display name whole, a building or a trade before the dash, not an office\'s desk', () => {
    const chat = '【桕園業主群】\n桕園6棟-老鬱：快遞又堆在門口了\n9幢602-林姐：我家的也丟了\n物業-小劉：我們馬上處理\n跑單王-阿斌：我也被扣了錢';
    expect(masked(chat)).toEqual(['桕園6棟-老鬱', '9幢602-林姐', '跑單王-阿斌']);
    // Desks and a time stamp stay; so does a dash in a sentence.
    for (const t of ['漁政大隊-李隊：明天開會\n院辦-小王：收到', '班主任-周老师：请家长注意\n网点-老聂：收到', '[2025-07-14 08:31] 大家好', '会议改到3-4点：请准时'])
      expect(masked(t), t).toEqual([]);
  });
});

describe('stop 52: a neighbour by their building, a platform\'s nickname and a firm\'s person in charge (pii104 studied)', () => {
  it('masks a building\'s number with what the neighbour goes by, in a sentence and at a chat line\'s head, not a building\'s parts', () => {
    expect(masked('我的件被12栋-琳琳妈拿走了，她说拿错了')).toEqual(['12栋-琳琳妈']);
    expect(masked('@10栋-豆豆奶奶 您的快递我帮您拿了')).toEqual(['10栋-豆豆奶奶']);
    expect(masked('群裡誰是11棟老韋？你拿錯我的件了')).toEqual(['11棟老韋']);
    expect(masked('业主群\n榴岸3幢老曹：不是我\n8棟吳姐：我在家')).toEqual(['榴岸3幢老曹', '8棟吳姐']);
    for (const t of ['3栋老楼漏水三年了', '5栋小区门口堆满了快递', '2号楼小孩太吵', '6栋老是停水']) expect(masked(t), t).toEqual([]);
  });
  it('masks a platform\'s nickname after 昵称 or 网名, in quotes or to the clause\'s end, not the word in a sentence', () => {
    expect(masked('订单里卖家昵称蓝莓不加冰，收了钱不发货')).toEqual(['蓝莓不加冰']);
    expect(masked('對方暱稱小鹿亂撞2018，用假轉帳截圖騙我')).toEqual(['小鹿亂撞2018']);
    expect(masked('他的群昵称是“2-1801胡哥”')).toEqual(['2-1801胡哥']);
    for (const t of ['昵称证明不了就是他本人', '网名和真名不一样', '昵称都改了']) expect(masked(t), t).toEqual([]);
  });
  it('masks a firm\'s person in charge by name, not an office\'s nor one with no firm before', () => {
    expect(masked('驿站负责人乔国栋态度恶劣')).toEqual(['乔国栋']);
    expect(masked('是石門縣一家小型建材廠的負責人廖振華。')).toEqual(['廖振華']);
    for (const t of ['负责人 周建平 不接电话。', '镇政府负责人王建国说再等等', '公司负责人说不知道']) expect(masked(t), t).toEqual([]);
  });
});

describe('stop 52: a plaintiff before 诉 and 余 as a given name (pii97 read again)', () => {
  it('masks the plaintiff opening a suit\'s title when the defendant is a name, not a party by its role', () => {
    expect(masked('舒建新诉冼巧云继承纠纷，案号还没下来')).toEqual(['舒建新', '冼巧云']);
    expect(masked('案件：阮樹林訴葛淑珍繼承糾紛')).toEqual(['阮樹林', '葛淑珍']);
    expect(masked('原告诉被告拖欠货款')).toEqual([]);
  });
  it('reads 余 as a given name\'s last character, not in 其余 or 多余', () => {
    expect(masked('她老伴范庆余的死亡证明找不到了')).toEqual(['范庆余']);
    for (const t of ['其余的人都走了', '多余的钱退回来', '剩余款项还没付']) expect(masked(t), t).toEqual([]);
  });
});

describe('stop 52: a lease\'s parties, a visiting buyer, a go-between and a lottery ticket\'s holder (pii105 and pii106 studied)', () => {
  it('masks a full name after a lease\'s party, 租给, a visiting buyer, a go-between or an outlet\'s owner', () => {
    expect(masked('流转合同签了，出租方姚振山，承租方史运福，租金拖欠3年')).toEqual(['姚振山', '史运福']);
    expect(masked('河北客商邢振江的欠条我拍了照')).toEqual(['邢振江']);
    expect(masked('去年通过中间人鲍志远卖给外省的')).toEqual(['鲍志远']);
    expect(masked('我家那个地租给贾长河了两年没给钱')).toEqual(['贾长河']);
    expect(masked('福彩站的站主官秀芹说不知道')).toEqual(['官秀芹']);
    for (const t of ['仓库租给企业了', '楼上是出租给画瓷学徒的', '来的客商不到十个', '求站主别卖给他', '出租方说要卖房']) expect(masked(t), t).toEqual([]);
  });
  it('reads 占 as a given name\'s character, not 运 before 输 nor a signature\'s 留', () => {
    expect(masked('村民毛占山说地界不对')).toEqual(['毛占山']);
    for (const t of ['村民李运输货物去了', '王占了我家的地']) expect(masked(t), t).toEqual([]);
  });
  it('masks a ticket\'s serial after 票号, a claim\'s receipt after 受理号 and who holds a group\'s ticket, not an invoice nor a hotline\'s work order', () => {
    expect(masked('我是冼文涛，票号8573 1645 0250 6564 0111，中了五千')).toEqual(['冼文涛', '8573 1645 0250 6564 0111']);
    expect(masked('兑奖受理号DJ2025662552，什么时候到账')).toEqual(['DJ2025662552']);
    expect(masked('四个同事合买中了八千，票在尤振华手上，他已经兑了')).toEqual(['尤振华']);
    for (const t of ['发票号码04400192，金额300元', '受理编号522731202311058812，麻烦给个答复', '权力都在村主任手里', '钱在他儿子手上']) expect(masked(t), t).toEqual([]);
  });
});

describe('stop 53: livestock dealers, shop people, a household\'s animals and a chat export (pii108 studied)', () => {
  it('masks a full name after a livestock dealer, a broker or who draws a payment, and a shop\'s person after 店的', () => {
    // (Names the model of names reads no better than a word: 游平安, 魯平安.)
    expect(masked('猪贩子游长安开的车在村里收猪')).toEqual(['游长安']);
    expect(masked('豬經紀季佑民壓價收豬')).toEqual(['季佑民']);
    expect(masked('补助款领取人游平安，卡上没到账')).toEqual(['游平安']);
    expect(masked('饲料店的魯平安放飼料給我賒賬')).toEqual(['魯平安']);
    // A shop's things and people in role stay; so does a dealer not named.
    for (const t of ['海鲜店的车和货占满了通道', '饭店的车占了车位', '店的老板说明天来', '药店的店员不理人', '猪贩子来了就压价', '领取人签字后生效'])
      expect(masked(t), t).toEqual([]);
  });
  it('reads 细 before 妹 or 伢 and 赐 as a given name\'s, not 明细', () => {
    expect(masked('屠宰场工人邬细妹，被欠工资')).toEqual(['邬细妹']);
    expect(masked('老闆桂天賜說社保不歸他管')).toEqual(['桂天賜']);
    for (const t of ['連明細都不給', '为啥不写欠费明细', '仔细看看']) expect(masked(t), t).toEqual([]);
  });
  it('masks the writer\'s full name after 是我 where their household owns the thing, and an old man as 老倌', () => {
    expect(masked('耳标那头母猪是我缪平安家的，被登到别人名下了')).toEqual(['缪平安']);
    expect(masked('村里的温老倌说补偿款没到')).toEqual(['温老倌']);
    for (const t of ['这是我家的猪', '这是我们家的', '这个老倌不讲理']) expect(masked(t), t).toEqual([]);
  });
  it('masks a personal loan contract after a bare 合同号, and where a relative is the guarantor', () => {
    expect(masked('合同号芗农商个贷字2024第08283号，猪死光了还不起')).toEqual(['芗农商个贷字2024第08283号']);
    expect(masked('贷款合同芗农商个贷字2024第05478号，担保人是我弟弟')).toEqual(['芗农商个贷字2024第05478号']);
    // A guarantee firm's loan stays, as before.
    expect(masked('担保公司的贷款合同芗农商个贷字2024第05478号')).toEqual([]);
  });
  it('masks a chat export\'s display names before the time sent, not an office\'s, nor a single line with a time', () => {
    const chat = '群聊导出：\n枰头-老庞 20:11 补偿表出来了没\n荪湾包姐 20:13 出来了\n枰头-老庞 20:14 赶紧去改';
    expect(masked(chat)).toEqual(['枰头-老庞', '荪湾包姐', '枰头-老庞']);
    for (const t of ['村委会 20:11 通知\n畜牧站 20:12 收到', '会议 20:00 开始\n请准时']) expect(masked(t), t).toEqual([]);
  });
  it('leaves a chat group\'s number and a firm\'s or an office\'s plate visible', () => {
    expect(masked('建了个维权群，群号QQ 731584206，大家进来')).toEqual([]);
    expect(masked('QQ群号731584206')).toEqual([]);
    expect(masked('我的群号731584206')).toEqual(['731584206']);
    expect(masked('运猪车（车牌湘M·A2286是公司车）天天从村口过')).toEqual([]);
    expect(masked('我们公司车辆湘M·F8812、湘M·F8813都是公司名下的，司机苗建军的私人车赣JNJ683不归公司管')).toEqual(['苗建军', '赣JNJ683']);
    expect(masked('我的车沪C·8F23L是给家政公司用的')).toEqual(['沪C·8F23L']);
  });
});

describe('stop 53: movers, their crews and the homes moved between (pii107 studied)', () => {
  it('masks a mover by surname and trade, a driver\'s name run into a word about him, a crew\'s nickname and a worker by build', () => {
    expect(masked('上周找搬家公司搬家，搬家的董师傅态度很好，东西一件没坏')).toEqual(['董师傅']);
    expect(masked('搬家的小蔺人挺好，帮我把冰箱扛上六楼')).toEqual(['小蔺']);
    expect(masked('司机聂庆槐人很好，还帮忙搬了两趟')).toEqual(['聂庆槐']);
    expect(masked('有个叫虎子哥的搬家工头收了定金就不来了')).toEqual(['虎子哥']);
    expect(masked('搬家那天胖子孔和瘦子王两个人抬钢琴，把楼道墙刮坏了')).toEqual(['胖子孔', '瘦子王']);
    // No surname, a word after 小, a form of address, a nickname with no surname: visible.
    for (const t of ['搬家的师傅说要加钱', '搬家的小车进不了小区', '胖子说他不管', '搬家的老师傅手艺好']) expect(masked(t), t).toEqual([]);
  });
  it('masks a receipt\'s clerk by nickname, a moving record\'s truck, a roommate\'s English name with her surname and a chat handle', () => {
    expect(masked('经手人：小吴，收了钱没给收据')).toEqual(['小吴']);
    expect(masked('搬运工：老周、小陈\n车辆：鄂D58127\n费用：680元')).toEqual(['鄂D58127']);
    expect(masked('我同寝室rita钟也被扣了押金')).toEqual(['rita钟']);
    expect(masked('业主群聊天\n榆湾-5幢-老蒋：搬家的车堵了消防通道\n榆湾物业-小蒋：马上处理')).toEqual(['榆湾-5幢-老蒋']);
    for (const t of ['经办人阿姨说明天办', '公司车辆：鄂D58127，车队统一调度']) expect(masked(t), t).toEqual([]);
  });
  it('masks the home moved from with its district and street office, the name a writer corrects, and leaves a firm\'s van', () => {
    expect(masked('搬家时从槭溪区楮坪街道蒹葭里16号搬到新家')).toEqual(['槭溪区楮坪街道蒹葭里16号']);
    expect(masked('我姥姥叫柏秀英不对不对是柏秀云云彩的云她的手镯丢了')).toEqual(['柏秀英', '柏秀云']);
    expect(masked('搬家公司的货车鄂D·C6134把我家门口的花坛撞了')).toEqual([]);
  });
});

describe('stop 53: a market\'s stallholders and its stalls (pii109 studied)', () => {
  it('masks a stallholder by what they sell and a neighbouring stallholder, not a seller unnamed', () => {
    expect(masked('投诉农贸市场卖豆芽的邹海生短秤，一斤少一两')).toEqual(['邹海生']);
    expect(masked('我的摊位被邻摊卜长有占了一半，管理处不管')).toEqual(['卜长有']);
    for (const t of ['卖菜的说涨价了', '卖猪肉的大叔很好', '卖东西的人很多']) expect(masked(t), t).toEqual([]);
  });
  it('leaves a market\'s short stall number and a list of stallholders visible, and masks a longer stall code and an account\'s holder', () => {
    for (const t of ['摊位A-03漏水，管理处一直不修', '我在攤位B-11賣菜', '改造后经营户名单公示：共86户']) expect(masked(t), t).toEqual([]);
    expect(masked('我的摊位号FX-A156，押金没退')).toEqual(['FX-A156']);
    expect(masked('收款账户户名：樊金龙')).toEqual(['樊金龙']);
  });
});
