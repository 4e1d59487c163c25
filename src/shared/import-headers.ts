import { Converter } from 'opencc-js/t2cn';
import { badRequest } from './errors.js';
import { localizedText, translate, type Locale, type LocalizedText, type MessageCode } from './i18n/messages.js';
import { taiwanWording } from './i18n/taiwan.js';

// What a spreadsheet import reads, in the three languages of its users: column headers and the
// enumerated values of a column (organization types, channels, yes / no) are matched in Simplified,
// Traditional (Taiwan's and Hong Kong's forms) and English, case-, width- and whitespace-insensitive.
// A header or value is folded to one key before it is looked up: full-width forms to half-width
// (（） and (), ＡＢＣ and ABC), lower case, no spaces, underscores or dashes, and Traditional
// characters to Simplified by OpenCC (Hong Kong's variants, then Taiwan's). The tables are built
// through the same fold, from each entry's zh-CN, zh-TW (Taiwan's words: 管道 for 渠道, 電子郵件 for
// 邮箱) and English names and its aliases, so a template written in any language reads back.

const hongKong = Converter({ from: 'hk', to: 'cn' });
const taiwan = Converter({ from: 'tw', to: 'cn' });
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 10_000;

/** The key a header or value is looked up by. */
export function foldKey(text: string): string {
  const hit = folded.get(text);
  if (hit !== undefined) return hit;
  const plain = String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-*]+/g, '');
  const out = /[^\x00-\x7f]/.test(plain) ? String(taiwan(String(hongKong(plain)))) : plain;
  if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
  folded.set(text, out);
  return out;
}

/** A thing named in the three languages, with other names it is known by (any script or case). */
export interface Named<K> {
  key: K;
  names: LocalizedText;
  aliases?: readonly string[];
}

/** A column of an import file; required columns must be in the header. */
export interface ImportColumn<K extends string> extends Named<K> {
  required?: boolean;
}

/** The name in the reader's language (zh-TW: Taiwan's form, as the zh-TW template writes it). */
export function nameIn(names: LocalizedText, locale: Locale): string {
  return localizedText(names, locale);
}

function lookupTable<K>(entries: readonly Named<K>[]): Map<string, K> {
  const table = new Map<string, K>();
  for (const e of entries) {
    const forms = [e.names['zh-CN'], e.names.en, e.names['zh-TW'] ?? taiwanWording(e.names['zh-CN']), ...(e.aliases ?? [])];
    for (const form of forms) {
      const k = foldKey(form);
      if (!k) continue;
      const other = table.get(k);
      if (other !== undefined && other !== e.key) throw new Error(`import table: "${form}" names both ${String(other)} and ${String(e.key)}`);
      table.set(k, e.key);
    }
  }
  return table;
}

/** Reads values of an enumerated column in any of the three languages; null for an unknown value. */
export function valueReader<K>(entries: readonly Named<K>[]): (raw: string) => K | null {
  const table = lookupTable(entries);
  return (raw) => table.get(foldKey(raw)) ?? null;
}

/** An import's columns: reads a header row, and refuses one without the required columns (named in the reader's language). */
export class ImportHeader<K extends string> {
  private readonly table: Map<string, K>;
  constructor(readonly columns: readonly ImportColumn<K>[]) {
    this.table = lookupTable(columns);
  }

  column(key: K): ImportColumn<K> {
    return this.columns.find((c) => c.key === key)!;
  }

  /** The column's names, as a message param (rendered per locale by translate). */
  label(key: K): LocalizedText {
    return this.column(key).names;
  }

  /** Column positions by key (the first column of a name wins); throws import.bad_header when a required one is missing. */
  read(header: readonly unknown[]): Partial<Record<K, number>> {
    const index: Partial<Record<K, number>> = {};
    header.forEach((raw, i) => {
      const key = this.table.get(foldKey(String(raw ?? '')));
      if (key !== undefined && index[key] === undefined) index[key] = i;
    });
    const required = this.columns.filter((c) => c.required);
    const missing = required.filter((c) => index[c.key] === undefined);
    if (missing.length) throw badRequest('import.bad_header', { columns: missing.map((c) => c.names), expected: required.map((c) => c.names) });
    return index;
  }

  /** The header row of a template in the reader's language. */
  headerIn(locale: Locale): string[] {
    return this.columns.map((c) => nameIn(c.names, locale));
  }
}

/** Yes / no cells (是 / 否, yes / no, Y / N, true / false, 1 / 0, and a column's own words for each). */
export function yesNoReader(extraYes: readonly string[] = [], extraNo: readonly string[] = []): (raw: string) => boolean | null {
  return valueReader<boolean>([
    { key: true, names: YES, aliases: ['y', 'true', '1', ...extraYes] },
    { key: false, names: NO, aliases: ['n', 'false', '0', ...extraNo] },
  ]);
}

export const YES: LocalizedText = { 'zh-CN': '是', en: 'yes' };
export const NO: LocalizedText = { 'zh-CN': '否', en: 'no' };

/** A bad row of an import file: the column it is about (named per locale) and the message. */
export interface RowError {
  row: number;
  field: LocalizedText;
  code: MessageCode;
  params: Record<string, unknown>;
}

/** A row error in the reader's language: the column as the reader's template names it, and the message. */
export function describeRowError(e: RowError, locale: Locale): { row: number; field: string; message: string } {
  return { row: e.row, field: nameIn(e.field, locale), message: translate(e.code, locale, e.params) };
}
