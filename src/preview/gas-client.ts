// google.script.run and google.script.host for a sidebar or dialog served by the preview, with
// Google's rules: arguments must be primitives, plain objects and arrays (a Date or a function
// fails at the call), results come back through JSON, at most 10 calls run at once (the rest
// wait their turn), failures reach withFailureHandler as an Error with the server's message.
// Returned as source text: it is injected at the top of the page's <head>.

export function gasClientScript(endpoint: string): string {
  return `(function () {
  'use strict';
  var MAX_IN_FLIGHT = 10;
  var ENDPOINT = ${JSON.stringify(endpoint)};
  var active = 0;
  var waiting = [];
  function illegal(value, key) {
    var t = Object.prototype.toString.call(value);
    if (t === '[object Date]' || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new Error('Failed due to illegal value in property: ' + key);
    }
    if (Array.isArray(value)) value.forEach(function (v, i) { illegal(v, String(i)); });
    else if (value && typeof value === 'object') Object.keys(value).forEach(function (k) { illegal(value[k], k); });
  }
  function pump() {
    while (active < MAX_IN_FLIGHT && waiting.length) {
      active++;
      send(waiting.shift());
    }
  }
  function done(job, ok, payload) {
    active--;
    pump();
    if (ok) { if (job.success) job.success(payload, job.user); }
    else if (job.failure) job.failure(payload, job.user);
    else if (window.console) console.error(payload);
  }
  function send(job) {
    fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: job.body })
      .then(function (r) { return r.json(); })
      .then(function (res) {
        if (res && res.ok) done(job, true, res.value === undefined ? null : res.value);
        else { var e = new Error(res && res.error ? res.error : 'Error'); e.name = 'ScriptError'; done(job, false, e); }
      })
      .catch(function () {
        var e = new Error('NetworkError: Connection failure due to HTTP 0');
        e.name = 'NetworkError';
        done(job, false, e);
      });
  }
  function runner(success, failure, user) {
    var target = {};
    return new Proxy(target, {
      get: function (_t, name) {
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, user); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, user); };
        if (name === 'withUserObject') return function (u) { return runner(success, failure, u); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          args.forEach(function (a, i) { illegal(a, String(i)); });
          waiting.push({ body: JSON.stringify({ name: name, args: args }), success: success, failure: failure, user: user });
          pump();
        };
      },
    });
  }
  function tellParent(type) {
    try { window.parent.postMessage({ type: type }, '*'); } catch (e) { /* not framed */ }
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { tellParent('gas-host-close'); },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () { tellParent('gas-host-focus'); } },
    },
    url: { getLocation: function (cb) { cb({ hash: '', parameter: {}, parameters: {} }); } },
  };
})();`;
}
