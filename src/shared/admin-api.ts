// The contract between the admin dialogs (Pengingat, Ekspor IGA) and their server entry points.
// JSON-safe like api.ts: google.script.run carries only primitives, plain objects and arrays.
import type { Result } from './api';
import type { ImportApi } from './import-api';

export interface WeeklyReminderStatus {
  enabled: boolean;
  /** Who installed the trigger (Apps Script triggers belong to their installer), or null. */
  owner: string | null;
  /** True when the current user installed it, so they may also switch it off. */
  mine: boolean;
  /** One line for people, Bahasa Indonesia. */
  text: string;
}

export interface ReminderPreviewItem {
  opd: string;
  opdName: string;
  recipients: string[];
  itemCount: number;
  subject: string;
  body: string;
}

export interface ReminderPreview {
  /** Echoed back by sendReminders: a plan that changed since the preview is not sent. */
  fingerprint: string;
  deadlineText: string | null;
  reminders: ReminderPreviewItem[];
  /** OPDs with something missing but no active operator. */
  unreachable: { opd: string; opdName: string; itemCount: number }[];
  /** Names of the OPDs with nothing missing. */
  complete: string[];
  recipientCount: number;
  /** MailApp.getRemainingDailyQuota() at preview time. */
  quota: number;
  weekly: WeeklyReminderStatus;
  /** Problems reading the register (missing tabs, bad rows), shown above the preview. */
  problems: string[];
  /**
   * When exactly this plan was sent already (WITA, worded): the dialog says so and offers no
   * "Kirim" button, instead of refusing only on click.
   */
  alreadySent?: string;
}

export type CsvSeparatorChoice = ',' | ';';

export interface IgaCsv {
  csv: string;
  fileName: string;
  count: number;
}

/** Server functions the admin dialogs call through google.script.run (the Impor dialog's too). */
export interface AdminApi extends ImportApi {
  getReminderPreview(): Result<{ preview: ReminderPreview }>;
  sendReminders(fingerprint: string): Result<{ sent: number; failed: number; message: string }>;
  setWeeklyReminders(enabled: boolean): Result<{ weekly: WeeklyReminderStatus; message: string }>;
  getIgaCsv(separator: CsvSeparatorChoice): Result<IgaCsv>;
}
