/**
 * WorkbookAccess over Office.js: the only place, with the modules it calls, that talks to Excel.
 *
 *   createOfficeWorkbookAccess((batch) => Excel.run(batch))                        // in Excel
 *   createOfficeWorkbookAccess(double.run, { supports: double.requirements.supports }) // in tests
 */
import type { WorkbookAccess } from '../../addin/workbookAccess';
import { hostOf, type ExcelRun, type OfficeAccessOptions } from './host';
import { clearMarks, markFindings } from './marks';
import { readSheets } from './readSheets';
import { selectCell } from './selectCell';
import { loadReviewed, loadSettings, saveReviewed, saveSettings } from './settingsStore';
import { listSheets, workbookName } from './workbookInfo';
import { writeSummary } from './writeSummary';

export function createOfficeWorkbookAccess(run: ExcelRun, options: OfficeAccessOptions = {}): WorkbookAccess {
  const host = hostOf(run, options);
  return {
    workbookName: () => workbookName(host),
    listSheets: () => listSheets(host),
    readSheets: (names, onProgress, signal) => readSheets(host, names, onProgress, signal),
    writeSummary: (plan, onProgress, checkedAt) => writeSummary(host, plan, onProgress, checkedAt),
    markFindings: async (findings) => (await markFindings(host, findings)).marked,
    clearMarks: async () => (await clearMarks(host)).restored,
    selectCell: (sheet, cell) => selectCell(host, sheet, cell),
    loadSettings: () => loadSettings(host),
    saveSettings: (settings) => saveSettings(host, settings),
    loadReviewed: () => loadReviewed(host),
    saveReviewed: (reviewed) => saveReviewed(host, reviewed),
  };
}
