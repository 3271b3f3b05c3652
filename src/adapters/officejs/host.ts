/** What every operation of the adapter gets: how to run a batch, and what the host supports. */
import { DEFAULT_PAYLOAD_BUDGET } from './payload';
import { officeDocumentName, officeSupports, type Supports } from './requirements';

/** Excel.run in Excel; the host double's run in tests and in the development preview. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeAccessOptions {
  /** ExcelApi support by version string ("1.9"); default: Office.context.requirements. */
  supports?: Supports;
  /** Bytes allowed per request and per response of one sync; default 4.5 MB (Excel on the web allows 5 MB). */
  payloadBudget?: number;
  /** The workbook's name where ExcelApi 1.7 (workbook.name) is missing; default: from the document URL. */
  documentName?: () => string;
}

export interface Host {
  readonly run: ExcelRun;
  readonly supports: Supports;
  readonly payloadBudget: number;
  readonly documentName: () => string;
}

export function hostOf(run: ExcelRun, options: OfficeAccessOptions = {}): Host {
  return {
    run,
    supports: options.supports ?? officeSupports,
    payloadBudget: options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET,
    documentName: options.documentName ?? officeDocumentName,
  };
}
