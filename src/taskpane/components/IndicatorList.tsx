import { Button, makeStyles, tokens, useArrowNavigationGroup, useId } from '@fluentui/react-components';
import { formatNumber, type ReportData, type Status } from '../../core';
import { uiText } from '../../text/strings';
import { useSpeaker } from '../text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  // A long list scrolls inside itself, so the findings below stay in reach.
  list: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '320px', overflowY: 'auto' },
  item: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular, whiteSpace: 'normal', height: 'auto' },
});

export interface IndicatorListProps {
  report: ReportData;
  status: Status;
  statusName: string;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** The indicators behind a status count, each a button to its figure; one Tab stop, arrow keys inside. */
export function IndicatorList({ report, status, statusName, onSelectCell }: IndicatorListProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const headingId = useId('indicators-of-status');
  const navigation = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const columns = new Map(report.sheets.map((sheet) => [sheet.name, sheet.status === 'checked' ? sheet.columns : {}]));
  const indicators = report.indicators.filter((indicator) => indicator.status === status);

  return (
    <div className={styles.root}>
      <h3 id={headingId} className={styles.subheading}>
        {t.say(uiText.indicatorsOfStatus, { status: statusName, count: indicators.length })}
      </h3>
      <ul className={styles.list} aria-labelledby={headingId} {...navigation}>
        {indicators.map((indicator) => {
          const sheetColumns = columns.get(indicator.sheet) ?? {};
          // The figure the status is about, else the name: the cell a reader would look at.
          const column = sheetColumns.actual ?? sheetColumns.plan ?? sheetColumns.label ?? 'A';
          const percent = indicator.percentOfPlan === null ? null : formatNumber(indicator.percentOfPlan, t.language, 2);
          return (
            <li key={`${indicator.sheet}-${indicator.row}`}>
              <Button appearance="subtle" className={styles.item} onClick={() => onSelectCell(indicator.sheet, `${column}${indicator.row}`)}>
                {t.say(uiText.indicatorLine, { label: indicator.label, sheet: indicator.sheet, percent })}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
