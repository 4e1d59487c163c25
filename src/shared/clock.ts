// One place for "now" so that tests and the audit chain agree on the format: ISO 8601 UTC.
export function nowIso(): string {
  return new Date().toISOString();
}

const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in China (UTC+8) — the day users mean, and the grain anonymous times are kept at. */
export function chinaDay(date = new Date()): string {
  return chinaDate.format(date);
}
