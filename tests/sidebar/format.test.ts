import { describe, expect, it } from 'vitest';
import {
  sidebarNotCounted,
  sidebarScore,
  sidebarVerifiedScore,
  sidebarWeight,
  sidebarWordCount,
} from '../../src/shared/messages/sidebar';
import { evidenceLinks, formatDate, stageLabel, statusLabel } from '../../src/sidebar/format';

describe('sidebar wording and formatting', () => {
  it('shows the SID score with a decimal comma out of the maximum', () => {
    expect(sidebarScore(54, 111)).toBe('Skor SID 54,00 / 111');
    expect(sidebarScore(1234.5, 111)).toBe('Skor SID 1.234,50 / 111');
    expect(sidebarVerifiedScore(6.75, 111.5)).toBe('Skor terverifikasi 6,75 / 111,50');
  });

  it('turns the core reasons into one "tidak dihitung karena …" clause list', () => {
    expect(sidebarNotCounted([])).toBe('tidak dihitung');
    expect(
      sidebarNotCounted([
        'Tahapan masih inisiatif; yang dihitung hanya tahap penerapan.',
        'Rancang bangun baru 3 kata.',
      ]),
    ).toBe(
      'tidak dihitung karena tahapan masih inisiatif; yang dihitung hanya tahap penerapan; rancang bangun baru 3 kata',
    );
    // An acronym keeps its capitals.
    expect(sidebarNotCounted(['OPD belum dipilih.'])).toBe('tidak dihitung karena OPD belum dipilih');
  });

  it('counts words against the minimum', () => {
    expect(sidebarWordCount(120, 300)).toBe('120 kata dari minimal 300 — kurang 180');
    expect(sidebarWordCount(300, 300)).toBe('300 kata (minimal 300) — cukup');
    expect(sidebarWordCount(5, 0)).toBe('5 kata');
  });

  it('formats weights, dates and labels the Indonesian way', () => {
    expect(sidebarWeight(3)).toBe('Bobot 3');
    expect(sidebarWeight(0.75)).toBe('Bobot 0,75');
    expect(formatDate('2025-03-07')).toBe('7 Mar 2025');
    expect(formatDate('2027-02-01T10:00:00Z')).toBe('1 Feb 2027');
    expect(formatDate('')).toBe('');
    expect(formatDate('kemarin')).toBe('kemarin');
    expect(statusLabel('reverify')).toBe('Perlu verifikasi ulang');
    expect(statusLabel('returned')).toBe('Perlu Perbaikan');
    expect(stageLabel('uji_coba')).toBe('Uji coba');
  });

  it('keeps only http(s) evidence as links', () => {
    expect(evidenceLinks('https://a.example/x\n javascript:alert(1)  http://b.example ftp://c')).toEqual([
      'https://a.example/x',
      'http://b.example',
    ]);
    expect(evidenceLinks(undefined)).toEqual([]);
  });
});
