// google.script.run as the sidebar sees it, for the local preview and the Chromium tests.
//
// Browser side: GOOGLE_SCRIPT_RUN_CLIENT is a script to inject before the page's own code (e.g.
// page.addInitScript, or a <script> the preview server prepends). It defines google.script.run
// with Google's manners: chainable withSuccessHandler / withFailureHandler / withUserObject,
// asynchronous and unordered results, at most 10 calls in flight (more wait in a queue),
// arguments checked like Google (a Date or function throws "Failed due to illegal value in
// property: N" at the call), results JSON-only (a Date arrives as null), a server error reaches
// the failure handler as an Error with the server's message.
//
// Transport: window.__gasTransport(name, argsJson) → Promise<envelopeJson> when the page defines
// it (Playwright's page.exposeFunction), else POST {name, args} to GAS_RUN_PATH on the page's own
// origin. Either way the Node side answers with handleScriptRun().
import type { Harness } from './harness';

export const GAS_RUN_PATH = '/__gas/run';
export const MAX_IN_FLIGHT = 10;

/** What the Node side answers for one call. */
export type ScriptRunEnvelope = { ok: true; value: unknown } | { ok: false; error: string };

/** Runs one google.script.run call on the harness (as its current user) and returns the envelope JSON. */
export function handleScriptRun(harness: Harness, name: string, argsJson: string): string {
  let envelope: ScriptRunEnvelope;
  try {
    const args = JSON.parse(argsJson) as unknown;
    if (!Array.isArray(args)) throw new Error('arguments must be an array');
    envelope = { ok: true, value: harness.call(name, ...args) };
  } catch (e) {
    envelope = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  return JSON.stringify(envelope);
}

export const GOOGLE_SCRIPT_RUN_CLIENT = `(function () {
  'use strict';
  if (window.google && window.google.script && window.google.script.__emulated) return;
  var MAX = ${MAX_IN_FLIGHT};
  var inFlight = 0;
  var queue = [];

  function illegal(v, key) {
    var t = Object.prototype.toString.call(v);
    if (t === '[object Date]' || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
      throw new Error('Failed due to illegal value in property: ' + key);
    if (Array.isArray(v)) v.forEach(function (x, i) { illegal(x, String(i)); });
    else if (v && typeof v === 'object') Object.keys(v).forEach(function (k) { illegal(v[k], k); });
  }

  function send(name, argsJson) {
    if (typeof window.__gasTransport === 'function') return Promise.resolve(window.__gasTransport(name, argsJson));
    return fetch('${GAS_RUN_PATH}', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: name, args: JSON.parse(argsJson) }),
    }).then(function (r) { return r.text(); });
  }

  function pump() {
    while (inFlight < MAX && queue.length) start(queue.shift());
  }

  function start(job) {
    inFlight++;
    send(job.name, job.argsJson)
      .then(function (text) { return typeof text === 'string' ? JSON.parse(text) : text; })
      .catch(function (e) { return { ok: false, error: String((e && e.message) || e) }; })
      .then(function (env) {
        inFlight--;
        pump();
        if (env && env.ok) {
          if (job.ok) job.ok(env.value === undefined ? null : env.value, job.userObject);
        } else {
          var err = new Error(env && env.error ? env.error : 'Unknown error');
          if (job.fail) job.fail(err, job.userObject);
          else console.error('google.script.run ' + job.name + ': ' + err.message);
        }
      });
  }

  function runner(ok, fail, userObject) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f, userObject); };
        if (name === 'withUserObject') return function (u) { return runner(ok, fail, u); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          illegal(args, '');
          queue.push({ name: name, argsJson: JSON.stringify(args), ok: ok, fail: fail, userObject: userObject });
          // Results always arrive asynchronously, as on Google.
          Promise.resolve().then(pump);
        };
      },
    });
  }

  window.google = window.google || {};
  window.google.script = {
    __emulated: true,
    run: runner(null, null, undefined),
    host: {
      close: function () { window.__gasHostClosed = true; },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} },
    },
    url: { getLocation: function (cb) { cb({ hash: '', parameter: {}, parameters: {} }); } },
  };
})();`;
