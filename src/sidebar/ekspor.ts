// The Ekspor IGA dialog: the tab was refreshed by the menu item; here the same rows download as
// CSV, built by the server and turned into a file in the browser (Apps Script serves no files).
import type { CsvSeparatorChoice } from '../shared/admin-api';
import { EXPORT_TEXT } from '../shared/messages/export';
import { callAdmin, closeDialog } from './admin-call';
import { h } from './dom';

const T = EXPORT_TEXT.dialog;
const app = document.getElementById('app') as HTMLElement;
const statusLine = document.getElementById('status') as HTMLElement;
const downloadButton = document.getElementById('download') as HTMLButtonElement;
const closeButton = document.getElementById('close') as HTMLButtonElement;
const linkSlot = h('p');
let objectUrl: string | null = null;

function setStatus(text: string, tone: 'info' | 'ok' | 'error' = 'info'): void {
  statusLine.textContent = text;
  statusLine.dataset.tone = tone;
}

function option(value: CsvSeparatorChoice, label: string, checked: boolean): HTMLLabelElement {
  const input = h('input', { type: 'radio', name: 'separator', value });
  input.checked = checked;
  return h('label', null, input, ` ${label}`);
}

function separator(): CsvSeparatorChoice {
  const checked = document.querySelector<HTMLInputElement>('input[name="separator"]:checked');
  return checked?.value === ';' ? ';' : ',';
}

async function download(): Promise<void> {
  downloadButton.disabled = true;
  setStatus(T.preparing);
  try {
    const result = await callAdmin('getIgaCsv', separator());
    if (!result.ok) {
      setStatus(result.message, 'error');
      return;
    }
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    // The CSV starts with a BOM already; the Blob keeps it, so Excel reads the text as UTF-8.
    objectUrl = URL.createObjectURL(new Blob([result.csv], { type: 'text/csv;charset=utf-8' }));
    const link = h('a', { href: objectUrl, download: result.fileName }, T.link(result.fileName));
    linkSlot.replaceChildren(link);
    link.click();
    setStatus(T.ready(result.count, result.fileName), 'ok');
  } catch (error) {
    setStatus(T.failed((error as Error).message), 'error');
  } finally {
    downloadButton.disabled = false;
  }
}

app.replaceChildren(
  h('p', null, T.intro),
  h(
    'fieldset',
    null,
    h('legend', null, T.separator),
    option(',', T.comma, true),
    option(';', T.semicolon, false),
  ),
  linkSlot,
);
downloadButton.textContent = T.download;
downloadButton.addEventListener('click', () => void download());
closeButton.textContent = T.close;
closeButton.addEventListener('click', closeDialog);
