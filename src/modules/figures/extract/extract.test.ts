import { describe, expect, it } from 'vitest';
import { CATALOGUE, proposeIndicator } from './catalogue.js';
import { analysisText, extractStatistics, type Statistic } from './extract.js';

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
      '所属三校，几十个单位，数百名干部，3至5人一组，每月1次，电话0571-88886666，ICP备07502461号，5G网络。',
      '在三个活动环节，从两个方面，省委十届三次全会，成千上万。',
    ].join('\n');
    expect(extractStatistics(text)).toEqual([]);
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
