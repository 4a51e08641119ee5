// What a verdict remembers of the content it was given to, and the field-by-field difference a
// re-review shows.
import { describe, expect, it } from 'vitest';
import { changedFields, contentSnapshot, parseSnapshot } from '../../src/core/snapshot';
import { completeInnovation } from '../addon/fixtures';

describe('content snapshot of a verdict', () => {
  it('keeps short fields as they are and long texts only as a hash', () => {
    const inv = completeInnovation('DINKES');
    const s = contentSnapshot(inv);
    expect(s.name).toBe('Posyandu Digital Majene');
    expect(s['indicators.16.evidence']).toBe('https://drive.google.com/file/d/bukti-16');
    expect(s.design).toMatch(/^#[0-9a-f]{16}$/);
    expect(s.otherAffairs).toBe('sosial');
    expect(JSON.stringify(s).length).toBeLessThan(50_000);
  });

  it('lists every changed field with the old and new value, long texts as changed', () => {
    const before = contentSnapshot(completeInnovation('DINKES'));
    const now = completeInnovation('DINKES', 'Posyandu Digital Terpadu');
    now.design = `${now.design} tambahan`;
    now.indicators['20'] = { level: 0 };
    delete now.result;
    const changes = changedFields(before, now);
    expect(changes.find((c) => c.path === 'name')).toEqual({
      path: 'name',
      wasEmpty: false,
      isEmpty: false,
      before: 'Posyandu Digital Majene',
      after: 'Posyandu Digital Terpadu',
    });
    expect(changes.find((c) => c.path === 'design')).toEqual({
      path: 'design',
      wasEmpty: false,
      isEmpty: false,
    });
    expect(changes.find((c) => c.path === 'result')).toEqual({
      path: 'result',
      wasEmpty: false,
      isEmpty: true,
    });
    expect(changes.find((c) => c.path === 'indicators.20.level')).toMatchObject({
      before: '2',
      isEmpty: true,
    });
    expect(changedFields(before, completeInnovation('DINKES'))).toEqual([]);
  });

  it('reads back only a flat object of strings', () => {
    expect(parseSnapshot('{"name":"A"}')).toEqual({ name: 'A' });
    for (const bad of ['', 'bukan json', '[1]', '{"name":1}', 'null']) expect(parseSnapshot(bad)).toBeNull();
  });
});
