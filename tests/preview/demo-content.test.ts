import { describe, expect, it } from 'vitest';
import { countWords, getRubric, validateInnovation } from '../../src/core';
import { buildInnovation, designText } from '../../src/preview/demo/build';
import { DEMO_INNOVATIONS } from '../../src/preview/demo/catalogue';
import { DEMO_USERS } from '../../src/preview/demo/people';
import { EXAMPLE_OPDS } from '../../src/server/defaults';

const RUBRIC = getRubric('iid-2027');
const opdName = (code: string) => EXAMPLE_OPDS.find((o) => o.code === code)?.name ?? code;

describe('Majene demo content', () => {
  it('has about 25 innovations across every tahapan, the six yandas urusan and several OPDs', () => {
    expect(DEMO_INNOVATIONS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(DEMO_INNOVATIONS.map((d) => d.stage))).toEqual(
      new Set(['inisiatif', 'uji_coba', 'penerapan']),
    );
    const affairs = new Set(DEMO_INNOVATIONS.map((d) => d.mainAffair));
    for (const yandas of ['pendidikan', 'kesehatan', 'pupr', 'perkim', 'trantibum_linmas', 'sosial']) {
      expect(affairs).toContain(yandas);
    }
    expect(new Set(DEMO_INNOVATIONS.map((d) => d.key)).size).toBe(DEMO_INNOVATIONS.length);
  });

  it('uses only OPDs of the example list that have a demo operator', () => {
    const operatorOpds = new Set(DEMO_USERS.filter((u) => u.role === 'operator').map((u) => u.opd));
    for (const d of DEMO_INNOVATIONS) {
      expect(EXAMPLE_OPDS.map((o) => o.code)).toContain(d.opd);
      expect(operatorOpds).toContain(d.opd);
    }
  });

  it('writes a rancang bangun of at least the minimum words, except where the demo wants it short', () => {
    for (const d of DEMO_INNOVATIONS.filter((x) => x.stage === 'penerapan')) {
      const words = countWords(designText(d, opdName(d.opd)));
      if (d.shortDesign) expect(words, d.key).toBeLessThan(RUBRIC.minDesignWords);
      else expect(words, d.key).toBeGreaterThanOrEqual(RUBRIC.minDesignWords);
    }
  });

  it('builds innovations that pass the submit rules unless the demo means them to fail', () => {
    for (const d of DEMO_INNOVATIONS) {
      const result = validateInnovation(RUBRIC, buildInnovation(d, opdName(d.opd)), 'submit');
      const errors = result.ok ? [] : result.errors;
      if (d.missingEvidence?.length) {
        expect(errors.map((e) => e.path).sort(), d.key).toEqual(
          d.missingEvidence.map((id) => `indicators.${id}.evidence`).sort(),
        );
      } else expect(errors, d.key).toEqual([]);
    }
  });

  it('uses only addresses on the reserved example domain', () => {
    for (const u of DEMO_USERS) expect(u.email).toMatch(/@majene\.example$/);
  });
});
