// The active spreadsheet: its tabs, A1 lookup across tabs, named ranges, sharing, locale and time
// zone, and toast.
import { parseRangeNotation, splitSheetPrefix } from '../a1';
import { GasError, GasObject } from '../bridge';
import { GAS_ERRORS } from '../errors';
import type { Runtime } from '../runtime';
import { DEFAULT_COLS, DEFAULT_ROWS, newSheetState } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { assertCanEdit } from './access';
import { assertCellBudget } from './grid';
import { checkRangeName, NamedRange } from './named-range';
import { Protection } from './protection';
import type { Range } from './range';
import { Sheet } from './sheet';
import { User } from './user';

export class Spreadsheet extends GasObject implements Surface<GoogleAppsScript.Spreadsheet.Spreadsheet> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'Spreadsheet';
  }
  private get ss() {
    return this.rt.state.spreadsheet;
  }

  getId(): string {
    return this.ss.id;
  }
  getName(): string {
    return this.ss.name;
  }
  rename(newName: string): void {
    this.ss.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ss.id}/edit`;
  }
  getOwner(): User {
    return new User(this.ss.owner);
  }
  getEditors(): User[] {
    return [...new Set([this.ss.owner, ...this.ss.editors])].map((e) => new User(e));
  }
  getViewers(): User[] {
    return this.ss.viewers.map((e) => new User(e));
  }
  addEditor(emailAddress: unknown): this {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: unknown[]): this {
    for (const e of emailAddresses.map((x) => (x instanceof User ? x.getEmail() : String(x)).toLowerCase()))
      if (!this.ss.editors.includes(e) && e !== this.ss.owner) this.ss.editors.push(e);
    return this;
  }
  removeEditor(emailAddress: unknown): this {
    const e = (emailAddress instanceof User ? emailAddress.getEmail() : String(emailAddress)).toLowerCase();
    this.ss.editors = this.ss.editors.filter((x) => x !== e);
    return this;
  }
  getSpreadsheetTimeZone(): string {
    return this.ss.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.ss.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this.ss.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.ss.locale = String(locale);
  }

  // ── sheets ──
  getSheets(): Sheet[] {
    return this.ss.sheets.map((s) => new Sheet(this.rt, s.id));
  }
  getNumSheets(): number {
    return this.ss.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const s = this.ss.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
    return s ? new Sheet(this.rt, s.id) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this.ss.sheets.find((x) => x.id === id);
    return s ? new Sheet(this.rt, s.id) : null;
  }
  getActiveSheet(): Sheet {
    const active = this.ss.sheets.find((s) => s.id === this.ss.activeSheetId) ?? this.ss.sheets[0]!;
    return new Sheet(this.rt, active.id);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return sheet.activate();
  }
  insertSheet(a?: unknown, b?: unknown): Sheet {
    const name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.ss.sheets.length;
    let finalName = name;
    if (finalName === undefined) {
      let n = this.ss.sheets.length + 1;
      while (this.ss.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    if (this.ss.sheets.some((s) => s.name.toLowerCase() === finalName.toLowerCase()))
      throw new GasError(GAS_ERRORS.sheetExists(finalName));
    assertCellBudget(this.ss, DEFAULT_ROWS * DEFAULT_COLS);
    const state = newSheetState(this.ss.nextId++, finalName);
    this.ss.sheets.splice(Math.max(0, Math.min(index, this.ss.sheets.length)), 0, state);
    this.ss.activeSheetId = state.id;
    return new Sheet(this.rt, state.id);
  }
  deleteSheet(sheet: Sheet): void {
    const s = sheet._state();
    assertCanEdit(this.rt, s, null);
    if (this.ss.sheets.length === 1) throw new GasError(GAS_ERRORS.lastSheet);
    this.ss.sheets = this.ss.sheets.filter((x) => x.id !== s.id);
    this.ss.protections = this.ss.protections.filter((p) => p.sheetId !== s.id);
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n.sheetId !== s.id);
    if (this.ss.activeSheetId === s.id) this.ss.activeSheetId = this.ss.sheets[0]!.id;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const active = this.getActiveSheet()._state();
    assertCanEdit(this.rt, active, null);
    const rest = this.ss.sheets.filter((s) => s.id !== active.id);
    rest.splice(Math.max(0, Math.min(pos - 1, rest.length)), 0, active);
    this.ss.sheets = rest;
  }

  // ── ranges ──
  getRange(a1Notation: string): Range {
    const ref = parseRangeNotation(a1Notation);
    if (!ref) throw new GasError(GAS_ERRORS.rangeNotFound);
    const sheet = ref.sheetName === null ? this.getActiveSheet() : this.getSheetByName(ref.sheetName);
    if (!sheet) throw new GasError(GAS_ERRORS.rangeNotFound);
    return sheet.getRange(splitSheetPrefix(a1Notation).cells);
  }
  getRangeByName(name: string): Range | null {
    const n = this.ss.namedRanges.find((x) => x.name === name);
    return n ? new NamedRange(this.rt, n.name).getRange() : null;
  }
  setNamedRange(name: string, range: Range): void {
    checkRangeName(name);
    const existing = this.ss.namedRanges.find((x) => x.name === name);
    if (existing) {
      existing.sheetId = range._sheetId;
      existing.range = { ...range._rect };
    } else {
      this.ss.namedRanges.push({ name, sheetId: range._sheetId, range: { ...range._rect } });
    }
  }
  getNamedRanges(): NamedRange[] {
    return this.ss.namedRanges.map((n) => new NamedRange(this.rt, n.name));
  }
  removeNamedRange(name: string): void {
    this.ss.namedRanges = this.ss.namedRanges.filter((x) => x.name !== name);
  }
  getProtections(type: unknown): Protection[] {
    const t = String(type);
    return this.ss.protections
      .filter((p) => (t === 'SHEET' ? p.range === null : p.range !== null))
      .map((p) => new Protection(this.rt, p.id));
  }

  // ── active-sheet shortcuts ──
  getDataRange(): Range {
    return this.getActiveSheet().getDataRange();
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  appendRow(rowContents: unknown[]): Sheet {
    return this.getActiveSheet().appendRow(rowContents);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.rt.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
      user: this.rt.identity().active,
    });
  }
}

surfaceCheck<Spreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>(true);
