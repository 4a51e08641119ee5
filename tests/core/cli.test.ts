// The scoring CLI as a user runs it: a real process, real files, exit codes and streams.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from './support';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures');

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/run-ts.mjs', script, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function minimalFile(): string {
  const data = JSON.parse(readFileSync(path.join(fixtures, 'score-minimal.json'), 'utf8'));
  data.innovations[0].design = words(310);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'skor-')), 'masukan.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('npm run score', () => {
  it('prints one JSON document with the contract keys, numbers rounded to 2 decimals', () => {
    const { code, stdout, stderr } = run('src/cli/score.ts', minimalFile());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.rubric).toBe('iid-2026');
    for (const p of [out.claimed, out.verified]) {
      for (const key of [
        'spd',
        'sidAverage',
        'divisor',
        'counted',
        'affairsCovered',
        'jumlahInovasi',
        'total',
        'iid',
        'predikat',
      ])
        expect(p).toHaveProperty(key);
    }
    // SPD 3 + 0.75; SID 3 + 2 + 6 + 6 + 12 = 29 → 29/12; IID = (3.75 + 2.4166…)/250 × 100 = 2.4666… → 2.47.
    expect(out.claimed).toMatchObject({
      spd: 3.75,
      sidAverage: 2.42,
      divisor: 12,
      counted: 1,
      jumlahInovasi: 0,
    });
    expect(out.claimed.iid).toBe(2.47);
    expect(out.claimed.predikat).toBe('Kurang Inovatif');
    expect(out.verified.counted).toBe(0);
    expect(
      out.innovations.map((i: { id: string; sidScore: number; counted: boolean }) => [
        i.id,
        i.sidScore,
        i.counted,
      ]),
    ).toEqual([
      ['A-1', 29, true],
      ['A-2', 0, false],
    ]);
    expect(out.innovations[1].reasons[0]).toMatch(/Tahapan masih uji coba/);
    expect(
      out.opds.map((o: { opd: string; rank: number; contribution: number }) => [
        o.opd,
        o.rank,
        o.contribution,
      ]),
    ).toEqual([
      ['DINKES', 1, 2.42],
      ['DISDIK', 2, 0],
    ]);
    const numbers = stdout.match(/-?\d+\.\d+/g) ?? [];
    for (const n of numbers) expect(n.split('.')[1]!.length).toBeLessThanOrEqual(2);
  });

  it('scores the Majene example', () => {
    const { code, stdout } = run('src/cli/score.ts', 'examples/majene-2026.json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.opds.length).toBeGreaterThanOrEqual(10);
    expect(out.opdsWithNothing).toEqual(['DISPAR']);
    expect(out.claimed.iid).toBeGreaterThan(out.verified.iid);
  });

  it('exits 2 naming the innovation and the field in Bahasa Indonesia', () => {
    const { code, stdout, stderr } = run('src/cli/score.ts', path.join(fixtures, 'score-invalid.json'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Masukan tidak valid (4 masalah):');
    expect(stderr).toContain('Inovasi ke-2 (id "B-2"): Nama inovasi wajib diisi. [innovations.1.name]');
    expect(stderr).toContain('Inovasi ke-2 (id "B-2"): Tahapan inovasi tidak dikenal.');
    expect(stderr).toContain('Inovasi ke-2 (id "B-2"): Waktu penerapan harus tanggal yang ada');
    expect(stderr).toContain('Inovasi ke-2 (id "B-2"): Bukti dukung indikator 16, baris 1:');
    expect(stderr).not.toContain('B-1');
  });

  it('exits 2 on a file that is not JSON, a missing file, or no argument', () => {
    const notJson = run('src/cli/score.ts', path.join(fixtures, 'score-not-json.txt'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^Berkas ".*score-not-json.txt" bukan JSON yang valid: /);
    const missing = run('src/cli/score.ts', path.join(fixtures, 'tidak-ada.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/tidak dapat dibaca: berkas tidak ditemukan/);
    const none = run('src/cli/score.ts');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Pemakaian: npm run --silent score -- BERKAS.json');
  });

  it('exits 2 on an unknown rubric', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'skor-'));
    const file = path.join(dir, 'x.json');
    writeFileSync(file, JSON.stringify({ rubric: 'iid-2030', innovations: [] }));
    const r = run('src/cli/score.ts', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Rubrik "iid-2030" tidak dikenal');
  });
});

describe('npm run schema', () => {
  it('prints the JSON Schema of the input', () => {
    const { code, stdout } = run('src/cli/schema.ts');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.innovations.items.properties.stage.enum).toEqual([
      'inisiatif',
      'uji_coba',
      'penerapan',
    ]);
    expect(
      schema.properties.innovations.items.properties.indicators.additionalProperties.properties.level.enum,
    ).toEqual([0, 1, 2, 3]);
  });
});
