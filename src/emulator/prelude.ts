// Code that runs INSIDE a script's vm context before the bundle: it defines the Apps Script globals
// as stubs made in the script's own realm, so arrays, Dates and errors the script receives pass
// `instanceof Array/Date/Error` as they do on Google. Each stub method forwards to
// `bridge.invoke(handle, method, args)`, which the host answers (directly, or over a synchronous
// channel from a worker thread). Plain JavaScript on purpose: it is evaluated as source text.
//
// bridge: { invoke(id, method, args) -> {v} | {e, n}; roots: [{name, handle}]; now?: () => ms }
// returns: { decode(value) } for the host to build event objects inside the realm.

export const PRELUDE_SOURCE = String.raw`(function (bridge) {
  'use strict';
  var global = globalThis;
  var HANDLE = '\u0000gas';
  var RealDate = global.Date;
  var toStr = Object.prototype.toString;
  var hasOwn = Object.prototype.hasOwnProperty;
  var protos = Object.create(null);
  var stubs = new Map();
  var ids = new WeakMap();

  function isDate(v) { return toStr.call(v) === '[object Date]'; }

  function fail(r) {
    var Ctor = r.n === 'TypeError' ? TypeError : r.n === 'RangeError' ? RangeError : Error;
    var err = new Ctor(r.e);
    if (Ctor === Error && r.n) err.name = r.n;
    throw err;
  }

  function encode(v) {
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function') throw new TypeError('A function cannot be passed to an Apps Script service.');
      return v;
    }
    var id = ids.get(v);
    if (id !== undefined) { var h = {}; h[HANDLE] = id; return h; }
    if (Array.isArray(v)) {
      var a = new Array(v.length);
      for (var i = 0; i < v.length; i++) a[i] = encode(v[i]);
      return a;
    }
    if (isDate(v)) return new RealDate(v.getTime());
    var o = {};
    for (var k in v) if (hasOwn.call(v, k)) o[k] = encode(v[k]);
    return o;
  }

  function decode(v) {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      var a = new Array(v.length);
      for (var i = 0; i < v.length; i++) a[i] = decode(v[i]);
      return a;
    }
    if (isDate(v)) return new RealDate(v.getTime());
    if (typeof v[HANDLE] === 'number') return stub(v);
    var o = {};
    for (var k in v) if (hasOwn.call(v, k)) o[k] = decode(v[k]);
    return o;
  }

  function call(id, name, args) {
    var r = bridge.invoke(id, name, encode(args));
    if (hasOwn.call(r, 'e')) fail(r);
    return decode(r.v);
  }

  function ownVars(obj) {
    var out = {};
    for (var k in obj) if (hasOwn.call(obj, k)) out[k] = obj[k];
    return out;
  }

  function deepFreeze(o) {
    if (o && typeof o === 'object') {
      Object.freeze(o);
      for (var k in o) if (hasOwn.call(o, k)) deepFreeze(o[k]);
    }
    return o;
  }

  function makeProto(shape) {
    var proto = {};
    shape.methods.forEach(function (name) {
      var f = function () {
        var id = ids.get(this);
        if (id === undefined) throw new TypeError('Cannot call ' + shape.cls + '.' + name + ' on this value');
        var args = Array.prototype.slice.call(arguments);
        if (shape.cls === 'HtmlTemplate' && name === 'evaluate') args = [ownVars(this)];
        return call(id, name, args);
      };
      Object.defineProperty(proto, name, { value: f, writable: true, configurable: true });
    });
    if (shape.props) {
      for (var k in shape.props) {
        if (hasOwn.call(shape.props, k))
          Object.defineProperty(proto, k, { value: deepFreeze(decode(shape.props[k])), enumerable: true });
      }
    }
    return proto;
  }

  function stub(h) {
    var id = h[HANDLE];
    var s = stubs.get(id);
    if (s) return s;
    if (h.shape && !protos[h.cls]) protos[h.cls] = makeProto(h.shape);
    var proto = protos[h.cls];
    if (!proto) throw new Error('Emulator: no shape for ' + h.cls);
    s = Object.create(proto);
    ids.set(s, id);
    stubs.set(id, s);
    return s;
  }

  bridge.roots.forEach(function (r) {
    Object.defineProperty(global, r.name, { value: stub(r.handle), writable: true, configurable: true });
  });

  if (bridge.now) {
    var now = bridge.now;
    var FakeDate = function Date(y, m, d, h, mi, s, ms) {
      if (!new.target) return new RealDate(now()).toString();
      var args = arguments.length === 0 ? [now()] : Array.prototype.slice.call(arguments);
      return Reflect.construct(RealDate, args, new.target);
    };
    FakeDate.prototype = RealDate.prototype;
    FakeDate.now = function () { return now(); };
    FakeDate.parse = RealDate.parse;
    FakeDate.UTC = RealDate.UTC;
    Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, writable: true, configurable: true });
    Object.defineProperty(global, 'Date', { value: FakeDate, writable: true, configurable: true });
  }

  return { decode: decode };
})`;
