/**
 * The task pane's entry point: waits for Office.js (loaded from Microsoft's CDN by taskpane.html),
 * then starts the pane against the real Excel.
 */
import { Actions } from '../actions';
import { officeHost, whenOfficeReady } from '../excel-host';
import { t } from '../i18n';
import { App } from './app';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const { inExcel } = await whenOfficeReady();
  if (!inExcel) {
    root.textContent = `${t('th', 'errNotExcel')} · ${t('en', 'errNotExcel')}`;
    root.dataset.ready = 'true';
    return;
  }
  const host = officeHost();
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  await new App(root, { actions: new Actions(host), caps: host.caps, storage }).start();
}

void main();
