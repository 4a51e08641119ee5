// The global services a script sees, one instance per Runtime.
import type { Runtime } from '../runtime';
import { Charts, SpreadsheetApp } from '../spreadsheet/app';
import { CacheService } from './cache';
import { HtmlService } from './html';
import { LockService } from './lock';
import { Console, Logger } from './logger';
import { MailApp } from './mail';
import { PropertiesService } from './properties';
import { ScriptApp } from './script';
import { Session } from './session';
import { Utilities } from './utilities';

/** Service calls that are not counted (logging is not a Google service round trip). */
export const UNCOUNTED = new Set(['Logger', 'console']);

export function installServices(rt: Runtime): void {
  rt.registerRoot('SpreadsheetApp', new SpreadsheetApp(rt));
  rt.registerRoot('Session', new Session(rt));
  rt.registerRoot('HtmlService', new HtmlService(rt));
  rt.registerRoot('LockService', new LockService(rt));
  rt.registerRoot('PropertiesService', new PropertiesService(rt));
  rt.registerRoot('CacheService', new CacheService(rt));
  rt.registerRoot('Utilities', new Utilities(rt));
  rt.registerRoot('MailApp', new MailApp(rt));
  rt.registerRoot('ScriptApp', new ScriptApp(rt));
  rt.registerRoot('Logger', new Logger(rt));
  rt.registerRoot('console', new Console(rt));
  rt.registerRoot('Charts', new Charts());
}
