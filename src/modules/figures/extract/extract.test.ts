import { describe, expect, it } from 'vitest';
import { CATALOGUE, proposeIndicator } from './catalogue.js';
import { analysisText, extractStatistics, unwrapHardWraps, type Statistic } from './extract.js';

const pick = (s: Statistic) => [s.value, s.unit, s.qualifier];
const figures = (text: string) => extractStatistics(text).map(pick);

describe('statistics in a sentence', () => {
  it('reads value, unit, qualifier, indicator and scope, quoting the document exactly', () => {
    const text = '全市征求意见建议1.3万余条，压缩会议1238场次，清理办公用房39871平方米。';
    const stats = extractStatistics(text);
    expect(stats.map((s) => [s.value, s.unit, s.qualifier, s.indicator, s.scope])).toEqual([
      [13000, '条', 'more_than', '征求意见建议', '全市'],
      [1238, '场次', 'exact', '压缩会议', '全市'],
      [39871, '平方米', 'exact', '清理办公用房', '全市'],
    ]);
    for (const s of stats) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('applies magnitudes to the value and keeps the base unit', () => {
    expect(figures('征求意见建议4.8万条')).toEqual([[48000, '条', 'exact']]);
    expect(figures('为240名特困家庭子女发放助学金73.6万元')).toEqual([[240, '名', 'exact'], [736000, '元', 'exact']]);
    expect(figures('送去慰问金150多万元')).toEqual([[1_500_000, '元', 'more_than']]);
    expect(figures('节约经费3.5亿元')).toEqual([[350_000_000, '元', 'exact']]);
    expect(figures('听取意见2.5万人次')).toEqual([[25000, '人次', 'exact']]);
  });

  it('classifies qualifiers', () => {
    expect(figures('召开座谈会3200余场')).toEqual([[3200, '场', 'more_than']]);
    expect(figures('集中学习时间均在21天以上')).toEqual([[21, '天', 'more_than']]);
    expect(figures('学习不少于80个学时')).toEqual([[80, '学时', 'more_than']]);
    expect(figures('筹措了近3万元的资金')).toEqual([[30000, '元', 'about']]);
    expect(figures('参加人数约3000人')).toEqual([[3000, '人', 'about']]);
    expect(figures('参加人数3000人左右')).toEqual([[3000, '人', 'about']]);
    expect(figures('走访群众十几万人次')).toEqual([[150000, '人次', 'about']]);
    expect(figures('参学率达到100%')).toEqual([[100, '%', 'percent']]);
    expect(figures('同比减少45%以上')).toEqual([[45, '%', 'percent']]);
    expect(figures('满意度为百分之九十五点六')).toEqual([[95.6, '%', 'percent']]);
    expect(figures('会议数量下降三成。')).toEqual([[30, '%', 'percent']]);
    expect(figures('发文不超过25个')).toEqual([[25, '个', 'exact']]);
    expect(figures('节约3000元')).toEqual([[3000, '元', 'exact']]); // 节约 is not 约
  });

  it('knows the units and measure words', () => {
    expect(figures('新增600辆空调公交车，更新电脑30台，共5000多人次，压缩会议18场次')).toEqual([
      [600, '辆', 'exact'], [30, '台', 'exact'], [5000, '人次', 'more_than'], [18, '场次', 'exact'],
    ]);
    expect(figures('时限由15个工作日缩短至6个工作日，用时3个多月')).toEqual([[15, '工作日', 'exact'], [6, '工作日', 'exact'], [3, '个月', 'more_than']]);
    expect(figures('收集梳理了7大类1599条意见建议')).toEqual([[7, '类', 'exact'], [1599, '条', 'exact']]);
    expect(figures('利用一天半时间，提早半小时上班')).toEqual([[1.5, '天', 'exact'], [0.5, '小时', 'exact']]);
    expect(figures('全县16个乡镇、78县直部门')).toEqual([[16, '个', 'exact'], [78, '个', 'exact']]);
  });

  it('finds the scope: 全市, a unit opening the clause, or nothing', () => {
    const scopes = (t: string) => extractStatistics(t).map((s) => s.scope);
    expect(scopes('据统计，全市各级领导干部累计开展调研1.2万余次。')).toEqual(['全市']);
    expect(scopes('昆山市对324个项目进行了审批提速，为283家企业发放“服务绿卡”；市公安局新增3个服务点。')).toEqual(['昆山市', '昆山市', '市公安局']);
    expect(scopes('为群众办实事1200多件。')).toEqual(['']);
  });

  it('skips what is not a statistic', () => {
    const text = [
      '2014年05月06日14:36，2014-2-7，二〇一四年下半年，3月10日下午，6月底。',
      '第二批教育实践活动，第三天，第1次，(一)“三个注重”，1、注重超前谋划，一是组织学习。',
      '围绕“十个一”和《苏联亡党亡国20年祭》，执行八项规定和省委三十条规定，市四套班子，三个代表。',
      '受到了一次深刻的教育，宣传了一批典型，一步一个脚印，不能三天两头搞突击，两年一次的评比。',
      '所属三校，几十个单位，数百名干部，每月1次，电话0571-88886666，ICP备07502461号，5G网络。',
      '在三个活动环节，从两个方面，省委十届三次全会，成千上万。',
    ].join('\n');
    expect(extractStatistics(text)).toEqual([]);
  });

  it('reads both ends of a range, each quoting the whole range, with the unit after the second end', () => {
    const stats = extractStatistics('每期集中学习3至5天，每组20-30人，每人联系三到五户，参会人员控制在15—20人以内。');
    expect(stats.map(pick)).toEqual([
      [3, '天', 'exact'], [5, '天', 'exact'], [20, '人', 'exact'], [30, '人', 'exact'],
      [3, '户', 'exact'], [5, '户', 'exact'], [15, '人', 'exact'], [20, '人', 'exact'],
    ]);
    ['3至5天', '20-30人', '三到五户', '15—20人'].forEach((range, k) => {
      const [low, high] = [stats[2 * k], stats[2 * k + 1]];
      expect(low.quote).toContain(range);
      expect([low.start, low.end, low.quote]).toEqual([high.start, high.end, high.quote]);
    });
    expect(figures('安排资金3至5万元')).toEqual([[30000, '元', 'exact'], [50000, '元', 'exact']]);
    expect(figures('降幅在5%至10%之间')).toEqual([[5, '%', 'percent'], [10, '%', 'percent']]);
    // Not ranges of a statistic: dates, phone numbers, ordinals, a falling "range", a range with no unit.
    expect(figures('7至8月，2014-2015年，电话0396-5812345，第1至3名，9:00-12:00，5至3人，3至5之间')).toEqual([]);
  });

  it('does not read a way between two named places as a range', () => {
    expect(figures('硬化二组至四组通组道路2.3公里，从3栋到5栋')).toEqual([[2.3, '公里', 'exact']]);
    expect(figures('每组3人至5人')).toEqual([[3, '人', 'exact'], [5, '人', 'exact']]);
  });

  it('gives the unit in a row label to every cell of digits in the row', () => {
    const text = '整改项目\t活动前\t活动后\t变化\n公务用车（辆）\t9\t4\t减少5辆\n“三公”经费（万元）\t86.3\t52.1\t下降39.6%';
    expect(figures(text)).toEqual([
      [9, '辆', 'exact'], [4, '辆', 'exact'], [5, '辆', 'exact'], [863000, '元', 'exact'], [521000, '元', 'exact'], [39.6, '%', 'percent'],
    ]);
    expect(figures('整改项目\t9\t4')).toEqual([]); // no unit in the label
  });

  it('reads half as a share, and N个半天 as N of something', () => {
    expect(figures('减幅接近一半，半数以上的党员参加')).toEqual([[50, '%', 'percent'], [50, '%', 'percent']]);
    expect(figures('一年半，一天半时间')).toEqual([[1.5, '天', 'exact']]);
    expect(figures('每周不少于2个半天，用了三个多小时，专项检查36所次')).toEqual([[2, '个', 'more_than'], [3, '小时', 'more_than'], [36, '所次', 'exact']]);
  });

  it('joins the hard wraps of text copied out of a PDF, quoting the original with its breaks', () => {
    const para = [
      '按照中央和省委、市委的统一部署，我区第二批教育实践活动自',
      '2014年1月开始，到9月底基本结束。全区共有586个党组织、1',
      '2,864名党员参加活动。下面，我代表区委教育实践活动领导小组，',
      '就活动开展情况作简要总结。',
      '一、坚持高标准起步，学习教育扎实深入',
      '区委把学习教育贯穿活动始终，区级领导班子成员带头深入学习，',
      '集中学习研讨14次，专题辅导6场，累计学习时间超过100学',
      '时。各参学单位共举办专题读书班326期，开展专题讨论1,',
      '843场次，组织观看警示教育片412场，受教育党员干部达4.3',
      '万人次。',
    ].join('\n');
    const stats = extractStatistics(para);
    expect(stats.map(pick)).toEqual([
      [586, '个', 'exact'], [12864, '名', 'exact'], [14, '次', 'exact'], [6, '场', 'exact'], [100, '学时', 'more_than'],
      [326, '期', 'exact'], [1843, '场次', 'exact'], [412, '场', 'exact'], [43000, '人次', 'exact'],
    ]);
    for (const s of stats) expect(para.slice(s.start, s.end)).toBe(s.quote);
    expect(stats[1].quote).toContain('1\n2,864名');
    // Lines of a list or a paragraph per line are left alone.
    expect(unwrapHardWraps(para.replace(/\n/g, ''))).toBeNull();
    expect(unwrapHardWraps(Array.from({ length: 10 }, (_, k) => `第${k}行：召开座谈会${k}场。`).join('\n'))).toBeNull();
  });

  it('skips a numeral pointing back after 这, and an unbounded frequency', () => {
    expect(figures('这两项是重点，每年开展两次测评，每月召开2次例会')).toEqual([]);
    expect(figures('每月召开例会不少于2次，一年到头减少了一多半')).toEqual([[2, '次', 'more_than'], [50, '%', 'percent']]);
  });

  it('reads fractions as shares in percent', () => {
    expect(figures('走访户数约占农户总数的三分之二')).toEqual([[200 / 3, '%', 'percent']]);
    expect(figures('三分之一以上的县建成了服务大厅，问题占了近四分之一')).toEqual([[100 / 3, '%', 'percent'], [25, '%', 'percent']]);
    expect(figures('五分之六，十分重要')).toEqual([]);
  });

  it('knows 分钟 and 字, but not 字 opening a name', () => {
    expect(figures('讲话不超过30分钟，文件不超过3000字，笔记不少于1万字。')).toEqual([[30, '分钟', 'exact'], [3000, '字', 'exact'], [10000, '字', 'more_than']]);
    expect(figures('牢记十六字方针')).toEqual([]);
    expect(figures('新打机井2眼，安装路灯36盏，专项检查12轮次')).toEqual([[2, '眼', 'exact'], [36, '盏', 'exact'], [12, '轮次', 'exact']]);
    expect(figures('两眼一抹黑，3口号，一盏灯')).toEqual([]);
  });

  it('reads a qualifier across 有, and counts 一 after a bound', () => {
    expect(figures('干部每周至少有两天在村里办公')).toEqual([[2, '天', 'more_than']]);
    expect(figures('每月入户不少于一次，每年不超过一次')).toEqual([[1, '次', 'more_than'], [1, '次', 'exact']]);
    expect(figures('受到了一次深刻的教育，约一次')).toEqual([]);
  });

  it('counts figures in reported speech, not in names, slogans or titles', () => {
    expect(figures('他说：“过去一年，光公务接待就节省了约二千三百万元。”')).toEqual([[23_000_000, '元', 'about']]);
    expect(figures('他说「去年，光接待就节省了300万元」')).toEqual([[3_000_000, '元', 'exact']]);
    expect(figures('开展“十个一”活动，学习《论群众路线，20篇讲话》')).toEqual([]);
  });

  it('reads a round magnitude with 余 and no count before it, and spoken 个亿', () => {
    expect(figures('参与群众万余人次，办理千余件，收到百余条意见，筹资百余万元')).toEqual([
      [10000, '人次', 'more_than'], [1000, '件', 'more_than'], [100, '条', 'more_than'], [1_000_000, '元', 'more_than'],
    ]);
    expect(figures('投入3个亿，节约了一个多亿，惠及群众两个多亿人')).toEqual([[300_000_000, '元', 'exact'], [100_000_000, '元', 'more_than'], [200_000_000, '人', 'more_than']]);
    expect(figures('数百余人，几千余件，成千上万')).toEqual([]);
    expect(figures('出动宣传车30余台次，检查单位136个次')).toEqual([[30, '台次', 'more_than'], [136, '个次', 'exact']]);
  });

  it('counts figures a speaker is quoted as saying, but not a proverb', () => {
    expect(figures('书记笑称“满意率超过九成”')).toEqual([[90, '%', 'percent']]);
    expect(figures('他表示：「节约了300万元」')).toEqual([[3_000_000, '元', 'exact']]);
    expect(figures('俗话说“三个臭皮匠”，号称“十万大军”，开展“三个一”活动')).toEqual([]);
  });

  it('skips negated counts, a count naming a quoted list, and a print run', () => {
    expect(figures('没有1人超标，无1例违规')).toEqual([]);
    expect(figures('对照“整改方案、专项整治方案、制度建设计划”三张清单抓落实')).toEqual([]);
    expect(figures('开展“回头看”3次，对照“甲、乙”三张清单')).toEqual([[3, '次', 'exact'], [3, '张', 'exact']]);
    expect(figures('报：省委\n（共印120份）')).toEqual([]);
    expect(figures('发：各社区党组织　　　（共印60份）')).toEqual([]);
    expect(figures('共印3000份宣传册')).toEqual([[3000, '份', 'exact']]);
    expect(figures('印发学习资料1200份')).toEqual([[1200, '份', 'exact']]);
  });

  it('reads Traditional script, quoting the original characters', () => {
    const text = '全區一千二百個基層黨組織、兩萬三千餘名黨員參加；節約經費約1.2億元，群眾滿意度達百分之九十五點六。';
    const stats = extractStatistics(text);
    expect(stats.map((s) => [s.value, s.unit, s.qualifier])).toEqual([
      [1200, '个', 'exact'], [23000, '名', 'more_than'], [120_000_000, '元', 'about'], [95.6, '%', 'percent'],
    ]);
    expect(stats[0].quote).toBe('一千二百個基層黨組織');
    expect(stats[0].indicator).toBe('基层党组织');
    expect(stats[0].scope).toBe('全区');
    expect(figures('收集意見4.8萬條')).toEqual([[48000, '条', 'exact']]);
  });

  it('keeps offsets: the analysis text has the length of the original', () => {
    for (const t of ['這裡的幹部開會太多！！　（ＡＢＣ１２３）', '乾隆年間著書立說', '𠀋𠀍 一千二百個']) expect(analysisText(t).length).toBe(t.length);
    expect(figures('压缩会议１２３８场次，占比９５．６％')).toEqual([[1238, '场次', 'exact'], [95.6, '%', 'percent']]);
  });

  it('never throws or hangs on garbage', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let garbage = '';
    while (garbage.length < 1 << 20) garbage += String.fromCharCode(Math.floor(rnd() * 0xffff));
    const t0 = performance.now();
    const stats = extractStatistics(garbage);
    expect(performance.now() - t0).toBeLessThan(20_000);
    for (const s of stats) expect(Number.isFinite(s.value)).toBe(true);
    expect(extractStatistics('')).toEqual([]);
    expect(extractStatistics('“'.repeat(100_000) + '\n3个' + '”'.repeat(10))).toHaveLength(1); // unclosed quotes swallow nothing
    expect(extractStatistics('1'.repeat(200_000))).toEqual([]);
  }, 60_000);
});

describe('catalogue', () => {
  it('has unique codes, both names, a unit and keywords for every indicator', () => {
    expect(new Set(CATALOGUE.map((c) => c.code)).size).toBe(CATALOGUE.length);
    for (const c of CATALOGUE) {
      expect(c.zh && c.en && c.unit && c.keywords.length && c.units.length).toBeTruthy();
      expect(['sum', 'max', 'rate']).toContain(c.aggregation);
      expect(['computed', 'reported']).toContain(c.source);
    }
  });

  it('proposes the indicator a figure reports, with a confidence', () => {
    const propose = (t: string) => extractStatistics(t).map((s) => proposeIndicator(s)?.code ?? null);
    expect(propose('全市征求意见建议1.3万条，召开座谈会3200余场，压缩会议1238场次，清理办公用房39871平方米，清理公务用车87辆。')).toEqual([
      'opinions_solicited', 'symposia_held', 'meetings_cut', 'office_space_cleared', 'cars_cleared',
    ]);
    expect(propose('针对梳理出的28条重点意见，提出了51条整改措施。')[1]).toBe('measures_planned');
    expect(propose('在职党员干部的参学率达到100%。')).toEqual(['study_participation_rate']);
    expect(propose('对16项制度予以保留；对4项制度予以废止。')).toEqual(['rules_kept', 'rules_abolished']);
    const p = proposeIndicator({ indicator: '压缩会议', unit: '场次', qualifier: 'exact' })!;
    expect(p.code).toBe('meetings_cut');
    expect(p.confidence).toBeGreaterThan(0.5);
    expect(p.confidence).toBeLessThan(1);
    expect(proposeIndicator({ indicator: '', unit: '个', qualifier: 'exact', context: '天气很好' })).toBeNull();
  });
});
