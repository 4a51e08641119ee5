// The status line every server call reports to, and the busy state that disables every action
// button while a call runs (the sheets-addon manners: one click, one call).

import type { ServerApi } from '../shared/api';
import { SIDEBAR_STATUS_LINE } from '../shared/messages/sidebar';
import { callServer, ServerCallError } from './server';

export type Tone = 'info' | 'busy' | 'ok' | 'error';

let busy = false;

function statusEl(): HTMLElement | null {
  return document.getElementById('status');
}

export function setStatus(text: string, tone: Tone = 'info'): void {
  const el = statusEl();
  if (!el) return;
  el.textContent = text;
  el.dataset.tone = tone;
}

export function isBusy(): boolean {
  return busy;
}

/** Action buttons carry data-action; they are all off while a call runs. */
function setBusy(on: boolean): void {
  busy = on;
  document.body.toggleAttribute('data-busy', on);
  document.getElementById('app')?.setAttribute('aria-busy', String(on));
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    if (on) {
      if (!b.disabled) {
        b.disabled = true;
        b.dataset.busyDisabled = '';
      }
    } else if ('busyDisabled' in b.dataset) {
      b.disabled = false;
      delete b.dataset.busyDisabled;
    }
  }
}

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Runs one server call with the status line and the busy state. A transport failure comes back as
 * a value (never a throw), so every caller decides what to keep and what to offer.
 */
export async function serverCall<K extends keyof ServerApi>(
  pending: string,
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<CallOutcome<ReturnType<ServerApi[K]>>> {
  setBusy(true);
  setStatus(pending, 'busy');
  try {
    const value = await callServer(name, ...args);
    return { ok: true, value };
  } catch (e) {
    const detail = e instanceof ServerCallError || e instanceof Error ? e.message : String(e);
    const error = SIDEBAR_STATUS_LINE.unreachable(detail);
    setStatus(SIDEBAR_STATUS_LINE.failed(error), 'error');
    return { ok: false, error };
  } finally {
    setBusy(false);
  }
}
