/**
 * The one wording step: rules and the layout report codes and data, and this turns them into the
 * report's sentences in the reader's language. Run again in another language, it words the same
 * findings again.
 */
import { ruleRegistry } from './checks/registry';
import { formatNumber } from './formatNumber';
import type { Finding, MessageData, Report, ReportData, RuleFinding, SheetOutcome, SheetResult } from './report';
import type { Language } from './settings';
import { skipReasons } from './skipReasons';
import type { CheckResult, WordedResult } from './model';

/** A sentence in both languages, Vietnamese first; a message's may hold {{name}} placeholders. */
export interface Wording {
  readonly vi: string;
  readonly en: string;
}

const placeholder = /\{\{(\w+)\}\}/g;

/**
 * A message's template with its placeholders filled: numbers are figures, written as the reader
 * writes them (13.225,5 in Vietnamese, 13,225.5 in English, at most 4 decimals), a range of
 * figures as its two ends with an en dash (15.120–15.150); texts as they are.
 */
export function fillMessage(template: string, data: MessageData, language: Language): string {
  return template.replace(placeholder, (_, name: string) => {
    const value = data[name];
    // A rule that leaves a placeholder without data is wrong: better said here than shown as "{{rows}}".
    if (value === undefined) throw new Error(`No data for {{${name}}} in "${template}"`);
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return formatNumber(value, language, 4);
    return `${formatNumber(value.low, language, 4)}–${formatNumber(value.high, language, 4)}`;
  });
}

/** The report's finding: the rule's message for the finding's messageId, filled from its data and cell. */
export function wordFinding(finding: RuleFinding, language: Language): Finding {
  const messages: Readonly<Record<string, Wording>> = ruleRegistry[finding.rule].meta.messages;
  const wording = messages[finding.messageId];
  if (!wording) throw new Error(`${finding.rule} has no message ${finding.messageId}`);
  return {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    row: finding.row,
    cell: finding.cell,
    ...(finding.column ? { column: finding.column } : {}),
    ...(finding.columnHeading ? { columnHeading: finding.columnHeading } : {}),
    expected: finding.expected,
    found: finding.found,
    message: fillMessage(wording[language], { cell: finding.cell, ...finding.data }, language),
  };
}

/** The report's sheet: a skipped sheet's reason code becomes its sentence. */
export function wordSheet(sheet: SheetOutcome, language: Language): SheetResult {
  if (sheet.status === 'checked') return sheet;
  return { name: sheet.name, status: 'skipped', reason: skipReasons[sheet.skipReason][language] };
}

/** The report of report.schema.json: the engine's report data with every code and message worded. */
export function wordReport(data: ReportData, language: Language): Report {
  return {
    version: 1,
    workbook: data.workbook,
    sheets: data.sheets.map((sheet) => wordSheet(sheet, language)),
    indicators: data.indicators,
    findings: data.findings.map((finding) => wordFinding(finding, language)),
  };
}

/** The result with its report worded in one language, for what is written in that language (the summary plan). */
export function wordResult(result: CheckResult, language: Language): WordedResult {
  return { ...result, language, report: wordReport(result.report, language) };
}
