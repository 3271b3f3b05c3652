import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { detectedLayout, highestColumn, type CheckOutcome, type SheetLayout } from '../../addin/checkFlow';
import { wordReport } from '../../core';
import {
  columnChoices,
  formatHeaderRows,
  parseHeaderRows,
  withColumnRole,
  withHeaderRows,
} from '../../addin/settingsRules';
import { columnRoleNames, type ColumnRole, type SheetOverride } from '../../core/model';
import { uiText } from '../../text/strings';
import { useSpeaker } from '../text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  roles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalS },
});

export interface LayoutEditorProps {
  /** The last check; its layouts are what the editor shows. */
  outcome: CheckOutcome | null;
  overrides: Readonly<Record<string, SheetOverride>>;
  /** A new override for the sheet, or undefined to go back to automatic detection. */
  onChange: (sheet: string, override: SheetOverride | undefined) => void;
  disabled: boolean;
}

/**
 * How the last check read each sheet (header rows, the column of each role), for the user to
 * correct. Corrections are saved as the sheet's override and used by every later check.
 */
export function LayoutEditor({ outcome, overrides, onChange, disabled }: LayoutEditorProps) {
  const t = useSpeaker();
  const styles = useStyles();
  // Skip reasons in the pane's language, like the findings: switching it re-words them.
  const layouts = outcome ? detectedLayout(wordReport(outcome.result.report, t.language)) : [];
  const [chosenSheet, setChosenSheet] = useState<string | null>(null);
  /** Sheets corrected since the outcome shown was produced. */
  const [corrected, setCorrected] = useState<{ outcome: CheckOutcome | null; sheets: ReadonlySet<string> }>({ outcome, sheets: new Set() });
  const correctedSheets = corrected.outcome === outcome ? corrected.sheets : new Set<string>();

  if (!outcome || layouts.length === 0) return <Text>{t.plain(uiText.layoutRunFirst)}</Text>;
  const layout = layouts.find((l) => l.sheet === chosenSheet) ?? layouts[0]!;
  const override = overrides[layout.sheet];

  const change = (next: SheetOverride | undefined) => {
    setCorrected({ outcome, sheets: new Set([...correctedSheets, layout.sheet]) });
    onChange(layout.sheet, next);
  };

  return (
    <div className={styles.root}>
      <Text>{t.plain(uiText.layoutIntro)}</Text>
      <Field label={t.plain(uiText.layoutSheet)}>
        <Select value={layout.sheet} onChange={(_, data) => setChosenSheet(data.value)}>
          {layouts.map((l) => (
            <option key={l.sheet} value={l.sheet}>
              {l.sheet}
            </option>
          ))}
        </Select>
      </Field>
      {layout.status === 'skipped' && <Text>{t.say(uiText.layoutSkipped, { reason: layout.reason ?? '' })}</Text>}
      <HeaderRowsField
        // A fresh draft for another sheet, another check, or a saved or reset correction.
        key={`${layout.sheet}\u0000${formatHeaderRows(override?.headerRows ?? layout.headerRows)}`}
        layout={layout}
        override={override}
        disabled={disabled}
        onCommit={(rows) => change(withHeaderRows(override, rows))}
      />
      <div className={styles.roles}>
        {columnRoleNames.map((role) => (
          <RoleField
            key={role}
            role={role}
            layout={layout}
            override={override}
            lastColumn={outcome.lastColumns[layout.sheet] ?? 0}
            disabled={disabled}
            onChoose={(letters) => change(withColumnRole(override, role, letters))}
          />
        ))}
      </div>
      {correctedSheets.has(layout.sheet) && <Text role="status">{t.plain(uiText.layoutSaved)}</Text>}
      <div>
        <Button disabled={disabled || override === undefined} onClick={() => change(undefined)}>
          {t.plain(uiText.layoutReset)}
        </Button>
      </div>
    </div>
  );
}

interface HeaderRowsFieldProps {
  layout: SheetLayout;
  override: SheetOverride | undefined;
  disabled: boolean;
  onCommit: (rows: number[]) => void;
}

/** "8-9": checked and saved when the user leaves the field or presses Enter. */
function HeaderRowsField({ layout, override, disabled, onCommit }: HeaderRowsFieldProps) {
  const t = useSpeaker();
  const shown = override?.headerRows ?? layout.headerRows;
  const [text, setText] = useState(formatHeaderRows(shown));
  const [invalid, setInvalid] = useState(false);

  const commit = () => {
    const rows = parseHeaderRows(text);
    setInvalid(rows === null);
    if (rows === null) return;
    const unchanged = formatHeaderRows(rows) === formatHeaderRows(shown);
    // Emptying the field of a sheet without a saved header means nothing to save either.
    if (unchanged || (rows.length === 0 && !override?.headerRows)) return;
    onCommit(rows);
  };

  return (
    <Field
      label={t.plain(uiText.headerRows)}
      hint={t.plain(uiText.headerRowsHint)}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? t.plain(uiText.headerRowsInvalid) : undefined}
    >
      <Input
        value={text}
        inputMode="numeric"
        disabled={disabled}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}

interface RoleFieldProps {
  role: ColumnRole;
  layout: SheetLayout;
  override: SheetOverride | undefined;
  lastColumn: number;
  disabled: boolean;
  onChoose: (letters: string) => void;
}

/** One role's column: a letter, or none. The saved correction wins over what the check found. */
function RoleField({ role, layout, override, lastColumn, disabled, onChoose }: RoleFieldProps) {
  const t = useSpeaker();
  const saved = override?.columns?.[role];
  const current = saved ?? layout.columns[role] ?? '';
  const inUse = [current, ...Object.values(layout.columns)].filter((letters): letters is string => !!letters);
  const letters = columnChoices(Math.max(lastColumn, highestColumn(layout.columns)), inUse);
  return (
    <Field label={t.plain(uiText.role[role])}>
      <Select value={current} disabled={disabled} onChange={(_, data) => data.value !== current && onChoose(data.value)}>
        <option value="">{t.plain(uiText.columnNone)}</option>
        {letters.map((letter) => (
          <option key={letter} value={letter}>
            {letter}
          </option>
        ))}
      </Select>
    </Field>
  );
}
