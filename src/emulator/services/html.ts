// HtmlService: pages come from the build's dist folder, as Apps Script serves the pushed files.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GasError, GasObject } from '../bridge';
import { GAS_ERRORS } from '../errors';
import type { Runtime } from '../runtime';
import { type Surface, surfaceCheck } from '../surface';

function readPage(rt: Runtime, filename: string): string {
  const name = String(filename).replace(/\.html$/, '');
  const file = path.join(rt.options.htmlDir, `${name}.html`);
  if (!existsSync(file)) throw new GasError(GAS_ERRORS.htmlNotFound(name));
  return readFileSync(file, 'utf8');
}

export class HtmlOutput extends GasObject implements Surface<GoogleAppsScript.HTML.HtmlOutput> {
  private title = '';
  private width = 600;
  private height = 400;
  constructor(
    private content: string,
    readonly _file: string | null = null,
  ) {
    super();
  }
  _gasClass() {
    return 'HtmlOutput';
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += String(addedContent).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = Number(width);
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = Number(height);
    return this;
  }
  setSandboxMode(_mode: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
  setFaviconUrl(_iconUrl: string): this {
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.content = `<meta name="${name}" content="${content}">${this.content}`;
    return this;
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Compiles <? code ?>, <?= escaped ?> and <?!= raw ?> scriptlets into a function of the template's variables. */
function compileTemplate(src: string): string {
  let code = 'var __out = [];\n';
  let i = 0;
  while (i < src.length) {
    const start = src.indexOf('<?', i);
    if (start < 0) {
      code += `__out.push(${JSON.stringify(src.slice(i))});\n`;
      break;
    }
    code += `__out.push(${JSON.stringify(src.slice(i, start))});\n`;
    const end = src.indexOf('?>', start);
    if (end < 0) throw new GasError('Unterminated scriptlet in template');
    const body = src.slice(start + 2, end);
    if (body.startsWith('!=')) code += `__out.push(String(${body.slice(2)}));\n`;
    else if (body.startsWith('=')) code += `__out.push(__esc(String(${body.slice(1)})));\n`;
    else code += `${body}\n`;
    i = end + 2;
  }
  return `${code}return __out.join('');`;
}

export class HtmlTemplate extends GasObject implements Surface<GoogleAppsScript.HTML.HtmlTemplate> {
  constructor(
    private readonly raw: string,
    private readonly file: string | null,
  ) {
    super();
  }
  _gasClass() {
    return 'HtmlTemplate';
  }
  /** The script's template variables arrive as the argument (the stub forwards its own properties). */
  evaluate(vars?: Record<string, unknown>): HtmlOutput {
    // Scriptlets see the template's variables only, not the script's globals (documented limit).
    const fn = new Function('__vars', '__esc', `with (__vars) {\n${compileTemplate(this.raw)}\n}`) as (
      v: Record<string, unknown>,
      e: (s: string) => string,
    ) => string;
    return new HtmlOutput(fn(vars ?? {}, escapeHtml), this.file);
  }
  getCode(): string {
    return compileTemplate(this.raw);
  }
  getRawContent(): string {
    return this.raw;
  }
}

export class HtmlService extends GasObject implements Surface<GoogleAppsScript.HTML.HtmlService> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'HtmlService';
  }
  override _props() {
    return {
      SandboxMode: { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' },
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    };
  }
  createHtmlOutput(html?: unknown): HtmlOutput {
    return new HtmlOutput(html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(readPage(this.rt, filename), String(filename).replace(/\.html$/, ''));
  }
  createTemplate(html: unknown): HtmlTemplate {
    return new HtmlTemplate(String(html), null);
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(readPage(this.rt, filename), String(filename).replace(/\.html$/, ''));
  }
}

surfaceCheck<HtmlOutput, GoogleAppsScript.HTML.HtmlOutput>(true);
surfaceCheck<HtmlTemplate, GoogleAppsScript.HTML.HtmlTemplate>(true);
surfaceCheck<HtmlService, GoogleAppsScript.HTML.HtmlService>(true);
