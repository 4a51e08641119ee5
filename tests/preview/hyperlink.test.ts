// The preview shows a HYPERLINK formula as Sheets does: its label, as a link to its address (the
// Ringkasan footnote links to the Rincian of the same tab). Any other formula stays a formula.
import { describe, expect, it } from 'vitest';
import { hyperlink } from '../../src/preview/snapshot';

describe('hyperlink', () => {
  it('reads the address and the label, with doubled quotes and either separator', () => {
    expect(hyperlink('=HYPERLINK("#gid=12&range=A22","Rincian ↓")')).toEqual({
      url: '#gid=12&range=A22',
      label: 'Rincian ↓',
    });
    expect(hyperlink('=hyperlink( "https://example.com" ; "kata ""kutip""" )')).toEqual({
      url: 'https://example.com',
      label: 'kata "kutip"',
    });
  });

  it('leaves other formulas and computed arguments alone', () => {
    expect(hyperlink('=A1+1')).toBeNull();
    expect(hyperlink('=HYPERLINK(A1,"x")')).toBeNull();
    expect(hyperlink('=HYPERLINK("a","b")&"c"')).toBeNull();
  });
});
