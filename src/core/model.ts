/**
 * What the engine takes and gives: the snapshots a reader hands it, the settings, and the report.
 * Adapters, the task pane and the command line import these from here (or from core/index).
 */
import type { SheetSnapshot } from './snapshot';

export * from './report';
export * from './settings';
export * from './snapshot';

export interface WorkbookSnapshot {
  /** File name (command line) or workbook name (add-in). */
  readonly name: string;
  readonly sheets: readonly SheetSnapshot[];
}
