import { describe, expect, it } from 'vitest';
import {
  DUPLICATE_KIND_LABELS,
  DUPLICATES_TABLE,
  formatSimilarity,
  sharedPhrasesText,
  similarItemLine,
  similarWarning,
} from '../../src/shared/messages';

describe('duplicate messages', () => {
  it('words similarity, kinds and the sidebar list in Bahasa Indonesia', () => {
    expect(formatSimilarity(0.874)).toBe('87%');
    expect(formatSimilarity(1.2)).toBe('100%');
    expect(DUPLICATE_KIND_LABELS.keduanya).toBe('Nama dan isi mirip');
    expect(similarItemLine({ name: 'SIPINTAR', opd: 'DISDIK', similarity: 0.874, kind: 'keduanya' })).toBe(
      'SIPINTAR (DISDIK) — 87% mirip, nama dan isi',
    );
    expect(similarItemLine({ name: 'SIPINTAR', opd: 'DISDIK', similarity: 0.6 })).toBe(
      'SIPINTAR (DISDIK) — 60% mirip',
    );
    expect(similarWarning(1)).toMatch(/^Ada 1 inovasi lain yang mirip/);
    expect(similarWarning(3)).toMatch(/^Ada 3 inovasi lain yang mirip/);
    expect(sharedPhrasesText(['kader posyandu', 'grafik pertumbuhan'])).toBe(
      '“kader posyandu”; “grafik pertumbuhan”',
    );
    expect(DUPLICATES_TABLE.title).toBe('Kemungkinan Duplikat');
  });
});
