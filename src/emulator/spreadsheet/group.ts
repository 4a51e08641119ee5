// Column groups (Range.shiftColumnGroupDepth, Sheet.getColumnGroup): a group covers adjacent
// columns at a depth; collapsing it hides them, expanding shows them again. Only what the product
// uses: column groups, created and collapsed by setup. Rows, nesting beyond depth bookkeeping and
// the control's position are not modelled.
import { GasError, GasObject } from '../bridge';
import type { Runtime } from '../runtime';
import type { SheetState } from '../state';
import { assertCanEdit } from './access';
import { findSheet } from './sheet';

export interface ColumnGroupState {
  /** 1-based first and last column. */
  start: number;
  end: number;
  depth: number;
  collapsed: boolean;
}

export function columnGroups(sheet: SheetState): ColumnGroupState[] {
  sheet.columnGroups ??= [];
  return sheet.columnGroups;
}

function setHidden(sheet: SheetState, g: ColumnGroupState, hidden: boolean): void {
  for (let c = g.start; c <= g.end; c++) {
    const at = sheet.hiddenColumns.indexOf(c);
    if (hidden && at < 0) sheet.hiddenColumns.push(c);
    if (!hidden && at >= 0) sheet.hiddenColumns.splice(at, 1);
  }
}

/** Range.shiftColumnGroupDepth: +n nests the columns n groups deeper, -n removes n levels. */
export function shiftColumnGroupDepth(
  rt: Runtime,
  sheetId: number,
  start: number,
  end: number,
  delta: number,
): void {
  const sheet = findSheet(rt, sheetId);
  assertCanEdit(rt, sheet, null);
  const groups = columnGroups(sheet);
  const d = Math.trunc(Number(delta));
  if (!Number.isFinite(d)) throw new GasError('Invalid argument: delta');
  for (let k = 0; k < d; k++) {
    const depth = groups.filter((g) => g.start <= start && g.end >= end).length + 1;
    groups.push({ start, end, depth, collapsed: false });
  }
  for (let k = 0; k < -d; k++) {
    const i = groups.findIndex((g) => g.start === start && g.end === end);
    if (i < 0) break;
    setHidden(sheet, groups[i]!, false);
    groups.splice(i, 1);
  }
}

export class Group extends GasObject {
  constructor(
    private readonly rt: Runtime,
    private readonly sheetId: number,
    private readonly start: number,
    private readonly depth: number,
  ) {
    super();
  }
  _gasClass() {
    return 'Group';
  }
  private _find(): { sheet: SheetState; group: ColumnGroupState } {
    const sheet = findSheet(this.rt, this.sheetId);
    const group = columnGroups(sheet).find((g) => g.start === this.start && g.depth === this.depth);
    if (!group) throw new GasError('This group has been removed.');
    return { sheet, group };
  }
  collapse(): this {
    const { sheet, group } = this._find();
    assertCanEdit(this.rt, sheet, null);
    group.collapsed = true;
    setHidden(sheet, group, true);
    return this;
  }
  expand(): this {
    const { sheet, group } = this._find();
    assertCanEdit(this.rt, sheet, null);
    group.collapsed = false;
    setHidden(sheet, group, false);
    return this;
  }
  isCollapsed(): boolean {
    return this._find().group.collapsed;
  }
  getDepth(): number {
    return this.depth;
  }
  remove(): void {
    const { sheet, group } = this._find();
    shiftColumnGroupDepth(this.rt, this.sheetId, group.start, group.end, -1);
    void sheet;
  }
}

/** Sheet.getColumnGroup: the group at `depth` that contains the column, or null. */
export function columnGroupAt(rt: Runtime, sheetId: number, column: number, depth: number): Group | null {
  const sheet = findSheet(rt, sheetId);
  const g = columnGroups(sheet).find((x) => x.depth === depth && x.start <= column && x.end >= column);
  return g ? new Group(rt, sheetId, g.start, g.depth) : null;
}
