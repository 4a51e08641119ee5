// Google's own error texts (English: Apps Script does not translate them), each as seen in Apps
// Script executions and public issue trackers. Kept here so tests and the emulator quote one source.

export const GAS_ERRORS = {
  protected:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  tooManyCells:
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  validation: (a1: string) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  rangeNotFound: 'Range not found',
  outOfBounds: 'The coordinates of the range are outside the dimensions of the sheet.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  sheetGone: 'The sheet has been deleted.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  propertyValueTooLarge: 'Argument too large: value',
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  cacheValueTooLarge: 'Argument too large: value',
  htmlNotFound: (name: string) => `No HTML file named ${name} was found.`,
  mailQuota: 'Service invoked too many times for one day: email.',
  invalidEmail: (email: string) => `Invalid email: ${email}`,
  functionNotFound: (name: string) => `Script function not found: ${name}`,
  signature: (types: string, method: string) =>
    `The parameters (${types}) don't match the method signature for ${method}.`,
  mergeProtected: 'You must select all cells in a merged range to merge or unmerge them.',
  notAProtectionEditor: 'You do not have permission to perform that action.',
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  deleteRowsAll: 'Those rows are out of bounds.',
  deleteAllRows: 'You can\u2019t delete all the rows on the sheet.',
  frozenMerge: 'Sorry, it is not possible to freeze all the rows of the sheet.',
} as const;

/** The emulator's own refusal for a Google behaviour it does not model: loud, never silent. */
export function notModelled(what: string): string {
  return `${what} is not modelled by the emulator`;
}
