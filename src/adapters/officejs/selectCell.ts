/** Shows a finding's cell: activates its sheet and selects the cell, in one sync. */
import { guarded } from './errors';
import type { Host } from './host';

export async function selectCell(host: Host, sheet: string, cell: string): Promise<void> {
  await guarded(
    () =>
      host.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      }),
    { sheet },
  );
}
