/**
 * The task pane: one button that checks the workbook and writes the summary, what it found, and
 * the options a one-click user never needs. It talks to the workbook only through `access`, so
 * tests and the browser preview pass an in-memory workbook.
 */
import { FluentProvider, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { checkableSheets } from '../addin/checkFlow';
import { AddinError, type WorkbookAccess } from '../addin/workbookAccess';
import { withSheetOverride, type SettingProblem } from '../addin/settingsRules';
import type { Language, SheetOverride } from '../core/model';
import { uiText } from '../text/strings';
import { LanguageSwitch } from './components/LanguageSwitch';
import { OptionsPanel } from './components/OptionsPanel';
import { ProblemBar } from './components/ProblemBar';
import { Results } from './components/Results';
import { RunPanel } from './components/RunPanel';
import { thresholdLabels } from './components/ThresholdFields';
import { usePaneTheme, type OfficeThemeColors } from './paneTheme';
import { LanguageContext, speakerFor } from './text';
import { useCheckRun } from './useCheckRun';
import { useSettings } from './useSettings';
import { useSheetList } from './useSheetList';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  access: WorkbookAccess;
  /** Office.context.displayLanguage; picks the language until the user chooses one. */
  displayLanguage?: string;
  /** The clock, for the date on the summary sheets. */
  now?: () => Date;
  /** Office.context.officeTheme, where the host has one: a dark Office gets a dark pane. */
  officeTheme?: OfficeThemeColors;
}

export function App({ access, displayLanguage, now = () => new Date(), officeTheme }: AppProps) {
  const styles = useStyles();
  const theme = usePaneTheme(officeTheme);
  const [problem, setProblem] = useState<{ error: unknown } | null>(null);
  const reportProblem = useCallback((error: unknown) => {
    // An AddinError is explained to the user; anything else is a bug worth a trace in the console.
    if (!(error instanceof AddinError)) console.error(error);
    setProblem({ error });
  }, []);

  const { settings, loaded, update } = useSettings(access, displayLanguage, reportProblem);
  const sheetList = useSheetList(access, reportProblem);
  const check = useCheckRun(access, reportProblem);
  const language = settings.language;
  const t = speakerFor(language);

  const [checkOnly, setCheckOnly] = useState(false);
  const [mark, setMark] = useState(false);
  /** The user's own ticks; a sheet never ticked or unticked follows the default (visible sheets). */
  const [sheetChoice, setSheetChoice] = useState<Readonly<Record<string, boolean>>>({});
  const [clearing, setClearing] = useState(false);
  const [cleared, setCleared] = useState<number | null>(null);
  /** Bumped by the results' "correct header rows and columns" button: the options open the layout editor. */
  const [layoutRequest, setLayoutRequest] = useState(0);

  const checkable = useMemo(() => (sheetList.sheets ? checkableSheets(sheetList.sheets) : null), [sheetList.sheets]);
  const chosen = useMemo(
    () => new Set((checkable ?? []).filter((sheet) => sheetChoice[sheet.name] ?? sheet.visible).map((sheet) => sheet.name)),
    [checkable, sheetChoice],
  );
  const noSheetChosen = checkable !== null && checkable.length > 0 && chosen.size === 0;
  /** Threshold fields showing an entry in red: the check waits for them rather than run with the old value. */
  const [invalidFields, setInvalidFields] = useState<readonly SettingProblem['field'][]>([]);
  const onFieldValidity = useCallback((field: SettingProblem['field'], valid: boolean) => {
    setInvalidFields((fields) => (valid ? fields.filter((f) => f !== field) : fields.includes(field) ? fields : [...fields, field]));
  }, []);
  const blockedReason =
    invalidFields.length > 0
      ? t.say(uiText.invalidSettings, { fields: invalidFields.map((field) => t.plain(thresholdLabels[field])) })
      : noSheetChosen
        ? t.plain(uiText.noSheetChosen)
        : null;

  const run = async () => {
    if (check.running || !loaded || noSheetChosen || invalidFields.length > 0) return;
    setProblem(null);
    setCleared(null);
    await check.start({
      settings,
      // Untouched choice: let the check take the visible sheets as they are now, new ones included.
      sheetNames: Object.keys(sheetChoice).length > 0 && checkable ? [...chosen] : undefined,
      write: !checkOnly,
      mark: mark && !checkOnly,
      checkedAt: now(),
    });
    sheetList.refresh();
  };

  const selectCell = (sheet: string, cell: string) => {
    access.selectCell(sheet, cell).catch(reportProblem);
  };

  const clearMarks = async () => {
    if (clearing) return;
    setProblem(null);
    setCleared(null);
    setClearing(true);
    try {
      setCleared(await access.clearMarks());
    } catch (error) {
      reportProblem(error);
    } finally {
      setClearing(false);
    }
  };

  const setLanguage = (next: Language) => update((s) => (s.language === next ? s : { ...s, language: next }));
  const setOverride = (sheet: string, override: SheetOverride | undefined) => update((s) => withSheetOverride(s, sheet, override));
  const toggleSheet = (sheet: string, checked: boolean) => setSheetChoice((choice) => ({ ...choice, [sheet]: checked }));

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <LanguageContext.Provider value={language}>
        <main lang={language} className={styles.root}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t.plain(uiText.appTitle)}</h1>
            <Text>{t.plain(uiText.intro)}</Text>
            <LanguageSwitch value={language} onChange={setLanguage} />
          </header>

          <RunPanel
            checkOnly={checkOnly}
            running={check.running}
            blocked={!loaded || blockedReason !== null}
            blockedReason={blockedReason}
            progress={check.progress}
            onRun={() => void run()}
            stopping={check.stopping}
            onStop={check.stop}
            stopped={check.stopped}
            outcome={check.outcome}
          />

          {problem && <ProblemBar error={problem.error} onDismiss={() => setProblem(null)} />}

          {check.outcome && (
            <Results
              outcome={check.outcome}
              onSelectCell={selectCell}
              access={access}
              onProblem={reportProblem}
              onCorrectLayout={() => setLayoutRequest((request) => request + 1)}
            />
          )}

          <OptionsPanel
            settings={settings}
            onSettings={update}
            checkOnly={checkOnly}
            onCheckOnly={setCheckOnly}
            mark={mark}
            onMark={setMark}
            clearing={clearing}
            cleared={cleared}
            onClearMarks={() => void clearMarks()}
            sheets={checkable}
            chosenSheets={chosen}
            onToggleSheet={toggleSheet}
            onOpenSheets={sheetList.refresh}
            outcome={check.outcome}
            onOverride={setOverride}
            busy={check.running}
            onFieldValidity={onFieldValidity}
            layoutRequest={layoutRequest}
          />
        </main>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
