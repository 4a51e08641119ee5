// MailApp: messages are recorded, never sent; a daily recipient quota decreases with each one.
import { GasError, GasObject } from '../bridge';
import { GAS_ERRORS } from '../errors';
import type { Runtime } from '../runtime';
import { type Surface, surfaceCheck } from '../surface';

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

function recipients(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export class MailApp extends GasObject implements Surface<GoogleAppsScript.Mail.MailApp> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'MailApp';
  }
  getRemainingDailyQuota(): number {
    return Math.max(0, this.rt.options.mailQuota - this.rt.mailSentToday);
  }
  sendEmail(a: unknown, subject?: unknown, body?: unknown, options?: unknown): void {
    const msg: MailOptions =
      typeof a === 'object' && a !== null
        ? (a as MailOptions)
        : {
            ...((options as MailOptions | undefined) ?? {}),
            to: String(a),
            subject: String(subject ?? ''),
            body: String(body ?? ''),
          };
    const all = [...recipients(msg.to), ...recipients(msg.cc), ...recipients(msg.bcc)];
    if (all.length === 0) throw new GasError('Failed to send email: no recipient');
    for (const r of all) if (!EMAIL.test(r)) throw new GasError(GAS_ERRORS.invalidEmail(r));
    if (all.length > this.getRemainingDailyQuota()) throw new GasError(GAS_ERRORS.mailQuota);
    this.rt.mailSentToday += all.length;
    this.rt.mail.push({
      to: recipients(msg.to).join(','),
      cc: recipients(msg.cc).join(','),
      bcc: recipients(msg.bcc).join(','),
      subject: String(msg.subject ?? ''),
      body: String(msg.body ?? ''),
      htmlBody: msg.htmlBody === undefined ? null : String(msg.htmlBody),
      name: msg.name === undefined ? null : String(msg.name),
      replyTo: msg.replyTo === undefined ? null : String(msg.replyTo),
      noReply: !!msg.noReply,
      attachments: msg.attachments?.length ?? 0,
      from: this.rt.identity().effective,
      at: this.rt.now(),
    });
  }
}

surfaceCheck<MailApp, GoogleAppsScript.Mail.MailApp>(true);
