/** The Office.js adapter: what the task pane (and the development preview) may import. */
export { createOfficeWorkbookAccess } from './officeWorkbookAccess';
export type { ExcelRun, OfficeAccessOptions } from './host';
export { problemOf, toAddinError } from './errors';
export { officeSupports, type Supports } from './requirements';
export { MARK_FILL } from './marks';
export { settingKeys } from './settingsStore';
