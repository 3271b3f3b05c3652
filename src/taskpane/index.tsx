/**
 * The task pane's entry (webpack's entry point): once Office is ready, render the pane over the
 * Office.js implementation of WorkbookAccess. The only place the pane touches Office.js.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeWorkbookAccess } from '../adapters/officejs';
import { App } from './App';

Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <App
        access={createOfficeWorkbookAccess((batch) => Excel.run(batch))}
        displayLanguage={Office.context.displayLanguage}
        // Some hosts give no theme: then the pane follows the system's light or dark preference.
        officeTheme={Office.context.officeTheme ?? undefined}
      />
    </StrictMode>,
  );
});
