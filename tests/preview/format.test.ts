import { describe, expect, it } from 'vitest';
import { displayValue } from '../../src/preview/format';

// Expected texts are what Google Sheets shows with the spreadsheet locale set to Indonesia.
describe('displayValue (locale Indonesia)', () => {
  it('shows automatic numbers with a decimal comma and no grouping', () => {
    expect(displayValue(25.39)).toBe('25,39');
    expect(displayValue(1234567)).toBe('1234567');
    expect(displayValue(-0.5)).toBe('-0,5');
    expect(displayValue(0.1 + 0.2)).toBe('0,3');
  });

  it('renders number patterns with the locale symbols', () => {
    expect(displayValue(1234.5, '#,##0.00')).toBe('1.234,50');
    expect(displayValue(1234.5, '0.00')).toBe('1234,50');
    expect(displayValue(0.1234, '0.00%')).toBe('12,34%');
    expect(displayValue(7, '0')).toBe('7');
    expect(displayValue(-3.2, '0.0')).toBe('-3,2');
    expect(displayValue(12.5, '0.##')).toBe('12,5');
    expect(displayValue(-5, '0;(0)')).toBe('(5)');
    expect(displayValue(0, '0;-0;"–"')).toBe('–');
    expect(displayValue(3, '0" inovasi"')).toBe('3 inovasi');
  });

  it('shows dates as dd/mm/yyyy in the spreadsheet time zone', () => {
    // 2026-03-01T16:30Z is 2 March 00:30 WITA.
    const d = new Date('2026-03-01T16:30:00Z');
    expect(displayValue(d, 'dd/mm/yyyy')).toBe('02/03/2026');
    expect(displayValue(d, 'd mmmm yyyy')).toBe('2 Maret 2026');
    expect(displayValue(d, 'dd/mm/yyyy hh:mm')).toBe('02/03/2026 00:30');
    expect(displayValue(d, 'dddd, d mmm yy')).toBe('Senin, 2 Mar 26');
    expect(displayValue(new Date('2026-08-17T00:00:00+08:00'))).toBe('17/08/2026');
    expect(displayValue(new Date('2026-08-17T09:05:00+08:00'))).toBe('17/08/2026 09.05.00');
  });

  it('keeps text as typed, including text that looks like a formula', () => {
    expect(displayValue('=SUM(A1)', '@')).toBe('=SUM(A1)');
    expect(displayValue('Dinas Kesehatan')).toBe('Dinas Kesehatan');
    expect(displayValue('', '0.00')).toBe('');
  });

  it('shows booleans as Sheets does', () => {
    expect(displayValue(true)).toBe('TRUE');
    expect(displayValue(false)).toBe('FALSE');
  });
});
