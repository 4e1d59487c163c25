// Personal data in opinions: detection and masking. The detectors live in ./pii/, one module for what each
// detects (pii/detect.ts says what counts as personal and runs them in order); this module keeps the one import path
// the rest of the code uses.

export { type PiiKind, type PiiSpan } from './pii/spans.js';
export { validIdNumber, luhn, validHkId, validTaiwanId, validIban, validCodiceFiscale, validNir, validBsn, validAustrianSv, validThaiId, validOrcid } from './pii/checksums.js';
export { anchoredScans, type AnchoredScan } from './pii/anchored-scans.js';
export { detectPii } from './pii/detect.js';
export { redact } from './pii/redact.js';
