import { describe, expect, it } from '@jest/globals';
import { csvStream, spreadsheetSafe } from './csv.js';

const render = async (columns: string[], rows: Record<string, unknown>[]) => {
  const stream = csvStream(columns);
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  const done = new Promise((resolve) => stream.on('end', resolve));
  for (const row of rows) stream.write(row);
  stream.end();
  await done;
  return Buffer.concat(chunks).toString('utf8');
};

describe('CSV for spreadsheets', () => {
  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', 'plain', '1+1'].map(spreadsheetSafe)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@cmd",
      "'\tx",
      'plain',
      '1+1',
    ]);
  });

  it('writes a BOM, a header, quoted cells and numbers as numbers', async () => {
    const text = await render(
      ['name', 'value', 'note'],
      [
        { name: '=HYPERLINK("http://x")', value: -3.5, note: 'a, "quoted" text' },
        { name: 'バンソウコウ', value: 0, note: null },
      ],
    );
    expect(text).toBe('\ufeffname,value,note\r\n"\'=HYPERLINK(""http://x"")",-3.5,"a, ""quoted"" text"\r\nバンソウコウ,0,\r\n');
  });
});
