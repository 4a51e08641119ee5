// The Impor dialog: the admin pastes a table (or picks a tab), the server suggests which column
// fills which field and checks every row; the dialog shows what will be imported, what is rejected
// and why, and what is skipped because it exists already; then imports the valid rows as drafts.
// Every check and write happens on the server; the page only shows and collects choices.
//
// Stable selectors (browser tests): #source-paste, #source-tab (radios), #paste, #tab, #default-opd,
// #read, #mapping (table) with select#map-<column>, #mapping-problems, #summary, #list-ok,
// #list-rejected, #list-duplicate, #outcome, #import, #close, #status.
import type {
  ImportPreview,
  ImportRequest,
  ImportRowReport,
  ImportSetup,
  ImportSource,
} from '../shared/import-api';
import { IMPORT_TEXT } from '../shared/messages/import';
import { callAdmin, closeDialog } from './admin-call';
import { h, replaceChildren } from './dom';

const T = IMPORT_TEXT.dialog;
const app = document.getElementById('app') as HTMLElement;
const statusLine = document.getElementById('status') as HTMLElement;
const importButton = document.getElementById('import') as HTMLButtonElement;
const closeButton = document.getElementById('close') as HTMLButtonElement;

let setup: ImportSetup | null = null;
let preview: ImportPreview | null = null;
/** The source (and default OPD) the preview was made from: the import uses exactly that. */
let previewed = '';
let busy = false;
let done = false;

const pasteRadio = h('input', { type: 'radio', name: 'source', id: 'source-paste', value: 'paste' });
const tabRadio = h('input', { type: 'radio', name: 'source', id: 'source-tab', value: 'tab' });
const paste = h('textarea', { id: 'paste', rows: 8, spellcheck: 'false', placeholder: T.pastePlaceholder });
const tabSelect = h('select', { id: 'tab' });
const defaultOpd = h('select', { id: 'default-opd' });
const readButton = h('button', { type: 'button', id: 'read', className: 'secondary' }, T.read);
const mappingSlot = h('section', { id: 'mapping-section', hidden: true });
const resultSlot = h('section', { id: 'result', hidden: true });
const outcomeSlot = h('div', { id: 'outcome' });
const pasteBox = h('div', null, h('label', { for: 'paste' }, T.pasteLabel), paste);
const tabBox = h('div', { hidden: true }, h('label', { for: 'tab' }, T.tabLabel), tabSelect);
/** The status line of the last check, shown again when the source is put back as it was. */
let checkedText = '';

function setStatus(text: string, tone: 'info' | 'ok' | 'error' = 'info'): void {
  statusLine.textContent = text;
  statusLine.dataset.tone = tone;
}

function source(): ImportSource {
  return tabRadio.checked ? { kind: 'tab', tab: tabSelect.value } : { kind: 'paste', text: paste.value };
}

function sourceKey(): string {
  return JSON.stringify([source(), defaultOpd.value]);
}

function request(mapping?: string[]): ImportRequest {
  const r: ImportRequest = { source: source() };
  if (mapping) r.mapping = mapping;
  if (defaultOpd.value) r.defaultOpd = defaultOpd.value;
  return r;
}

function currentMapping(): string[] {
  return (preview?.headers ?? []).map(
    (_, i) => (document.getElementById(`map-${i}`) as HTMLSelectElement | null)?.value ?? '',
  );
}

function updateButtons(): void {
  const ready = !busy && !done && preview !== null && preview.counts.ok > 0 && previewed === sourceKey();
  importButton.disabled = !ready;
  importButton.textContent = T.importButton(preview?.counts.ok ?? 0);
  readButton.disabled = busy;
}

function setBusy(on: boolean): void {
  busy = on;
  app.setAttribute('aria-busy', String(on));
  for (const s of mappingSlot.querySelectorAll('select')) (s as HTMLSelectElement).disabled = on;
  updateButtons();
}

function option(value: string, label: string, selected = false): HTMLOptionElement {
  const o = h('option', { value }, label);
  o.selected = selected;
  return o;
}

function rowList(id: string, title: string, rows: readonly ImportRowReport[], open: boolean): HTMLElement {
  const details = h(
    'details',
    { id: `${id}-box` },
    h('summary', null, `${title} (${rows.length})`),
    h(
      'ul',
      { id, className: 'rows' },
      rows.map((r) =>
        h(
          'li',
          null,
          T.rowLine(
            r.row,
            r.status === 'ok'
              ? IMPORT_TEXT.row.willImport(r.name, r.opd)
              : [r.name && r.status === 'duplicate' ? `${r.name}:` : '', ...r.messages]
                  .filter(Boolean)
                  .join(' '),
          ),
        ),
      ),
    ),
  );
  details.open = open && rows.length > 0;
  return details;
}

function renderMapping(p: ImportPreview): void {
  const fields = setup?.fields ?? [];
  const head = h(
    'tr',
    null,
    h('th', { scope: 'col' }, T.sourceColumn),
    h('th', { scope: 'col' }, T.sample),
    h('th', { scope: 'col' }, T.field),
  );
  const body = p.headers.map((header, i) => {
    const name = header || T.column(i + 1);
    const select = h(
      'select',
      { id: `map-${i}`, 'aria-label': `${T.field}: ${name}` },
      option('', T.ignore, p.mapping[i] === ''),
      fields.map((f) =>
        option(f.key, f.required ? `${f.label}${T.requiredMark}` : f.label, p.mapping[i] === f.key),
      ),
    );
    select.addEventListener('change', () => void check(currentMapping()));
    const from = p.suggested[i];
    return h(
      'tr',
      null,
      h('td', null, name),
      h('td', { className: 'sample' }, (p.samples[i] ?? []).filter(Boolean).join(' · ')),
      h(
        'td',
        null,
        select,
        from
          ? h('span', { className: 'suggested' }, from === 'saved' ? T.suggestedSaved : T.suggestedAuto)
          : null,
      ),
    );
  });
  replaceChildren(
    mappingSlot,
    h('h2', null, T.mappingTitle),
    h('p', { className: 'muted' }, T.mappingHint),
    h('table', { id: 'mapping', className: 'mapping' }, h('thead', null, head), h('tbody', null, body)),
    p.mappingProblems.length
      ? h(
          'div',
          { id: 'mapping-problems', className: 'box error', role: 'alert' },
          h(
            'ul',
            null,
            p.mappingProblems.map((m) => h('li', null, m)),
          ),
        )
      : null,
  );
  mappingSlot.hidden = false;
}

function renderRows(rows: readonly ImportRowReport[], summary: string): void {
  const ok = rows.filter((r) => r.status === 'ok');
  const rejected = rows.filter((r) => r.status === 'rejected');
  const duplicate = rows.filter((r) => r.status === 'duplicate');
  resultSlot.replaceChildren(
    h('h2', null, T.resultTitle),
    h('p', { id: 'summary' }, summary),
    rowList('list-ok', T.willImport, ok, false),
    rowList('list-rejected', T.rejected, rejected, true),
    rowList('list-duplicate', T.skipped, duplicate, true),
  );
  resultSlot.hidden = false;
}

/** Reads and checks the source; with `mapping` the admin's choices, without it the server's suggestion. */
async function check(mapping?: string[]): Promise<void> {
  if (busy) return;
  if (!tabRadio.checked && paste.value.trim() === '') {
    setStatus(T.emptyPaste, 'error');
    paste.focus();
    return;
  }
  done = false;
  outcomeSlot.replaceChildren();
  setBusy(true);
  setStatus(T.reading);
  const key = sourceKey();
  try {
    const result = await callAdmin('previewImport', request(mapping));
    if (!result.ok) {
      preview = null;
      mappingSlot.hidden = true;
      resultSlot.hidden = true;
      setStatus(result.message, 'error');
      return;
    }
    preview = result.preview;
    previewed = key;
    renderMapping(preview);
    if (preview.mappingProblems.length) {
      resultSlot.hidden = true;
      checkedText = preview.mappingProblems[0] ?? '';
      setStatus(checkedText, 'error');
      return;
    }
    const c = preview.counts;
    const summary = T.checked(c.ok, c.rejected, c.duplicate);
    renderRows(preview.rows, summary);
    checkedText = c.ok > 0 ? summary : T.nothingToImport;
    setStatus(checkedText, c.ok > 0 ? 'info' : 'error');
  } catch (error) {
    setStatus(T.failedCall((error as Error).message), 'error');
  } finally {
    setBusy(false);
  }
}

async function runImport(): Promise<void> {
  if (busy || !preview || previewed !== sourceKey()) return;
  setBusy(true);
  setStatus(T.importing);
  try {
    const result = await callAdmin('runImport', request(currentMapping()));
    if (!result.ok) {
      outcomeSlot.replaceChildren(h('p', { className: 'box error', role: 'alert' }, result.message));
      setStatus(result.message, 'error');
      return;
    }
    const o = result.outcome;
    done = true;
    outcomeSlot.replaceChildren(
      h('h2', null, IMPORT_TEXT.dialog.outcomeTitle),
      h('p', { className: 'box' }, o.message),
    );
    renderRows(o.rows, T.checked(o.imported, o.rejected, o.duplicate));
    setStatus(o.message, 'ok');
  } catch (error) {
    setStatus(T.failedCall((error as Error).message), 'error');
  } finally {
    setBusy(false);
  }
}

/** Shows only the chosen source's input, and holds the import while the source differs from the checked one. */
function sourceChanged(): void {
  pasteBox.hidden = tabRadio.checked;
  tabBox.hidden = !tabRadio.checked;
  if (preview && !done) setStatus(previewed === sourceKey() ? checkedText : T.changed);
  updateButtons();
}

function render(s: ImportSetup): void {
  pasteRadio.checked = true;
  tabSelect.replaceChildren(...(s.tabs.length ? s.tabs.map((t) => option(t, t)) : [option('', T.noTabs)]));
  tabSelect.disabled = s.tabs.length === 0;
  tabRadio.disabled = s.tabs.length === 0;
  defaultOpd.replaceChildren(
    option('', T.defaultOpdNone),
    ...s.opds.map((o) => option(o.code, `${o.code} — ${o.name}`)),
  );
  const sourceBox = h(
    'fieldset',
    null,
    h('legend', null, T.sourceLegend),
    h('label', { className: 'inline' }, pasteRadio, ` ${T.sourcePaste}`),
    h('label', { className: 'inline' }, tabRadio, ` ${T.sourceTab}`),
    pasteBox,
    tabBox,
    h('label', { for: 'default-opd' }, T.defaultOpdLabel),
    defaultOpd,
  );
  app.replaceChildren(
    h('p', null, T.intro),
    sourceBox,
    h('p', null, readButton),
    mappingSlot,
    resultSlot,
    outcomeSlot,
  );
}

async function boot(): Promise<void> {
  closeButton.textContent = T.close;
  closeButton.addEventListener('click', closeDialog);
  importButton.addEventListener('click', () => void runImport());
  readButton.addEventListener('click', () => void check());
  for (const el of [paste, tabSelect, defaultOpd, pasteRadio, tabRadio]) {
    el.addEventListener('input', sourceChanged);
    el.addEventListener('change', sourceChanged);
  }
  setBusy(true);
  try {
    const result = await callAdmin('getImportSetup');
    if (!result.ok) {
      app.replaceChildren(h('p', { className: 'box error' }, result.message));
      return;
    }
    setup = result.setup;
    render(setup);
    setStatus('');
  } catch (error) {
    setStatus(T.failedCall((error as Error).message), 'error');
  } finally {
    setBusy(false);
  }
}

void boot();
