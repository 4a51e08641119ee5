import { describe, expect, it } from 'vitest';
import type { Innovation } from '../../src/core/model';
import type { InnovationDetail } from '../../src/shared/api';
import {
  claimedIndicators,
  initialDraft,
  reviewProblems,
  toVerificationRequest,
} from '../../src/sidebar/review-state';

const innovation: Innovation = {
  id: 'INV-7',
  opd: 'DISDIK',
  name: 'Sekolah Ramah Anak',
  stage: 'penerapan',
  mainAffair: 'pendidikan',
  indicators: {
    '17': { level: 1, evidence: 'https://a' },
    '16': { level: 2, evidence: 'https://b' },
    '18': { level: 0 },
    '33a': { level: 3 },
  },
};
const detail: InnovationDetail = {
  innovation,
  status: 'submitted',
  revision: 4,
  verification: null,
  updatedBy: 'op@x',
  updatedAt: '2027-01-01T00:00:00Z',
};

describe('verification decision', () => {
  it('claimed indicators are those with a level, in indicator order', () => {
    expect(claimedIndicators(innovation)).toEqual(['16', '17', '33a']);
  });

  it('"Terverifikasi" needs a verdict on every claimed indicator', () => {
    const draft = { indicators: { '16': 'accepted' as const }, notes: {}, note: '' };
    expect(reviewProblems(innovation, draft, 'verified')).toEqual([
      { kind: 'verdict', indicator: '17' },
      { kind: 'verdict', indicator: '33a' },
    ]);
  });

  it('"Kembalikan" needs a note, general or per indicator', () => {
    expect(
      reviewProblems(innovation, { indicators: {}, notes: { '16': '  ' }, note: ' ' }, 'returned'),
    ).toEqual([{ kind: 'note' }]);
    expect(
      reviewProblems(innovation, { indicators: {}, notes: { '16': 'SK salah' }, note: '' }, 'returned'),
    ).toEqual([]);
  });

  it('sends only verdicts of claimed indicators and only non-empty notes, at the revision seen', () => {
    const request = toVerificationRequest(
      detail,
      {
        indicators: { '16': 'accepted', '17': 'rejected', '18': 'accepted' },
        notes: { '17': ' Lampirkan SK ', '16': '' },
        note: ' Perbaiki bukti. ',
      },
      'returned',
    );
    expect(request).toEqual({
      id: 'INV-7',
      revision: 4,
      decision: 'returned',
      indicators: { '16': 'accepted', '17': 'rejected' },
      notes: { '17': 'Lampirkan SK' },
      note: 'Perbaiki bukti.',
    });
  });
});

describe('a resubmitted innovation under review again', () => {
  it('keeps earlier acceptances but asks again for earlier rejections, with their notes', () => {
    const draft = initialDraft({
      status: 'returned',
      indicators: { '16': 'accepted', '35': 'rejected' },
      notes: { '35': 'Video belum memuat manfaat.' },
      note: 'Perbaiki video.',
    });
    expect(draft.indicators).toEqual({ '16': 'accepted' });
    expect(draft.notes).toEqual({ '35': 'Video belum memuat manfaat.' });
    expect(draft.note).toBe('Perbaiki video.');
    // Nothing decided yet on the fixed indicator, so "Terverifikasi" cannot be sent blind.
    expect(
      reviewProblems(
        { ...innovation, indicators: { '16': { level: 2 }, '35': { level: 1 } } },
        draft,
        'verified',
      ),
    ).toEqual([{ kind: 'verdict', indicator: '35' }]);
  });

  it('starts empty for a first review', () => {
    expect(initialDraft(null)).toEqual({ indicators: {}, notes: {}, note: '' });
  });
});
