import {
  Button,
  CounterBadge,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons/svg/edit';
import { OpenRegular } from '@fluentui/react-icons/svg/open';
import { useState } from 'react';
import type { CheckOutcome } from '../../addin/checkFlow';
import type { WorkbookAccess } from '../../addin/workbookAccess';
import { wordSheet, type Severity, type Status } from '../../core';
import { summaryText, uiText } from '../../text/strings';
import { noFilter, type FindingFilter } from '../findingsView';
import { useSpeaker } from '../text';
import { useReviewed } from '../useReviewed';
import { FindingsList } from './FindingsList';
import { IndicatorList } from './IndicatorList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  count: { width: '100%', justifyContent: 'flex-start', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  countName: { flexGrow: 1, textAlign: 'start' },
  dot: { width: '10px', height: '10px', borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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
  /** Where the "đã xem" ticks are remembered. */
  access: WorkbookAccess;
  onProblem: (error: unknown) => void;
  /** Opens the header and column correction (the layout editor). */
  onCorrectLayout: () => void;
}

export function Results({ outcome, onSelectCell, access, onProblem, onCorrectLayout }: ResultsProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const headingId = useId('results');
  const reviewed = useReviewed(access, onProblem);
  const [filter, setFilter] = useState<FindingFilter>(noFilter);
  const [shownStatus, setShownStatus] = useState<Status | null>(null);
  const { report } = outcome.result;
  // Worded here, in the pane's language, like the findings: switching it re-words what is shown.
  const skipped = report.sheets.filter((sheet) => sheet.status === 'skipped').map((sheet) => wordSheet(sheet, t.language));
  const countOf = <K extends string>(keys: readonly K[], of: (key: K) => number) => keys.map((key) => ({ key, count: of(key) }));
  const byStatus = countOf(statuses, (status) => report.indicators.filter((i) => i.status === status).length);
  const bySeverity = countOf(severities, (severity) => report.findings.filter((f) => f.severity === severity).length);
  const nothingRead = report.indicators.length === 0;

  const toggleSeverity = (severity: Severity) =>
    setFilter((current) => {
      const next = new Set(current.severities);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return { ...current, severities: next };
    });

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.plain(uiText.resultsHeading)}
      </h2>
      {nothingRead && (
        // Nothing read is no all-clear: said first, where the eye lands, with why and what to do.
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.plain(uiText.nothingReadTitle)}</MessageBarTitle> {t.plain(summaryText.nothingRead)}
            {skipped.length > 0 && (
              <ul className={styles.skipped}>
                {skipped.map((sheet) => (
                  <li key={sheet.name}>{t.say(uiText.skippedLine, { sheet: sheet.name, reason: sheet.reason ?? '' })}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<EditRegular />} onClick={onCorrectLayout}>
              {t.plain(uiText.correctLayout)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <MessageBar intent={outcome.written ? 'success' : 'info'} layout="multiline">
        <MessageBarBody>
          {outcome.written ? t.say(uiText.written, outcome.written) : t.plain(uiText.notWritten)}
          {outcome.marked !== undefined && ` ${t.say(uiText.marked, { count: outcome.marked })}`}
        </MessageBarBody>
        {outcome.written && (
          <MessageBarActions>
            <div className={styles.actions}>
              {[outcome.written.summary, outcome.written.findings].map((sheet) => (
                <Button key={sheet} size="small" icon={<OpenRegular />} onClick={() => onSelectCell(sheet, 'A1')}>
                  {t.say(uiText.openSheet, { sheet })}
                </Button>
              ))}
            </div>
          </MessageBarActions>
        )}
      </MessageBar>

      {!nothingRead && (
        <>
          <Text size={200}>{t.plain(uiText.countsHint)}</Text>
          <div className={styles.counts}>
            <CountList
              heading={t.say(uiText.indicatorsHeading, { count: report.indicators.length })}
              counts={byStatus.map(({ key, count }) => ({
                key,
                name: t.plain(summaryText.status[key]),
                count,
                dot: statusDot[key],
                pressed: shownStatus === key,
                onPress: () => setShownStatus((shown) => (shown === key ? null : key)),
              }))}
            />
            <CountList
              heading={t.say(uiText.findingsHeading, { count: report.findings.length })}
              counts={bySeverity.map(({ key, count }) => ({
                key,
                name: t.plain(summaryText.severity[key]),
                count,
                dot: severityDot[key],
                pressed: filter.severities.has(key),
                onPress: () => toggleSeverity(key),
              }))}
            />
          </div>
        </>
      )}

      {shownStatus && (
        <IndicatorList
          report={report}
          status={shownStatus}
          statusName={t.plain(summaryText.status[shownStatus])}
          onSelectCell={onSelectCell}
        />
      )}

      {report.findings.length > 0 && (
        <FindingsList report={report} filter={filter} onFilter={setFilter} reviewed={reviewed} onSelectCell={onSelectCell} />
      )}
      {report.findings.length === 0 && !nothingRead && (
        <MessageBar intent="success">
          <MessageBarBody>{t.plain(summaryText.noFindings)}</MessageBarBody>
        </MessageBar>
      )}

      {skipped.length > 0 && !nothingRead && (
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

interface Count {
  key: string;
  name: string;
  count: number;
  dot: string;
  pressed: boolean;
  onPress: () => void;
}

/** A heading and its counts, each a button that shows what it counts: pressed, it filters (or lists) those items. */
function CountList({ heading, counts }: { heading: string; counts: readonly Count[] }) {
  const styles = useStyles();
  return (
    <div>
      <h3 className={styles.subheading}>{heading}</h3>
      <ul className={styles.list}>
        {counts.map(({ key, name, count, dot, pressed, onPress }) => (
          <li key={key}>
            {/* Named by what it shows, "Đạt 12": a label of its own would differ from the visible words. */}
            <ToggleButton appearance="subtle" size="small" className={styles.count} checked={pressed} onClick={onPress}>
              <span className={styles.dot} style={{ backgroundColor: dot }} aria-hidden="true" />
              <span className={styles.countName}>{name}</span>{' '}
              <CounterBadge count={count} showZero overflowCount={99999} appearance="ghost" color="informative" />
            </ToggleButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
