import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  SearchBox,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
  useId,
} from '@fluentui/react-components';
// One icon module each: the package's index pulls in every icon, which a development build keeps.
import { ArrowDownRegular } from '@fluentui/react-icons/svg/arrow-down';
import { ArrowUpRegular } from '@fluentui/react-icons/svg/arrow-up';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { wordFinding, type ReportData, type Severity } from '../../core';
import { summaryText, uiText } from '../../text/strings';
import {
  COLLAPSE_ABOVE,
  findingEntries,
  groupBySheet,
  isReviewed,
  noFilter,
  passes,
  sheetOrder,
  stepFrom,
  type FindingEntry,
  type FindingFilter,
} from '../findingsView';
import { useSpeaker } from '../text';
import type { Reviewed } from '../useReviewed';
import { FindingDetail } from './FindingDetail';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tools: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  stepper: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  position: { flexGrow: 1 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  finding: {
    flexGrow: 1,
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
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  done: { opacity: 0.75 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  cell: { fontWeight: tokens.fontWeightSemibold },
  context: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
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
  reviewed: { flexShrink: 0, paddingTop: tokens.spacingVerticalXS },
});

export interface FindingsListProps {
  /**
   * The run's report as data: its sheets (in workbook order), its indicators and its findings,
   * worded here in the pane's language so that switching it re-words them.
   */
  report: ReportData;
  filter: FindingFilter;
  onFilter: (filter: FindingFilter) => void;
  reviewed: Reviewed;
  onSelectCell: (sheet: string, cell: string) => void;
}

/**
 * The findings, one entry per flagged cell, grouped by sheet (a group of more than 20 starts
 * collapsed), with a search, a sheet filter, previous/next and a "đã xem" tick per entry. The list
 * is one Tab stop: arrow keys move inside it.
 */
export function FindingsList({ report, filter, onFilter, reviewed, onSelectCell }: FindingsListProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const positionId = useId('finding-position');
  const navigation = useArrowNavigationGroup({ axis: 'grid-linear', memorizeCurrent: true });
  const entries = useMemo(() => findingEntries(report), [report]);
  const order = useMemo(() => sheetOrder(report), [report]);
  const sheets = useMemo(() => order.filter((sheet) => entries.some((entry) => entry.sheet === sheet)), [order, entries]);
  const shown = entries.filter((entry) => passes(entry, filter, t.language));
  const groups = groupBySheet(shown, order);
  // Previous/next go through the entries in the order they are listed.
  const listed = groups.flatMap((group) => group.entries);
  const [selected, setSelected] = useState<string | null>(null);
  /** The user's own opening and closing of groups; a group never toggled follows its size. */
  const [toggled, setToggled] = useState<Readonly<Record<string, boolean>>>({});
  const openGroups = groups.filter((group) => toggled[group.sheet] ?? group.entries.length <= COLLAPSE_ABOVE).map((group) => group.sheet);
  const itemRefs = useRef(new Map<string, HTMLElement>());
  const reviewedCount = entries.filter((entry) => isReviewed(entry, reviewed.keys)).length;
  const position = listed.findIndex((entry) => entry.key === selected);
  const filtered = filter.severities.size > 0 || filter.sheet !== null || filter.search.trim() !== '';

  const choose = (entry: FindingEntry) => {
    setSelected(entry.key);
    onSelectCell(entry.sheet, entry.cell);
  };

  const step = (direction: 1 | -1) => {
    const next = stepFrom(listed, selected, direction);
    if (!next) return;
    setToggled((current) => ({ ...current, [next.sheet]: true }));
    choose(next);
  };

  // The entry chosen by previous/next comes into view; focus stays on the button pressed.
  useEffect(() => {
    const element = selected ? itemRefs.current.get(selected) : undefined;
    if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <div className={styles.root}>
      <div className={styles.tools} role="search" aria-label={t.plain(uiText.findingsFilters)}>
        <Field label={t.plain(uiText.searchFindings)}>
          <SearchBox
            value={filter.search}
            dismiss={{ 'aria-label': t.plain(uiText.clearSearch) }}
            onChange={(_, data) => onFilter({ ...filter, search: data.value })}
          />
        </Field>
        {sheets.length > 1 && (
          <Field label={t.plain(uiText.sheetFilter)}>
            <Select value={filter.sheet ?? ''} onChange={(_, data) => onFilter({ ...filter, sheet: data.value === '' ? null : data.value })}>
              <option value="">{t.plain(uiText.allSheets)}</option>
              {sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Text role="status" size={200}>
          {t.say(uiText.shownEntries, { shown: shown.length, total: entries.length })}{' '}
          {t.say(uiText.reviewedCount, { count: reviewedCount, total: entries.length })}
        </Text>
        {filtered && (
          <div>
            <Button size="small" icon={<DismissRegular />} onClick={() => onFilter(noFilter)}>
              {t.plain(uiText.clearFilters)}
            </Button>
          </div>
        )}
        <div className={styles.stepper}>
          <Button
            icon={<ArrowUpRegular />}
            aria-label={t.plain(uiText.previousFinding)}
            aria-describedby={positionId}
            disabledFocusable={listed.length === 0}
            onClick={() => step(-1)}
          />
          <Button
            icon={<ArrowDownRegular />}
            aria-label={t.plain(uiText.nextFinding)}
            aria-describedby={positionId}
            disabledFocusable={listed.length === 0}
            onClick={() => step(1)}
          />
          <Text id={positionId} className={styles.position} size={200}>
            {position >= 0 ? t.say(uiText.findingPosition, { index: position + 1, total: listed.length }) : t.plain(uiText.goToCellHint)}
          </Text>
        </div>
      </div>

      {listed.length === 0 && <Text>{t.plain(uiText.noMatchingFindings)}</Text>}
      <div {...navigation} role="group" aria-label={t.plain(uiText.findingsListLabel)}>
        <Accordion
          multiple
          collapsible
          openItems={openGroups}
          onToggle={(_, data) => setToggled((current) => ({ ...current, [String(data.value)]: data.openItems.includes(data.value) }))}
        >
          {groups.map((group) => (
            <AccordionItem key={group.sheet} value={group.sheet}>
              <AccordionHeader as="h4" size="small">
                {t.say(uiText.sheetFindings, { sheet: group.sheet, count: group.entries.length })}
              </AccordionHeader>
              {/* No open/close motion: it measures every open group's height on the first paint, a
                  block of a few hundred ms with many sheets; a closed group is not rendered at all. */}
              <AccordionPanel collapseMotion={null}>
                <ul className={styles.list}>
                  {group.entries.map((entry) => (
                    <li
                      key={entry.key}
                      ref={(element) => {
                        if (element) itemRefs.current.set(entry.key, element);
                        else itemRefs.current.delete(entry.key);
                      }}
                    >
                      <Entry
                        entry={entry}
                        selected={entry.key === selected}
                        reviewed={isReviewed(entry, reviewed.keys)}
                        onChoose={() => choose(entry)}
                        onReviewed={(ticked) => reviewed.set(entry, ticked)}
                      />
                      {entry.key === selected && <FindingDetail report={report} entry={entry} />}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </div>
    </div>
  );
}

interface EntryProps {
  entry: FindingEntry;
  selected: boolean;
  reviewed: boolean;
  onChoose: () => void;
  onReviewed: (ticked: boolean) => void;
}

/** One flagged cell: what it is (indicator, parent, column) and every message on it, and its tick. */
function Entry({ entry, selected, reviewed, onChoose, onReviewed }: EntryProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const severityClass: Record<Severity, string> = { error: styles.error, warning: styles.warning, info: styles.info };
  const merged = entry.findings.length > 1;
  const context = [
    entry.parent ? t.say(uiText.partOf, { label: entry.parent.label }) : null,
    entry.columnHeading ? t.say(uiText.columnOf, { heading: entry.columnHeading }) : null,
  ].filter((part) => part !== null);
  return (
    <div className={styles.item}>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.finding, selected && styles.selected, reviewed && styles.done)}
        aria-current={selected ? 'true' : undefined}
        onClick={onChoose}
      >
        <span className={styles.head}>
          <span className={mergeClasses(styles.tag, severityClass[entry.severity])}>{t.plain(summaryText.severity[entry.severity])}</span>{' '}
          <span className={styles.cell}>{entry.cell}</span>
          {entry.indicator && (
            <>
              {' '}
              <span>{entry.indicator.label}</span>
            </>
          )}
        </span>
        {context.length > 0 && (
          <>
            {' '}
            <span className={styles.context}>{context.join(', ')}</span>
          </>
        )}
        {entry.findings.map((finding, index) => (
          <Fragment key={`${finding.rule}-${index}`}>
            {' '}
            <span className={styles.message}>
              {merged && `${t.plain(summaryText.severity[finding.severity])}: `}
              {wordFinding(finding, t.language).message}
            </span>
          </Fragment>
        ))}
      </Button>
      {/* The box alone, named by its cell: a visible word beside it would take a third of a narrow pane. */}
      <Checkbox
        className={styles.reviewed}
        checked={reviewed}
        aria-label={t.say(uiText.reviewedOf, { sheet: entry.sheet, cell: entry.cell })}
        onChange={(_, data) => onReviewed(data.checked === true)}
      />
    </div>
  );
}
