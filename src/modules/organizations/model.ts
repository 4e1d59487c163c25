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

/** Chinese names as they appear in import files and in the console. */
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

/** Accepts the code name or its Chinese label (import files use either); common short forms too. */
export function parseOrgType(raw: string): OrgType | null {
  const v = raw.trim();
  if (isOrgType(v)) return v;
  for (const [type, label] of Object.entries(ORG_TYPE_LABELS)) {
    if (label === v) return type as OrgType;
  }
  const aliases: Record<string, OrgType> = {
    党组织: 'party_committee', 党工委: 'party_committee', 部门: 'government_department', 政府部门: 'government_department',
    乡镇: 'township', 街道: 'township', 村: 'village', 社区: 'village', 支部: 'party_branch',
    企业: 'enterprise', 非公有制企业: 'enterprise', 社会团体: 'social_organization',
  };
  return aliases[v] ?? null;
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
