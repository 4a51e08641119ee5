// SpreadsheetApp: the bound spreadsheet, the UI, builders and enums.
import { GasError, GasObject } from '../bridge';
import type { Runtime } from '../runtime';
import { Ui } from '../services/ui';
import { type Surface, surfaceCheck } from '../surface';
import { CHART_TYPES } from './charts';
import { ConditionalFormatRuleBuilder } from './conditional';
import type { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilder } from './validation';

const enumOf = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, n]));

export class SpreadsheetApp
  extends GasObject
  implements Surface<GoogleAppsScript.Spreadsheet.SpreadsheetApp>
{
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'SpreadsheetApp';
  }
  override _props() {
    return {
      ProtectionType: enumOf(['RANGE', 'SHEET']),
      DataValidationCriteria: enumOf(DATA_VALIDATION_CRITERIA),
      Dimension: enumOf(['COLUMNS', 'ROWS']),
      WrapStrategy: enumOf(['WRAP', 'OVERFLOW', 'CLIP']),
      BorderStyle: enumOf(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']),
      SheetType: enumOf(['GRID', 'OBJECT', 'DATASOURCE']),
      ChartType: enumOf(CHART_TYPES),
    };
  }
  getActiveSpreadsheet(): Spreadsheet | null {
    return this.rt.options.container ? new Spreadsheet(this.rt) : null;
  }
  getActive(): Spreadsheet | null {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): Sheet | null {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }
  openById(id: string): Spreadsheet {
    if (id !== this.rt.state.spreadsheet.id)
      throw new GasError(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return new Spreadsheet(this.rt);
  }
  /** Time-driven executions have no UI, as on Google. */
  getUi(): Ui {
    if (!this.rt.options.container || this.rt.current?.label === 'trigger:CLOCK')
      throw new GasError('Cannot call SpreadsheetApp.getUi() from this context.');
    return new Ui(this.rt);
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.rt);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.rt);
  }
  flush(): void {}
}

export class Charts extends GasObject {
  _gasClass() {
    return 'Charts';
  }
  override _props() {
    return {
      ChartType: enumOf(CHART_TYPES),
      Position: enumOf(['TOP', 'BOTTOM', 'RIGHT', 'NONE']),
      ChartMergeStrategy: enumOf(['MERGE_COLUMNS', 'MERGE_ROWS']),
      ChartHiddenDimensionStrategy: enumOf(['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH']),
    };
  }
}

surfaceCheck<SpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>(true);
