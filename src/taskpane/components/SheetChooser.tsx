import { Checkbox, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetListing } from '../../addin/workbookAccess';
import { uiText } from '../../text/strings';
import { useSpeaker } from '../text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  name: { overflowWrap: 'anywhere' },
});

export interface SheetChooserProps {
  /** The sheets that may be checked (never the add-in's own); null while listing. */
  sheets: SheetListing[] | null;
  chosen: ReadonlySet<string>;
  onToggle: (sheet: string, checked: boolean) => void;
  disabled: boolean;
}

export function SheetChooser({ sheets, chosen, onToggle, disabled }: SheetChooserProps) {
  const t = useSpeaker();
  const styles = useStyles();
  if (sheets === null) return <Spinner size="tiny" label={t.plain(uiText.loading)} />;
  if (sheets.length === 0) return <Text>{t.plain(uiText.noSheetsListed)}</Text>;
  return (
    <div role="group" aria-label={t.plain(uiText.sheetsHeading)} className={styles.root}>
      {sheets.map((sheet) => (
        <Checkbox
          key={sheet.name}
          disabled={disabled}
          label={<span className={styles.name}>{sheet.visible ? sheet.name : t.say(uiText.hiddenSheet, { name: sheet.name })}</span>}
          checked={chosen.has(sheet.name)}
          onChange={(_, data) => onToggle(sheet.name, data.checked === true)}
        />
      ))}
    </div>
  );
}
