import { describe, expect, it } from 'vitest';
import type { Innovation } from '../../src/core/model';
import {
  contentKey,
  emptyForm,
  fromInnovation,
  hasValue,
  originIsTraining,
  originNeedsDetails,
  toInnovation,
} from '../../src/sidebar/form-state';

const IDS = ['16', '17', '35'];

const full: Innovation = {
  id: 'INV-1',
  opd: 'DINKES',
  name: 'Posyandu Digital',
  stage: 'penerapan',
  mainAffair: 'kesehatan',
  otherAffairs: ['sosial', 'pendidikan'],
  trialDate: '2024-05-01',
  implementationDate: '2025-01-10',
  developmentDate: null,
  design: 'Rancang\nbangun',
  goal: 'Tujuan',
  benefit: 'Manfaat',
  result: 'Hasil',
  indicators: {
    '16': {
      level: 2,
      evidence: 'https://a.example/1\nhttps://a.example/2',
      letterNumber: '800/1',
      letterDate: '2025-01-02',
    },
    '17': { level: 0 },
  },
  initiator: 'opd',
  initiatorName: 'Dinas Kesehatan',
  kind: 'digital',
  form: 'pelayanan_publik',
  theme: 'asta_cita_4',
  classification: 'perangkat_daerah',
  origin: { kind: 'pka', title: 'Proyek', participant: 'Andi', year: 2024 },
  benefitBasis: 'a',
};

describe('form state ↔ Innovation', () => {
  it('round-trips a complete innovation unchanged', () => {
    expect(toInnovation(fromInnovation(full, IDS))).toEqual(full);
  });

  it('sends an empty form as the fewest keys, never empty strings for choices', () => {
    const inv = toInnovation(emptyForm('DINKES', IDS));
    expect(inv).toEqual({
      id: '',
      opd: 'DINKES',
      name: '',
      otherAffairs: [],
      trialDate: null,
      implementationDate: null,
      developmentDate: null,
      indicators: {},
    });
    expect('stage' in inv).toBe(false);
    expect('mainAffair' in inv).toBe(false);
  });

  it('trims the ends of texts but keeps inner line breaks', () => {
    const s = emptyForm('X', IDS);
    s.name = '  Nama  ';
    s.design = '\n satu\r\ndua \n';
    const inv = toInnovation(s);
    expect(inv.name).toBe('Nama');
    expect(inv.design).toBe('satu\r\ndua');
  });

  it('keeps evidence typed before the level went back to "Belum ada"', () => {
    const s = emptyForm('X', IDS);
    s.indicators['16'] = {
      level: '0',
      evidence: ' https://x.example ',
      letterNumber: '',
      letterDate: '',
      note: '',
    };
    expect(toInnovation(s).indicators['16']).toEqual({ level: 0, evidence: 'https://x.example' });
  });

  it('drops untouched indicators and normalises CRLF in evidence', () => {
    const s = emptyForm('X', IDS);
    s.indicators['35'] = {
      level: '3',
      evidence: 'https://a\r\nhttps://b',
      letterNumber: '',
      letterDate: '',
      note: '',
    };
    expect(toInnovation(s).indicators).toEqual({ '35': { level: 3, evidence: 'https://a\nhttps://b' } });
  });

  it('keeps only the origin details its kind has', () => {
    const s = fromInnovation(full, IDS);
    s.originKind = 'masyarakat';
    expect(toInnovation(s).origin).toEqual({ kind: 'masyarakat' });
    s.originKind = 'program_opd';
    expect(toInnovation(s).origin).toEqual({ kind: 'program_opd', title: 'Proyek' });
    s.originKind = 'latsar';
    s.originYear = '';
    expect(toInnovation(s).origin).toEqual({
      kind: 'latsar',
      title: 'Proyek',
      participant: 'Andi',
      year: null,
    });
    expect(originIsTraining('pkp')).toBe(true);
    expect(originIsTraining('program_opd')).toBe(false);
    expect(originNeedsDetails('masyarakat')).toBe(false);
    expect(originNeedsDetails('')).toBe(false);
  });

  it('does not send the main urusan again among the other urusan', () => {
    const s = fromInnovation(full, IDS);
    s.otherAffairs = ['kesehatan', 'sosial'];
    expect(toInnovation(s).otherAffairs).toEqual(['sosial']);
  });

  it('keeps stored indicators that the rubric no longer lists', () => {
    const s = fromInnovation({ ...full, indicators: { '99': { level: 1, evidence: 'https://z' } } }, IDS);
    expect(Object.keys(s.indicators).sort()).toEqual(['16', '17', '35', '99']);
    expect(toInnovation(s).indicators['99']).toEqual({ level: 1, evidence: 'https://z' });
  });

  it('contentKey changes with the content and only with it', () => {
    const a = fromInnovation(full, IDS);
    const b = fromInnovation(full, IDS);
    expect(contentKey(a)).toBe(contentKey(b));
    b.name = 'Posyandu Digital ';
    expect(contentKey(b)).toBe(contentKey(a)); // trailing space is not content
    b.indicators['17']!.level = '1';
    expect(contentKey(b)).not.toBe(contentKey(a));
  });

  it('hasValue reads flat fields, lists and indicator fields', () => {
    const s = fromInnovation(full, IDS);
    expect(hasValue(s, 'name')).toBe(true);
    expect(hasValue(s, 'developmentDate')).toBe(false);
    expect(hasValue(s, 'otherAffairs')).toBe(true);
    expect(hasValue(s, 'indicators.16.evidence')).toBe(true);
    expect(hasValue(s, 'indicators.17.evidence')).toBe(false);
    expect(hasValue(s, 'indicators.99.level')).toBe(false);
  });
});
