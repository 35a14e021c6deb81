import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/dedupe/csv-table';

const bytes = (text: string) => new TextEncoder().encode(text);
const table = (input: string | Uint8Array) => {
  const result = readCsv(typeof input === 'string' ? bytes(input) : input);
  if (!result.ok) throw new Error(result.error);
  return result.table;
};

describe('reading a CSV', () => {
  it('finds a semicolon delimiter by itself', () => {
    const t = table('Last Name;Email\nLee;ann@x.io\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows).toEqual([['Lee', 'ann@x.io']]);
  });

  it('drops a byte order mark so the first header still matches', () => {
    expect(table('\uFEFFLast Name,Email\nLee,a@b.io').headers).toEqual(['Last Name', 'Email']);
  });

  it('keeps a quoted newline inside its cell, so the file has one row', () => {
    const t = table('Last Name,Description\nLee,"two\nlines"\n');
    expect(t.rows).toEqual([['Lee', 'two\nlines']]);
  });

  it('keeps empty rows in place so row numbers match the file', () => {
    expect(table('Last Name\nA\n\nB\n').rows).toEqual([['A'], [''], ['B']]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252 and says so', () => {
    const t = table(new Uint8Array([...bytes('Last Name\nM'), 0xfc, ...bytes('ller\n')]));
    expect(t.rows).toEqual([['Müller']]);
    expect(t.encoding).toBe('windows-1252');
    expect(t.warnings[0]).toMatch(/not valid UTF-8/);
  });

  it('warns about a repeated header and about cells past the last column', () => {
    const t = table('Email,email\na@b.io,c@d.io,extra\n');
    expect(t.warnings.join('\n')).toMatch(/column 2 "email" repeats column 1/);
    expect(t.warnings.join('\n')).toMatch(/row 1 has 3 cells for 2 columns/);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a binary file', new Uint8Array([0x50, 0x4b, 0, 0]), /not text/],
  ])('refuses %s with a message', (_, input, message) => {
    const result = readCsv(typeof input === 'string' ? bytes(input) : input);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});
