/**
 * The development preview's entry (webpack --env preview): the real task pane (App, checkFlow, the
 * Office.js adapter) over the Excel host double, in an ordinary browser, with no Excel and no
 * office.js. For development and the browser tests only; never part of the add-in.
 *
 *   preview.html                  the bundled sample (quang-ninh-2020.xlsx), Vietnamese
 *   preview.html?lang=en          Office's display language is en-US
 *   preview.html?workbook=none    no workbook until one is chosen (or loadWorkbook is called)
 *   preview.html?workbook=a.xlsx  another .xlsx served next to the page
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { IndicatorCheckPreview } from './contract';
import { openWorkbook, PreviewLoadError, type PreviewWorkbook } from './openWorkbook';
import { PreviewPage, type Loaded, type PreviewState } from './PreviewPage';

const SAMPLE = 'quang-ninh-2020.xlsx';

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get('lang')?.toLowerCase().startsWith('en') ? 'en-US' : 'vi-VN';
const requested = params.get('workbook') ?? SAMPLE;

const container = document.getElementById('root');
if (!container) throw new Error('preview.html has no #root');
const root = createRoot(container);

let state: PreviewState = { kind: 'empty' };
let nextId = 1;
/** Who waits for the task pane of which load to be mounted. */
const mounting = new Map<number, () => void>();
/** The page itself is up once React has committed its first render. */
let shellMounted: () => void = () => undefined;
const shell = new Promise<void>((resolve) => (shellMounted = resolve));

/** The pane of load `id` is mounted; an older load that never got on screen (superseded) is done too. */
const onMounted = (id: number): void => {
  for (const [waiting, resolve] of mounting) {
    if (waiting > id) continue;
    resolve();
    mounting.delete(waiting);
  }
};

function render(): void {
  root.render(
    <StrictMode>
      <PreviewPage
        state={state}
        displayLanguage={displayLanguage}
        onShown={shellMounted}
        onFile={(file) => void loadFile(file)}
        onMounted={onMounted}
      />
    </StrictMode>,
  );
}

function current(): Loaded | null {
  return state.kind === 'loaded' ? state.loaded : state.kind === 'empty' ? null : state.previous;
}

/** Shows a task pane of its own (a new id) over the workbook; resolves once it is mounted. */
function mountPane(workbook: PreviewWorkbook): Promise<void> {
  const id = nextId++;
  const mounted = new Promise<void>((resolve) => mounting.set(id, resolve));
  state = { kind: 'loaded', loaded: { id, workbook } };
  render();
  return mounted;
}

async function loadWorkbook(bytes: ArrayBuffer | Uint8Array, name: string): Promise<void> {
  state = { kind: 'loading', name, previous: current() };
  render();
  try {
    await mountPane(await openWorkbook(bytes, name));
  } catch (error) {
    showFailure(name, error);
    throw error;
  }
}

function showFailure(name: string, error: unknown): void {
  const failure =
    error instanceof PreviewLoadError
      ? { vi: error.vi, en: error.en }
      : { vi: `${name}: không mở được (${String(error)}).`, en: `${name}: could not be opened (${String(error)}).` };
  state = { kind: 'failed', name, ...failure, previous: current() };
  render();
}

async function loadFile(file: File): Promise<void> {
  try {
    await loadWorkbook(await file.arrayBuffer(), file.name);
  } catch (error) {
    // Already on the page; the console keeps the trace for the developer.
    console.error(error);
  }
}

async function loadFirst(): Promise<void> {
  await shell;
  if (requested === 'none') return;
  const name = decodeURIComponent(requested.split(/[\\/]/).pop()?.split('?')[0] ?? requested);
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(requested);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const failure = new PreviewLoadError(`${name}: không tải được (${detail}).`, `${name}: could not be fetched (${detail}).`);
    showFailure(name, failure);
    throw failure;
  }
  await loadWorkbook(bytes, name);
}

const preview: IndicatorCheckPreview = {
  get host() {
    return current()?.workbook.host ?? null;
  },
  get workbookName() {
    return current()?.workbook.name ?? null;
  },
  ready: loadFirst(),
  loadWorkbook,
  reloadPane: async () => {
    const loaded = current();
    if (!loaded) throw new Error('No workbook: nothing to reopen the pane over');
    await mountPane(loaded.workbook);
  },
};
// A failed first load is shown on the page; a test awaiting ready still sees the rejection.
preview.ready.catch((error: unknown) => console.error(error));
window.indicatorCheckPreview = preview;

render();
