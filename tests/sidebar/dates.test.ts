// The form's date fields: typed and shown as dd/mm/yyyy, kept as ISO dates.
import { describe, expect, it } from 'vitest';
import { displayToIso, isoToDisplay } from '../../src/sidebar/dates';

describe('date fields', () => {
  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(isoToDisplay('2025-03-07')).toBe('07/03/2025');
    expect(isoToDisplay('')).toBe('');
    expect(isoToDisplay('07/03/20')).toBe('07/03/20');
  });

  it('reads day first, with or without leading zeros and with / . or -', () => {
    expect(displayToIso('7/3/2025')).toBe('2025-03-07');
    expect(displayToIso(' 17.03.2025 ')).toBe('2025-03-17');
    expect(displayToIso('17-03-2025')).toBe('2025-03-17');
    expect(displayToIso('')).toBe('');
  });

  it('passes anything else on as typed, for the check to mark (never a guess)', () => {
    expect(displayToIso('03/17')).toBe('03/17');
    expect(displayToIso('2025-03-17')).toBe('2025-03-17');
  });
});
