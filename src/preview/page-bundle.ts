// Builds the preview page (src/preview/page/index.html with its script and styles inlined) in
// memory when the server starts: the page is never shipped, so it has no place in dist/.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { PREVIEW } from '../shared/messages/preview';

const PAGE_DIR = path.resolve(import.meta.dirname, 'page');
const INLINE = /<!--\s*@inline-(css|js)\s+(\S+)\s*-->/g;

export async function buildPage(): Promise<string> {
  const html = await readFile(path.join(PAGE_DIR, 'index.html'), 'utf8');
  const replacements = new Map<string, string>();
  for (const [marker, kind, rel] of html.matchAll(INLINE)) {
    const out = await esbuild.build({
      entryPoints: [path.join(PAGE_DIR, rel as string)],
      bundle: true,
      write: false,
      format: kind === 'js' ? 'iife' : undefined,
      platform: 'browser',
      target: 'es2020',
      charset: 'utf8',
      logLevel: 'error',
    });
    const code = (out.outputFiles[0]?.text ?? '').replace(/<\/(script|style)/gi, '<\\/$1');
    replacements.set(marker, kind === 'js' ? `<script>\n${code}</script>` : `<style>\n${code}</style>`);
  }
  return html
    .replace(/\{\{(\w+)\}\}/g, (marker, key: string) => {
      const text = (PREVIEW as Record<string, unknown>)[key];
      return typeof text === 'string' ? escapeHtml(text) : marker;
    })
    .replace(INLINE, (marker) => replacements.get(marker) ?? '');
}

/** The page's fixed texts come from the messages module, filled in where `{{key}}` stands. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
