import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { inspectZip } from './zip-inspection.js';

const limits = { maxEntries: 200, maxUncompressedBytes: 50 * 1024 * 1024 };

interface HandMadeEntry {
  name: string;
  data: Buffer;
  /** What the central directory claims; defaults to the real size. */
  claimedSize?: number;
}

/** A minimal zip written byte by byte: deflated local entries, then the central directory. */
function handMadeZip(entries: HandMadeEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data);
    const size = entry.claimedSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const workbookParts = (xml = '<x/>') => [
  { name: '[Content_Types].xml', data: Buffer.from(xml) },
  { name: 'xl/workbook.xml', data: Buffer.from(xml) },
];

describe('looking inside a zip before it is parsed', () => {
  it('lists the parts of a real workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('事项实施清单').addRow(['事项编码']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = inspectZip(buffer, limits);
    expect(result.ok).toBe(true);
    expect(result.ok && result.entryNames).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']),
    );
  });

  it('accepts a hand-made zip that keeps its word', () => {
    const result = inspectZip(handMadeZip(workbookParts('<hello/>')), limits);
    expect(result).toMatchObject({ ok: true, uncompressedBytes: 16 });
  });

  it('tells a PNG or a text file from a zip by its first bytes', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(inspectZip(png, limits)).toEqual({ ok: false, reason: 'not_zip' });
    expect(inspectZip(Buffer.from('事项编码,事项名称\n'), limits)).toEqual({ ok: false, reason: 'not_zip' });
    expect(inspectZip(Buffer.alloc(0), limits)).toEqual({ ok: false, reason: 'not_zip' });
  });

  it('refuses more entries than allowed, from the directory alone', () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.from('x') }));
    expect(inspectZip(handMadeZip(many), limits)).toMatchObject({
      ok: false,
      reason: 'too_many_entries',
      entries: 201,
    });
  });

  it('refuses an entry that claims a huge uncompressed size without inflating it', () => {
    const bomb = handMadeZip([
      ...workbookParts(),
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('tiny'), claimedSize: 0xfffffff0 },
    ]);
    expect(bomb.length).toBeLessThan(400);
    expect(inspectZip(bomb, limits)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('refuses entries whose declared sizes add up past the limit', () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({
      name: `xl/part${i}.xml`,
      data: Buffer.from('x'),
      claimedSize: 10 * 1024 * 1024,
    }));
    expect(inspectZip(handMadeZip(parts), limits)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('catches an entry that inflates to more than its directory admits', () => {
    // 60 MB of zeros deflate to ~60 KB; the directory claims 100 bytes.
    const liar = handMadeZip([
      ...workbookParts(),
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(60 * 1024 * 1024), claimedSize: 100 },
    ]);
    expect(liar.length).toBeLessThan(100 * 1024);
    expect(inspectZip(liar, limits)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('calls a truncated zip corrupt', () => {
    const whole = handMadeZip(workbookParts());
    expect(inspectZip(whole.subarray(0, whole.length - 30), limits)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });
});
