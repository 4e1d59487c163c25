import { describe, expect, it } from 'vitest';
import { sniffType, stripMetadata } from './attachments.js';
import { checkAttachments } from './commands.js';

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

const jfif = segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'));
const exif = segment(0xe1, Buffer.from('Exif\0\0 SpyCam-9000 GPS 31.2989N 120.5853E 2014:03:05 张三', 'utf8'));
const comment = segment(0xfe, Buffer.from('made by 李四', 'utf8'));
const quant = segment(0xdb, Buffer.alloc(65, 3));
const scan = Buffer.concat([Buffer.from([0xff, 0xda, 0x00, 0x08]), Buffer.alloc(6, 1), Buffer.alloc(40, 0x55), Buffer.from([0xff, 0xd9])]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, exif, comment, quant, scan]);

const pngSig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = Buffer.concat([pngSig, chunk('IHDR', Buffer.alloc(13, 1)), chunk('tEXt', Buffer.from('Author\0张三', 'utf8')), chunk('IDAT', Buffer.alloc(20, 9)), chunk('tIME', Buffer.alloc(7, 2)), chunk('IEND', Buffer.alloc(0))]);

describe('attachment metadata', () => {
  it('removes EXIF and comments from a JPEG and keeps the picture', () => {
    const out = stripMetadata(jpeg, 'image/jpeg');
    const text = out.toString('latin1');
    expect(text).not.toContain('SpyCam');
    expect(out.toString('utf8')).not.toContain('李四');
    expect(out.subarray(out.length - scan.length).equals(scan)).toBe(true);
    expect(out.includes(quant)).toBe(true);
    expect(sniffType(out)?.type).toBe('image/jpeg');
  });

  it('removes text and time chunks from a PNG and keeps the image chunks', () => {
    const out = stripMetadata(png, 'image/png');
    expect(out.toString('utf8')).not.toContain('张三');
    expect(out.toString('latin1')).not.toContain('tIME');
    for (const t of ['IHDR', 'IDAT', 'IEND']) expect(out.toString('latin1')).toContain(t);
    expect(out.length).toBe(png.length - (12 + Buffer.from('Author\0张三', 'utf8').length) - (12 + 7));
  });

  it('names an anonymous submitter\'s files neutrally, keeps a named one\'s', () => {
    expect(checkAttachments([{ name: '张三的举报.jpg', data: jpeg }], true)[0].name).toBe('附件1.jpg');
    expect(checkAttachments([{ name: '现场照片.jpeg', data: jpeg }], false)[0].name).toBe('现场照片.jpg');
    expect(() => checkAttachments([{ name: 'a.jpg', data: Buffer.from('<svg onload=alert(1)>') }])).toThrow();
  });
});
