/**
 * The preview page: the development banner, the workbook picker, the real task pane in a column as
 * wide as Excel's, and beside it (on a wide window) the host double's workbook.
 */
import { useEffect, type ChangeEvent } from 'react';
import { App } from '../taskpane/App';
import type { PreviewWorkbook } from './openWorkbook';
import { WorkbookView } from './WorkbookView';

export type PreviewState =
  | { kind: 'empty' }
  | { kind: 'loading'; name: string; previous: Loaded | null }
  | { kind: 'loaded'; loaded: Loaded }
  | { kind: 'failed'; name: string; vi: string; en: string; previous: Loaded | null };

export interface Loaded {
  /** Changes with every workbook loaded, so each gets a fresh task pane. */
  id: number;
  workbook: PreviewWorkbook;
}

export interface PreviewPageProps {
  state: PreviewState;
  displayLanguage: string;
  /** Called once the page is on screen (its first commit). */
  onShown: () => void;
  onFile: (file: File) => void;
  /** Called once the task pane for workbook `id` is mounted. */
  onMounted: (id: number) => void;
}

export function PreviewPage({ state, displayLanguage, onShown, onFile, onMounted }: PreviewPageProps) {
  useEffect(() => onShown(), [onShown]);
  const loaded = state.kind === 'loaded' ? state.loaded : state.kind === 'empty' ? null : state.previous;
  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onFile(file);
    // Choosing the same file again loads it again (a fresh copy of the workbook).
    event.target.value = '';
  };

  return (
    <div className="preview">
      <header className="preview-header">
        <p className="banner" role="note">
          <span lang="vi">Bản xem trước để phát triển — không phải Excel</span> · <span lang="en">Development preview — not Excel</span>
        </p>
        <div className="file-row">
          <label htmlFor="workbook-file">Sổ làm việc (.xlsx) / Workbook (.xlsx)</label>
          <input
            id="workbook-file"
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            onChange={chooseFile}
          />
          <output className="workbook-name" htmlFor="workbook-file" aria-live="polite">
            <Status state={state} />
          </output>
        </div>
      </header>
      <div className="preview-body">
        <section className="pane-column" aria-label="Ngăn tác vụ / Task pane">
          {loaded ? (
            <MountedApp key={loaded.id} loaded={loaded} displayLanguage={displayLanguage} onMounted={onMounted} />
          ) : (
            <p className="pane-placeholder">
              <span lang="vi">Chọn một sổ làm việc .xlsx để mở ngăn tác vụ.</span>{' '}
              <span lang="en">Choose an .xlsx workbook to open the task pane.</span>
            </p>
          )}
        </section>
        {loaded && (
          <section className="view-column" aria-label="Sổ làm việc / Workbook">
            <WorkbookView key={loaded.id} host={loaded.workbook.host} />
          </section>
        )}
      </div>
    </div>
  );
}

function Status({ state }: { state: PreviewState }) {
  switch (state.kind) {
    case 'empty':
      return (
        <>
          <span lang="vi">Chưa mở sổ nào</span> / <span lang="en">No workbook</span>
        </>
      );
    case 'loading':
      return (
        <>
          <span lang="vi">Đang đọc</span> / <span lang="en">Reading</span> <b>{state.name}</b>…
        </>
      );
    case 'loaded':
      return <b data-testid="workbook-name">{state.loaded.workbook.name}</b>;
    case 'failed':
      return (
        <span className="load-error" role="alert">
          <span lang="vi">{state.vi}</span> · <span lang="en">{state.en}</span>
        </span>
      );
  }
}

function MountedApp({ loaded, displayLanguage, onMounted }: { loaded: Loaded; displayLanguage: string; onMounted: (id: number) => void }) {
  useEffect(() => onMounted(loaded.id), [loaded.id, onMounted]);
  return <App access={loaded.workbook.access} displayLanguage={displayLanguage} />;
}
