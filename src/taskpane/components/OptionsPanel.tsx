import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleData,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CheckOutcome } from '../../addin/checkFlow';
import type { SettingProblem } from '../../addin/settingsRules';
import type { SheetListing } from '../../addin/workbookAccess';
import type { CheckSettings, SheetOverride } from '../../core/model';
import { uiText } from '../../text/strings';
import { useSpeaker } from '../text';
import { LayoutEditor } from './LayoutEditor';
import { SheetChooser } from './SheetChooser';
import { ThresholdFields } from './ThresholdFields';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface OptionsPanelProps {
  settings: CheckSettings;
  onSettings: (change: (settings: CheckSettings) => CheckSettings) => void;
  checkOnly: boolean;
  onCheckOnly: (checkOnly: boolean) => void;
  mark: boolean;
  onMark: (mark: boolean) => void;
  clearing: boolean;
  cleared: number | null;
  onClearMarks: () => void;
  sheets: SheetListing[] | null;
  chosenSheets: ReadonlySet<string>;
  onToggleSheet: (sheet: string, checked: boolean) => void;
  onOpenSheets: () => void;
  outcome: CheckOutcome | null;
  onOverride: (sheet: string, override: SheetOverride | undefined) => void;
  /** A check is running: nothing it reads may change under it. */
  busy: boolean;
  /** Told which threshold field holds an unsaved, invalid entry. */
  onFieldValidity?: (field: SettingProblem['field'], valid: boolean) => void;
  /** Changes when the results ask for the header and column correction: the layout editor opens, focused. */
  layoutRequest?: number;
}

/** Everything a one-click user never needs: collapsed by default. */
export function OptionsPanel(props: OptionsPanelProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const { busy, layoutRequest = 0 } = props;
  const [openItems, setOpenItems] = useState<AccordionToggleData['openItems']>([]);
  const layoutItem = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (layoutRequest === 0) return;
    setOpenItems((items) => (items.includes('layout') ? items : [...items, 'layout']));
    const header = layoutItem.current?.querySelector('button');
    header?.scrollIntoView?.({ block: 'start' });
    header?.focus();
  }, [layoutRequest]);
  return (
    <Accordion
      multiple
      collapsible
      openItems={openItems}
      onToggle={(_, data) => {
        setOpenItems(data.openItems);
        if (data.value === 'sheets' && data.openItems.includes('sheets')) props.onOpenSheets();
      }}
    >
      <AccordionItem value="options">
        <AccordionHeader as="h2">{t.plain(uiText.optionsHeading)}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <div className={styles.group}>
              <Checkbox
                label={t.plain(uiText.checkOnly)}
                checked={props.checkOnly}
                disabled={busy}
                onChange={(_, data) => props.onCheckOnly(data.checked === true)}
              />
              <Checkbox
                label={t.plain(uiText.markCells)}
                // Check only leaves the workbook as it is: no marks either, and the box says so.
                checked={props.mark && !props.checkOnly}
                disabled={busy || props.checkOnly}
                onChange={(_, data) => props.onMark(data.checked === true)}
              />
              <Text size={200}>{t.plain(props.checkOnly ? uiText.markCellsOffInCheckOnly : uiText.markCellsHint)}</Text>
              <Checkbox
                label={t.plain(uiText.includeHidden)}
                checked={props.settings.includeHidden}
                disabled={busy}
                onChange={(_, data) => props.onSettings((settings) => ({ ...settings, includeHidden: data.checked === true }))}
              />
              <Text size={200}>{t.plain(uiText.includeHiddenHint)}</Text>
              <div className={styles.row}>
                <Button disabledFocusable={busy || props.clearing} onClick={props.onClearMarks}>
                  {t.plain(uiText.clearMarks)}
                </Button>
                <Text role="status">{props.cleared !== null ? t.say(uiText.marksCleared, { count: props.cleared }) : ''}</Text>
              </div>
            </div>
            <div className={styles.group}>
              <h3 className={styles.subheading}>{t.plain(uiText.thresholdsHeading)}</h3>
              <ThresholdFields settings={props.settings} onSettings={props.onSettings} onValidity={props.onFieldValidity} />
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="sheets">
        <AccordionHeader as="h2">{t.plain(uiText.sheetsHeading)}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <SheetChooser sheets={props.sheets} chosen={props.chosenSheets} onToggle={props.onToggleSheet} disabled={busy} />
          </div>
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="layout" ref={layoutItem}>
        <AccordionHeader as="h2">{t.plain(uiText.layoutHeading)}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <LayoutEditor outcome={props.outcome} overrides={props.settings.sheetOverrides} onChange={props.onOverride} disabled={busy} />
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
