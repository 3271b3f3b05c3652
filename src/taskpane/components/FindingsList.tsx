import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { sortFindings, wordFinding, type ReportData, type RuleFinding, type Severity } from '../../core';
import { summaryText, uiText } from '../../text/strings';
import { useSpeaker } from '../text';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: {
    width: '100%',
    minWidth: 0,
    height: 'auto',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    justifyContent: 'flex-start',
    textAlign: 'start',
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  cell: { fontWeight: tokens.fontWeightSemibold },
  message: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  tag: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteDarkOrangeForeground2 },
  info: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
});

export interface FindingsListProps {
  /**
   * The run's report as data: its sheets (in workbook order), its indicators' names and its
   * findings, worded here in the pane's language so that switching it re-words them.
   */
  report: ReportData;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** Findings grouped by sheet (in workbook order), errors first; each one a button to its cell. */
export function FindingsList({ report, onSelectCell }: FindingsListProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const labels = new Map(report.indicators.map((i) => [`${i.sheet}\u0000${i.row}`, i.label]));
  const groups = groupBySheet(report);
  const severityClass: Record<Severity, string> = { error: styles.error, warning: styles.warning, info: styles.info };

  return (
    <>
      <Text size={200}>{t.plain(uiText.goToCellHint)}</Text>
      <Accordion multiple collapsible defaultOpenItems={groups.map((group) => group.sheet)}>
        {groups.map((group) => (
          <AccordionItem key={group.sheet} value={group.sheet}>
            <AccordionHeader as="h4" size="small">
              {t.say(uiText.sheetFindings, { sheet: group.sheet, count: group.findings.length })}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {group.findings.map((finding, index) => {
                  const label = labels.get(`${finding.sheet}\u0000${finding.row}`);
                  return (
                    <li key={`${finding.cell}-${finding.rule}-${index}`}>
                      <Button appearance="subtle" className={styles.finding} onClick={() => onSelectCell(finding.sheet, finding.cell)}>
                        <span className={styles.head}>
                          <span className={mergeClasses(styles.tag, severityClass[finding.severity])}>
                            {t.plain(summaryText.severity[finding.severity])}
                          </span>{' '}
                          <span className={styles.cell}>{finding.cell}</span>
                          {label && (
                            <>
                              {' '}
                              <span>{label}</span>
                            </>
                          )}
                        </span>{' '}
                        <span className={styles.message}>{wordFinding(finding, t.language).message}</span>
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}

function groupBySheet(report: ReportData): { sheet: string; findings: RuleFinding[] }[] {
  const { findings } = report;
  const order = [...report.sheets.map((sheet) => sheet.name)];
  for (const finding of findings) if (!order.includes(finding.sheet)) order.push(finding.sheet);
  return order
    .map((sheet) => ({ sheet, findings: sortFindings(findings.filter((f) => f.sheet === sheet), [sheet]) }))
    .filter((group) => group.findings.length > 0);
}
