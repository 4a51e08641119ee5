// The preview page: a stand-in for the Google Sheets window with the add-on installed. It shows
// what the server sends and sends back what the person does; all logic runs in the real bundle on
// the server.
import { PREVIEW } from '../../shared/messages/preview';
import type {
  AnswerView,
  ChangeEvent,
  EditResponse,
  EffectsView,
  FileRoleView,
  HtmlPanelView,
  RunResponse,
  SheetView,
  StateView,
  UserGroup,
} from '../protocol';
import { $, api } from './dom';
import { columnLetter, renderGrid } from './grid';
import { closeMenus, renderMenus } from './menus';
import { ask, askConsent, closeDialog, showAlert, showDialog } from './modals';

let state: StateView | null = null;
let activeTab: string | null = decodeURIComponent(location.hash.replace(/^#/, '')) || null;
let shownVersion = -1;
let sheetVersion = -1;
let busy = 0;

function setBusy(delta: number): void {
  busy += delta;
  $('status').textContent = busy > 0 ? PREVIEW.working : '';
  document.body.dataset.busy = String(busy > 0);
}

function showSidebar(panel: HtmlPanelView): void {
  $('sidebar-title').textContent = panel.title;
  const frame = $<HTMLIFrameElement>('sidebar-frame');
  frame.title = panel.title;
  frame.dataset.panel = panel.id;
  frame.src = `/html/${encodeURIComponent(panel.id)}`;
  $('sidebar').hidden = false;
}

function closeSidebar(): void {
  $('sidebar').hidden = true;
  const frame = $<HTMLIFrameElement>('sidebar-frame');
  frame.removeAttribute('src');
  delete frame.dataset.panel;
}

function toast(title: string, message: string, seconds: number): void {
  // Sheets shows one toast at a time: a new one replaces the last.
  $('toasts').replaceChildren();
  const box = document.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  if (title) box.append(Object.assign(document.createElement('b'), { textContent: title }));
  box.append(document.createTextNode(message));
  $('toasts').append(box);
  const ms = seconds < 0 ? 60_000 : Math.max(2, seconds || 5) * 1000;
  setTimeout(() => box.remove(), ms);
}

async function applyEffects(effects: EffectsView): Promise<void> {
  for (const t of effects.toasts) toast(t.title, t.message, t.timeoutSeconds);
  if (effects.sidebar) showSidebar(effects.sidebar);
  for (const a of effects.alerts) await showAlert(a.title, a.message);
  if (effects.error) await showAlert(PREVIEW.errorTitle, effects.error);
  if (effects.dialog) showDialog(effects.dialog);
}

// ---------------------------------------------------------------- menu

async function runMenu(functionName: string): Promise<void> {
  closeMenus();
  const answers: AnswerView[] = [];
  setBusy(1);
  try {
    // An execution that asks a question is rolled back on the server; it runs again with the answers.
    for (;;) {
      const res = await api<RunResponse>('/api/menu', { functionName, answers });
      if (res.status === 'consent' && res.consent) {
        // Nothing ran: the person authorizes (or not), then the item runs from the start.
        setBusy(-1);
        const untick = await askConsent(res.consent);
        setBusy(1);
        if (untick === null) break;
        await api<StateView>('/api/authorize', { untick });
        await refresh();
        continue;
      }
      if (res.status === 'question' && res.question) {
        setBusy(-1);
        answers.push(await ask(res.question));
        setBusy(1);
        continue;
      }
      await refresh();
      await applyEffects(res.effects);
      break;
    }
  } catch (e) {
    await showAlert(PREVIEW.errorTitle, String(e instanceof Error ? e.message : e));
  } finally {
    setBusy(-1);
  }
}

// ---------------------------------------------------------------- users, tabs, grid

const GROUP_LABELS: Record<UserGroup, string> = {
  admin: PREVIEW.groupAdmin,
  verifikator: PREVIEW.groupVerifikator,
  operator: PREVIEW.groupOperator,
  pimpinan: PREVIEW.groupPimpinan,
  lainnya: PREVIEW.groupOther,
};

const ROLE_NAMES: Record<FileRoleView, string> = {
  owner: PREVIEW.roleOwner,
  editor: PREVIEW.roleEditor,
  viewer: PREVIEW.roleViewer,
};

/** The current user's role on the file, and what it means when they only view it. */
function renderRole(s: StateView): void {
  const badge = $('user-role');
  badge.textContent = `${PREVIEW.roleLabel}: ${ROLE_NAMES[s.fileRole]}`;
  badge.dataset.role = s.fileRole;
  const hint = $('role-hint');
  hint.textContent = s.fileRole === 'viewer' ? PREVIEW.viewerHint : s.consent ? PREVIEW.consentPending : '';
  hint.hidden = hint.textContent === '';
  document.body.dataset.consent = s.consent ? 'needed' : 'given';
}

function renderUsers(s: StateView): void {
  const select = $<HTMLSelectElement>('user-select');
  select.replaceChildren();
  for (const group of Object.keys(GROUP_LABELS) as UserGroup[]) {
    const users = s.users.filter((u) => u.group === group);
    if (!users.length) continue;
    const og = document.createElement('optgroup');
    og.label = GROUP_LABELS[group];
    for (const u of users) {
      const option = document.createElement('option');
      option.value = u.email;
      option.textContent = `${u.label} · ${ROLE_NAMES[u.fileRole]}`;
      option.dataset.role = u.fileRole;
      og.append(option);
    }
    select.append(og);
  }
  select.value = s.user;
}

function renderTabs(s: StateView): void {
  const bar = $('tabbar');
  bar.replaceChildren();
  for (const tab of s.tabs) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'tab';
    b.setAttribute('role', 'tab');
    b.dataset.tab = tab.name;
    b.setAttribute('aria-selected', String(tab.name === activeTab));
    if (tab.hidden) b.classList.add('hidden-tab');
    if (tab.color) {
      const sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = tab.color;
      b.append(sw);
    }
    b.append(document.createTextNode(tab.name));
    b.addEventListener('click', () => void selectTab(tab.name));
    bar.append(b);
  }
  bar
    .querySelector<HTMLElement>('[aria-selected="true"]')
    ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

const LOCK_SVG =
  '<svg width="11" height="12" viewBox="0 0 11 12" aria-hidden="true"><rect x="1" y="5" width="9" height="7" rx="1" fill="currentColor"/><path d="M3 5V3.5a2.5 2.5 0 0 1 5 0V5" fill="none" stroke="currentColor" stroke-width="1.4"/></svg>';

function renderSheetInfo(sheet: SheetView): void {
  const info = $('sheet-info');
  info.replaceChildren();
  for (const p of sheet.protections) {
    const span = document.createElement('span');
    span.className = `prot${p.canEdit || p.warningOnly ? ' mine' : ''}`;
    span.dataset.protection = p.range ?? 'sheet';
    const where = p.range ? `${PREVIEW.protectedRange} ${p.range}` : PREVIEW.protectedSheet;
    const who = [`${sheet.owner} (${PREVIEW.owner})`, ...p.editors.filter((e) => e !== sheet.owner)].join(
      ', ',
    );
    const except = p.unprotected.length ? ` (${PREVIEW.exceptRanges} ${p.unprotected.join(', ')})` : '';
    span.innerHTML = LOCK_SVG;
    // A warning-only protection blocks no one: whoever may edit the tab is asked to confirm.
    if (p.warningOnly) span.append(` ${where}${except} · ${PREVIEW.warningOnly} — ${PREVIEW.warnsEveryone}`);
    else
      span.append(
        ` ${where}${except} — ${PREVIEW.editableBy}: ${who} · ${p.canEdit ? PREVIEW.youCanEdit : PREVIEW.youCannotEdit}`,
      );
    if (p.description) span.title = p.description;
    info.append(span);
  }
  if (sheet.truncated) info.append(document.createTextNode(PREVIEW.truncated));
  // A viewer types into nothing, so the typing hint would mislead.
  if (sheet.readOnly) return;
  const hint = document.createElement('span');
  hint.textContent = PREVIEW.editHint;
  info.append(hint);
}

let reloadAfterEditor = false;

async function loadSheet(): Promise<void> {
  const scroll = $('grid-scroll');
  // Never redraw under a person who is typing in a cell: the redraw waits until the editor closes.
  if (scroll.querySelector('.cell-editor')) {
    reloadAfterEditor = true;
    return;
  }
  if (!activeTab) {
    scroll.replaceChildren(
      Object.assign(document.createElement('div'), { className: 'empty', textContent: PREVIEW.noSheets }),
    );
    $('sheet-info').replaceChildren();
    return;
  }
  const keep = { top: scroll.scrollTop, left: scroll.scrollLeft };
  // Tests and people alike can tell a grid that is still loading from one that is current.
  scroll.dataset.loading = 'true';
  const sheet = await api<SheetView>(`/api/sheet?name=${encodeURIComponent(activeTab)}`).finally(() => {
    delete scroll.dataset.loading;
  });
  renderSheetInfo(sheet);
  if (scroll.querySelector('.cell-editor')) {
    reloadAfterEditor = true;
    return;
  }
  renderGrid(scroll, sheet, {
    onEdit: (row, column, text) => void editCell(sheet.name, row, column, text),
    onReadOnly: () => void showAlert(PREVIEW.roleViewer, PREVIEW.viewerEdit),
    onEditorClosed: () => {
      if (!reloadAfterEditor) return;
      reloadAfterEditor = false;
      void loadSheet();
    },
  });
  if (sheet.name === scroll.dataset.sheet) {
    scroll.scrollTop = keep.top;
    scroll.scrollLeft = keep.left;
  }
  scroll.dataset.sheet = sheet.name;
  sheetVersion = sheet.version;
}

async function editCell(sheetName: string, row: number, column: number, text: string, confirmed = false) {
  setBusy(1);
  try {
    const res = await api<EditResponse>('/api/edit', { sheet: sheetName, row, column, text, confirmed });
    if (res.confirm) {
      const answer = await ask({
        kind: 'alert',
        title: PREVIEW.protectedRange,
        message: res.confirm,
        buttons: ['OK', 'CANCEL'],
      });
      if (answer.button === 'OK') await editCell(sheetName, row, column, text, true);
      return;
    }
    await refresh();
    if (!res.ok && res.message) await showAlert(`${columnLetter(column)}${row + 1}`, res.message);
  } finally {
    setBusy(-1);
  }
}

async function selectTab(name: string): Promise<void> {
  activeTab = name;
  history.replaceState(null, '', `#${encodeURIComponent(name)}`);
  for (const b of document.querySelectorAll<HTMLElement>('#tabbar button')) {
    b.setAttribute('aria-selected', String(b.dataset.tab === name));
    if (b.dataset.tab === name) b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  await loadSheet();
}

let serverActiveTab: string | null = null;
let refreshing: Promise<void> | null = null;
let refreshAgain = false;
const rendered = { users: '', menus: '', tabs: '' };

/** Brings the page up to the server's state; concurrent calls share one run (and one more after it). */
function refresh(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      await refreshOnce();
    } while (refreshAgain);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function refreshOnce(): Promise<void> {
  const s = await api<StateView>('/api/state');
  const userChanged = state !== null && state.user !== s.user;
  state = s;
  document.title = `${s.title} — ${PREVIEW.pageTitle}`;
  $('doc-title').textContent = s.title;
  // Redrawn only when they change, so an open menu survives another page's edit.
  const users = JSON.stringify([s.users, s.user]);
  if (users !== rendered.users) renderUsers(s);
  rendered.users = users;
  renderRole(s);
  const menus = JSON.stringify(s.menus);
  if (menus !== rendered.menus) renderMenus(s, (fn) => void runMenu(fn));
  rendered.menus = menus;
  // A script that activates a tab (setActiveSheet) brings it to the front, as in Sheets.
  if (serverActiveTab !== null && s.activeTab !== serverActiveTab && s.activeTab) {
    activeTab = s.activeTab;
    history.replaceState(null, '', `#${encodeURIComponent(activeTab)}`);
  }
  serverActiveTab = s.activeTab;
  if (!activeTab || !s.tabs.some((t) => t.name === activeTab))
    activeTab = s.activeTab ?? s.tabs[0]?.name ?? null;
  const tabs = JSON.stringify([s.tabs, activeTab]);
  if (tabs !== rendered.tabs) renderTabs(s);
  rendered.tabs = tabs;
  if (userChanged) {
    closeSidebar();
    closeDialog();
  }
  if (s.version !== shownVersion || sheetVersion !== s.version || userChanged) {
    shownVersion = s.version;
    await loadSheet();
  }
  document.body.dataset.version = String(shownVersion);
}

function listen(): void {
  const events = new EventSource('/api/events');
  events.addEventListener('change', (e) => {
    const change = JSON.parse((e as MessageEvent<string>).data) as ChangeEvent;
    if (change.effects) void applyEffects(change.effects);
    if (change.version !== shownVersion || (state && change.user !== state.user)) void refresh();
  });
  events.onerror = () => {
    $('status').textContent = events.readyState === EventSource.CLOSED ? PREVIEW.connectionLost : '';
  };
  events.onopen = () => {
    if (busy === 0) $('status').textContent = '';
  };
}

function init(): void {
  // Keyboard users can move through the grid with the arrow keys.
  $('grid-scroll').tabIndex = 0;
  $('sidebar-close').addEventListener('click', closeSidebar);
  document.addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).closest('#menubar')) closeMenus();
  });
  $<HTMLSelectElement>('user-select').addEventListener('change', async (e) => {
    setBusy(1);
    try {
      await api<StateView>('/api/user', { email: (e.target as HTMLSelectElement).value });
      closeSidebar();
      closeDialog();
      await refresh();
    } finally {
      setBusy(-1);
    }
  });
  $('reopen').addEventListener('click', async () => {
    setBusy(1);
    try {
      await api<StateView>('/api/user', { email: state?.user ?? '' });
      closeSidebar();
      await refresh();
    } finally {
      setBusy(-1);
    }
  });
  // google.script.host.close() in a sidebar or dialog arrives as a message from its frame.
  window.addEventListener('message', (e) => {
    const data = e.data as { type?: string } | null;
    if (data?.type === 'gas-host-close') {
      const from = e.source;
      if (from === $<HTMLIFrameElement>('sidebar-frame').contentWindow) closeSidebar();
      else closeDialog();
    }
  });
  void refresh().then(listen);
}

init();
