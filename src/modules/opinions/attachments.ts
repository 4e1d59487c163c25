import { scrubPdf } from './pdf-metadata.js';

// Attachments to opinions: images and PDF, recognised by their first bytes rather than their
// names, so a renamed executable or HTML page is refused. Sizes are limited per file and count.
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_MAX_COUNT = 3;

const SIGNATURES: { type: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', ext: 'png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/gif', ext: 'gif', test: (b) => b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a' },
  { type: 'image/webp', ext: 'webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'application/pdf', ext: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** The real type of a file's content, or null when it is not an accepted image or PDF. */
export function sniffType(data: Buffer): { type: string; ext: string } | null {
  const sig = SIGNATURES.find((s) => data.length >= 12 && s.test(data));
  return sig ? { type: sig.type, ext: sig.ext } : null;
}

/** A safe stored name: the user's base name without path or control characters, with the real extension. */
export function safeName(original: string, ext: string): string {
  const base = original.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f<>:"|?*]/g, '').replace(/\.[^.]*$/, '').slice(0, 80) || 'attachment';
  return `${base}.${ext}`;
}

/**
 * Removes what a camera or editor writes about the person: EXIF/XMP and comments in JPEG
 * (APP1–APP15, COM), text, time and EXIF chunks in PNG. The picture itself is kept byte for
 * byte. PDF: the information dictionary and XMP streams are blanked in place (pdf-metadata.ts).
 */
export function stripMetadata(data: Buffer, type: string): Buffer {
  if (type === 'image/jpeg') return stripJpeg(data);
  if (type === 'image/png') return stripPng(data);
  if (type === 'application/pdf') return scrubPdf(data).data;
  return data;
}

function stripJpeg(data: Buffer): Buffer {
  const parts: Buffer[] = [data.subarray(0, 2)]; // SOI
  let i = 2;
  while (i + 4 <= data.length) {
    if (data[i] !== 0xff) return data; // not a segment boundary: leave the file alone
    const marker = data[i + 1];
    if (marker === 0xda) {
      parts.push(data.subarray(i)); // start of scan: the rest is image data
      return Buffer.concat(parts);
    }
    const length = data.readUInt16BE(i + 2);
    const end = i + 2 + length;
    if (end > data.length) return data;
    const isMetadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!isMetadata) parts.push(data.subarray(i, end));
    i = end;
  }
  return data;
}

const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(data: Buffer): Buffer {
  const parts: Buffer[] = [data.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= data.length) {
    const length = data.readUInt32BE(i);
    const type = data.subarray(i + 4, i + 8).toString('latin1');
    const end = i + 12 + length;
    if (end > data.length) return data;
    if (!PNG_DROP.has(type)) parts.push(data.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(parts);
}
