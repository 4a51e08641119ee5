// Session, PropertiesService, CacheService, Utilities, MailApp, ScriptApp.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { GAS_ERRORS } from '../../src/emulator/errors';
import { probeHarness } from '../support/emulator';

const REF = 'https://developers.google.com/apps-script/reference';

describe(`Session (${REF}/base/session)`, () => {
  test('active and effective user follow setUser; the script time zone comes from appsscript.json or the option', () => {
    const h = probeHarness({ user: 'A@Majenekab.go.id', timeZone: 'Asia/Makassar' });
    expect(h.call('whoAmI')).toEqual({ active: 'a@majenekab.go.id', effective: 'a@majenekab.go.id' });
    h.setUser('b@majenekab.go.id', { hideActiveUser: true });
    expect(h.call('whoAmI')).toEqual({ active: '', effective: 'b@majenekab.go.id' });
    expect(h.run(`return Session.getScriptTimeZone();`)).toBe('Asia/Makassar');
  });
});

describe(`PropertiesService (${REF}/properties/properties-service; quotas: developers.google.com/apps-script/guides/services/quotas)`, () => {
  test('script, document and per-user stores', () => {
    const h = probeHarness({ user: 'a@x.id' });
    h.run(`PropertiesService.getScriptProperties().setProperty('v', 1);
      PropertiesService.getDocumentProperties().setProperties({ a: 'x', b: 'y' });
      PropertiesService.getUserProperties().setProperty('tema', 'gelap');`);
    h.setUser('b@x.id');
    const out = h.run(`return [PropertiesService.getScriptProperties().getProperty('v'),
      PropertiesService.getDocumentProperties().getKeys().sort(), PropertiesService.getUserProperties().getProperty('tema')];`);
    expect(out).toEqual(['1', ['a', 'b'], null]);
    expect(h.properties.user['a@x.id']).toEqual({ tema: 'gelap' });
  });

  test('a value over 9 KB and a store over 500 KB are refused', () => {
    const h = probeHarness();
    expect(() =>
      h.run(`PropertiesService.getScriptProperties().setProperty('k', new Array(9 * 1024 + 2).join('x'));`),
    ).toThrow(GAS_ERRORS.propertyValueTooLarge);
    expect(() =>
      h.run(`var p = PropertiesService.getScriptProperties(), v = new Array(9000).join('x');
        for (var i = 0; i < 60; i++) p.setProperty('k' + i, v);`),
    ).toThrow(GAS_ERRORS.propertyQuota);
  });
});

describe(`CacheService (${REF}/cache/cache)`, () => {
  test('values expire; 100 KB values are refused', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const h = probeHarness({ now: () => new Date(now) });
    h.run(`CacheService.getScriptCache().put('k', 'v', 60);`);
    expect(h.run(`return CacheService.getScriptCache().get('k');`)).toBe('v');
    now += 61_000;
    expect(h.run(`return CacheService.getScriptCache().get('k');`)).toBeNull();
    expect(() =>
      h.run(`CacheService.getScriptCache().put('big', new Array(100 * 1024 + 2).join('x'));`),
    ).toThrow(GAS_ERRORS.cacheValueTooLarge);
  });
});

describe(`Utilities (${REF}/utilities/utilities)`, () => {
  test('formatDate uses Java SimpleDateFormat patterns in real time zones', () => {
    const h = probeHarness();
    const d = `new Date('2026-08-17T01:05:09Z')`;
    expect(
      h.run(`return [Utilities.formatDate(${d}, 'Asia/Makassar', "yyyy-MM-dd'T'HH:mm:ss Z"),
        Utilities.formatDate(${d}, 'Asia/Jakarta', 'EEE, d MMM yyyy h:mm a'),
        Utilities.formatDate(${d}, 'Etc/UTC', 'EEEE dd/MM/yy HH.mm')];`),
    ).toEqual(['2026-08-17T09:05:09 +0800', 'Mon, 17 Aug 2026 8:05 AM', 'Monday 17/08/26 01.05']);
  });

  test('computeDigest returns Java signed bytes; base64 and UUID work', () => {
    const h = probeHarness();
    const out = h.run<[number[], string, string, boolean]>(`return [
      Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'inovasi'),
      Utilities.base64Encode('Majene'), Utilities.newBlob(Utilities.base64Decode('TWFqZW5l')).getDataAsString(),
      /^[0-9a-f-]{36}$/.test(Utilities.getUuid())];`);
    const expected = [...createHash('sha256').update('inovasi').digest()].map((b) => (b > 127 ? b - 256 : b));
    expect(out[0]).toEqual(expected);
    expect(out[0].some((b) => b < 0)).toBe(true);
    expect(out.slice(1)).toEqual(['TWFqZW5l', 'Majene', true]);
  });

  test('sleep in a single-threaded execution advances the script clock instead of waiting', () => {
    const h = probeHarness();
    const t0 = Date.now();
    expect(h.call<number>('sleepy', 5000)).toBeGreaterThanOrEqual(5000);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe(`MailApp (${REF}/mail/mail-app)`, () => {
  test('messages are recorded, not sent; the daily quota decreases; quota exhaustion fails', () => {
    const h = probeHarness({ user: 'admin@x.id', mailQuota: 3 });
    const out =
      h.run(`MailApp.sendEmail('a@x.id,b@x.id', 'Pengingat', 'Isi', { htmlBody: '<b>Isi</b>', name: 'Balitbang' });
      var left = MailApp.getRemainingDailyQuota();
      try { MailApp.sendEmail({ to: 'c@x.id,d@x.id', subject: 's', body: 'b' }); } catch (e) { return [left, e.message]; }`);
    expect(out).toEqual([1, GAS_ERRORS.mailQuota]);
    expect(h.mail).toHaveLength(1);
    expect(h.mail[0]).toMatchObject({
      to: 'a@x.id,b@x.id',
      subject: 'Pengingat',
      htmlBody: '<b>Isi</b>',
      name: 'Balitbang',
      from: 'admin@x.id',
    });
    expect(() => h.run(`MailApp.sendEmail('bukan-email', 's', 'b');`)).toThrow(
      GAS_ERRORS.invalidEmail('bukan-email'),
    );
  });
});

describe(`ScriptApp triggers (${REF}/script/clock-trigger-builder)`, () => {
  test('a weekly trigger is recorded with its schedule, per owner; deleteTrigger removes it', () => {
    const h = probeHarness({ user: 'admin@x.id' });
    h.run(
      `ScriptApp.newTrigger('sendReminders').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();`,
    );
    expect(h.triggers).toEqual([
      expect.objectContaining({
        handler: 'sendReminders',
        owner: 'admin@x.id',
        eventType: 'CLOCK',
        schedule: { everyWeeks: 1, onWeekDay: 'MONDAY', atHour: 8 },
      }),
    ]);
    h.setUser('other@x.id');
    expect(h.run(`return ScriptApp.getProjectTriggers().length;`)).toBe(0);
    h.setUser('admin@x.id');
    expect(
      h.run(
        `var t = ScriptApp.getProjectTriggers(); ScriptApp.deleteTrigger(t[0]); return [t[0].getHandlerFunction(), ScriptApp.getProjectTriggers().length];`,
      ),
    ).toEqual(['sendReminders', 0]);
  });

  test('invalid schedules fail; time-driven executions have no UI', () => {
    const h = probeHarness({ user: 'admin@x.id' });
    expect(() => h.run(`ScriptApp.newTrigger('f').timeBased().everyMinutes(7).create();`)).toThrow(
      'everyMinutes',
    );
    h.run(`ScriptApp.newTrigger('uiProbe').timeBased().everyDays(1).atHour(6).create();`);
    expect(h.runTimeTrigger(h.triggers[0]!)).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(h.runMenu('uiProbe')).toBe('ui');
  });
});
