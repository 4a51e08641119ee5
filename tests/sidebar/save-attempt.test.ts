import { describe, expect, it } from 'vitest';
import { randomKey, SaveAttempts } from '../../src/sidebar/save-attempt';

function counter() {
  let n = 0;
  return () => `k${++n}`;
}

describe('idempotency keys of saves', () => {
  it('a retry of the same content after a failure reuses the key', () => {
    const a = new SaveAttempts(counter());
    expect(a.keyFor('draft|A')).toBe('k1');
    expect(a.pending).toBe('k1');
    expect(a.keyFor('draft|A')).toBe('k1');
  });

  it('a change of content or of intent gets a new key', () => {
    const a = new SaveAttempts(counter());
    a.keyFor('draft|A');
    expect(a.keyFor('draft|B')).toBe('k2');
    expect(a.keyFor('submit|B')).toBe('k3');
  });

  it('after a success the same content is a new submission', () => {
    const a = new SaveAttempts(counter());
    a.keyFor('draft|A');
    a.succeeded();
    expect(a.pending).toBeNull();
    expect(a.keyFor('draft|A')).toBe('k2');
  });

  it('random keys are long and distinct', () => {
    const keys = new Set(Array.from({ length: 200 }, randomKey));
    expect(keys.size).toBe(200);
    for (const k of keys) expect(k.length).toBeGreaterThanOrEqual(32);
  });
});
