// What a complaint is about, named the many ways people name it: 路灯 / 照明 / 黑灯瞎火, 打牌 /
// 麻将 / 棋牌室, 车位 / 停车. Two reports of one issue written by two people share the place
// (its rare bigrams) and the thing, but often not the thing's word; a concept is a term both
// have whichever word they chose. The groups are the campaign's vocabulary (the four winds as
// ../shared/GLOSSARY.md and the seeds describe them) and the livelihood matters offices receive
// most, written from that knowledge, not from any labelled set. Matched on normalized
// (Simplified, half-width) text; each concept's weight is its IDF among the corpus's opinions
// (corpus/bigram-df.json, as for bigrams).

export const CONCEPTS: readonly (readonly string[])[] = [
  // Formalism
  ['开会', '会议', '大会', '例会', '会海', '座谈会', '视频会', '调度会', '推进会', '部署会', '会太多', '会多', '个会', '次会', '场会', '念文件', '传达精神'],
  ['材料', '台账', '台帐', '表格', '报表', '填表', '档案', '留痕', '资料', '报送', '简报', '补记录', '会议记录', '学习记录', '笔记', '痕迹', '报数', '统计表'],
  ['拍照', '照片', '合影', '摆拍', '留影', '截图', '拍视频', '上传', '晒图', '工作群'],
  ['打卡', '签到', '定位', 'app', '软件', '小程序', '学习强国', '积分', '刷分', '在线时长'],
  ['检查', '考核', '评比', '督查', '迎检', '验收', '暗访', '考评', '达标'],
  ['形象工程', '面子工程', '彩绘', '墙绘', '刷墙', '标语', '展板', '摆花', '盆栽', '作秀', '做样子', '摆样子', '走过场'],
  // Bureaucratism
  ['跑了', '几趟', '多趟', '两趟', '三趟', '四趟', '五趟', '六趟', '七趟', '八趟', '十几趟', '往返', '来回跑', '跑断腿', '白跑', '扑空', '跑一趟', '跑腿'],
  ['推诿', '扯皮', '踢皮球', '互相推', '推来推去', '不归我们管', '不归', '转办', '来回转', '推给', '不管', '谁也不管', '都说归', '三不管'],
  ['态度', '脸难看', '门难进', '爱理不理', '不耐烦', '甩脸', '冷冰冰', '训斥'],
  ['好处费', '意思意思', '吃拿卡要', '回扣', '索要', '送烟', '送酒', '塞钱'],
  ['办证', '证件', '登记', '审批', '盖章', '公章', '手续', '不动产', '房产证', '产权', '宅基地', '准生证', '户口', '营业执照', '许可证', '一次性告知', '缺材料', '还差', '补材料'],
  ['没回复', '不回复', '答复', '石沉大海', '没有下文', '没人理', '没人管', '没人回', '工单'],
  ['找不到人', '找不着人', '不在岗', '脱岗', '离岗', '空无一人', '锁门', '锁着门', '下村了', '没人上班', '人不在', '办公室没人', '大门紧闭'],
  ['拍脑袋', '拍板', '一刀切', '强制', '强推', '统一种', '必须种', '统一改种', '硬性要求', '摊派'],
  ['补贴', '低保', '补助', '救济', '扶贫款', '危房改造', '五保', '养老金'],
  // Hedonism
  ['打牌', '麻将', '棋牌', '赌博', '斗地主', '扑克', '牌局', '打麻将'],
  ['钓鱼', '垂钓', '鱼竿', '钓'],
  ['打游戏', '游戏', '玩手机', '刷抖音', '追剧', '网游', '刷视频', '王者', '吃鸡', '开黑', '斗地主'],
  ['迟到', '早退', '午休', '三点才', '不准时', '晚来早走', '开门晚', '上班时间', '提前下班', '按时上班'],
  ['喝酒', '酒气', '喝醉', '酒驾', '饮酒', '醉醺醺'],
  ['公车', '公务车', '公家车', '单位的车', '政府的车', '单位车', '私用', '接送孩子', '接孩子', '车牌'],
  ['住在县城', '住县城', '县城买房', '县城买了房', '不住村', '走读', '常年住在', '回县城', '住在城里', '周一上午才'],
  ['办公用房', '办公室超标', '大办公室', '套间'],
  // Extravagance
  ['吃喝', '大吃大喝', '宴请', '请客', '聚餐', '饭局', '吃饭', '酒席', '饭店', '饭馆', '酒楼', '农家乐', '白条', '接待', '茅台', '五粮液', '高档烟酒', '公款吃', '签单', '挂账'],
  ['旅游', '考察', '出国', '出境', '游山玩水', '景点', '学习考察', '培训为名'],
  ['送礼', '礼金', '红包', '购物卡', '购物券', '土特产', '月饼', '礼品', '随礼', '随了'],
  ['婚礼', '结婚', '喜酒', '办喜事', '大操大办', '寿宴', '丧事', '满月酒', '升学宴', '接亲', '摆了', '多桌'],
  ['装修', '豪华', '大理石', '吊灯', '红木', '办公楼', '大楼', '楼堂馆所', '新大楼', '气派', '五星酒店', '宾馆一样'],
  ['豪车', '奥迪', '奔驰', '宝马', '越野车', '超标配车', '配车', '普拉多'],
  ['会所', '高尔夫', 'ktv', '洗浴', '足浴', '桑拿', '夜总会'],
  // Livelihood
  ['路灯', '照明', '灯不亮', '黑灯瞎火', '黑乎乎', '灯坏', '路黑', '一路都是黑的', '摸黑', '黑漆漆', '灯不亮了'],
  ['道路', '修路', '路面', '坑洼', '土路', '泥巴路', '硬化', '烂路', '水泥路', '公路', '路坏', '坑坑洼洼', '塌方'],
  ['自来水', '停水', '饮水', '吃水', '水管', '通水', '井水', '水质', '浑水', '发黄', '黄泥', '供水', '桶装水', '水是黄的', '水务'],
  ['停电', '电压', '供电', '断电'],
  ['停车', '车位', '停车场', '乱停', '消防通道', '停车难', '占道'],
  ['噪音', '噪声', '扰民', '吵得', '吵死', '广场舞', '施工声', '半夜施工'],
  ['垃圾', '清运', '污水', '排污', '臭味', '发臭', '化粪池', '臭气', '污染', '黑臭'],
  ['学校', '小学', '中学', '老师', '教师', '学生', '上学', '幼儿园', '家长', '作业'],
  ['医院', '卫生院', '看病', '医生', '医保', '新农合', '报销'],
  ['信号', '基站', '打不出电话', '没信号', '网络', '宽带', '网速'],
  ['桥', '桥梁', '栏杆'],
  ['危房', '拆迁', '征地', '征收', '安置', '补偿款'],
  ['晾晒', '晒被子', '晾衣', '晒衣', '不准晒'],
  ['城管', '执法车', '执法队', '没收', '摊贩', '小摊', '摆摊'],
  ['食堂', '饭菜', '伙食', '营养餐'],
  ['网吧', '未成年人', '通宵上网'],
  ['菜市场', '农贸市场', '缺斤少两'],
  ['公交', '班车', '客运', '校车', '通车'],
  ['暖气', '供暖', '取暖'],
  ['物业', '物业费', '业主'],
  ['工资', '欠薪', '拖欠', '工钱', '农民工', '讨薪', '工程款', '欠款'],
  ['种植', '产业', '收购', '苗子', '改种', '烂在地里', '试种', '滞销', '赔了', '亏了本'],
];

/** A concept's term key: never a bigram's (bigram keys have a Han unit in their high 16 bits). */
export const conceptKey = (id: number): number => (1 << 16) | id;

// A trie over the surface forms, by UTF-16 unit; ASCII forms are matched case-insensitively.
const next: Map<number, number>[] = [new Map()];
const ends: number[] = [-1];
CONCEPTS.forEach((forms, id) => {
  for (const form of forms) {
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let to = next[node].get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        ends.push(-1);
        next[node].set(c, to);
      }
      node = to;
    }
    ends[node] = id;
  }
});
// The first unit of some form, for a quick skip of positions no form starts at.
const starts = new Uint8Array(0x10000);
for (const c of next[0].keys()) starts[c] = 1;

const isLatin = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const named = new Int32Array(CONCEPTS.length);
let call = 0;

/**
 * The concepts normalized text names, each once, in order of first mention. At each position the
 * longest form there counts, so 大吃大喝 and 吃喝 both mean dining; a Latin form must stand alone
 * (app, not "happy").
 */
export function conceptsOf(normalized: string, limit = normalized.length): number[] {
  const out: number[] = [];
  call++;
  const n = Math.min(limit, normalized.length);
  for (let i = 0; i < n; i++) {
    let c = normalized.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (!starts[c]) continue;
    if (c < 0x80 && i > 0 && isLatin(normalized.charCodeAt(i - 1))) continue;
    let node = 0;
    let found = -1;
    for (let j = i; j < n; j++) {
      let u = normalized.charCodeAt(j);
      if (u >= 0x41 && u <= 0x5a) u += 32;
      const to = next[node].get(u);
      if (to === undefined) break;
      node = to;
      if (ends[node] >= 0 && !(u < 0x80 && j + 1 < n && isLatin(normalized.charCodeAt(j + 1)))) found = ends[node];
    }
    if (found < 0 || named[found] === call) continue;
    named[found] = call;
    out.push(found);
  }
  return out;
}
