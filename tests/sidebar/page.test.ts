// The page HtmlService serves: one self-contained file within the size budget of DESIGN.md
// ("the sidebar HTML, with everything inlined, stays under 150 KB"). dist/ is built by globalSetup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync('dist/Sidebar.html', 'utf8');

describe('dist/Sidebar.html', () => {
  it('stays under 150 KB with everything inlined', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
  });

  it('is self-contained: scripts and styles inlined, nothing loaded from elsewhere', () => {
    expect(html).not.toMatch(/@inline-(css|js)/);
    expect(html).toMatch(/<style>/);
    expect(html).toMatch(/<script>/);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    // Exactly one inlined script element: a stray "</script" in the code would have split it.
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
  });

  it('opens links outside the sandboxed frame and declares the language', () => {
    expect(html).toContain('<base target="_top">');
    expect(html).toContain('<html lang="id">');
  });

  it('has the live status line and the sticky footer the tests and screen readers rely on', () => {
    expect(html).toMatch(/<p id="status" role="status" aria-live="polite"/);
    expect(html).toContain('id="footer-actions"');
    expect(html).toContain('id="score-value"');
  });
});
