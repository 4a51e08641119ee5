// Embedded charts, recorded as specs (type, ranges, options, position) for tests and the preview.
import { GasObject } from '../bridge';
import type { Runtime } from '../runtime';
import type { ChartSpec } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { Range } from './range';

export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;

function newSpec(): ChartSpec {
  return {
    id: 0,
    type: 'COLUMN',
    ranges: [],
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
    mergeStrategy: 'MERGE_COLUMNS',
    hiddenDimensionStrategy: 'IGNORE_BOTH',
  };
}

type TypedBuilders = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder;

/** One builder plays every typed builder (asBarChart() etc. return it with the type changed). */
export class EmbeddedChartBuilder
  extends GasObject
  implements Surface<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>
{
  constructor(
    private readonly rt: Runtime,
    private readonly sheetId: number,
    private readonly spec: ChartSpec = newSpec(),
  ) {
    super();
  }
  _gasClass() {
    return 'EmbeddedChartBuilder';
  }
  private _option(key: string, value: unknown): this {
    this.spec.options[key] = value;
    return this;
  }
  private _as(type: string): this {
    this.spec.type = type;
    return this;
  }
  addRange(range: Range): this {
    this.spec.ranges.push({ ...range._rect });
    return this;
  }
  removeRange(range: Range): this {
    const r = range._rect;
    this.spec.ranges = this.spec.ranges.filter(
      (x) => !(x.r1 === r.r1 && x.c1 === r.c1 && x.r2 === r.r2 && x.c2 === r.c2),
    );
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((r) => new Range(this.rt, this.sheetId, { ...r }));
  }
  setChartType(type: unknown): this {
    return this._as(String(type));
  }
  getChartType(): string {
    return this.spec.type;
  }
  setOption(option: string, value: unknown): this {
    return this._option(String(option), value);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.transpose = !!transpose;
    return this;
  }
  setMergeStrategy(mergeStrategy: unknown): this {
    this.spec.mergeStrategy = String(mergeStrategy);
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    this.spec.hiddenDimensionStrategy = String(strategy);
    return this;
  }
  asAreaChart(): this {
    return this._as('AREA');
  }
  asBarChart(): this {
    return this._as('BAR');
  }
  asColumnChart(): this {
    return this._as('COLUMN');
  }
  asComboChart(): this {
    return this._as('COMBO');
  }
  asHistogramChart(): this {
    return this._as('HISTOGRAM');
  }
  asLineChart(): this {
    return this._as('LINE');
  }
  asPieChart(): this {
    return this._as('PIE');
  }
  asScatterChart(): this {
    return this._as('SCATTER');
  }
  asTableChart(): this {
    return this._as('TABLE');
  }
  // Typed-builder options, stored under Google Charts' option names.
  setTitle(chartTitle: string): this {
    return this._option('title', chartTitle);
  }
  setXAxisTitle(title: string): this {
    return this._option('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this._option('vAxis.title', title);
  }
  setLegendPosition(position: unknown): this {
    return this._option('legend.position', String(position).toLowerCase());
  }
  setColors(cssValues: string[]): this {
    return this._option('colors', [...cssValues]);
  }
  setStacked(): this {
    return this._option('isStacked', true);
  }
  set3D(): this {
    return this._option('is3D', true);
  }
  setBackgroundColor(cssValue: string): this {
    return this._option('backgroundColor', cssValue);
  }
  reverseCategories(): this {
    return this._option('reverseCategories', true);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.rt, this.sheetId, structuredClone(this.spec));
  }
}

export class EmbeddedChart extends GasObject implements Surface<GoogleAppsScript.Spreadsheet.EmbeddedChart> {
  constructor(
    private readonly rt: Runtime,
    private readonly sheetId: number,
    readonly _spec: ChartSpec,
  ) {
    super();
  }
  _gasClass() {
    return 'EmbeddedChart';
  }
  getChartId(): number | null {
    return this._spec.id || null;
  }
  getRanges(): Range[] {
    return this._spec.ranges.map((r) => new Range(this.rt, this.sheetId, { ...r }));
  }
  getOptions(): ChartOptions {
    return new ChartOptions({ ...this._spec.options, type: this._spec.type });
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this._spec.position);
  }
  getNumHeaders(): number {
    return this._spec.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._spec.transpose;
  }
  getMergeStrategy(): string {
    return this._spec.mergeStrategy;
  }
  getHiddenDimensionStrategy(): string {
    return this._spec.hiddenDimensionStrategy;
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.rt, this.sheetId, structuredClone(this._spec));
  }
}

export class ChartOptions extends GasObject implements Surface<GoogleAppsScript.Charts.ChartOptions> {
  constructor(private readonly options: Record<string, unknown>) {
    super();
  }
  _gasClass() {
    return 'ChartOptions';
  }
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class ContainerInfo extends GasObject implements Surface<GoogleAppsScript.Spreadsheet.ContainerInfo> {
  constructor(private readonly pos: ChartSpec['position']) {
    super();
  }
  _gasClass() {
    return 'ContainerInfo';
  }
  getAnchorRow(): number {
    return this.pos.row;
  }
  getAnchorColumn(): number {
    return this.pos.column;
  }
  getOffsetX(): number {
    return this.pos.offsetX;
  }
  getOffsetY(): number {
    return this.pos.offsetY;
  }
}

surfaceCheck<EmbeddedChartBuilder, TypedBuilders>(true);
surfaceCheck<EmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>(true);
surfaceCheck<ChartOptions, GoogleAppsScript.Charts.ChartOptions>(true);
surfaceCheck<ContainerInfo, GoogleAppsScript.Spreadsheet.ContainerInfo>(true);
