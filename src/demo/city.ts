import type { Level } from '../modules/organizations/model.js';

// Generated hierarchies: the demo city (about 2,000 organizations) and, for benchmarks,
// provinces of any size built the same way. Names are made from common place-name
// characters with a seeded generator, so every run builds the same tree.

export interface TreeSpec {
  code: string;
  name: string;
  type: string;
  level?: Level;
  aliases?: string[];
  order?: number;
  children?: TreeSpec[];
}

const FIRST = '东西南北中新金银青白云龙凤桃柳梅兰松竹石泉湖河溪山岭峰田塘桥港湾花阳安宁平和丰乐永兴长庆福康华盛';
const SECOND = '山河湖港桥塘浦泾庄湾园林岗岭溪泉口堰渡坊亭阁店集坝洲';

const CITY_DEPARTMENTS = [
  '市委办公室', '市政府办公室', '市委组织部', '市委宣传部', '市纪委（监察局）', '市发展和改革委员会', '市教育局', '市公安局',
  '市民政局', '市财政局', '市人力资源和社会保障局', '市住房和城乡建设局', '市交通运输局', '市水利局', '市农业委员会', '市商务局',
  '市卫生和计划生育委员会', '市环境保护局', '市国土资源局', '市信访局',
];
const COUNTY_DEPARTMENTS = ['办公室', '组织部', '宣传部', '纪委', '发改局', '教育局', '公安分局', '民政局', '财政局', '人社局'];
const COUNTIES: [string, string][] = [
  ['东城区', 'DC'], ['西湖区', 'XH'], ['南山区', 'NS'], ['北塘区', 'BT'], ['临江县', 'LJ'], ['青山县', 'QS'], ['白水县', 'BS'], ['云台县', 'YT'],
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function placeName(rand: () => number, used: Set<string>): string {
  for (;;) {
    const name = FIRST[Math.floor(rand() * FIRST.length)] + SECOND[Math.floor(rand() * SECOND.length)];
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    if (used.size > FIRST.length * SECOND.length - 10) used.clear();
  }
}

function township(code: string, rand: () => number, used: Set<string>, villages: number, others: number, order: number): TreeSpec {
  const base = placeName(rand, used);
  const street = rand() < 0.4;
  const children: TreeSpec[] = [];
  for (let v = 0; v < villages; v++) {
    const vn = placeName(rand, used);
    const community = street || rand() < 0.3;
    children.push({ code: `${code}-${String(v + 1).padStart(3, '0')}`, name: `${vn}${community ? '社区' : '村'}`, type: 'village', order: v + 1 });
  }
  for (let o = 0; o < others; o++) {
    const kind = o % 3;
    const n = placeName(rand, used);
    children.push(
      kind === 0
        ? { code: `${code}-B${o + 1}`, name: `${base}${street ? '街道' : '镇'}机关党支部`, type: 'party_branch', order: 100 + o }
        : kind === 1
          ? { code: `${code}-E${o + 1}`, name: `${n}实业有限公司党支部`, type: 'enterprise', order: 100 + o }
          : { code: `${code}-S${o + 1}`, name: `${n}商会党支部`, type: 'social_organization', order: 100 + o },
    );
  }
  return { code, name: `${base}${street ? '街道' : '镇'}`, aliases: [`${base}${street ? '街道党工委' : '镇党委'}`], type: 'township', order, children };
}

/** The demo city: about 2,000 organizations. */
export function cityTree(): TreeSpec {
  return generatedCity({ code: 'JZ', name: '江州市委', counties: COUNTIES.length, townships: 10, villages: 18, others: 3, seed: 2014 });
}

export interface CityShape {
  code: string;
  name: string;
  counties: number;
  townships: number;
  villages: number;
  others: number;
  seed: number;
}

export function generatedCity(shape: CityShape): TreeSpec {
  const rand = rng(shape.seed);
  const used = new Set<string>();
  const children: TreeSpec[] = CITY_DEPARTMENTS.map((d, i) => ({
    code: `${shape.code}-D${String(i + 1).padStart(2, '0')}`, name: d, type: 'government_department', order: i + 1,
    children: [{ code: `${shape.code}-D${String(i + 1).padStart(2, '0')}-B`, name: `${d}机关党支部`, type: 'party_branch' }],
  }));
  for (let c = 0; c < shape.counties; c++) {
    const [countyName, countyCode] = COUNTIES[c] ?? [`${placeName(rand, used)}县`, `C${c + 1}`];
    const code = `${shape.code}-${countyCode}`;
    const county: TreeSpec = { code, name: `${countyName}委`, aliases: [countyName], type: 'party_committee', order: 100 + c, children: [] };
    COUNTY_DEPARTMENTS.forEach((d, i) => {
      const dcode = `${code}-D${String(i + 1).padStart(2, '0')}`;
      county.children!.push({ code: dcode, name: `${countyName}${d}`, type: 'government_department', order: i + 1, children: [{ code: `${dcode}-B`, name: `${countyName}${d}机关党支部`, type: 'party_branch' }] });
    });
    for (let t = 0; t < shape.townships; t++) {
      county.children!.push(township(`${code}-T${String(t + 1).padStart(2, '0')}`, rand, used, shape.villages, shape.others, 100 + t));
    }
    children.push(county);
  }
  return { code: shape.code, name: shape.name, type: 'party_committee', level: 'city', order: 0, children };
}

/** A province of roughly `size` organizations, for benchmarks: cities shaped like the demo. */
export function generatedProvince(size: number, seed = 1): TreeSpec {
  const perCity = 2000;
  const cities = Math.max(1, Math.round(size / perCity));
  const perCounty = Math.max(20, Math.round((Math.min(size, perCity) - 21) / 8));
  const townships = Math.max(1, Math.round((perCounty - 20) / 22));
  const children: TreeSpec[] = [];
  for (let i = 0; i < cities; i++) {
    const city = generatedCity({ code: `P${seed}C${i + 1}`, name: `第${i + 1}市委`, counties: 8, townships, villages: 18, others: 3, seed: seed * 1000 + i });
    delete city.level;
    children.push(city);
  }
  return { code: `P${seed}`, name: `省委${seed}`, type: 'party_committee', level: 'province', children };
}

export function countTree(t: TreeSpec): number {
  return 1 + (t.children ?? []).reduce((n, c) => n + countTree(c), 0);
}
