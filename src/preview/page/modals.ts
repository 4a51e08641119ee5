// The page's modal layer: Apps Script's alert and prompt (ui.alert, ui.prompt) and the HTML dialogs
// of showModalDialog, in one modal at a time as Sheets shows them.
import { PREVIEW } from '../../shared/messages/preview';
import type { AnswerView, ConsentView, HtmlPanelView, QuestionView } from '../protocol';
import { $ } from './dom';

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

export function ask(question: QuestionView): Promise<AnswerView> {
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

/**
 * Google's consent screen before a user's first run: the manifest's permissions, each ticked (with
 * granular consent the person may untick some). Resolves with the unticked scopes, or null when
 * the person cancels.
 */
export function askConsent(consent: ConsentView): Promise<string[] | null> {
  return new Promise((resolve) => {
    const wrap = document.createElement('div');
    wrap.className = 'consent';
    wrap.append(
      Object.assign(document.createElement('p'), { textContent: PREVIEW.consentIntro(consent.email) }),
    );
    const list = document.createElement('ul');
    list.className = 'consent-list';
    const boxes: HTMLInputElement[] = [];
    for (const s of consent.scopes) {
      const item = document.createElement('li');
      const label = document.createElement('label');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true });
      box.dataset.scope = s.scope;
      boxes.push(box);
      label.append(box, document.createTextNode(` ${s.description}`));
      item.append(label);
      list.append(item);
    }
    wrap.append(
      list,
      Object.assign(document.createElement('p'), {
        className: 'consent-note',
        textContent: PREVIEW.consentGranular,
      }),
    );
    const modal = $('modal');
    modal.dataset.kind = 'consent';
    openModal(
      PREVIEW.consentTitle,
      wrap,
      [
        { label: PREVIEW.consentAllow, value: 'ALLOW', primary: true },
        { label: PREVIEW.cancel, value: 'CANCEL' },
      ],
      (value) => {
        delete modal.dataset.kind;
        resolve(value === 'ALLOW' ? boxes.filter((b) => !b.checked).map((b) => b.dataset.scope ?? '') : null);
      },
    );
  });
}

export function showAlert(title: string, message: string): Promise<void> {
  return new Promise((resolve) => {
    openModal(title, message, [{ label: PREVIEW.ok, value: 'OK', primary: true }], () => resolve());
  });
}

let dialogHandle: { close(): void } | null = null;

/** Closes the open dialog (showModalDialog), if any. */
export function closeDialog(): void {
  dialogHandle?.close();
}

export function showDialog(panel: HtmlPanelView): void {
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
