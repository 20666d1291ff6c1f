import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { writeXlsx, xlsxCell } from './xlsx.js';

describe('XLSX cells', () => {
  it('keeps numbers and booleans typed, writes times as ISO text and formula-like text as inline text', () => {
    expect(xlsxCell(3)).toBe(3);
    expect(xlsxCell(false)).toBe(false);
    expect(xlsxCell(null)).toBeNull();
    expect(xlsxCell(new Date('2024-07-01T10:00:00Z'))).toBe('2024-07-01T10:00:00.000Z');
    expect(xlsxCell('plain')).toBe('plain');
    expect(xlsxCell('1+1')).toBe('1+1');
    for (const text of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx']) expect(xlsxCell(text)).toEqual({ richText: [{ text }] });
  });

  it('streams a workbook that reads back with the same rows and no formulas', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => out.on('end', resolve));
    await writeXlsx(
      out,
      'a-list-with-a-name-longer-than-thirty-one',
      ['name', 'n'],
      [
        ['山田', 1],
        ['=HYPERLINK("x")', 2],
      ],
    );
    await ended;
    const book = new ExcelJS.Workbook();
    const body = Buffer.concat(chunks);
    await book.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.length));
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('a-list-with-a-name-longer-than-');
    expect(sheet.getRow(2).values).toEqual([undefined, '山田', 1]);
    const evil = sheet.getRow(3).getCell(1);
    expect([evil.type, evil.formula, evil.text]).toEqual([ExcelJS.ValueType.RichText, undefined, '=HYPERLINK("x")']);
  });
});
