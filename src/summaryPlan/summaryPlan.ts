/**
 * What the check writes back into the workbook, as plain data: the Summary sheet (one row per
 * indicator), a By district sheet per set of district sheets, and the Findings sheet (one row per
 * finding). Both writers (ExcelJS, Office.js) render this plan and nothing else.
 */
import type { Language, WordedResult } from '../core/model';
import { sayPlain, summaryText } from '../text/strings';
import { districtsSheet } from './districtsSheet';
import { findingsSheet } from './findingsSheet';
import type { SummaryPlan } from './plannedSheet';
import { sectionRows, tableLinks } from './sheetParts';
import { uniqueSheetName } from './sheetNames';
import { summarySheet } from './summarySheet';

export interface SummaryPlanOptions {
  /** Names already in the workbook; the planned sheets get names that differ from them. */
  existingSheetNames: readonly string[];
  /** When the check ran; passed in so that the plan is a pure function of its inputs. */
  checkedAt: Date;
}

/** What each planned sheet is written with: the plan's options and the language the result is worded in. */
export interface SheetOptions extends SummaryPlanOptions {
  language: Language;
}

/**
 * The plan of a result worded in one language (wordResult): its sheets are written in that language.
 * The workbook opens on the answer: the Findings sheet when there is an error, else the Summary.
 */
export function buildSummaryPlan(result: WordedResult, planOptions: SummaryPlanOptions): SummaryPlan {
  const { report } = result;
  const options: SheetOptions = { ...planOptions, language: result.language };
  const links = tableLinks(result);
  const sections = sectionRows(result);
  const summaryName = uniqueSheetName(sayPlain(options.language, summaryText.summarySheetName), options.existingSheetNames);
  const taken = [...options.existingSheetNames, summaryName];
  // One sheet per set of district sheets: each set has its own districts as columns.
  const districtNames = result.districtSets.map(() => {
    const name = uniqueSheetName(sayPlain(options.language, summaryText.districtsSheetName), taken);
    taken.push(name);
    return name;
  });
  const findingsName = uniqueSheetName(sayPlain(options.language, summaryText.findingsSheetName), taken);
  const hasErrors = report.findings.some((finding) => finding.severity === 'error');
  const summary = summarySheet(report, { links, sections }, summaryName, findingsName, options);
  const findings = findingsSheet(report, sections, findingsName, options);
  return {
    sheets: [
      hasErrors ? summary : { ...summary, active: true },
      ...result.districtSets.map((set, i) => districtsSheet(report, links, set, districtNames[i]!, options)),
      hasErrors ? { ...findings, active: true } : findings,
    ],
  };
}
