import { describe, expect, it } from 'vitest';
import {
  fieldDomId,
  groupErrors,
  nextStep,
  pathOfReason,
  resolveField,
  sortByScreenOrder,
  stepOfPath,
  toFormPath,
} from '../../src/sidebar/steps';

const order = [
  'name',
  'stage',
  'otherAffairs',
  'originKind',
  'originTitle',
  'design',
  'indicators.16.level',
  'indicators.16.evidence',
];
const rendered = new Set(order);

describe('problem navigation', () => {
  it('puts each field on its step', () => {
    expect(stepOfPath('name')).toBe('profil');
    expect(stepOfPath('originTitle')).toBe('profil');
    expect(stepOfPath('design')).toBe('rancang');
    expect(stepOfPath('result')).toBe('rancang');
    expect(stepOfPath('indicators.16.evidence')).toBe('indikator');
    expect(stepOfPath('benefitBasis')).toBe('indikator');
  });

  it('derives stable DOM ids from paths', () => {
    expect(fieldDomId('name')).toBe('f-name');
    expect(fieldDomId('indicators.16.letterDate')).toBe('f-indicators-16-letterDate');
  });

  it('resolves core paths to the rendered field', () => {
    expect(resolveField('name', rendered)).toBe('name');
    expect(resolveField('otherAffairs.2', rendered)).toBe('otherAffairs');
    expect(resolveField('origin.title', rendered)).toBe('originTitle');
    expect(resolveField('origin', rendered)).toBe('originKind');
    expect(toFormPath('origin.year')).toBe('originYear');
    expect(resolveField('innovation.origin.title', rendered)).toBe('originTitle');
    expect(resolveField('indicators.16', rendered)).toBe('indicators.16.level');
    expect(resolveField('indicators.16.evidence', rendered)).toBe('indicators.16.evidence');
    expect(resolveField('verification.notes.16', rendered)).toBeNull();
  });

  it('groups messages by field without repeating one', () => {
    const g = groupErrors(
      [
        { path: 'otherAffairs.0', message: 'A' },
        { path: 'otherAffairs.1', message: 'A' },
        { path: 'name', message: 'B' },
        { path: 'nowhere', message: 'C' },
      ],
      rendered,
    );
    expect(Object.fromEntries(g)).toEqual({ otherAffairs: ['A'], name: ['B'], '': ['C'] });
  });

  it('orders problems as the fields appear on screen', () => {
    const sorted = sortByScreenOrder(
      [
        { path: 'indicators.16.evidence', message: '3' },
        { path: 'unknown', message: '5' },
        { path: 'design', message: '2' },
        { path: 'name', message: '1' },
        { path: 'indicators.16', message: '4' },
      ],
      rendered,
      order,
    );
    expect(sorted.map((e) => e.message)).toEqual(['1', '2', '4', '3', '5']);
  });

  it('links each not-counted reason to where it is fixed', () => {
    expect(pathOfReason({ code: 'stage', stage: 'uji_coba' })).toBe('stage');
    expect(pathOfReason({ code: 'window', start: '2025-01-01', end: '2026-12-31' })).toBe(
      'implementationDate',
    );
    expect(pathOfReason({ code: 'design_words', words: 3, minimum: 300 })).toBe('design');
    expect(pathOfReason({ code: 'mandatory', indicators: ['32', '35'] })).toBe('indicators.32.level');
    expect(pathOfReason({ code: 'not_verified', status: 'pending' })).toBeNull();
  });

  it('moves between steps without running off either end', () => {
    expect(nextStep('profil', -1)).toBe('profil');
    expect(nextStep('profil', 1)).toBe('rancang');
    expect(nextStep('tinjau', 1)).toBe('tinjau');
  });
});
