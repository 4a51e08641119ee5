// Protection of a sheet or a range. Mirrors Google's documented rules: a new protection mirrors
// the spreadsheet's sharing until its editors or domain setting are changed; neither the owner nor
// the current user can be removed from the editors; only an editor may change or remove it.
import type { Rect } from '../a1';
import { GasError, GasObject } from '../bridge';
import { GAS_ERRORS } from '../errors';
import type { Runtime } from '../runtime';
import type { ProtectionState } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { canEditProtection, canEditRect, isConsumerAccount } from './access';
import { Range } from './range';
import { findSheet } from './sheet';
import { User } from './user';

export function newProtection(rt: Runtime, sheetId: number, range: Rect | null): ProtectionState {
  const ss = rt.state.spreadsheet;
  const p: ProtectionState = {
    id: ss.nextId++,
    sheetId,
    range,
    description: '',
    editors: [],
    warningOnly: false,
    domainEdit: false,
    unprotected: [],
    rangeName: null,
    mirror: true,
  };
  ss.protections.push(p);
  return p;
}

function emailOf(user: unknown): string {
  if (user instanceof User) return user.getEmail().toLowerCase();
  return String(user).trim().toLowerCase();
}

export class Protection extends GasObject implements Surface<GoogleAppsScript.Spreadsheet.Protection> {
  constructor(
    private readonly rt: Runtime,
    readonly _id: number,
  ) {
    super();
  }
  _gasClass() {
    return 'Protection';
  }

  _state(): ProtectionState {
    const p = this.rt.state.spreadsheet.protections.find((x) => x.id === this._id);
    if (!p) throw new GasError('This protection has been removed.');
    return p;
  }

  /** Only an editor of the protection may change it. */
  private _modify(): ProtectionState {
    const p = this._state();
    if (this.rt.current && !p.mirror && !canEditProtection(this.rt, p, this.rt.actingUser()))
      throw new GasError(GAS_ERRORS.protected);
    return p;
  }

  /** The first change to editors stops mirroring the spreadsheet: editors become explicit. */
  private _materialize(): ProtectionState {
    const p = this._modify();
    if (p.mirror) {
      const ss = this.rt.state.spreadsheet;
      const me = this.rt.actingUser();
      p.editors = [...new Set([...ss.editors, ...(me && me !== ss.owner ? [me] : [])])];
      p.mirror = false;
    }
    return p;
  }

  private _editorEmails(p: ProtectionState): string[] {
    const ss = this.rt.state.spreadsheet;
    const list = p.mirror ? ss.editors : p.editors;
    return [...new Set([ss.owner, ...list])];
  }

  getDescription(): string {
    return this._state().description;
  }
  setDescription(description: string): this {
    this._modify().description = String(description);
    return this;
  }
  /**
   * The owner and the editors. A warning-only protection has no editors: the Sheets API keeps none
   * for it ("Editors are not supported with warningOnly protection",
   * developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange).
   */
  getEditors(): User[] {
    const p = this._state();
    if (p.warningOnly) return [];
    return this._editorEmails(p).map((e) => new User(e));
  }
  addEditor(emailAddress: unknown): this {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: unknown[]): this {
    const p = this._materialize();
    for (const e of emailAddresses.map(emailOf)) if (e && !p.editors.includes(e)) p.editors.push(e);
    return this;
  }
  removeEditor(emailAddress: unknown): this {
    return this.removeEditors([emailAddress]);
  }
  removeEditors(emailAddresses: unknown[]): this {
    const p = this._materialize();
    const me = this.rt.actingUser();
    const drop = new Set(emailAddresses.map(emailOf).filter((e) => e !== me));
    p.editors = p.editors.filter((e) => !drop.has(e));
    return this;
  }
  canDomainEdit(): boolean {
    return this._state().domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    const p = this._materialize();
    if (editable && isConsumerAccount(this.rt.owner))
      throw new GasError('Domain edit is not supported for spreadsheets outside a Google Workspace domain.');
    p.domainEdit = !!editable;
    return this;
  }
  isWarningOnly(): boolean {
    return this._state().warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    const p = this._modify();
    p.warningOnly = !!warningOnly;
    if (p.warningOnly) p.editors = [];
    return this;
  }
  canEdit(): boolean {
    const p = this._state();
    return (
      canEditProtection(this.rt, p, this.rt.actingUser()) ||
      canEditRect(this.rt, findSheet(this.rt, p.sheetId), p.range)
    );
  }
  getProtectionType(): string {
    return this._state().range ? 'RANGE' : 'SHEET';
  }
  getRange(): Range {
    const p = this._state();
    const sheet = findSheet(this.rt, p.sheetId);
    return new Range(
      this.rt,
      p.sheetId,
      p.range ? { ...p.range } : { r1: 1, c1: 1, r2: sheet.maxRows, c2: sheet.maxCols },
    );
  }
  setRange(range: Range): this {
    const p = this._modify();
    if (!p.range) throw new GasError('A sheet protection cannot be given a range.');
    p.sheetId = range._sheetId;
    p.range = { ...range._rect };
    return this;
  }
  getRangeName(): string | null {
    return this._state().rangeName;
  }
  setRangeName(rangeName: string): this {
    const p = this._modify();
    const named = this.rt.state.spreadsheet.namedRanges.find((n) => n.name === rangeName);
    if (!named) throw new GasError(`Range not found: ${rangeName}`);
    p.rangeName = rangeName;
    p.sheetId = named.sheetId;
    p.range = { ...named.range };
    return this;
  }
  getUnprotectedRanges(): Range[] {
    const p = this._state();
    return p.unprotected.map((r) => new Range(this.rt, p.sheetId, { ...r }));
  }
  setUnprotectedRanges(ranges: Range[]): this {
    const p = this._modify();
    if (p.range) throw new GasError('Unprotected ranges can only be set on a sheet protection.');
    for (const r of ranges)
      if (r._sheetId !== p.sheetId)
        throw new GasError('The unprotected ranges must be on the protected sheet.');
    p.unprotected = ranges.map((r) => ({ ...r._rect }));
    return this;
  }
  remove(): void {
    this._modify();
    const ss = this.rt.state.spreadsheet;
    ss.protections = ss.protections.filter((x) => x.id !== this._id);
  }
}

surfaceCheck<Protection, GoogleAppsScript.Spreadsheet.Protection>(true);
