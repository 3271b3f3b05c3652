/** The workbook's name and its sheets, with the ones the add-in wrote marked as such. */
import type { SheetListing } from '../../addin/workbookAccess';
import { guarded } from './errors';
import type { Host } from './host';
import { api } from './requirements';
import { loadSetting, settingValue } from './settingsStore';
import { confirmWrittenSheets, writtenRecordFrom, writtenRecordKey } from './writtenSheets';

export async function workbookName(host: Host): Promise<string> {
  if (!host.supports(api.workbookName)) return host.documentName();
  return guarded(() =>
    host.run(async (context) => {
      context.workbook.load('name');
      await context.sync();
      return context.workbook.name;
    }),
  );
}

/** Two syncs at most: the sheet list and the record, then the recorded sheets' titles. */
export async function listSheets(host: Host): Promise<SheetListing[]> {
  return guarded(() =>
    host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/visibility');
      const recordSetting = host.supports(api.settings) ? loadSetting(context, writtenRecordKey) : null;
      await context.sync();
      const sheets = worksheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === 'Visible' }));
      const record = writtenRecordFrom(recordSetting ? settingValue(recordSetting) : null);
      const written = new Map(
        (await confirmWrittenSheets(context, host, record, sheets.map((sheet) => sheet.name))).map(({ entry }) => [entry.name, entry]),
      );
      return sheets.map((sheet) => {
        const checkedAt = written.get(sheet.name)?.checkedAt;
        return { ...sheet, writtenByAddin: written.has(sheet.name), ...(checkedAt ? { checkedAt } : {}) };
      });
    }),
  );
}
