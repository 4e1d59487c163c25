import { valueReader } from '../../shared/import-headers.js';

// What an organization is: its types and levels, and the rules that derive one from another.
export const ORG_TYPES = [
  'party_committee',
  'government_department',
  'township',
  'village',
  'party_branch',
  'enterprise',
  'social_organization',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type Level = (typeof LEVELS)[number];

/** Chinese names as they appear in import files and in the console (web/src/i18n/zh-CN.ts orgType). */
export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  party_committee: '党委',
  government_department: '政府部门',
  township: '乡镇（街道）',
  village: '村（社区）',
  party_branch: '党支部',
  enterprise: '非公企业',
  social_organization: '社会组织',
};

export const LEVEL_LABELS: Record<Level, string> = {
  province: '省',
  city: '市',
  county: '县（区）',
  township: '乡镇（街道）',
  village: '村（社区）',
};

export function isOrgType(v: string): v is OrgType {
  return (ORG_TYPES as readonly string[]).includes(v);
}

/** English names: imports read them, and the console shows them (web/src/i18n/en.ts orgType). */
export const ORG_TYPE_LABELS_EN: Record<OrgType, string> = {
  party_committee: 'Party committee',
  government_department: 'Government department',
  township: 'Township / street',
  village: 'Village / community',
  party_branch: 'Party branch',
  enterprise: 'Non-public enterprise',
  social_organization: 'Social organization',
};

const TYPE_ALIASES: Record<OrgType, string[]> = {
  party_committee: ['党组织', '党工委', 'committee'],
  government_department: ['部门', 'department', 'government'],
  township: ['乡镇', '街道', '乡镇街道', 'township', 'street', 'town', 'subdistrict'],
  village: ['村', '社区', '村社区', 'village', 'community'],
  party_branch: ['支部', 'branch'],
  enterprise: ['企业', '非公有制企业', 'enterprise', 'company'],
  social_organization: ['社会团体', 'social organisation'],
};

/** An organization type in any of the import's languages (see shared/import-headers.ts). */
export const readOrgType = valueReader<OrgType>(
  ORG_TYPES.map((type) => ({ key: type, names: { 'zh-CN': ORG_TYPE_LABELS[type], en: ORG_TYPE_LABELS_EN[type] }, aliases: [type, ...TYPE_ALIASES[type]] })),
);

/**
 * Accepts the code name or its label (import files use either) in Simplified, Traditional or English,
 * whatever the case, spaces or width of its parentheses; common short forms too (村, 街道, department).
 */
export function parseOrgType(raw: string): OrgType | null {
  return readOrgType(raw);
}

/**
 * The level follows the hierarchy: a party committee sits one level below its parent's
 * (a province's committees are cities, a city's are counties …), townships and villages name
 * their own level, and departments, branches, enterprises and social organizations hang
 * under the level that owns them.
 */
export function deriveLevel(type: OrgType, parentLevel: Level | null): Level {
  if (type === 'township') return 'township';
  if (type === 'village') return 'village';
  if (parentLevel === null) return 'province';
  if (type === 'party_committee') {
    const i = LEVELS.indexOf(parentLevel);
    return LEVELS[Math.min(i + 1, LEVELS.length - 1)];
  }
  return parentLevel;
}

export function searchTextOf(name: string, aliases: string[], code: string): string {
  return [name, ...aliases, code].join(' ').toLowerCase();
}

const collator = new Intl.Collator('zh-CN');
/** Orders siblings the way users expect: explicit order first, then by pinyin of the name. */
export function compareSiblings(a: { sort_order: number; name: string }, b: { sort_order: number; name: string }): number {
  return a.sort_order - b.sort_order || collator.compare(a.name, b.name);
}
