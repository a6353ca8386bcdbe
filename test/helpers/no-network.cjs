// Preloaded by the offline test: any attempt to reach the network throws (and is reported on stderr).
/** @param {string} what @returns {(...args: unknown[]) => never} */
const fail = (what) => () => {
  process.stderr.write(`NETWORK USED: ${what}\n`);
  throw new Error(`network used: ${what}`);
};
const net = require("node:net");
const dns = require("node:dns");
const tls = require("node:tls");
const http = require("node:http");
const https = require("node:https");
const dgram = require("node:dgram");
net.Socket.prototype.connect = fail("net.Socket.connect");
net.connect = net.createConnection = fail("net.connect");
tls.connect = fail("tls.connect");
for (const k of /** @type {const} */ (["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]))
  Object.assign(dns, { [k]: fail(`dns.${k}`) });
dns.promises.lookup = fail("dns.promises.lookup");
http.request = http.get = fail("http.request");
https.request = https.get = fail("https.request");
dgram.createSocket = fail("dgram.createSocket");
globalThis.fetch = fail("fetch");
