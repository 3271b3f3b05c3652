import { MessageBar, MessageBarBody, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { CheckOutcome } from '../../addin/checkFlow';
import { wordSheet, type Severity, type Status } from '../../core';
import { summaryText, uiText } from '../../text/strings';
import { useSpeaker } from '../text';
import { FindingsList } from './FindingsList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dot: { width: '10px', height: '10px', borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** The colours of the summary sheet's status and severity cells, as theme tokens. */
const statusDot: Record<Status, string> = {
  achieved: tokens.colorPaletteGreenBackground3,
  nearly: tokens.colorPaletteYellowBackground3,
  missed: tokens.colorPaletteRedBackground3,
  'no-target': tokens.colorNeutralBackground5,
};
const severityDot: Record<Severity, string> = {
  error: tokens.colorPaletteRedBackground3,
  warning: tokens.colorPaletteYellowBackground3,
  info: tokens.colorPaletteBlueBorderActive,
};

const statuses: readonly Status[] = ['achieved', 'nearly', 'missed', 'no-target'];
const severities: readonly Severity[] = ['error', 'warning', 'info'];

export interface ResultsProps {
  outcome: CheckOutcome;
  onSelectCell: (sheet: string, cell: string) => void;
}

export function Results({ outcome, onSelectCell }: ResultsProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const headingId = useId('results');
  const { report } = outcome.result;
  // Worded here, in the pane's language, like the findings: switching it re-words what is shown.
  const skipped = report.sheets.filter((sheet) => sheet.status === 'skipped').map((sheet) => wordSheet(sheet, t.language));
  const countOf = <K extends string>(keys: readonly K[], of: (key: K) => number) => keys.map((key) => ({ key, count: of(key) }));
  const byStatus = countOf(statuses, (status) => report.indicators.filter((i) => i.status === status).length);
  const bySeverity = countOf(severities, (severity) => report.findings.filter((f) => f.severity === severity).length);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.plain(uiText.resultsHeading)}
      </h2>
      {report.indicators.length === 0 && (
        // Nothing read is no all-clear: said first, where the eye lands.
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.plain(summaryText.nothingRead)}</MessageBarBody>
        </MessageBar>
      )}
      <Text role="status">
        {outcome.written ? t.say(uiText.written, outcome.written) : t.plain(uiText.notWritten)}
        {outcome.marked !== undefined && ` ${t.say(uiText.marked, { count: outcome.marked })}`}
      </Text>

      <div className={styles.counts}>
        <div>
          <h3 className={styles.subheading}>{t.say(uiText.indicatorsHeading, { count: report.indicators.length })}</h3>
          <ul className={styles.list}>
            {byStatus.map(({ key, count }) => (
              <li key={key} className={styles.item}>
                <span className={styles.dot} style={{ backgroundColor: statusDot[key] }} aria-hidden="true" />
                {t.say(uiText.countLine, { name: t.plain(summaryText.status[key]), count })}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className={styles.subheading}>{t.say(uiText.findingsHeading, { count: report.findings.length })}</h3>
          <ul className={styles.list}>
            {bySeverity.map(({ key, count }) => (
              <li key={key} className={styles.item}>
                <span className={styles.dot} style={{ backgroundColor: severityDot[key] }} aria-hidden="true" />
                {t.say(uiText.countLine, { name: t.plain(summaryText.severity[key]), count })}
              </li>
            ))}
          </ul>
        </div>
      </div>

      {report.findings.length > 0 && <FindingsList report={report} onSelectCell={onSelectCell} />}
      {report.findings.length === 0 && report.indicators.length > 0 && <Text>{t.plain(summaryText.noFindings)}</Text>}

      {skipped.length > 0 && (
        <div>
          <h3 className={styles.subheading}>{t.plain(summaryText.skippedSheets)}</h3>
          <ul className={styles.skipped}>
            {skipped.map((sheet) => (
              <li key={sheet.name}>{t.say(uiText.skippedLine, { sheet: sheet.name, reason: sheet.reason ?? '' })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
