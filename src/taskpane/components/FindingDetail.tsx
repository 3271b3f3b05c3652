import { makeStyles, tokens, useId } from '@fluentui/react-components';
import { formatNumber, type ReportData } from '../../core';
import { uiText } from '../../text/strings';
import { partFigure, partsOf, type FindingEntry } from '../findingsView';
import { useSpeaker } from '../text';

const useStyles = makeStyles({
  root: {
    marginLeft: tokens.spacingHorizontalL,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  parts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Under the chosen finding on a total: its parts with their figures, to compare without leaving the pane. */
export function FindingDetail({ report, entry }: { report: ReportData; entry: FindingEntry }) {
  const t = useSpeaker();
  const styles = useStyles();
  const headingId = useId('finding-parts');
  const parts = partsOf(report, entry);
  const finding = entry.findings[0];
  if (parts.length === 0 || !entry.indicator || !finding) return null;
  return (
    <div className={styles.root}>
      <p id={headingId} className={styles.heading}>
        {t.say(uiText.partsHeading, { label: entry.indicator.label })}
      </p>
      <ul className={styles.parts} aria-labelledby={headingId}>
        {parts.map((part) => {
          const figure = partFigure(part, finding);
          return (
            <li key={part.row}>
              {t.say(uiText.partLine, {
                row: part.row,
                label: part.label,
                figure: figure === null ? t.plain(uiText.noFigure) : formatNumber(figure, t.language, 6),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
