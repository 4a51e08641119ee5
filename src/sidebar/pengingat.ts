// The Pengingat dialog: shows every e-mail exactly as it will go out (recipients, subject, body),
// who cannot be reached and who is complete, the quota; sends only what was shown (the server
// checks the preview's fingerprint) and switches the weekly reminder.
import type { ReminderPreview, WeeklyReminderStatus } from '../shared/admin-api';
import { REMINDER_DIALOG } from '../shared/messages/reminders';
import { callAdmin, closeDialog } from './admin-call';
import { type Child, h } from './dom';

const app = document.getElementById('app') as HTMLElement;
const statusLine = document.getElementById('status') as HTMLElement;
const sendButton = document.getElementById('send') as HTMLButtonElement;
const closeButton = document.getElementById('close') as HTMLButtonElement;

let preview: ReminderPreview | null = null;
let busy = false;

function setStatus(text: string, tone: 'info' | 'ok' | 'error' = 'info'): void {
  statusLine.textContent = text;
  statusLine.dataset.tone = tone;
}

function canSend(p: ReminderPreview | null): boolean {
  return !!p && !p.alreadySent && p.reminders.length > 0 && p.quota >= p.recipientCount;
}

async function load(): Promise<void> {
  busy = true;
  app.setAttribute('aria-busy', 'true');
  sendButton.disabled = true;
  setStatus(REMINDER_DIALOG.loading);
  try {
    const result = await callAdmin('getReminderPreview');
    if (!result.ok) {
      preview = null;
      app.replaceChildren(h('p', { className: 'box error' }, result.message));
      setStatus('');
      return;
    }
    preview = result.preview;
    render(preview);
    setStatus('');
  } catch (error) {
    setStatus(REMINDER_DIALOG.failed((error as Error).message), 'error');
  } finally {
    busy = false;
    app.setAttribute('aria-busy', 'false');
    sendButton.disabled = !canSend(preview);
  }
}

function render(p: ReminderPreview): void {
  sendButton.textContent = p.alreadySent
    ? REMINDER_DIALOG.sentAlready
    : REMINDER_DIALOG.send(p.reminders.length);
  const parts: Child[] = [];
  if (p.alreadySent) parts.push(h('p', { className: 'box ok', id: 'already-sent' }, p.alreadySent));
  if (p.problems.length) {
    parts.push(h('div', { className: 'box warn' }, h('p', null, REMINDER_DIALOG.problems), list(p.problems)));
  }
  parts.push(h('p', null, REMINDER_DIALOG.summary(p.reminders.length, p.recipientCount)));
  parts.push(
    h('p', null, p.deadlineText ? REMINDER_DIALOG.deadline(p.deadlineText) : REMINDER_DIALOG.noDeadline),
  );
  if (p.recipientCount > 0) {
    parts.push(
      p.quota < p.recipientCount
        ? h('p', { className: 'box error' }, REMINDER_DIALOG.quotaShort(p.quota, p.recipientCount))
        : h('p', { className: 'muted' }, REMINDER_DIALOG.quota(p.quota)),
    );
  }
  for (const r of p.reminders) {
    parts.push(
      h(
        'details',
        null,
        h('summary', null, `${r.opdName} — ${REMINDER_DIALOG.items(r.itemCount)}`),
        h(
          'div',
          { className: 'mail' },
          h('p', null, h('strong', null, `${REMINDER_DIALOG.recipients}: `), r.recipients.join(', ')),
          h('p', null, h('strong', null, r.subject)),
          h('pre', null, r.body),
        ),
      ),
    );
  }
  if (p.unreachable.length) {
    parts.push(
      h(
        'div',
        { className: 'box warn' },
        h('p', null, REMINDER_DIALOG.unreachableTitle),
        list(p.unreachable.map((u) => `${u.opdName} (${REMINDER_DIALOG.items(u.itemCount)})`)),
      ),
    );
  }
  if (p.complete.length) {
    parts.push(h('p', { className: 'muted' }, `${REMINDER_DIALOG.completeTitle} ${p.complete.join(', ')}`));
  }
  parts.push(weeklyBlock(p.weekly));
  app.replaceChildren(...parts.filter((x): x is Node => x instanceof Node));
}

function list(items: readonly string[]): HTMLUListElement {
  return h(
    'ul',
    null,
    items.map((t) => h('li', null, t)),
  );
}

function weeklyBlock(weekly: WeeklyReminderStatus): HTMLFieldSetElement {
  const box = h('input', {
    type: 'checkbox',
    id: 'weekly',
    disabled: weekly.enabled && !weekly.mine,
  });
  box.checked = weekly.enabled;
  const note = h('p', { className: 'muted', id: 'weekly-note' }, weekly.text);
  box.addEventListener('change', async () => {
    const wanted = box.checked;
    box.disabled = true;
    try {
      const result = await callAdmin('setWeeklyReminders', wanted);
      if (result.ok) {
        box.checked = result.weekly.enabled;
        note.textContent = result.weekly.text;
        setStatus(result.message, 'ok');
      } else {
        box.checked = !wanted;
        setStatus(result.message, 'error');
      }
    } catch (error) {
      box.checked = !wanted;
      setStatus(REMINDER_DIALOG.failed((error as Error).message), 'error');
    } finally {
      box.disabled = false;
    }
  });
  return h(
    'fieldset',
    null,
    h('legend', null, REMINDER_DIALOG.weeklyTitle),
    h('label', { for: 'weekly' }, box, ` ${REMINDER_DIALOG.weeklyLabel}`),
    note,
  );
}

async function send(): Promise<void> {
  if (busy || !preview || !canSend(preview)) return;
  busy = true;
  sendButton.disabled = true;
  setStatus(REMINDER_DIALOG.sending);
  try {
    const result = await callAdmin('sendReminders', preview.fingerprint);
    if (result.ok) {
      setStatus(result.message, result.failed ? 'error' : 'ok');
      preview = null;
      sendButton.textContent = REMINDER_DIALOG.reload;
      sendButton.disabled = false;
      sendButton.onclick = () => {
        sendButton.onclick = null;
        void load();
      };
      return;
    }
    setStatus(result.message, 'error');
    sendButton.disabled = !canSend(preview);
  } catch (error) {
    setStatus(REMINDER_DIALOG.failed((error as Error).message), 'error');
    sendButton.disabled = !canSend(preview);
  } finally {
    busy = false;
  }
}

sendButton.addEventListener('click', () => {
  if (preview) void send();
});
closeButton.textContent = REMINDER_DIALOG.close;
closeButton.addEventListener('click', closeDialog);
void load();
