// Open311 output: one value tree rendered as XML or as JSON. The JSON follows the Spark
// convention the GeoReport v2 spec prescribes (wiki.open311.org/JSON_and_XML_Conversion):
// a container of repeated elements becomes an array (even with one child), an empty element
// becomes null, and the root element's name is dropped.

export type Format = 'xml' | 'json';

export const CONTENT_TYPES: Record<Format, string> = {
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export type Scalar = string | number | boolean | null | undefined;
export type Node = Scalar | Fields | List;
export interface Fields {
  [element: string]: Node;
}

/** A container element holding repeated `item` elements, e.g. <services><service>…. */
export class List {
  constructor(
    readonly item: string,
    readonly items: (Fields | Scalar)[],
  ) {}
}

// XML 1.0 cannot carry most C0 controls, lone surrogates or U+FFFE/U+FFFF, even escaped.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

function scalarText(v: Scalar): string {
  if (v === null || v === undefined) return '';
  return escapeXml(String(v));
}

function element(name: string, value: Node, indent: string): string {
  if (value instanceof List) {
    if (!value.items.length) return `${indent}<${name}></${name}>\n`;
    return `${indent}<${name}>\n${value.items.map((i) => element(value.item, i, indent + '  ')).join('')}${indent}</${name}>\n`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = Object.entries(value).map(([k, v]) => element(k, v, indent + '  ')).join('');
    return `${indent}<${name}>\n${inner}${indent}</${name}>\n`;
  }
  return `${indent}<${name}>${scalarText(value)}</${name}>\n`;
}

/** A whole XML document: the declaration with its encoding, then the root element. */
export function renderXml(root: string, value: Fields | List): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value, '')}`;
}

function toJson(value: Node): unknown {
  if (value instanceof List) return value.items.map(toJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  if (value === undefined || value === '') return null;
  return value;
}

export function renderJson(value: Fields | List): string {
  return JSON.stringify(toJson(value));
}

export function render(format: Format, root: string, value: Fields | List): string {
  return format === 'xml' ? renderXml(root, value) : renderJson(value);
}

/** The spec's error document: <errors><error><code/><description/></error></errors>, or [{code, description}]. */
export function renderErrors(format: Format, errors: { code: number | string; description: string }[]): string {
  return render(format, 'errors', new List('error', errors.map((e) => ({ code: e.code, description: e.description }))));
}
