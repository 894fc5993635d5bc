/* eslint-disable @typescript-eslint/no-require-imports */
/* global process, require */
'use strict';
// Preloaded with `node --require` into a process under test: appends one JSON line per outgoing
// connection (TCP or TLS), DNS lookup and UDP datagram to the file named by
// WEGO_OUTBOUND_RECORD, and the value of APOLLO_TELEMETRY_DISABLED when @apollo/gateway loads.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');
const Module = require('node:module');

const file = process.env.WEGO_OUTBOUND_RECORD;
const record = (entry) => {
  if (file) fs.appendFileSync(file, `${JSON.stringify({ pid: process.pid, script: process.argv[1], ...entry })}\n`);
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function recordedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === 'object') {
    if (first.path) record({ kind: 'ipc', path: String(first.path) });
    else record({ kind: 'connect', host: first.host ?? 'localhost', port: Number(first.port) });
  } else if (typeof first === 'string' && Number.isNaN(Number(first))) {
    record({ kind: 'ipc', path: first });
  } else {
    record({ kind: 'connect', host: typeof args[1] === 'string' ? args[1] : 'localhost', port: Number(first) });
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function recordedLookup(hostname, ...rest) {
  record({ kind: 'lookup', host: String(hostname) });
  return lookup.call(this, hostname, ...rest);
};
const promisedLookup = dns.promises.lookup;
dns.promises.lookup = function recordedPromisedLookup(hostname, ...rest) {
  record({ kind: 'lookup', host: String(hostname) });
  return promisedLookup.call(this, hostname, ...rest);
};

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function recordedSend(...args) {
  const address = args.find((arg, index) => index > 0 && typeof arg === 'string');
  record({ kind: 'udp', host: address ?? 'localhost' });
  return send.apply(this, args);
};

const load = Module._load;
Module._load = function recordedLoad(request, ...rest) {
  if (request === '@apollo/gateway') record({ kind: 'apollo-gateway-loaded', apolloTelemetryDisabled: process.env.APOLLO_TELEMETRY_DISABLED ?? null });
  return load.call(this, request, ...rest);
};
