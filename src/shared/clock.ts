// One place for "now" so that tests and the audit chain agree on the format: ISO 8601 UTC.
export function nowIso(): string {
  return new Date().toISOString();
}
