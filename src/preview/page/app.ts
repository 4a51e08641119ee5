// The preview page: a stand-in for the Google Sheets window with the add-on installed. It shows
// what the server sends and sends back what the person does; all logic runs in the real bundle on
// the server.
import { PREVIEW } from '../../shared/messages/preview';
import type {
  AnswerView,
  ChangeEvent,
  EditResponse,
  EffectsView,
  HtmlPanelView,
  MenuEntryView,
  QuestionView,
  RunResponse,
  SheetView,
  StateView,
  UserGroup,
} from '../protocol';
import { columnLetter, renderGrid } from './grid';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: StateView | null = null;
let activeTab: string | null = decodeURIComponent(location.hash.replace(/^#/, '')) || null;
let shownVersion = -1;
let sheetVersion = -1;
let busy = 0;

async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function setBusy(delta: number): void {
  busy += delta;
  $('status').textContent = busy > 0 ? PREVIEW.working : '';
  document.body.dataset.busy = String(busy > 0);
}

// ---------------------------------------------------------------- modals (alert, prompt, dialog)

interface ModalButton {
  label: string;
  value: string;
  primary?: boolean;
}

function openModal(
  title: string,
  body: Node | string,
  buttons: ModalButton[],
  onClose?: (value: string, text: string) => void,
): { close(): void } {
  const modal = $('modal');
  $('modal-title').textContent = title;
  const bodyEl = $('modal-body');
  bodyEl.replaceChildren(typeof body === 'string' ? document.createTextNode(body) : body);
  const buttonsEl = $('modal-buttons');
  buttonsEl.replaceChildren();
  let closed = false;
  const close = (value: string) => {
    if (closed) return;
    closed = true;
    modal.hidden = true;
    bodyEl.replaceChildren();
    const input = body instanceof HTMLElement ? body.querySelector('input') : null;
    onClose?.(value, input?.value ?? '');
  };
  for (const b of buttons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = b.label;
    button.dataset.value = b.value;
    button.className = b.primary ? 'mbtn default' : 'mbtn';
    button.addEventListener('click', () => close(b.value));
    buttonsEl.append(button);
  }
  const cancelValue = buttons.find((b) => b.value === 'CANCEL' || b.value === 'NO')?.value ?? 'CLOSE';
  $('modal-x').onclick = () => close(cancelValue);
  modal.onkeydown = (e) => {
    if (e.key === 'Escape') close(cancelValue);
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
      close(buttons.find((b) => b.primary)?.value ?? 'OK');
    }
  };
  modal.hidden = false;
  const input = body instanceof HTMLElement ? body.querySelector('input') : null;
  (input ?? (buttonsEl.querySelector('.default') as HTMLElement | null) ?? $('modal-x')).focus();
  return { close: () => close('CLOSE') };
}

const BUTTON_LABELS: Record<string, string> = {
  OK: PREVIEW.ok,
  CANCEL: PREVIEW.cancel,
  YES: PREVIEW.yes,
  NO: PREVIEW.no,
  CLOSE: PREVIEW.close,
};

function ask(question: QuestionView): Promise<AnswerView> {
  return new Promise((resolve) => {
    let body: Node | string = question.message;
    if (question.kind === 'prompt') {
      const wrap = document.createElement('div');
      wrap.append(document.createTextNode(question.message));
      const input = document.createElement('input');
      input.type = 'text';
      input.setAttribute('aria-label', question.title || question.message);
      wrap.append(input);
      body = wrap;
    }
    const buttons = question.buttons.map((b, i) => ({
      label: BUTTON_LABELS[b] ?? b,
      value: b,
      primary: i === 0,
    }));
    openModal(question.title, body, buttons, (button, text) => resolve({ button, text }));
  });
}

function showAlert(title: string, message: string): Promise<void> {
  return new Promise((resolve) => {
    openModal(title, message, [{ label: PREVIEW.ok, value: 'OK', primary: true }], () => resolve());
  });
}

let dialogHandle: { close(): void } | null = null;

function showDialog(panel: HtmlPanelView): void {
  dialogHandle?.close();
  const frame = document.createElement('iframe');
  frame.src = `/html/${encodeURIComponent(panel.id)}`;
  frame.title = panel.title;
  frame.style.width = `${panel.width}px`;
  frame.style.height = `${panel.height}px`;
  frame.style.maxWidth = '88vw';
  frame.style.maxHeight = '76vh';
  frame.dataset.panel = panel.id;
  dialogHandle = openModal(panel.title, frame, [], () => {
    dialogHandle = null;
  });
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
  if (effects.closed) {
    dialogHandle?.close();
    closeSidebar();
  }
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

function closeMenus(): void {
  for (const b of document.querySelectorAll('#menubar button[aria-expanded="true"]')) {
    b.setAttribute('aria-expanded', 'false');
  }
  for (const l of document.querySelectorAll<HTMLElement>('#menubar .menu-list')) l.hidden = true;
}

function menuList(items: MenuEntryView[], parent?: HTMLButtonElement): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'menu-list';
  ul.setAttribute('role', 'menu');
  ul.hidden = true;
  // Arrow keys move within this list; ← leaves a submenu for the item that opened it.
  ul.addEventListener('keydown', (e) => {
    const buttons = Array.from(ul.querySelectorAll<HTMLButtonElement>(':scope > li > button'));
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
    else if (e.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
    else if (e.key === 'ArrowLeft' && parent) {
      ul.hidden = true;
      parent.focus();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
  for (const item of items) {
    const li = document.createElement('li');
    if (item.kind === 'separator') {
      li.className = 'sep';
      li.setAttribute('role', 'separator');
    } else {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'mi';
      button.textContent = item.caption;
      button.setAttribute('role', 'menuitem');
      if (item.kind === 'item') {
        button.dataset.fn = item.functionName;
        button.addEventListener('click', () => void runMenu(item.functionName));
      } else {
        li.className = 'sub';
        button.classList.add('has-sub');
        button.setAttribute('aria-haspopup', 'menu');
        const sub = menuList(item.items, button);
        li.append(sub);
        li.addEventListener('mouseenter', () => {
          sub.hidden = false;
        });
        li.addEventListener('mouseleave', () => {
          sub.hidden = true;
        });
        // Hovering already opened it: a click (or Enter, or →) keeps it open and enters it.
        const enter = () => {
          sub.hidden = false;
          sub.querySelector<HTMLButtonElement>('button')?.focus();
        };
        button.addEventListener('click', enter);
        button.addEventListener('keydown', (e) => {
          if (e.key === 'ArrowRight') {
            e.preventDefault();
            e.stopPropagation();
            enter();
          }
        });
      }
      li.prepend(button);
    }
    ul.append(li);
  }
  return ul;
}

function renderMenus(s: StateView): void {
  const bar = $('menubar');
  bar.replaceChildren();
  // Sheets' own menus, inert here, so the add-on's menu sits where people expect it.
  for (const name of ['File', 'Edit', 'Lihat', 'Sisipkan', 'Format', 'Data', 'Alat', 'Ekstensi']) {
    const root = document.createElement('div');
    root.className = 'menu-root';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'mroot static';
    b.textContent = name;
    b.tabIndex = -1;
    root.append(b);
    bar.append(root);
  }
  for (const menu of s.menus) {
    const root = document.createElement('div');
    root.className = 'menu-root';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'mroot';
    b.textContent = menu.caption;
    b.setAttribute('aria-haspopup', 'menu');
    b.setAttribute('aria-expanded', 'false');
    const list = menuList(menu.items);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      const open = b.getAttribute('aria-expanded') !== 'true';
      closeMenus();
      b.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
      if (open) (list.querySelector('button') as HTMLButtonElement | null)?.focus();
    });
    list.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      closeMenus();
      b.focus();
    });
    root.append(b, list);
    bar.append(root);
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
      option.textContent = u.label;
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
    span.className = `prot${p.canEdit ? ' mine' : ''}`;
    span.dataset.protection = p.range ?? 'sheet';
    const where = p.range ? `${PREVIEW.protectedRange} ${p.range}` : PREVIEW.protectedSheet;
    const who = [`${sheet.owner} (${PREVIEW.owner})`, ...p.editors.filter((e) => e !== sheet.owner)].join(
      ', ',
    );
    const except = p.unprotected.length ? ` (${PREVIEW.exceptRanges} ${p.unprotected.join(', ')})` : '';
    const mode = p.warningOnly ? ` · ${PREVIEW.warningOnly}` : '';
    span.innerHTML = LOCK_SVG;
    span.append(
      ` ${where}${except}${mode} — ${PREVIEW.editableBy}: ${who} · ${p.canEdit ? PREVIEW.youCanEdit : PREVIEW.youCannotEdit}`,
    );
    if (p.description) span.title = p.description;
    info.append(span);
  }
  if (sheet.truncated) info.append(document.createTextNode(PREVIEW.truncated));
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
  const menus = JSON.stringify(s.menus);
  if (menus !== rendered.menus) renderMenus(s);
  rendered.menus = menus;
  if (!activeTab || !s.tabs.some((t) => t.name === activeTab))
    activeTab = s.activeTab ?? s.tabs[0]?.name ?? null;
  const tabs = JSON.stringify([s.tabs, activeTab]);
  if (tabs !== rendered.tabs) renderTabs(s);
  rendered.tabs = tabs;
  if (userChanged) {
    closeSidebar();
    dialogHandle?.close();
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
      dialogHandle?.close();
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
      else dialogHandle?.close();
    }
  });
  void refresh().then(listen);
}

init();
