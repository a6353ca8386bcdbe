"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
    for (var name in all) __defProp(target, name, { get: all[name], enumerable: !0 });
  },
  __copyProps = (to, from, except, desc) => {
    if ((from && typeof from == "object") || typeof from == "function")
      for (const key of __getOwnPropNames(from))
        !__hasOwnProp.call(to, key) &&
          key !== except &&
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    return to;
  };
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// src/data/load-dir.ts
var load_dir_exports = {};
__export(load_dir_exports, {
  jsonLines: () => jsonLines,
  loadDataDir: () => loadDataDir,
});
module.exports = __toCommonJS(load_dir_exports);
var import_node_fs = require("node:fs"),
  import_node_path = require("node:path");

// src/data/csv.ts
var CsvError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};
function parseCsv(text2) {
  let rows = [],
    cells = [],
    cell = "",
    quoted = !1,
    line = 1,
    rowLine = 1,
    src = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      ch === '"'
        ? src[i + 1] === '"'
          ? ((cell += '"'), i++)
          : (quoted = !1)
        : (ch ===
            `
` && line++,
          (cell += ch));
      continue;
    }
    ch === '"' && cell === ""
      ? (quoted = !0)
      : ch === ","
        ? (cells.push(cell), (cell = ""))
        : ch ===
              `
` || ch === "\r"
          ? (ch === "\r" &&
              src[i + 1] ===
                `
` &&
              i++,
            cells.push(cell),
            rows.push({ line: rowLine, cells }),
            (cells = []),
            (cell = ""),
            line++,
            (rowLine = line))
          : (cell += ch);
  }
  if (quoted) throw new CsvError(rowLine, "unterminated quoted field");
  (cell !== "" || cells.length > 0) && (cells.push(cell), rows.push({ line: rowLine, cells }));
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === "")),
    head = nonEmpty.shift();
  if (!head) throw new CsvError(1, "empty file (no header row)");
  const header = head.cells,
    records = nonEmpty.map((r) => {
      if (r.cells.length !== header.length)
        throw new CsvError(r.line, `expected ${header.length} fields, found ${r.cells.length}`);
      const values = {};
      return (
        header.forEach((h, j) => {
          values[h] = r.cells[j];
        }),
        { line: r.line, values }
      );
    });
  return { header, records };
}

// src/errors.ts
var EXIT = {
    ok: 0,
    runtime: 1,
    usage: 2,
    checkFalse: 3,
    checkUnverifiable: 4,
  },
  BRAND = /* @__PURE__ */ Symbol.for("korus.error");
var KorusError = class extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
    this.name = new.target.name;
  }
  exitCode;
  [BRAND] = !0;
};
var DataError = class extends KorusError {
  constructor(message) {
    super(message, EXIT.runtime);
  }
};

// src/data/facts.ts
var KOREA_ROW_KINDS = { total: "world", sum_of_members: "group" },
  ANNUAL_RELEASE_DAY = "02-07";
function compactPeriods(periods) {
  const runs = [];
  for (const p of periods) {
    const last = runs.at(-1);
    last && nextPeriod(last[1]) === p ? (last[1] = p) : runs.push([p, p]);
  }
  return runs.map(([a, b]) => (a === b ? a : a.length === 4 ? `${a}-${b}` : `${a} to ${b}`)).join(", ");
}
function nextPeriod(period2) {
  if (period2.length === 4) return String(Number(period2) + 1);
  const y = Number(period2.slice(0, 4)),
    m = Number(period2.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
function spanOf(periods) {
  return { from: periods[0], to: periods[periods.length - 1] };
}
function spanText(s) {
  return s.from === s.to ? s.from : s.from.length === 4 ? `${s.from}-${s.to}` : `${s.from} to ${s.to}`;
}
var FX_CURRENCIES = ["EUR", "KRW", "JPY", "CNY"];
function fxValue(r, c) {
  return c === "EUR" ? (r.usdPerEur ?? r.eurPerUsd) : c === "KRW" ? r.krwPerUsd : c === "JPY" ? r.jpyPerUsd : r.cnyPerUsd;
}
function newestRelease(ds) {
  const newest = [...new Set([...ds.goodsAnnual, ...ds.goodsMonthly].map((r) => r.sourceId.split(":")[0]))]
    .map((id) => ({ id, knownBy: ds.meta.sources[id]?.knownBy ?? "" }))
    .sort((a, b) => (a.knownBy < b.knownBy ? 1 : a.knownBy > b.knownBy ? -1 : 0))[0];
  return {
    lastMonth: ds.goodsMonthly.at(-1)?.month ?? "",
    lastYear: String(ds.goodsAnnual.at(-1)?.year ?? ""),
    release: newest?.id ?? "",
    knownBy: newest?.knownBy ?? "",
  };
}
function latestCompleteYear(rows, partners) {
  const byYear = /* @__PURE__ */ new Map();
  for (const r of rows) byYear.set(r.year, (byYear.get(r.year) ?? /* @__PURE__ */ new Set()).add(r.partner));
  const complete = [...byYear].filter(([, names]) => names.size === partners).map(([y]) => y);
  return complete.length ? Math.max(...complete) : Math.max(...byYear.keys());
}
function deriveFacts(ds, subject) {
  const years = (rows) => spanOf(rows.map((r) => String(r.year))),
    partners = [...new Set(ds.partnersAnnual.map((r) => r.partner))].map((name) => {
      const rows = ds.partnersAnnual.filter((r) => r.partner === name),
        ys = rows.map((r) => r.year);
      return { name, code: rows[0].partnerCode, years: { from: String(Math.min(...ys)), to: String(Math.max(...ys)) } };
    });
  partners.sort((a, b) => (a.name === subject ? -1 : b.name === subject ? 1 : 0));
  const fx = Object.fromEntries(
      FX_CURRENCIES.map((c) => {
        const a = ds.fxAnnual.filter((r) => fxValue(r, c) !== null).map((r) => String(r.year)),
          m = ds.fxMonthly.filter((r) => fxValue(r, c) !== null).map((r) => r.month);
        return [c, { annual: a.length ? spanOf(a) : null, monthly: m.length ? spanOf(m) : null, daily: ds.fxDaily.length > 0 }];
      }),
    ),
    anchors = {};
  for (const e of ds.timeline) e.anchor && (anchors[e.anchor] = e.date);
  const gaps = [];
  for (const a of ds.goodsAnnual) {
    const months = ds.goodsMonthly.filter((m) => m.month.startsWith(`${a.year}-`));
    if (months.length !== 12) continue;
    const sum = (k) => Math.round(months.reduce((s, m) => s + m[k], 0) * 10) / 10,
      ex = Math.round((sum("exports") - a.exports) * 10) / 10,
      im = Math.round((sum("imports") - a.imports) * 10) / 10;
    (Math.abs(ex) > 0.2 || Math.abs(im) > 0.2) && gaps.push({ year: a.year, exports: ex, imports: im });
  }
  const firstYear = ds.goodsAnnual[0].year,
    kinds = KOREA_ROW_KINDS,
    koreaPartners = [...new Set(ds.koreaPartners.map((r) => r.partnerCode))].map((code) => {
      const rows = ds.koreaPartners.filter((r) => r.partnerCode === code),
        suffix = rows[0].sourceId.split(":")[1] ?? "";
      return { name: rows[0].partner, code, kind: kinds[suffix] ?? "country", years: years(rows) };
    }),
    koreaUs = koreaPartners.find((p) =>
      ds.koreaPartners
        .filter((r) => r.partnerCode === p.code)
        .every((r) => ds.koreaGoods.find((g) => g.year === r.year)?.exportsToUs === r.exports),
    )?.code;
  if (koreaUs === void 0)
    throw new DataError(
      "korea_goods_by_partner_annual.csv: no partner's exports equal korea_view_us_goods_annual.csv year by year (the US rows must match it)",
    );
  const autoYears = (who) => {
    const ys = [...new Set(ds.autos.filter((r) => r.reporter === who).map((r) => r.year))].sort((a, b) => a - b).map(String);
    return ys.length ? spanOf(ys) : null;
  };
  return {
    subject,
    goodsAnnual: years(ds.goodsAnnual),
    goodsMonthly: spanOf(ds.goodsMonthly.map((r) => r.month)),
    vintages: spanOf([...new Set(ds.goodsVintages.map((r) => r.year))].sort().map(String)),
    partners,
    partnerYears: years([...ds.partnersAnnual].sort((a, b) => a.year - b.year)),
    koreaPartners,
    koreaPartnerYears: years(ds.koreaPartners),
    koreaUs,
    autos: { US: autoYears("US"), KR: autoYears("KR") },
    partnersComplete: String(latestCompleteYear(ds.partnersAnnual, partners.length)),
    dataVintage: newestRelease(ds),
    fxAnnual: years(ds.fxAnnual),
    fxMonthly: spanOf(ds.fxMonthly.map((r) => r.month)),
    fxDaily: spanOf(ds.fxDaily.map((r) => r.date)),
    fx,
    cpi: years(ds.cpi),
    cpiPartial: ds.cpi.filter((r) => r.monthsAveraged < 12).map((r) => ({ year: r.year, months: r.monthsAveraged })),
    timeline: spanOf(ds.timeline.map((r) => r.date)),
    anchors,
    firstAsOf: `${firstYear + 1}-${ANNUAL_RELEASE_DAY}`,
    monthlyAnnualGaps: gaps,
    koreaGoods: years(ds.koreaGoods.filter((r) => r.balance !== null)),
    article: { publisher: ds.article.article.publisher, date: ds.article.article.date },
  };
}
function copiesText(rows) {
  const byCopy = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const id = r.sourceId.split(":")[0],
      entry = byCopy.get(id) ?? { periods: /* @__PURE__ */ new Set(), partners: /* @__PURE__ */ new Set() };
    entry.periods.add(r.period), r.partner && entry.partners.add(r.partner), byCopy.set(id, entry);
  }
  const allPartners = new Set(rows.flatMap((r) => (r.partner ? [r.partner] : [])));
  return [...byCopy.entries()]
    .map(([id, e]) => {
      const who = e.partners.size && e.partners.size < allPartners.size ? ` (${[...e.partners].join(", ")})` : "";
      return `${id} for ${compactPeriods([...e.periods].sort())}${who}`;
    })
    .join("; ");
}
function describeDatasets(ds, datasets, facts) {
  const partnerSpans = facts.partners.filter(
      (p) => p.years.to !== facts.partnerYears.to || p.years.from !== facts.partnerYears.from,
    ),
    eur = facts.fx.EUR,
    derived2 = {
      goods_annual: {
        coverage: spanText(facts.goodsAnnual),
        vintage: copiesText(ds.goodsAnnual.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
        rows: ds.goodsAnnual.length,
      },
      goods_monthly: {
        coverage: spanText(facts.goodsMonthly),
        vintage: copiesText(ds.goodsMonthly.map((r) => ({ period: r.month, sourceId: r.sourceId }))),
        rows: ds.goodsMonthly.length,
      },
      goods_vintages: {
        coverage: spanText(facts.vintages),
        vintage: `${new Set(ds.goodsVintages.map((r) => r.sourceId.split(":")[0])).size} release copies (korus revisions): ${copiesText(
          ds.goodsVintages.map((r) => ({ period: String(r.year), sourceId: r.sourceId })),
        )}`,
        rows: ds.goodsVintages.length,
      },
      partners_annual: {
        coverage: `${spanText(facts.partnerYears)}${partnerSpans.length ? ` (${partnerSpans.map((p) => `${p.name} ${spanText(p.years)}`).join(", ")})` : ""}`,
        vintage: copiesText(ds.partnersAnnual.map((r) => ({ period: String(r.year), sourceId: r.sourceId, partner: r.partner }))),
        rows: ds.partnersAnnual.length,
      },
      services_annual: {
        coverage: compactPeriods([...new Set(ds.servicesAnnual.map((r) => String(r.year)))].sort()),
        rows: ds.servicesAnnual.length,
      },
      korea_view_annual: {
        coverage: ["goods", "services"]
          .map((f) => `${f} ${compactPeriods(ds.koreaView.filter((r) => r.flow === f).map((r) => String(r.year)))}`)
          .join("; "),
        rows: ds.koreaView.length,
      },
      korea_goods_annual: {
        coverage: compactPeriods(ds.koreaGoods.map((r) => String(r.year))),
        vintage: copiesText(ds.koreaGoods.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
        rows: ds.koreaGoods.length,
      },
      korea_partners_annual: {
        coverage: compactPeriods([...new Set(ds.koreaPartners.map((r) => String(r.year)))]),
        vintage: copiesText(ds.koreaPartners.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
        rows: ds.koreaPartners.length,
      },
      autos_annual: {
        coverage: ["US", "KR"]
          .map(
            (who) =>
              `${who} ${compactPeriods([...new Set(ds.autos.filter((r) => r.reporter === who).map((r) => String(r.year)))])}`,
          )
          .join("; "),
        vintage: copiesText(ds.autos.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
        rows: ds.autos.length,
      },
      korea_services_balance: {
        coverage: compactPeriods([...new Set(ds.koreaServices.map((r) => String(r.year)))].sort()),
        rows: ds.koreaServices.length,
      },
      fx_annual: {
        coverage: `${spanText(facts.fxAnnual)}${eur.annual && eur.annual.from !== facts.fxAnnual.from ? ` (EUR from ${eur.annual.from})` : ""}`,
        rows: ds.fxAnnual.length,
      },
      fx_monthly: {
        coverage: `${spanText(facts.fxMonthly)}${eur.monthly && eur.monthly.from !== facts.fxMonthly.from ? ` (EUR from ${eur.monthly.from})` : ""}`,
        rows: ds.fxMonthly.length,
      },
      fx_daily: { coverage: spanText(facts.fxDaily), rows: ds.fxDaily.length },
      cpi_u_annual: { coverage: spanText(facts.cpi), rows: ds.cpi.length },
      korus_timeline: { coverage: spanText(facts.timeline), rows: ds.timeline.length },
      article_facts: { coverage: ds.article.article.date, rows: ds.article.facts.length },
    };
  return datasets.map((d) => {
    const got = derived2[d.id],
      vintage = d.vintage ?? got?.vintage;
    if (!got || vintage === void 0) throw new DataError(`sources.json:1: datasets ${d.id}: no vintage, and none can be derived`);
    return { ...d, coverage: got.coverage, vintage, periodNotes: d.periodNotes ?? [], rows: got.rows };
  });
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage,
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v == "number");
  return Object.entries(entries)
    .filter(([k, _]) => numericValues.indexOf(+k) === -1)
    .map(([_, v]) => v);
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  return typeof value == "bigint" ? value.toString() : value;
}
var Cached = class {
  constructor(getter) {
    (this._getter = getter), (this._value = void 0);
  }
  get value() {
    const getter = this._getter;
    return (getter !== void 0 && ((this._value = getter()), (this._getter = void 0)), this._value);
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input == null;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0,
    end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step,
    roundedRatio = Math.round(ratio),
    tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  return Math.abs(ratio - roundedRatio) < tolerance ? 0 : ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value;
  Object.defineProperty(object2, key, {
    get() {
      if (value !== EVALUATING) return (value === void 0 && ((value = EVALUATING), (value = getter())), value);
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v,
        // configurable: true,
      });
    },
    configurable: !0,
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      return (assignProp(this, key, value), value);
    },
    enumerable: !0,
    configurable: !0,
  });
}
function putProp(target, key, value) {
  key in target ? assignProp(target, key, value) : (target[key] = value);
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    desc.enumerable &&
      (desc.get
        ? deferProp(target, key, () => {
            const value = source._zod.def.shape[key];
            return wrap ? wrap(value, key) : value;
          })
        : putProp(target, key, wrap ? wrap(desc.value, key) : desc.value));
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    desc.enumerable && (desc.get ? deferProp(target, key, () => source[key]) : putProp(target, key, desc.value));
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  return path ? path.reduce((acc, key) => acc?.[key], obj) : obj;
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj),
    promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) resolvedObj[keys[i]] = results[i];
    return resolvedObj;
  });
}
function randomString(length = 10) {
  let chars = "abcdefghijklmnopqrstuvwxyz",
    str = "";
  for (let i = 0; i < length; i++) str += chars[Math.floor(Math.random() * chars.length)];
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, "")
    .replace(/[\s_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
  return typeof data == "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless || (typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare"))) return !1;
  try {
    const F = Function;
    return (new F(""), !0);
  } catch {
    return !1;
  }
});
function isPlainObject(o) {
  if (isObject(o) === !1) return !1;
  const ctor = o.constructor;
  if (ctor === void 0 || typeof ctor != "function") return !0;
  const prot = ctor.prototype;
  return !(isObject(prot) === !1 || Object.hasOwn(prot, "isPrototypeOf") === !1);
}
function shallowClone(o) {
  return isPlainObject(o)
    ? { ...o }
    : Array.isArray(o)
      ? [...o]
      : o instanceof Map
        ? new Map(o)
        : o instanceof Set
          ? new Set(o)
          : o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) Object.hasOwn(data, key) && keyCount++;
  return keyCount;
}
var getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
      case "undefined":
        return "undefined";
      case "string":
        return "string";
      case "number":
        return Number.isNaN(data) ? "nan" : "number";
      case "boolean":
        return "boolean";
      case "function":
        return "function";
      case "bigint":
        return "bigint";
      case "symbol":
        return "symbol";
      case "object":
        return Array.isArray(data)
          ? "array"
          : data === null
            ? "null"
            : data.then && typeof data.then == "function" && data.catch && typeof data.catch == "function"
              ? "promise"
              : typeof Map < "u" && data instanceof Map
                ? "map"
                : typeof Set < "u" && data instanceof Set
                  ? "set"
                  : typeof Date < "u" && data instanceof Date
                    ? "date"
                    : typeof File < "u" && data instanceof File
                      ? "file"
                      : "object";
      default:
        throw new Error(`Unknown data type: ${t}`);
    }
  },
  propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]),
  primitiveTypes = /* @__PURE__ */ new Set(["string", "number", "bigint", "boolean", "symbol", "undefined"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  return ((!def || params?.parent) && (cl._zod.parent = inst), cl);
}
function normalizeParams(_params) {
  const params = _params;
  if (!params) return {};
  if (typeof params == "string") return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  return (delete params.message, typeof params.error == "string" ? { ...params, error: () => params.error } : params);
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy(
    {},
    {
      get(_, prop, receiver) {
        return (target ?? (target = getter()), Reflect.get(target, prop, receiver));
      },
      set(_, prop, value, receiver) {
        return (target ?? (target = getter()), Reflect.set(target, prop, value, receiver));
      },
      has(_, prop) {
        return (target ?? (target = getter()), Reflect.has(target, prop));
      },
      deleteProperty(_, prop) {
        return (target ?? (target = getter()), Reflect.deleteProperty(target, prop));
      },
      ownKeys(_) {
        return (target ?? (target = getter()), Reflect.ownKeys(target));
      },
      getOwnPropertyDescriptor(_, prop) {
        return (target ?? (target = getter()), Reflect.getOwnPropertyDescriptor(target, prop));
      },
      defineProperty(_, prop, descriptor) {
        return (target ?? (target = getter()), Reflect.defineProperty(target, prop, descriptor));
      },
    },
  );
}
function stringifyPrimitive(value) {
  return typeof value == "bigint" ? value.toString() + "n" : typeof value == "string" ? `"${value}"` : `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
}
var NUMBER_FORMAT_RANGES = {
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")],
  };
function pick(schema, mask) {
  const currDef = schema._zod.def,
    checks = currDef.checks;
  if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
  const newShape = {};
  return (
    mirrorShape(newShape, schema, maskedKeys(schema, mask)), clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }))
  );
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema),
    keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
    mask[key] && keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def,
    checks = currDef.checks;
  if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
  const omitted = new Set(maskedKeys(schema, mask)),
    newShape = {};
  return (
    mirrorShape(
      newShape,
      schema,
      Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)),
    ),
    clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }))
  );
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
  const checks = schema._zod.def.checks;
  if (checks && checks.length > 0) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape))
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0)
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  return (mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema))), mirrorProps(newShape, shape), newShape);
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def)
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  if (a._zod.def.checks?.length)
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a))), mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? [],
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const checks = schema._zod.def.checks;
  if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0,
    newShape = {};
  return (
    mirrorShape(
      newShape,
      schema,
      Reflect.ownKeys(sourceShape(schema)),
      Class2 && ((value, key) => (selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value }))),
    ),
    clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }))
  );
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0,
    newShape = {};
  return (
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) =>
      // overwrite with non-optional
      selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value }),
    ),
    clone(schema, mergeDefs(schema._zod.def, { shape: newShape }))
  );
}
function aborted(x, startIndex = 0) {
  if (x.aborted === !0) return !0;
  for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== !0) return !0;
  return !1;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === !0) return !0;
  for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === !1) return !0;
  return !1;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    return ((_a3 = iss).path ?? (_a3.path = []), iss.path.unshift(path), iss);
  });
}
function unwrapMessage(message) {
  return typeof message == "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check)) break;
    const max = d.maximum ?? d.length ?? d.size;
    max >= 0 && caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) (_a3 = issues[i]).schema ?? (_a3.schema = inst);
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  traits?.has("$ZodType") &&
    (traits.has("$ZodCheck") ? ((_a3 = iss).schema ?? (_a3.schema = iss.inst)) : (iss.schema = iss.inst));
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0,
    message = iss.message
      ? iss.message
      : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
        unwrapMessage(schemaError?.(iss)) ??
        unwrapMessage(ctx?.error?.(iss)) ??
        unwrapMessage(config2.customError?.(iss)) ??
        unwrapMessage(config2.localeError?.(iss)) ??
        "Invalid input"),
    full = {};
  for (const k of Object.keys(iss))
    k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__" || (full[k] = iss[k]);
  return (full.path ?? (full.path = []), (full.message = message), ctx?.reportInput && (full.input = iss.input), full);
}
function getSizableOrigin(input) {
  return input instanceof Set ? "set" : input instanceof Map ? "map" : input instanceof File ? "file" : "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str)) return units;
  let count = units;
  for (let i = 0; i < units - 1; i++)
    (str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320 && (count--, i++);
  return count;
}
function getLengthableOrigin(input) {
  return Array.isArray(input) ? "array" : typeof input == "string" ? "string" : "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "object": {
      if (data === null) return "null";
      if (Array.isArray(data)) return "array";
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor)
        return obj.constructor.name;
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  return typeof iss == "string"
    ? {
        message: iss,
        code: "custom",
        input,
        inst,
      }
    : { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj)
    .filter(([k, _]) => Number.isNaN(Number.parseInt(k, 10)))
    .map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642),
    bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) bytes[i] = binaryString.charCodeAt(i);
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) binaryString += String.fromCharCode(bytes[i]);
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/"),
    padding = "=".repeat((4 - (base642.length % 4)) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) throw new Error("Invalid hex string length");
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes)
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}
var Class = class {
  constructor(..._args) {}
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    desc.get ? Object.defineProperty(proto, key, { ...desc, enumerable: !1 }) : defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = !0) {
  return (Object.defineProperty(inst, key, { configurable: !0, writable: !0, enumerable, value }), value);
}
function hide(inst, key, value) {
  return own(inst, key, value, !1);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: !0,
      enumerable: !0,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      },
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    },
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing,
  broke = !1,
  breaker = {
    configurable: !0,
    get() {
      broke = !0;
    },
  };
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  (installing = inst._zod),
    Object.defineProperty(proto, key, {
      configurable: !0,
      get() {
        Object.defineProperty(this, key, breaker);
        const outer = broke;
        broke = !1;
        try {
          const value = compute(this);
          return (
            broke ? delete this[key] : Object.defineProperty(this, key, { configurable: !0, writable: !0, value }),
            (broke = broke || outer),
            value
          );
        } catch (err) {
          throw (delete this[key], (broke = broke || outer), err);
        }
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: !0, writable: !0, value });
      },
    });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  proto &&
    Object.defineProperty(proto, key, {
      configurable: !0,
      get() {
        const desc = { configurable: !0, writable: !0, enumerable, value: void 0 };
        return (
          Object.defineProperty(this, key, desc), (desc.value = make(this)), Object.defineProperty(this, key, desc), desc.value
        );
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: !0, writable: !0, enumerable, value });
      },
    });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  return ((fn[CONSTANT_CATCH] = !0), fn);
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: !1 },
  _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved == "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        return ((_E = null), new Definition());
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    (this.def = def), (this.constr = _), (this.traits = /* @__PURE__ */ new Set());
  }
  Internals.prototype = zodProto;
  const protoMembers = proto,
    initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (inst._zod) {
      if (inst._zod.traits.has(name)) return;
    } else {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    }
    if ((inst._zod.traits.add(name), initializer3(inst, def), initialized)) {
      let own2 = Object.getPrototypeOf(inst),
        ctorProto = inst._zod.constr.prototype,
        up = own2;
      for (; up && up !== ctorProto; ) up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      initialized.has(target) || (initialized.add(target), members(target, protoMembers));
    }
    const proto2 = _.prototype;
    for (const k in proto2) Object.hasOwn(proto2, k) && (k in inst || (inst[k] = proto2[k].bind(inst)));
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {}
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) fn();
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    return (pp && pp(inst), inst);
  }
  return (
    Object.defineProperty(_, "init", { value: init }),
    Object.defineProperty(_, Symbol.hasInstance, {
      value: (inst) => (params?.Parent && inst instanceof params.Parent ? !0 : inst?._zod?.traits?.has(name)),
    }),
    Object.defineProperty(_, "name", { value: name }),
    _
  );
}
var $ZodAsyncError = class extends Error {
    constructor() {
      super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
    }
  },
  $ZodEncodeError = class extends Error {
    constructor(name) {
      super(`Encountered unidirectional transform during encode: ${name}`), (this.name = "ZodEncodeError");
    }
  };
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  return (newConfig && Object.assign(globalConfig, newConfig), globalConfig);
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  return (internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2)), internals.message);
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: !0,
    configurable: !0,
  },
  _issuesDesc = { value: void 0, enumerable: !1 },
  _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]),
  initializer = (inst, def) => {
    (inst.name = "$ZodError"),
      (_issuesDesc.value = def),
      Object.defineProperty(inst, "issues", _issuesDesc),
      (_issuesDesc.value = void 0),
      Object.defineProperty(inst, "message", _messageDesc);
    const proto = Object.getPrototypeOf(inst);
    _installedToString.has(proto) ||
      (_installedToString.add(proto),
      Object.defineProperty(proto, "toString", {
        configurable: !0,
        enumerable: !1,
        get() {
          const value = () => this.message;
          return (Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 }), value);
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 });
        },
      }));
  },
  $ZodError = $constructor("$ZodError", initializer),
  $ZodRealError = $constructor("$ZodError", initializer, void 0, {
    Parent: Error,
  });
function node(obj, key, make) {
  return (
    Object.hasOwn(obj, key) ||
      (key === "__proto__"
        ? Object.defineProperty(obj, key, { value: make(), writable: !0, enumerable: !0, configurable: !0 })
        : (obj[key] = make())),
    obj[key]
  );
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {},
    formErrors = [];
  for (const sub of error2.issues)
    sub.path.length > 0 ? node(fieldErrors, sub.path[0], () => []).push(mapper(sub)) : formErrors.push(mapper(sub));
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] },
    processError = (error3, path = []) => {
      for (const issue2 of error3.issues)
        if (issue2.code === "invalid_union" && issue2.errors.length)
          issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
        else if (issue2.code === "invalid_key") processError({ issues: issue2.issues }, [...path, ...issue2.path]);
        else if (issue2.code === "invalid_element") processError({ issues: issue2.issues }, [...path, ...issue2.path]);
        else {
          const fullpath = [...path, ...issue2.path];
          if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue2));
          else {
            let curr = fieldErrors,
              i = 0;
            for (; i < fullpath.length; ) {
              const el = fullpath[i],
                terminal = i === fullpath.length - 1;
              if (el === "_errors") {
                terminal && curr._errors.push(mapper(issue2)), i++;
                continue;
              }
              Object.hasOwn(curr, el) ||
                Object.defineProperty(curr, el, {
                  value: { _errors: [] },
                  enumerable: !0,
                  writable: !0,
                  configurable: !0,
                });
              const node2 = curr[el];
              terminal && node2._errors.push(mapper(issue2)), (curr = node2), i++;
            }
          }
        }
    };
  return (processError(error2), fieldErrors);
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 },
      result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) throw new $ZodAsyncError();
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      throw (captureStackTrace(e, _params?.callee ?? fn), e);
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 },
      result = schema._zod.run({ value, issues: [] }, ctx);
    if ((result instanceof Promise && (result = await result), result.issues.length)) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      throw (captureStackTrace(e, params?.callee ?? fn), e);
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 },
    result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) throw new $ZodAsyncError();
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: !1,
    get error() {
      return (
        error2 || ((error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())))), (issues = void 0), (ctx = void 0)),
        error2
      );
    },
    set error(e) {
      (error2 = e), (issues = void 0), (ctx = void 0);
    },
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 },
    result = schema._zod.run({ value, issues: [] }, ctx);
  return (
    result instanceof Promise && (result = await result),
    result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value }
  );
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid"),
  COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback"),
  validate = (schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== void 0) {
      if (validator(value) !== COMPILE_INVALID) return !0;
      if (validator.definite === !0 && _ctx === void 0) return !1;
    }
    return validateFallback(schema, value, _ctx);
  };
function validateFallback(schema, value, _ctx) {
  let ctx = _ctx ? { ..._ctx, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    fallbackRun = schema._zod.bag.fallbackRun,
    result;
  if (
    (fallbackRun
      ? ((ctx[COMPILE_FALLBACK] = !0), (result = fallbackRun({ value, issues: [] }, ctx)))
      : (result = schema._zod.run({ value, issues: [] }, ctx)),
    result instanceof Promise)
  )
    throw new $ZodAsyncError();
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
    let ctx = _ctx ? { ..._ctx, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      result = schema._zod.run({ value, issues: [] }, ctx);
    return (result instanceof Promise && (result = await result), result.issues.length === 0);
  },
  _encode = (_Err) => {
    const parse2 = _parse(_Err),
      fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse2(schema, value, ctx, finalizeParams(fn, _params));
      };
    return fn;
  };
var _decode = (_Err) => {
  const parse2 = _parse(_Err),
    fn = (schema, value, _ctx, _params) => parse2(schema, value, _ctx, finalizeParams(fn, _params));
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err),
    fn = async (schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
    };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err),
    fn = async (schema, value, _ctx, _params) => await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => _safeParse(_Err)(schema, value, _ctx);
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => _safeParseAsync(_Err)(schema, value, _ctx);

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/,
  cuid2 = /^[0-9a-z]+$/,
  ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  xid = /^[0-9a-vA-V]{20}$/,
  ksuid = /^[A-Za-z0-9]{27}$/,
  nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  uuid = (version2) =>
    version2
      ? new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`)
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
var email = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
var _emoji =
  "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  ipv6 =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  cidrv6 =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/,
  e164 = /^\+[1-9]\d{6,14}$/;
var dateSource =
  "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = "(?:[01]\\d|2[0-3]):[0-5]\\d";
  return typeof args.precision == "number"
    ? args.precision === -1
      ? `${hhmm}`
      : args.precision === 0
        ? `${hhmm}:[0-5]\\d`
        : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
    : args.seconds
      ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
      : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  args.offset && opts.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
  const qualified = `${timeSource({ precision: args.precision, seconds: !0 })}(?:${opts.join("|")})`,
    timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/,
  number = /^-?\d+(?:\.\d+)?$/;
var lowercase = /^[^A-Z]*$/,
  uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {}), (inst._zod.def = def), (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a3;
    $ZodCheck.init(inst, def),
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength),
      (inst._zod.check = (payload) => {
        const input = payload.value,
          units = input.length;
        if ((typeof input == "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: !0,
          input,
          inst,
          continue: !def.abort,
        });
      });
  }),
  $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a3;
    $ZodCheck.init(inst, def),
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength),
      (inst._zod.check = (payload) => {
        const input = payload.value,
          units = input.length;
        if (
          (typeof input == "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >=
          def.minimum
        )
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: !0,
          input,
          inst,
          continue: !def.abort,
        });
      });
  }),
  $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a3;
    $ZodCheck.init(inst, def),
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength),
      (inst._zod.check = (payload) => {
        const input = payload.value,
          units = input.length,
          length = typeof input == "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
        if (length === def.length) return;
        const origin = getLengthableOrigin(input),
          tooBig = length > def.length;
        payload.issues.push({
          origin,
          ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
          inclusive: !0,
          exact: !0,
          input: payload.value,
          inst,
          continue: !def.abort,
        });
      });
  }),
  $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a3, _b;
    $ZodCheck.init(inst, def),
      def.pattern
        ? ((_a3 = inst._zod).check ??
          (_a3.check = (payload) => {
            (def.pattern.lastIndex = 0),
              !def.pattern.test(payload.value) &&
                payload.issues.push({
                  origin: "string",
                  code: "invalid_format",
                  format: def.format,
                  input: payload.value,
                  ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                  inst,
                  continue: !def.abort,
                });
          }))
        : ((_b = inst._zod).check ?? (_b.check = () => {}));
  }),
  $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def),
      (inst._zod.check = (payload) => {
        (def.pattern.lastIndex = 0),
          !def.pattern.test(payload.value) &&
            payload.issues.push({
              origin: "string",
              code: "invalid_format",
              format: "regex",
              input: payload.value,
              pattern: def.pattern.toString(),
              inst,
              continue: !def.abort,
            });
      });
  }),
  $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase), $ZodCheckStringFormat.init(inst, def);
  }),
  $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase), $ZodCheckStringFormat.init(inst, def);
  }),
  $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes),
      pattern = new RegExp(typeof def.position == "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    (def.pattern = pattern),
      (inst._zod.check = (payload) => {
        payload.value.includes(def.includes, def.position) ||
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
          });
      });
  }),
  $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern),
      (inst._zod.check = (payload) => {
        payload.value.startsWith(def.prefix) ||
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
          });
      });
  }),
  $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern),
      (inst._zod.check = (payload) => {
        payload.value.endsWith(def.suffix) ||
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
          });
      });
  });
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def),
    (inst._zod.check = (payload) => {
      payload.value = def.tx(payload.value);
    });
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    (this.content = []), (this.indent = 0), (this.args = args), (this.closed = closed);
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg == "function") {
      arg(this, { execution: "sync" }), arg(this, { execution: "async" });
      return;
    }
    const lines = arg
        .split(`
`)
        .filter((x) => x),
      minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length)),
      dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) this.content.push(line);
  }
  compile() {
    const F = Function,
      content = this?.content ?? [""];
    return new F(
      ...Object.keys(this.closed),
      `return function (${this.args.join(", ")}) {
${content.join(`
`)}
};`,
    )(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7,
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor(
    "$ZodType",
    (inst, def) => {
      var _a3;
      inst ?? (inst = {}), (inst._zod.def = def), (inst._zod.bag = inst._zod.bag || {}), (inst._zod.version = version);
      const defChecks = inst._zod.def.checks,
        checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...(defChecks ?? [])] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
      if (checks.length === 0)
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []),
          inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
          });
      else {
        const runChecks = (payload, checks2, ctx) => {
            if (payload.memo) return payload;
            let isAborted = aborted(payload),
              asyncResult;
            for (const ch of checks2) {
              if (ch._zod.def.when) {
                if (explicitlyAborted(payload) || !ch._zod.def.when(payload)) continue;
              } else if (isAborted) continue;
              const currLen = payload.issues.length,
                _ = ch._zod.check(payload);
              if (_ instanceof Promise && ctx?.async === !1) throw new $ZodAsyncError();
              if (asyncResult || _ instanceof Promise)
                asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                  await _,
                    payload.issues.length !== currLen &&
                      (attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen)));
                });
              else {
                if (payload.issues.length === currLen) continue;
                attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen));
              }
            }
            return asyncResult ? asyncResult.then(() => payload) : payload;
          },
          handleCanaryResult = (canary, payload, ctx) => {
            if (aborted(canary)) return ((canary.aborted = !0), canary);
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
              if (ctx.async === !1) throw new $ZodAsyncError();
              return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
          };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: !0 });
            return canary instanceof Promise
              ? canary.then((canary2) => handleCanaryResult(canary2, payload, ctx))
              : handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === !1) throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    },
    {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      },
    },
  ),
  toStandardResult = (r, ctx) =>
    r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: !0 };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: !1 };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise)) return toStandardResult(r, ctx);
      } catch {}
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1,
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def),
      (inst._zod.pattern = def.pattern ?? anyString),
      (inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch {}
        return (
          typeof payload.value == "string" ||
            payload.issues.push({
              expected: "string",
              code: "invalid_type",
              input: payload.value,
              inst,
            }),
          payload
        );
      });
  }),
  $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def), $ZodString.init(inst, def);
  }),
  $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid), $ZodStringFormat.init(inst, def);
  }),
  $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
      const v = {
        v1: 1,
        v2: 2,
        v3: 3,
        v4: 4,
        v5: 5,
        v6: 6,
        v7: 7,
        v8: 8,
      }[def.version];
      if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
      def.pattern ?? (def.pattern = uuid(v));
    } else def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
  }),
  $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email), $ZodStringFormat.init(inst, def);
  }),
  URL_BAD_FORMAT = 1,
  URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(input) : (new URL(input), !0);
  } catch {
    return !1;
  }
}
function validateURL(trimmed, def) {
  return !("normalize" in def) && !("hostname" in def) && !("protocol" in def)
    ? canParseURL(trimmed) || URL_UNPARSEABLE
    : parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return URL_BAD_FORMAT;
  try {
    if (typeof URL < "u") {
      const URLStatic = URL;
      if (typeof URLStatic.parse == "function") return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname) {
  return ((hostname.lastIndex = 0), hostname.test(url2.hostname));
}
function urlProtocolOk(url2, protocol) {
  return ((protocol.lastIndex = 0), protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol));
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def),
      (inst._zod.check = (payload) => {
        try {
          const trimmed = payload.value.trim(),
            url2 = validateURL(trimmed, def);
          if (url2 === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst,
              continue: !def.abort,
            });
            return;
          }
          if (url2 === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst,
              continue: !def.abort,
            });
            return;
          }
          if (url2 === !0) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          def.hostname &&
            !urlHostnameOk(url2, def.hostname) &&
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid hostname",
              pattern: def.hostname.source,
              input: payload.value,
              inst,
              continue: !def.abort,
            }),
            def.protocol &&
              !urlProtocolOk(url2, def.protocol) &&
              payload.issues.push({
                code: "invalid_format",
                format: "url",
                note: "Invalid protocol",
                pattern: def.protocol.source,
                input: payload.value,
                inst,
                continue: !def.abort,
              }),
            (payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed));
          return;
        } catch {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort,
          });
        }
      });
  }),
  $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji()), $ZodStringFormat.init(inst, def);
  }),
  $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
      throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length)), $ZodStringFormat.init(inst, def);
  }),
  $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid), $ZodStringFormat.init(inst, def);
  }),
  $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2), $ZodStringFormat.init(inst, def);
  }),
  $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid), $ZodStringFormat.init(inst, def);
  }),
  $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid), $ZodStringFormat.init(inst, def);
  }),
  $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid), $ZodStringFormat.init(inst, def);
  }),
  $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def)), $ZodStringFormat.init(inst, def);
  }),
  $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date), $ZodStringFormat.init(inst, def);
  }),
  $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def)), $ZodStringFormat.init(inst, def);
  }),
  $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration), $ZodStringFormat.init(inst, def);
  }),
  $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4), $ZodStringFormat.init(inst, def);
  }),
  ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  return ipv6Alphabet.test(value) ? canParseURL(`http://[${value}]`) : !1;
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6),
    $ZodStringFormat.init(inst, def),
    (inst._zod.check = (payload) => {
      isValidIPv6(payload.value) ||
        payload.issues.push({
          code: "invalid_format",
          format: "ipv6",
          input: payload.value,
          inst,
          continue: !def.abort,
        });
    });
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4), $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2) return !1;
  const [address, prefix] = parts;
  if (!prefix) return !1;
  const prefixNum = Number(prefix);
  return `${prefixNum}` !== prefix || prefixNum < 0 || prefixNum > 128 ? !1 : isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6),
    $ZodStringFormat.init(inst, def),
    (inst._zod.check = (payload) => {
      isValidCIDRv6(payload.value) ||
        payload.issues.push({
          code: "invalid_format",
          format: "cidrv6",
          input: payload.value,
          inst,
          continue: !def.abort,
        });
    });
});
function isValidBase64(data) {
  if (data === "") return !0;
  if (/\s/.test(data) || data.length % 4 !== 0) return !1;
  try {
    return (atob(data), !0);
  } catch {
    return !1;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/,
  $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset),
      $ZodStringFormat.init(inst, def),
      (inst._zod.check = (payload) => {
        isValidBase64(payload.value) ||
          payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
          });
      });
  }),
  base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data)) return !1;
  const base642 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/")),
    padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset),
      $ZodStringFormat.init(inst, def),
      (inst._zod.check = (payload) => {
        isValidBase64URL(payload.value) ||
          payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
          });
      });
  }),
  $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164), $ZodStringFormat.init(inst, def);
  });
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3) return !1;
    const [header] = tokensParts;
    if (!header) return !1;
    const parsedHeader = JSON.parse(atob(header));
    return !(
      ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") ||
      !parsedHeader.alg ||
      (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
    );
  } catch {
    return !1;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def),
    (inst._zod.check = (payload) => {
      isValidJWT(payload.value, def.alg) ||
        payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst,
          continue: !def.abort,
        });
    });
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def), (inst._zod.parse = (payload) => payload);
  }),
  $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def),
      (inst._zod.parse = (payload, _ctx) => (
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst,
        }),
        payload
      ));
  });
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length) return;
  const cap = Math.min(...caps.map((c) => c[0])),
    parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks))
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          return (
            ch._zod.check(payload), (payload.issues[start].continue = !1), attachSchema(payload.issues, start, inst), payload
          );
        }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => (Array.isArray(input) ? input.length : -1);
function handleArrayResult(result, final, index) {
  result.issues.length && final.issues.push(...prefixIssues(index, result.issues)), (final.value[index] = result.value);
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst),
    (inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!Array.isArray(input))
        return (
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst,
          }),
          payload
        );
      payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
      const proms = [],
        abortEarly = ctx?.abortEarly;
      for (let i = 0; i < input.length; i++) {
        const item = input[i],
          result = def.element._zod.run(
            {
              value: item,
              issues: [],
            },
            ctx,
          );
        if (result instanceof Promise) proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
        else if ((handleArrayResult(result, payload, i), abortEarly && result.issues.length !== 0 && aborted(result))) break;
      }
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }),
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input,
    isOptionalOut = optout === "optional";
  if (!(!isPresent && isOptionalOut && optin === "optional")) {
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent) return;
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      result.issues.length ||
        final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [key],
        });
      return;
    }
    result.value === void 0
      ? (isPresent || (optin === "defaulted" && !isOptionalOut)) && (final.value[key] = void 0)
      : (final.value[key] = result.value);
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape),
    ownSymbols = Object.getOwnPropertySymbols(def.shape),
    symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS,
    allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys)
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType"))
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys),
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  let unrecognized = [],
    keySet = def.keySet,
    _catchall = def.catchall._zod,
    t = _catchall.def.type,
    optin = _catchall.optin,
    optout = _catchall.optout,
    seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen)) break;
      seen = payload.issues.length;
    }
    if (keySet.has(key)) continue;
    if (key === "__proto__") {
      t === "never" && unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    r instanceof Promise
      ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)))
      : handlePropertyResult(r, payload, key, input, optin, optout);
  }
  return (
    unrecognized.length &&
      payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input,
        inst,
        // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
        continue: !0,
      }),
    proms.length ? Promise.all(proms).then(() => payload) : payload
  );
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape"),
      sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
      const get = () => {
        const newSh = { ...sh };
        return (Object.defineProperty(def, "shape", { value: newSh }), (get.raw = newSh), newSh);
      };
      (get.raw = sh), Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
      const shape = zod.def.shape,
        propValues = {};
      for (const key in shape) {
        const field = shape[key]._zod;
        if (field.values) {
          Object.hasOwn(propValues, key) || assignProp(propValues, key, /* @__PURE__ */ new Set());
          for (const v of field.values) propValues[key].add(v);
          field.optin !== void 0 && propValues[key].add(void 0);
        }
      }
      return propValues;
    });
    let isObject2 = isObject,
      catchall = def.catchall,
      value,
      memo2 = globalConfig.memoizer;
    memo2?.attach(inst),
      (inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input))
          return (
            payload.issues.push({
              expected: "object",
              code: "invalid_type",
              input,
              inst,
            }),
            payload
          );
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        let proms = [],
          shape = value.shape,
          abortEarly = ctx?.abortEarly,
          seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen)) break;
            seen = payload.issues.length;
          }
          if (key === "__proto__") continue;
          const el = shape[key],
            optin = el._zod.optin,
            optout = el._zod.optout,
            r = el._zod.run({ value: input[key], issues: [] }, ctx);
          r instanceof Promise
            ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)))
            : handlePropertyResult(r, payload, key, input, optin, optout);
        }
        return catchall
          ? handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === !0)
          : proms.length
            ? Promise.all(proms).then(() => payload)
            : payload;
      });
  }),
  $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
    $ZodObject.init(inst, def);
    let superParse = inst._zod.parse,
      _normalized = cached(() => normalizeDef(def)),
      memo2 = globalConfig.memoizer,
      generateFastpass = (shape) => {
        const normalized = _normalized.value,
          syms = normalized.symbolKeys,
          doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms }),
          parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`,
          prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write("const input = payload.value;");
        let ids = /* @__PURE__ */ Object.create(null),
          counter = 0;
        for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
        doc.write(memo2 ? "const newResult = memo.alloc(inst, payload, {}, ctx);" : "const newResult = {};");
        for (const key of normalized.allKeys) {
          if (key === "__proto__") continue;
          const id = ids[key],
            k = typeof key == "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key),
            isPresent = `${k} in input`,
            schema = shape[key],
            optin = schema?._zod?.optin,
            isOptionalIn = optin !== void 0,
            isOptionalOut = schema?._zod?.optout === "optional";
          if ((doc.write(`const ${id} = ${parseStr(k)};`), isOptionalIn && isOptionalOut)) {
            const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
          } else
            isOptionalIn
              ? (doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `),
                optin === "defaulted"
                  ? doc.write(`newResult[${k}] = ${id}.value;`)
                  : doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `))
              : doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
        }
        return (doc.write("payload.value = newResult;"), doc.write("return payload;"), doc.compile());
      },
      fastpass,
      isObject2 = isObject,
      jit = !globalConfig.jitless,
      fastEnabled = jit && allowsEval.value,
      catchall = def.catchall,
      value;
    inst._zod.parse = (payload, ctx) => {
      value ?? (value = _normalized.value);
      const input = payload.value;
      return isObject2(input)
        ? jit && fastEnabled && ctx?.async === !1 && ctx.jitless !== !0
          ? (fastpass || (fastpass = generateFastpass(def.shape)),
            (payload = fastpass(payload, ctx)),
            catchall ? handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === !0) : payload)
          : superParse(payload, ctx)
        : (payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst,
          }),
          payload);
    };
  });
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) if (result.issues.length === 0) return ((final.value = result.value), final);
  const nonaborted = results.filter((r) => !aborted(r));
  return nonaborted.length === 1
    ? ((final.value = nonaborted[0].value), nonaborted[0])
    : (final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
      }),
      final);
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def),
    defineLazyInternal(inst, "optin", (zod) =>
      zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== void 0)
          ? "optional"
          : void 0,
    ),
    defineLazyInternal(inst, "optout", (zod) =>
      zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0,
    ),
    defineLazyInternal(inst, "values", (zod) => {
      if (zod.def.options.every((o) => o._zod.values))
        return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }),
    defineLazyInternal(inst, "pattern", (zod) => {
      if (zod.def.options.every((o) => o._zod.pattern)) {
        const patterns = zod.def.options.map((o) => o._zod.pattern);
        return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
      }
    });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) return first(payload, ctx);
    let async = !1,
      results = [];
    for (const option of def.options) {
      const result = option._zod.run(
        {
          value: payload.value,
          issues: [],
        },
        ctx,
      );
      if (result instanceof Promise) results.push(result), (async = !0);
      else {
        if (result.issues.length === 0) return result;
        results.push(result);
      }
    }
    return async
      ? Promise.all(results).then((results2) => handleUnionResults(results2, payload, inst, ctx))
      : handleUnionResults(results, payload, inst, ctx);
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def),
    (inst._zod.parse = (payload, ctx) => {
      const input = payload.value,
        left = def.left._zod.run({ value: input, issues: [] }, ctx),
        right = def.right._zod.run({ value: input, issues: [] }, ctx);
      return left instanceof Promise || right instanceof Promise
        ? Promise.all([left, right]).then(([left2, right2]) => handleIntersectionResults(payload, left2, right2))
        : handleIntersectionResults(payload, left, right);
    });
});
function mergeValues(a, b) {
  if (a === b) return { valid: !0, data: a };
  if (a instanceof Date && b instanceof Date && +a == +b) return { valid: !0, data: a };
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b),
      sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1),
      newObj = { ...a, ...b };
    Object.hasOwn(newObj, "__proto__") && delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__") continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid)
        return {
          valid: !1,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
        };
      newObj[key] = sharedValue.data;
    }
    return { valid: !0, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return { valid: !1, mergeErrorPath: [] };
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index],
        itemB = b[index],
        sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid)
        return {
          valid: !1,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
        };
      newArray.push(sharedValue.data);
    }
    return { valid: !0, data: newArray };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  let unrecKeys = /* @__PURE__ */ new Map(),
    unrecIssue,
    keyIssues = /* @__PURE__ */ new Map(),
    collect = (iss, side) => {
      let keys;
      if (iss.code === "unrecognized_keys" && !iss.path?.length) unrecIssue ?? (unrecIssue = iss), (keys = iss.keys);
      else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
        const k = String(iss.path[0]);
        keyIssues.has(k) || keyIssues.set(k, iss), (keys = [k]);
      } else return !1;
      for (const k of keys) unrecKeys.has(k) || unrecKeys.set(k, {}), (unrecKeys.get(k)[side] = !0);
      return !0;
    };
  for (const iss of left.issues) collect(iss, "l") || result.issues.push(iss);
  for (const iss of right.issues) collect(iss, "r") || result.issues.push(iss);
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    aggregated.length && result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) !aggregated.includes(k) && keyIssues.has(k) && result.issues.push(keyIssues.get(k));
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result)) return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  return ((result.value = merged.data), result);
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst),
    (inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!isPlainObject(input))
        return (
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst,
          }),
          payload
        );
      const proms = [],
        values = def.keyType._zod.values;
      if (values && !def.partial) {
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        const recordKeys = /* @__PURE__ */ new Set();
        for (const key of values)
          if (typeof key == "string" || typeof key == "number" || typeof key == "symbol") {
            if ((recordKeys.add(typeof key == "number" ? key.toString() : key), key === "__proto__")) continue;
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
            if (keyResult.issues.length) {
              payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                input: key,
                path: [key],
                inst,
              });
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__") continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            result instanceof Promise
              ? proms.push(
                  result.then((result2) => {
                    result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)),
                      (payload.value[outKey] = result2.value);
                  }),
                )
              : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)),
                (payload.value[outKey] = result.value));
          }
        let unrecognized;
        for (const key in input)
          if (!recordKeys.has(key))
            if (def.mode === "loose") {
              if (key === "__proto__") continue;
              payload.value[key] = input[key];
            } else (unrecognized = unrecognized ?? []), unrecognized.push(key);
        unrecognized &&
          unrecognized.length > 0 &&
          payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized,
            continue: !0,
          });
      } else {
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        let unrecognized;
        for (const key of Reflect.ownKeys(input)) {
          if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
          let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
          if (typeof key == "string" && number.test(key) && keyResult.issues.length) {
            const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
            if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
            retryResult.issues.length === 0 && (keyResult = retryResult);
          }
          if (keyResult.issues.length) {
            def.mode === "loose"
              ? (payload.value[key] = input[key])
              : values
                ? ((unrecognized = unrecognized ?? []), unrecognized.push(key))
                : payload.issues.push({
                    code: "invalid_key",
                    origin: "record",
                    issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                    input: key,
                    path: [key],
                    inst,
                  });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__") continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          result instanceof Promise
            ? proms.push(
                result.then((result2) => {
                  result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)),
                    (payload.value[outKey] = result2.value);
                }),
              )
            : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)),
              (payload.value[outKey] = result.value));
        }
        unrecognized &&
          unrecognized.length > 0 &&
          payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized,
            continue: !0,
          });
      }
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    });
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries),
      valuesSet = new Set(values);
    (inst._zod.values = valuesSet),
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(
          patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$",
        );
      }),
      (inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        return (
          valuesSet.has(input) ||
            payload.issues.push({
              code: "invalid_value",
              values,
              input,
              inst,
            }),
          payload
        );
      });
  }),
  $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    (inst._zod.values = values),
      defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        return new RegExp(
          vals.length
            ? `^(${vals.map((o) => (typeof o == "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))).join("|")})$`
            : "^[^\\s\\S]$",
        );
      }),
      (inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        return (
          values.has(input) ||
            payload.issues.push({
              code: "invalid_value",
              values: def.values,
              input,
              inst,
            }),
          payload
        );
      });
  });
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def),
    (inst._zod.optin = "optional"),
    globalConfig.memoizer?.guard(inst),
    (inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
      const _out = def.transform(payload.value, payload);
      if (ctx.async)
        return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output2) => ((payload.value = output2), payload));
      if (_out instanceof Promise) throw new $ZodAsyncError();
      return ((payload.value = _out), payload);
    });
});
function handleOptionalResult(payload, result) {
  return ((payload.value = result.issues.length ? void 0 : result.value), payload);
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def),
      defineLazyInternal(inst, "optin", (zod) => (zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional")),
      (inst._zod.optout = "optional"),
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      }),
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      }),
      (inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted") return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          return result instanceof Promise
            ? result.then((result2) => handleOptionalResult(payload, result2))
            : handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      });
  }),
  $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
    $ZodOptional.init(inst, def),
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values),
      defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern),
      (inst._zod.parse = (payload, ctx) => def.innerType._zod.run(payload, ctx));
  }),
  $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def),
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin),
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout),
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      }),
      defineLazyInternal(inst, "values", (zod) =>
        zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0,
      ),
      (inst._zod.parse = (payload, ctx) => (payload.value === null ? payload : def.innerType._zod.run(payload, ctx)));
  }),
  $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def),
      (inst._zod.optin = "defaulted"),
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values),
      (inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        if (payload.value === void 0) return ((payload.value = def.defaultValue), payload);
        const result = def.innerType._zod.run(payload, ctx);
        return result instanceof Promise
          ? result.then((result2) => handleDefaultResult(result2, def))
          : handleDefaultResult(result, def);
      });
  });
function handleDefaultResult(payload, def) {
  return (payload.value === void 0 && (payload.value = def.defaultValue), payload);
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def),
      (inst._zod.optin = "defaulted"),
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values),
      (inst._zod.parse = (payload, ctx) => (
        ctx.direction === "backward" || (payload.value === void 0 && (payload.value = def.defaultValue)),
        def.innerType._zod.run(payload, ctx)
      ));
  }),
  $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def),
      defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
      }),
      (inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        return result instanceof Promise
          ? result.then((result2) => handleNonOptionalResult(result2, inst))
          : handleNonOptionalResult(result, inst);
      });
  });
function handleNonOptionalResult(payload, inst) {
  return (
    !payload.issues.length &&
      payload.value === void 0 &&
      payload.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: payload.value,
        inst,
      }),
    payload
  );
}
function handleCatchResult(payload, result, def, ctx) {
  return result.issues.length
    ? ((payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
          issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
      })),
      payload)
    : ((payload.value = result.value), result.memo && (payload.memo = !0), payload);
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def),
    defineLazyInternal(inst, "optin", (zod) => (zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional")),
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout),
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values),
    (inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      return result instanceof Promise
        ? result.then((result2) => handleCatchResult(payload, result2, def, ctx))
        : handleCatchResult(payload, result, def, ctx);
    });
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def),
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values),
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin),
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout),
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues),
    (inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        const right = def.out._zod.run(payload, ctx);
        return right instanceof Promise
          ? right.then((right2) => handlePipeResult(right2, def.in, ctx))
          : handlePipeResult(right, def.in, ctx);
      }
      const left = def.in._zod.run(payload, ctx);
      return left instanceof Promise
        ? left.then((left2) => handlePipeResult(left2, def.out, ctx))
        : handlePipeResult(left, def.out, ctx);
    });
});
function handlePipeResult(left, next, ctx) {
  return left.issues.some((iss) => iss.code !== "unrecognized_keys")
    ? ((left.aborted = !0), left)
    : next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def),
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues),
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values),
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin),
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout),
    (inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
      const result = def.innerType._zod.run(payload, ctx);
      return result instanceof Promise ? result.then(handleReadonlyResult) : handleReadonlyResult(result);
    });
});
function handleReadonlyResult(payload) {
  return (payload.memo || (payload.value = Object.freeze(payload.value)), payload);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def),
    $ZodType.init(inst, def),
    (inst._zod.parse = (payload, _) => payload),
    (inst._zod.check = (payload) => {
      const input = payload.value,
        r = def.fn(input);
      if (r instanceof Promise) return r.then((r2) => handleRefineResult(r2, payload, input, inst));
      handleRefineResult(r, payload, input, inst);
    });
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...(inst._zod.def.path ?? [])],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort,
      // params: inst._zod.def.params,
    };
    inst._zod.def.params && (_iss.params = inst._zod.def.params), payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
    constructor() {
      super("Cannot parse a reference cycle that closes through a transform"), (this.name = "ZodCyclicError");
    }
  },
  STATE = "~memo",
  NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value == "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
var recursive = /* @__PURE__ */ new WeakMap(),
  NONE = 0,
  ASSUMED = 1,
  PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0) return cached2 ? PROVEN : NONE;
  if (stack.has(inst)) return PROVEN;
  stack.add(inst);
  let result = NONE,
    check = (child) => {
      if (result !== PROVEN && child?._zod) {
        const answer = isRecursive(child, stack, resolve);
        answer > result && (result = answer);
      }
    },
    shape = (sh, spread) => {
      let answer = NONE;
      for (const key of Reflect.ownKeys(sh)) {
        const desc = Object.getOwnPropertyDescriptor(sh, key);
        if (spread && !desc.enumerable) continue;
        const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
        child > answer && (answer = child);
      }
      return answer;
    },
    merge2 = (answer) => {
      answer > result && (result = answer);
    },
    def = inst._zod.def,
    kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, !0) : ASSUMED), check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items) check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType), check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options) check(el);
      break;
    case "intersection":
      check(def.left), check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in), check(def.out);
      break;
    case "function":
      check(def.input), check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, !1) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default:
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get) continue;
        const value = desc.value;
        if (!(!value || typeof value != "object")) {
          if (value._zod) check(value);
          else if (Array.isArray(value)) for (const el of value) check(el);
        }
      }
  }
  return (stack.delete(inst), settle(inst, result));
}
function settle(inst, answer) {
  return (answer !== ASSUMED && recursive.set(inst, answer === PROVEN), answer);
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  return (bucket || ((bucket = /* @__PURE__ */ new WeakMap()), state.buckets.set(inst, bucket)), bucket);
}
var handoff,
  open = [],
  memo = {
    alloc(_inst, payload, empty) {
      const bucket = handoff;
      if (!bucket) return empty;
      handoff = void 0;
      const entry = { value: empty, issues: null };
      return (bucket.set(payload.value, entry), open.push(entry), empty);
    },
    guard(inst) {
      var _a3;
      (_a3 = inst._zod).deferred ?? (_a3.deferred = []),
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse,
            wrapped = (payload, ctx) => {
              if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
              return base(payload, ctx);
            };
          (inst._zod.parse = wrapped), inst._zod.run === base && (inst._zod.run = wrapped);
        });
    },
    attach(inst) {
      var _a3;
      let isRecursiveInst,
        rechecked = !1,
        lastCtx,
        lastBucket;
      (_a3 = inst._zod).deferred ?? (_a3.deferred = []),
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse,
            wrapped = (payload, ctx) => {
              if (isRecursiveInst === void 0) {
                const walked = isRecursive(inst, /* @__PURE__ */ new Set(), !1);
                if (walked === NONE)
                  return ((inst._zod.parse = base), inst._zod.run === wrapped && (inst._zod.run = base), base(payload, ctx));
                walked === PROVEN || rechecked ? (isRecursiveInst = !0) : (rechecked = !0);
              }
              const input = payload.value;
              if (!isRef(input)) return base(payload, ctx);
              let state = ctx[STATE];
              state || ((state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 }), (ctx[STATE] = state));
              let bucket;
              lastCtx === ctx
                ? (bucket = lastBucket)
                : ((bucket = bucketFor(state, inst)), (lastCtx = ctx), (lastBucket = bucket));
              const hit = bucket.get(input);
              if (hit)
                return (
                  (payload.value = hit.value),
                  hit.issues
                    ? hit.issues.length && payload.issues.push(...cloneIssues(hit.issues))
                    : ((payload.memo = !0),
                      state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet()),
                      state.backEdges.add(hit.value)),
                  payload
                );
              handoff = bucket;
              const depth = open.length,
                result = base(payload, ctx);
              handoff = void 0;
              const entry = open.length > depth ? open.pop() : void 0;
              return result instanceof Promise
                ? result.then((r) => (entry && (entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES), r))
                : (entry && (entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES), result);
            };
          (inst._zod.parse = wrapped), inst._zod.run === base && (inst._zod.run = wrapped);
        });
    },
  };
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" },
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
      regex: "input",
      email: "email address",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datetime",
      date: "ISO date",
      time: "ISO time",
      duration: "ISO duration",
      ipv4: "IPv4 address",
      ipv6: "IPv6 address",
      mac: "MAC address",
      cidrv4: "IPv4 range",
      cidrv6: "IPv6 range",
      base64: "base64-encoded string",
      base64url: "base64url-encoded string",
      json_string: "JSON string",
      e164: "E.164 number",
      currency_code: "currency code",
      credit_card: "credit card number",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input",
    },
    TypeDictionary = {
      // Compatibility: "nan" -> "NaN" for display
      nan: "NaN",
      // All other type names omitted - they fall back to raw values via ?? operator
    };
  function getTypeName(type, input) {
    return type === "number" && typeof input == "number" && !Number.isFinite(input)
      ? String(input)
      : (TypeDictionary[type] ?? type);
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected),
          receivedType = parsedType(issue2.input),
          received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        return issue2.values.length === 1
          ? `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`
          : `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<",
          sizing = getSizing(issue2.origin);
        return sizing
          ? `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`
          : `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">",
          sizing = getSizing(issue2.origin);
        return sizing
          ? `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`
          : `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        return _issue.format === "starts_with"
          ? `Invalid string: must start with "${_issue.prefix}"`
          : _issue.format === "ends_with"
            ? `Invalid string: must end with "${_issue.suffix}"`
            : _issue.format === "includes"
              ? `Invalid string: must include "${_issue.includes}"`
              : _issue.format === "regex"
                ? `Invalid string: must match pattern ${_issue.pattern}`
                : `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        return issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0
          ? `Invalid discriminator value. Expected ${issue2.options.map((o) => `'${o}'`).join(" | ")}`
          : issue2.inclusive === !1
            ? "Invalid input: more than one option matched"
            : "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return "Invalid input";
    }
  };
};
function en_default() {
  return {
    localeError: error(),
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    (this._map = /* @__PURE__ */ new WeakMap()), (this._idmap = /* @__PURE__ */ new Map());
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    return (
      this._map.set(schema, meta2), meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.set(meta2.id, schema), this
    );
  }
  clear() {
    return ((this._map = /* @__PURE__ */ new WeakMap()), (this._idmap = /* @__PURE__ */ new Map()), this);
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    return (meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.delete(meta2.id), this._map.delete(schema), this);
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...(this.get(p) ?? {}) };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  return (def.checks && (def.checks = [...def.checks]), def);
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v4",
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v6",
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v7",
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: !1,
    local: !1,
    precision: null,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown",
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  return new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum,
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum,
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length,
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern,
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes,
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix,
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix,
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx,
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params),
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  return new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params),
  });
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check(
    (payload) => (
      (payload.addIssue = (issue2) => {
        if (typeof issue2 == "string") payload.issues.push(issue(issue2, payload.value, ch._zod.def));
        else {
          const _issue = issue2;
          _issue.fatal && (_issue.continue = !1),
            _issue.code ?? (_issue.code = "custom"),
            "input" in _issue || (_issue.input = payload.value),
            _issue.inst ?? (_issue.inst = ch),
            _issue.continue ?? (_issue.continue = !ch._zod.def.abort),
            payload.issues.push(issue(_issue));
        }
      }),
      fn(payload.value, payload)
    ),
    params,
  );
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params),
  });
  return ((ch._zod.check = fn), ch);
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources)
    for (const key of Reflect.ownKeys(source))
      Object.prototype.propertyIsEnumerable.call(source, key) && assignProp(target, key, source[key]);
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  return (
    target === "draft-4" && (target = "draft-04"),
    target === "draft-7" && (target = "draft-07"),
    {
      processors: params.processors ?? {},
      metadataRegistry: params?.metadata ?? globalRegistry,
      target,
      unrepresentable: params?.unrepresentable ?? "throw",
      override: params?.override ?? (() => {}),
      io: params?.io ?? "output",
      counter: 0,
      seen: /* @__PURE__ */ new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: params?.cycles ?? "ref",
      reused: params?.reused ?? "inline",
      intersections: [],
      deferred: [],
      external: params?.external ?? void 0,
    }
  );
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result =
    typeof ctx.unrepresentable == "function"
      ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
      : ctx.unrepresentable;
  if (result === "any") return !1;
  if (result === void 0 || result === "throw") throw new Error(message);
  return (Object.assign(json, result), !0);
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def,
    seen = ctx.seen.get(schema);
  if (seen) return (seen.count++, _params.schemaPath.includes(schema) && (seen.cycle = _params.path), seen.schema);
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result), (ctx.sharedDefsExtractedFor = void 0), (ctx.sharedEmitDoneFor = void 0);
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) result.schema = overrideSchema;
  else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path,
    };
    if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
    else {
      const _json = result.schema,
        processor = ctx.processors[def.type];
      if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    parent && (result.ref || (result.ref = parent), processSchema(parent, ctx, params), (ctx.seen.get(parent).isParent = !0));
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  return (
    meta2 && assignProps(result.schema, meta2),
    ctx.io === "input" && isTransforming(schema) && (delete result.schema.examples, delete result.schema.default),
    ctx.io === "input" &&
      "_prefault" in result.schema &&
      ((_a3 = result.schema).default ?? (_a3.default = result.schema._prefault)),
    delete result.schema._prefault,
    ctx.seen.get(schema).schema
  );
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0])
        throw new Error(
          `Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
        );
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
      const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
      if (ctx.external) {
        const externalId = ctx.external.registry.get(entry[0])?.id,
          uriGenerator = ctx.external.uri ?? ((id2) => id2);
        if (externalId) return { ref: uriGenerator(externalId) };
        const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
        return (
          (entry[1].defId = id), { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` }
        );
      }
      const uriPrefix = "#",
        defUriPrefix = `${uriPrefix}/${defsSegment}/`;
      if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
      const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
      return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    },
    extractToDef = (entry) => {
      if (entry[1].schema.$ref) return;
      const seen = entry[1],
        { ref, defId } = makeURI(entry);
      (seen.def = { ...seen.schema }), defId && (seen.defId = defId);
      const schema2 = seen.schema;
      for (const key in schema2) delete schema2[key];
      schema2.$ref = ref;
    };
  if (ctx.cycles === "throw")
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle)
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    if (ctx.metadataRegistry.get(entry[0])?.id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    seen.count > 1 && ctx.reused === "ref" && extractToDef(entry);
  }
  ctx.external && (ctx.sharedDefsExtractedFor = ctx.external);
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option != "object") return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type") return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member != "string") return;
      types.includes(member) || types.push(member);
    }
  }
  delete schema.anyOf, (schema.type = types.length === 1 ? types[0] : types);
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]),
  UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  return extra === void 0 || extra === !1 || typeof extra != "object" || extra === null
    ? null
    : Object.keys(extra).length
      ? extra
      : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member != "object" || member.type !== "object") return null;
    for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
    objects.push(member);
  }
  const properties = {},
    required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.hasOwn(properties, key)) continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        part != null && (parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)) || parts.push(part));
      }
      const merged = parts.length === 1 ? parts[0] : (foldObjects(parts) ?? { allOf: parts });
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? []) required2.add(key);
  }
  const folded = { type: "object", properties };
  if ((required2.size && (folded.required = [...required2]), objects.every((object2) => object2.additionalProperties === !1)))
    folded.additionalProperties = !1;
  else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      constraint &&
        !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)) &&
        constraints.push(constraint);
    }
    constraints.length === 1
      ? (folded.additionalProperties = constraints[0])
      : constraints.length > 1 && (folded.additionalProperties = { allOf: constraints });
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2) return;
  for (const key of FOLDABLE_KEYS) if (key in json) return;
  let unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k]))),
    folded = null;
  if (!unions.length) folded = foldObjects(allOf);
  else {
    const union2 = unions[0],
      keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1) return;
    const rest = allOf.filter((m) => m !== union2),
      branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b)) return;
    folded = { [keyword]: branches };
  }
  folded && (delete json.allOf, assignProps(json, folded));
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null) return;
    const schema2 = seen.def ?? seen.schema,
      _cached = { ...schema2 },
      ref = seen.ref;
    if (((seen.ref = null), ref)) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref),
        refSchema = refSeen.schema;
      if (
        (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")
          ? ((schema2.allOf = schema2.allOf ?? []), schema2.allOf.push(refSchema))
          : assignProps(schema2, refSchema),
        assignProps(schema2, _cached),
        zodSchema._zod.parent === ref)
      )
        for (const key in schema2) key === "$ref" || key === "allOf" || key in _cached || delete schema2[key];
      if (refSchema.$ref && refSeen.def)
        for (const key in schema2)
          key === "$ref" ||
            key === "allOf" ||
            (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key]) && delete schema2[key]);
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref && ((schema2.$ref = parentSeen.schema.$ref), parentSeen.def))
        for (const key in schema2)
          key === "$ref" ||
            key === "allOf" ||
            (key in parentSeen.def &&
              JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key]) &&
              delete schema2[key]);
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? [],
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
    if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
    for (const rewrite of ctx.deferred) rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values())
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf)) continue;
          const existing = carriers.get(allOf);
          existing ? existing.push(json) : carriers.set(allOf, [json]);
        }
      for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
    }
  }
  const result = {};
  if (
    (ctx.target === "draft-2020-12"
      ? (result.$schema = "https://json-schema.org/draft/2020-12/schema")
      : ctx.target === "draft-07"
        ? (result.$schema = "http://json-schema.org/draft-07/schema#")
        : ctx.target === "draft-04"
          ? (result.$schema = "http://json-schema.org/draft-04/schema#")
          : ctx.target,
    ctx.external?.uri)
  ) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id) throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  rootMetaId !== void 0 && result.id === rootMetaId && delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external)
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      seen.def && seen.defId && (seen.def.id === seen.defId && delete seen.def.id, assignProp(defs, seen.defId, seen.def));
    }
  ctx.external && (ctx.sharedEmitDoneFor = ctx.external),
    ctx.external ||
      (Object.keys(defs).length > 0 && (ctx.target === "draft-2020-12" ? (result.$defs = defs) : (result.definitions = defs)));
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    return (
      Object.defineProperty(finalized, "~standard", {
        value: {
          ...schema["~standard"],
          jsonSchema: {
            input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
            output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
          },
        },
        enumerable: !1,
        writable: !1,
      }),
      finalized
    );
  } catch {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema)) return !1;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform") return !0;
  if (def.type === "array") return isTransforming(def.element, ctx);
  if (def.type === "set") return isTransforming(def.valueType, ctx);
  if (def.type === "lazy") return isTransforming(def.getter(), ctx);
  if (
    def.type === "promise" ||
    def.type === "optional" ||
    def.type === "nonoptional" ||
    def.type === "nullable" ||
    def.type === "readonly" ||
    def.type === "default" ||
    def.type === "prefault" ||
    def.type === "catch"
  )
    return isTransforming(def.innerType, ctx);
  if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  if (def.type === "pipe")
    return _schema._zod.traits.has("$ZodCodec") ? !0 : isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  if (def.type === "object") {
    for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return !0;
    return !1;
  }
  if (def.type === "union") {
    for (const option of def.options) if (isTransforming(option, ctx)) return !0;
    return !1;
  }
  if (def.type === "tuple") {
    for (const item of def.items) if (isTransforming(item, ctx)) return !0;
    return !!(def.rest && isTransforming(def.rest, ctx));
  }
  return !1;
}
var createToJSONSchemaMethod =
    (schema, processors = {}) =>
    (params) => {
      const ctx = initializeContext({ ...params, processors });
      return (processSchema(schema, ctx), extractDefs(ctx, schema), finalize(ctx, schema));
    },
  createStandardJSONSchemaMethod =
    (schema, io, processors = {}) =>
    (params) => {
      const { libraryOptions, target } = params ?? {},
        ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
      return (processSchema(schema, ctx), extractDefs(ctx, schema), finalize(ctx, schema));
    };

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
    (agg[key] === void 0 || value > agg[key]) && (agg[key] = value);
  },
  narrowMax = (agg, key, value) => {
    (agg[key] === void 0 || value < agg[key]) && (agg[key] = value);
  },
  narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value), narrowMax(agg, "maximum", value);
  },
  addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []), agg.multipleOf.includes(value) || agg.multipleOf.push(value);
  },
  addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set()), agg.patterns.add(pattern);
  },
  intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
  },
  setFormat = (agg, format) => {
    (agg.format = format), format.includes("int") && (agg.isInt = !0);
  },
  minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum),
  maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum),
  formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum), narrowMax(agg, "maximum", maximum);
  },
  contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
      setFormat(agg, def.format),
        def.pattern && addPattern(agg, def.pattern),
        (def.format === "base64" || def.format === "base64url") && (agg.contentEncoding = def.format),
        (def.local || def.precision === -1) && (agg.laxFormat = !0);
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
  };
function aggregateChecks(schema) {
  const agg = {},
    def = schema._zod.def,
    list = schema._zod.traits.has("$ZodCheck") ? [schema, ...(def.checks ?? [])] : (def.checks ?? []);
  for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  bag.minimum !== void 0 && narrowMin(agg, "minimum", bag.minimum),
    bag.exclusiveMinimum !== void 0 && narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum),
    bag.maximum !== void 0 && narrowMax(agg, "maximum", bag.maximum),
    bag.exclusiveMaximum !== void 0 && narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum),
    bag.multipleOf !== void 0 && addDivisor(agg, bag.multipleOf),
    bag.format !== void 0 && (agg.format ?? (agg.format = bag.format), bag.format.includes("int") && (agg.isInt = !0)),
    bag.mime && intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
  return agg;
}
var formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "",
    // do not set
  },
  exactPatterns = /* @__PURE__ */ new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
  ]),
  exactPattern = (p) => exactPatterns.get(p) ?? p,
  stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (
      (typeof minimum == "number" && (json.minLength = minimum),
      typeof maximum == "number" && (json.maxLength = maximum),
      format &&
        ((json.format = formatMap[format] ?? format),
        json.format === "" && delete json.format,
        (format === "time" || laxFormat) && delete json.format),
      contentEncoding && (json.contentEncoding = contentEncoding),
      patterns && patterns.size > 0)
    ) {
      const patternList = [...patterns].map(exactPattern);
      patternList.length === 1
        ? (json.pattern = patternList[0].source)
        : patternList.length > 1 &&
          (json.allOf = [
            ...patternList.map((regex) => ({
              ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                ? { type: "string" }
                : {}),
              pattern: regex.source,
            })),
          ]);
    }
  };
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {};
var enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def,
      values = getEnumValues(def.entries);
    if (values.length === 0) {
      json.not = {};
      return;
    }
    values.every((v) => typeof v == "number") && (json.type = "number"),
      values.every((v) => typeof v == "string") && (json.type = "string"),
      (json.enum = values);
  },
  literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    if (def.values.length === 0) {
      json.not = {};
      return;
    }
    const vals = [];
    for (const val of def.values)
      if (val === void 0) {
        if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
      } else if (typeof val == "bigint") {
        if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
        vals.push(Number(val));
      } else vals.push(val);
    if (vals.length !== 0)
      if (vals.length === 1) {
        const val = vals[0];
        (json.type = val === null ? "null" : typeof val),
          ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? (json.enum = [val]) : (json.const = val);
      } else
        vals.every((v) => typeof v == "number") && (json.type = "number"),
          vals.every((v) => typeof v == "string") && (json.type = "string"),
          vals.every((v) => typeof v == "boolean") && (json.type = "boolean"),
          vals.every((v) => v === null) && (json.type = "null"),
          (json.enum = vals);
  };
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json,
    def = schema._zod.def,
    { minimum, maximum } = aggregateChecks(schema);
  typeof minimum == "number" && (json.minItems = minimum),
    typeof maximum == "number" && (json.maxItems = maximum),
    (json.type = "array"),
    (json.items = processSchema(def.element, ctx, {
      ...params,
      path: [...params.path, "items"],
    }));
};
function inputOptin(schema) {
  const def = schema._zod.def;
  return def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")
    ? inputOptin(def.out)
    : def.type === "catch"
      ? inputOptin(def.innerType)
      : schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
    const json = _json,
      def = schema._zod.def,
      shape = def.shape;
    if (
      Object.getOwnPropertySymbols(shape).length &&
      handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")
    )
      return;
    (json.type = "object"), (json.properties = {});
    for (const key in shape)
      assignProp(
        json.properties,
        key,
        processSchema(shape[key], ctx, {
          ...params,
          path: [...params.path, "properties", key],
        }),
      );
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
      const field = def.shape[key];
      (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) && requiredKeys.push(key);
    }
    requiredKeys.length > 0 && (json.required = requiredKeys),
      def.catchall?._zod.def.type === "never"
        ? (json.additionalProperties = !1)
        : def.catchall
          ? def.catchall &&
            (json.additionalProperties = processSchema(def.catchall, ctx, {
              ...params,
              path: [...params.path, "additionalProperties"],
            }))
          : ctx.io === "output" && (json.additionalProperties = !1);
  },
  unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def,
      isExclusive = def.inclusive === !1,
      options = def.options.map((x, i) =>
        processSchema(x, ctx, {
          ...params,
          path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
        }),
      );
    isExclusive ? (json.oneOf = options) : (json.anyOf = options);
  },
  intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def,
      a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
      }),
      b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
      }),
      isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1,
      allOf = [...(isSimpleIntersection(a) ? a.allOf : [a]), ...(isSimpleIntersection(b) ? b.allOf : [b])];
    (json.allOf = allOf), ctx.intersections.push(allOf);
  };
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json)) return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def) return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches)) continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    mapped.some((branch, i) => branch !== branches[i]) && (json = { ...json, [keyword]: mapped });
  }
  const types = Array.isArray(json.type) ? json.type : [json.type],
    numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer"),
    values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v == "number")) return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  return (
    rest.enum
      ? (rest.enum = rest.enum.map((v) => (typeof v == "number" ? String(v) : v)))
      : typeof rest.const == "number" && (rest.const = String(rest.const)),
    numericType && ((rest.type = "string"), values || (rest.pattern = (types.includes("number") ? number : integer).source)),
    rest
  );
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) entry.def && !bySchema.has(entry.schema) && bySchema.set(entry.schema, entry);
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2),
      names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === !0 || rewrites.has(names)) continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    rewritten !== names && rewrites.set(names, rewritten);
  }
  if (rewrites.size)
    for (const entry of ctx.seen.values())
      for (const carrier of [entry.schema, entry.def]) {
        const rewritten = carrier && rewrites.get(carrier.propertyNames);
        rewritten && (carrier.propertyNames = rewritten);
      }
}
var recordProcessor = (schema, ctx, _json, params) => {
    const json = _json,
      def = schema._zod.def;
    json.type = "object";
    const keyType = def.keyType,
      patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
      const valueSchema = processSchema(def.valueType, ctx, {
        ...params,
        path: [...params.path, "patternProperties", "*"],
      });
      json.patternProperties = {};
      for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    } else {
      if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
        json.propertyNames = processSchema(def.keyType, ctx, {
          ...params,
          path: [...params.path, "propertyNames"],
        });
        let pending = pendingRecords.get(ctx);
        pending || ((pending = []), pendingRecords.set(ctx, pending), ctx.deferred.push(() => rewriteKeyNames(ctx))),
          pending.push(schema);
      }
      json.additionalProperties = processSchema(def.valueType, ctx, {
        ...params,
        path: [...params.path, "additionalProperties"],
      });
    }
    const keyValues = keyType._zod.values,
      omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
    if (keyValues && !def.partial && !omittableOnInput) {
      const validKeyValues = [...keyValues].filter((v) => typeof v == "string" || typeof v == "number");
      validKeyValues.length > 0 && (json.required = validKeyValues.map(String));
    }
  },
  nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def,
      inner = processSchema(def.innerType, ctx, params),
      seen = ctx.seen.get(schema);
    ctx.target === "openapi-3.0" ? ((seen.ref = def.innerType), (json.nullable = !0)) : (json.anyOf = [inner, { type: "null" }]);
  },
  nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
  },
  UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = !1,
    serialized = JSON.stringify(value, (_, val) => (typeof val != "bigint" ? val : ((unrepresentable = !0), null)));
  return unrepresentable
    ? (handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema"),
      UNREPRESENTABLE_DEFAULT)
    : JSON.parse(serialized);
}
var defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    value !== UNREPRESENTABLE_DEFAULT && (json.default = value);
  },
  prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (((seen.ref = def.innerType), ctx.io !== "input")) return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    value !== UNREPRESENTABLE_DEFAULT && (json._prefault = value);
  },
  catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
      catchValue = def.catchValue(void 0);
    } catch {
      handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
      return;
    }
    json.default = catchValue;
  },
  pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def,
      inIsTransform = def.in._zod.traits.has("$ZodTransform"),
      innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
  },
  readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    (seen.ref = def.innerType), (json.readOnly = !0);
  };
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: !0,
    enumerable: !1,
    get() {
      const value = make(this);
      return (Object.defineProperty(this, key, { value, configurable: !0, writable: !0 }), value);
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: !0, writable: !0 });
    },
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues), (inst.name = "ZodError");
  const proto = Object.getPrototypeOf(inst);
  _installedErrorProtos.has(proto) ||
    (_installedErrorProtos.add(proto),
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper)),
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper)),
    _lazyMethod(proto, "addIssue", (self) => (issue2) => {
      self.issues.push(issue2), (self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2));
    }),
    _lazyMethod(proto, "addIssues", (self) => (issues2) => {
      self.issues.push(...issues2), (self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2));
    }),
    Object.defineProperty(proto, "isEmpty", {
      configurable: !0,
      enumerable: !1,
      get() {
        return this.issues.length === 0;
      },
    }));
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error,
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError),
  parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError),
  safeParse = /* @__PURE__ */ _safeParse(ZodRealError),
  safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError),
  encode = /* @__PURE__ */ _encode(ZodRealError),
  decode = /* @__PURE__ */ _decode(ZodRealError),
  encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError),
  decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError),
  safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError),
  safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError),
  safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError),
  safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  globalConfig.localeError || config(en_default());
}
function _ensureDefaultMemoizer() {
  globalConfig.memoizer || config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor(
    "ZodType",
    (inst, def) => (_ensureDefaultLocale(), $ZodType.init(inst, def), (inst.def = def), (inst.type = def.type), inst),
    {
      check(...chks) {
        const def = this.def;
        return this.clone(
          util_exports.mergeDefs(def, {
            checks: [
              ...(def.checks ?? []),
              ...chks.map((ch) =>
                typeof ch == "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch,
              ),
            ],
          }),
          { parent: !0 },
        );
      },
      with(...chks) {
        return this.check(...chks);
      },
      clone(def, params) {
        return clone(this, def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        return (reg.add(this, meta2), this);
      },
      refine(check, params) {
        return this.check(refine(check, params));
      },
      superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
      },
      overwrite(fn) {
        return this.check(_overwrite(fn));
      },
      optional() {
        return optional(this);
      },
      exactOptional() {
        return exactOptional(this);
      },
      nullable() {
        return nullable(this);
      },
      nullish() {
        return optional(nullable(this));
      },
      nonoptional(params) {
        return nonoptional(this, params);
      },
      array() {
        return array(this);
      },
      or(arg) {
        return union([this, arg]);
      },
      and(arg) {
        return intersection(this, arg);
      },
      transform(tx) {
        return pipe(this, transform(tx));
      },
      default(d) {
        return _default(this, d);
      },
      prefault(d) {
        return prefault(this, d);
      },
      catch(params) {
        return _catch(this, params);
      },
      pipe(target) {
        return pipe(this, target);
      },
      readonly() {
        return readonly(this);
      },
      describe(description) {
        const cl = this.clone();
        return (globalRegistry.add(cl, { description }), cl);
      },
      meta(...args) {
        if (args.length === 0) return globalRegistry.get(this);
        const cl = this.clone();
        return (globalRegistry.add(cl, args[0]), cl);
      },
      isOptional() {
        return this.safeParse(void 0).success;
      },
      isNullable() {
        return this.safeParse(null).success;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      },
      // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
      get "~standard"() {
        return util_exports.hide(this, "~standard", {
          ...standardProps(this),
          jsonSchema: {
            input: createStandardJSONSchemaMethod(this, "input"),
            output: createStandardJSONSchemaMethod(this, "output"),
          },
        });
      },
      set "~standard"(value) {
        util_exports.own(this, "~standard", value);
      },
      parse: function _parse2(data, params) {
        return parse(this, data, params, { callee: _parse2 });
      },
      parseAsync: async function _parseAsync2(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync2 });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      // `spa` is an alias: same function object as `safeParseAsync`, as before.
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(value) {
        util_exports.own(this, "spa", value);
      },
      validate(data, params) {
        return validate(this, data, params);
      },
      validateAsync(data, params) {
        return validateAsync(this, data, params);
      },
      encode: function _encode2(data, params) {
        return encode(this, data, params, { callee: _encode2 });
      },
      decode: function _decode2(data, params) {
        return decode(this, data, params, { callee: _decode2 });
      },
      encodeAsync: async function _encodeAsync2(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
      },
      decodeAsync: async function _decodeAsync2(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
      },
      safeEncode(data, params) {
        return safeEncode(this, data, params);
      },
      safeDecode(data, params) {
        return safeDecode(this, data, params);
      },
      async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
      },
      async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
      },
      toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
      },
      // Reads through to the registry on every access, so it must not cache.
      get description() {
        return globalRegistry.get(this)?.description;
      },
      // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
      get _def() {
        return this._zod.def;
      },
    },
  ),
  _ZodString = /* @__PURE__ */ $constructor(
    "_ZodString",
    (inst, def) => {
      $ZodString.init(inst, def),
        ZodType.init(inst, def),
        (inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params));
    },
    /* @__PURE__ */ util_exports.derived(
      {
        format: (inst) => aggregateChecks(inst).format ?? null,
        minLength: (inst) => aggregateChecks(inst).minimum ?? null,
        maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
      },
      {
        regex(...args) {
          return this.check(_regex(...args));
        },
        includes(...args) {
          return this.check(_includes(...args));
        },
        startsWith(...args) {
          return this.check(_startsWith(...args));
        },
        endsWith(...args) {
          return this.check(_endsWith(...args));
        },
        min(...args) {
          return this.check(_minLength(...args));
        },
        max(...args) {
          return this.check(_maxLength(...args));
        },
        length(...args) {
          return this.check(_length(...args));
        },
        nonempty(...args) {
          return this.check(_minLength(1, ...args));
        },
        lowercase(params) {
          return this.check(_lowercase(params));
        },
        uppercase(params) {
          return this.check(_uppercase(params));
        },
        trim() {
          return this.check(_trim());
        },
        normalize(...args) {
          return this.check(_normalize(...args));
        },
        toLowerCase() {
          return this.check(_toLowerCase());
        },
        toUpperCase() {
          return this.check(_toUpperCase());
        },
        slugify() {
          return this.check(_slugify());
        },
      },
    ),
  ),
  ZodString = /* @__PURE__ */ $constructor(
    "ZodString",
    (inst, def) => {
      $ZodString.init(inst, def), _ZodString.init(inst, def);
    },
    {
      email(params) {
        return this.check(_email(ZodEmail, params));
      },
      url(params) {
        return this.check(_url(ZodURL, params));
      },
      jwt(params) {
        return this.check(_jwt(ZodJWT, params));
      },
      emoji(params) {
        return this.check(_emoji2(ZodEmoji, params));
      },
      guid(params) {
        return this.check(_guid(ZodGUID, params));
      },
      uuid(params) {
        return this.check(_uuid(ZodUUID, params));
      },
      uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
      },
      uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
      },
      uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
      },
      nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
      },
      cuid(params) {
        return this.check(_cuid(ZodCUID, params));
      },
      cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
      },
      ulid(params) {
        return this.check(_ulid(ZodULID, params));
      },
      base64(params) {
        return this.check(_base64(ZodBase64, params));
      },
      base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
      },
      xid(params) {
        return this.check(_xid(ZodXID, params));
      },
      ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
      },
      ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
      },
      ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
      },
      cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
      },
      cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
      },
      e164(params) {
        return this.check(_e164(ZodE164, params));
      },
      datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
      },
      date(params) {
        return this.check(_isoDate(ZodISODate, params));
      },
      time(params) {
        return this.check(_isoTime(ZodISOTime, params));
      },
      duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
      },
    },
  );
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def), _ZodString.init(inst, def);
  }),
  ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def), ZodStringFormat.init(inst, def);
  }),
  ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def), ZodStringFormat.init(inst, def);
  }),
  ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def), ZodStringFormat.init(inst, def);
  }),
  ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def), ZodStringFormat.init(inst, def);
  }),
  ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
    $ZodEmail.init(inst, def), ZodStringFormat.init(inst, def);
  });
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def), ZodStringFormat.init(inst, def);
});
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params));
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params));
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor(
  "ZodArray",
  (inst, def) => {
    _ensureDefaultMemoizer(),
      $ZodArray.init(inst, def),
      ZodType.init(inst, def),
      (inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params)),
      (inst.element = def.element);
  },
  {
    min(n, params) {
      return this.check(_minLength(n, params));
    },
    nonempty(params) {
      return this.check(_minLength(1, params));
    },
    max(n, params) {
      return this.check(_maxLength(n, params));
    },
    length(n, params) {
      return this.check(_length(n, params));
    },
    unwrap() {
      return this.element;
    },
  },
);
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor(
  "ZodObject",
  (inst, def) => {
    _ensureDefaultMemoizer(),
      $ZodObjectJIT.init(inst, def),
      ZodType.init(inst, def),
      (inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params)),
      util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, !1);
  },
  {
    keyof() {
      return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
      return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
    },
    passthrough() {
      return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
      return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
      return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
      return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
    },
    extend(incoming) {
      return util_exports.extend(this, incoming);
    },
    safeExtend(incoming) {
      return util_exports.safeExtend(this, incoming);
    },
    merge(other) {
      return util_exports.merge(this, other);
    },
    pick(mask) {
      return util_exports.pick(this, mask);
    },
    omit(mask) {
      return util_exports.omit(this, mask);
    },
    partial(...args) {
      return util_exports.partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
      return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
      return util_exports.required(ZodNonOptional, this, args[0]);
    },
  },
);
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params),
  };
  return new ZodObject(def);
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params)),
    (inst.options = def.options);
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params),
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params));
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right,
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer(),
    $ZodRecord.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params)),
    (inst.keyType = def.keyType),
    (inst.valueType = def.valueType);
});
function record(keyType, valueType, params) {
  return !valueType || !valueType._zod
    ? new ZodRecord({
        type: "record",
        keyType: string2(),
        valueType: keyType,
        ...util_exports.normalizeParams(valueType),
      })
    : new ZodRecord({
        type: "record",
        keyType,
        valueType,
        ...util_exports.normalizeParams(params),
      });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params)),
    (inst.enum = def.entries),
    (inst.options = [...inst._zod.values]);
  const keys = new Set(Object.keys(def.entries));
  (inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values)
      if (keys.has(value)) newEntries[value] = def.entries[value];
      else throw new Error(`Key ${value} not found in enum`);
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries,
    });
  }),
    (inst.exclude = (values, params) => {
      const newEntries = { ...def.entries };
      for (const value of values)
        if (keys.has(value)) delete newEntries[value];
        else throw new Error(`Key ${value} not found in enum`);
      return new ZodEnum({
        ...def,
        checks: [],
        ...util_exports.normalizeParams(params),
        entries: newEntries,
      });
    });
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params),
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params)),
    (inst.values = new Set(def.values)),
    Object.defineProperty(inst, "value", {
      get() {
        if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
        return def.values[0];
      },
    });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params),
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer(),
    $ZodTransform.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params)),
    (inst._zod.parse = (payload, _ctx) => {
      if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
      payload.addIssue = (issue2) => {
        if (typeof issue2 == "string") payload.issues.push(util_exports.issue(issue2, payload.value, def));
        else {
          const _issue = issue2;
          _issue.fatal && (_issue.continue = !1),
            _issue.code ?? (_issue.code = "custom"),
            "input" in _issue || (_issue.input = payload.value),
            _issue.inst ?? (_issue.inst = inst),
            payload.issues.push(util_exports.issue(_issue));
        }
      };
      const output = def.transform(payload.value, payload);
      return output instanceof Promise
        ? output.then((output2) => ((payload.value = output2), payload))
        : ((payload.value = output), payload);
    });
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn,
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params)),
    (inst.unwrap = () => inst._zod.def.innerType);
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType,
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params)),
    (inst.unwrap = () => inst._zod.def.innerType);
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType,
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params)),
    (inst.unwrap = () => inst._zod.def.innerType);
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType,
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params)),
    (inst.unwrap = () => inst._zod.def.innerType),
    (inst.removeDefault = inst.unwrap);
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue == "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    },
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params)),
    (inst.unwrap = () => inst._zod.def.innerType);
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue == "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    },
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params)),
    (inst.unwrap = () => inst._zod.def.innerType);
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params),
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params)),
    (inst.unwrap = () => inst._zod.def.innerType),
    (inst.removeCatch = inst.unwrap);
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue == "function" ? catchValue : util_exports.constantCatch(catchValue),
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params)),
    (inst.in = def.in),
    (inst.out = def.out);
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out,
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params)),
    (inst.unwrap = () => inst._zod.def.innerType);
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType,
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def),
    ZodType.init(inst, def),
    (inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params));
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/core/dates.ts
function isCalendarDate(text2) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text2)) return !1;
  const t = /* @__PURE__ */ new Date(`${text2}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === text2;
}

// src/data/schema.ts
var number2 = string2()
    .regex(/^-?\d+(\.\d+)?$/, "expected a plain number (digits, optional '-' and '.')")
    .transform(Number)
    .refine(Number.isFinite, "not a finite number (too many digits)"),
  positive = number2.refine((n) => n > 0, "expected a positive number"),
  optional2 = (s) => union([literal("").transform(() => null), s]),
  year = string2()
    .regex(/^\d{4}$/, "expected a four-digit year")
    .transform(Number)
    .refine((y) => y >= 1900 && y <= 2100, "year out of range 1900-2100"),
  month = string2().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM"),
  isoDate = string2()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
    .refine(isCalendarDate, "not a calendar date"),
  text = string2().min(1, "must not be empty"),
  url = string2().regex(/^https?:\/\/\S+$/, "expected an http(s) URL"),
  sourceId = string2().regex(/^census_[a-z0-9_-]+(:(monthly_sum|scraper_annual))?$/, "expected a source_id from SOURCES.md"),
  koreaSourceId = string2().regex(
    /^[a-z][a-z0-9_]+(:(total|sum_of_members|imports_derived))?$/,
    "expected a source_id from SOURCES-korea-side.md",
  ),
  goodsAnnualCsv = object({
    year,
    exports_musd: number2,
    imports_musd: number2,
    balance_musd: number2,
    source_id: sourceId,
  }).transform((r) => ({
    year: r.year,
    exports: r.exports_musd,
    imports: r.imports_musd,
    balance: r.balance_musd,
    sourceId: r.source_id,
  })),
  goodsMonthlyCsv = object({
    month,
    exports_musd: number2,
    imports_musd: number2,
    balance_musd: number2,
    source_id: sourceId,
  }).transform((r) => ({
    month: r.month,
    exports: r.exports_musd,
    imports: r.imports_musd,
    balance: r.balance_musd,
    sourceId: r.source_id,
  })),
  goodsVintageCsv = object({
    year,
    source_id: sourceId,
    exports_musd: number2,
    imports_musd: number2,
    balance_musd: number2,
  }).transform((r) => ({
    year: r.year,
    sourceId: r.source_id,
    exports: r.exports_musd,
    imports: r.imports_musd,
    balance: r.balance_musd,
  }));
function partnerRow(r) {
  return {
    year: r.year,
    partner: r.partner,
    partnerCode: r.partner_code,
    exports: r.exports_musd,
    imports: r.imports_musd,
    balance: r.balance_musd,
    sourceId: r.source_id,
  };
}
var partnerAnnualCsv = object({
    year,
    partner: text,
    partner_code: string2().regex(/^\d{4}$/, "expected a four-digit Census country code"),
    exports_musd: number2,
    imports_musd: number2,
    balance_musd: number2,
    source_id: sourceId,
  }).transform(partnerRow),
  servicesAnnualCsv = object({
    year,
    exports_busd: optional2(number2),
    imports_busd: optional2(number2),
    balance_busd: optional2(number2),
    precision_busd: positive,
    as_of: text,
    publisher_of_figure: text,
    retrieved_from: url,
  }).transform((r) => ({
    year: r.year,
    exports: r.exports_busd,
    imports: r.imports_busd,
    balance: r.balance_busd,
    precision: r.precision_busd,
    asOf: r.as_of,
    publisher: r.publisher_of_figure,
    url: r.retrieved_from,
  })),
  koreaViewCsv = object({
    year,
    flow: _enum(["goods", "services"]),
    exports_to_us_busd: optional2(number2),
    imports_from_us_busd: optional2(number2),
    balance_busd: optional2(number2),
    total_trade_busd: optional2(number2),
    publisher_of_figure: text,
    retrieved_from: url,
  }).transform((r) => ({
    year: r.year,
    flow: r.flow,
    exportsToUs: r.exports_to_us_busd,
    importsFromUs: r.imports_from_us_busd,
    balance: r.balance_busd,
    totalTrade: r.total_trade_busd,
    publisher: r.publisher_of_figure,
    url: r.retrieved_from,
  })),
  koreaGoodsCsv = object({
    year,
    exports_to_us_musd: number2,
    imports_from_us_musd: optional2(number2),
    balance_musd: optional2(number2),
    source_id: koreaSourceId,
  }).transform((r) => ({
    year: r.year,
    exportsToUs: r.exports_to_us_musd,
    importsFromUs: r.imports_from_us_musd,
    balance: r.balance_musd,
    sourceId: r.source_id,
  })),
  koreaPartnerCsv = object({
    year,
    partner: text,
    partner_code: string2().regex(/^[A-Z][A-Z0-9]{2,3}$/, "expected an ISO alpha-3 code (or EU27/EU28, WLD)"),
    exports_musd: number2,
    imports_musd: optional2(number2),
    balance_musd: optional2(number2),
    source_id: koreaSourceId,
  }).transform(partnerRow),
  AUTO_FLOWS = ["exports_to_us", "imports_from_us", "imports_from_korea"],
  autosCsv = object({
    year,
    reporter: _enum(["US", "KR"]),
    flow: _enum(AUTO_FLOWS),
    product: text,
    value_musd: number2,
    source_id: koreaSourceId,
  }).transform((r) => ({
    year: r.year,
    reporter: r.reporter,
    flow: r.flow,
    product: r.product,
    value: r.value_musd,
    sourceId: r.source_id,
  })),
  koreaServicesCsv = object({
    year,
    balance_busd: number2,
    precision_busd: positive,
    as_of: string2().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM"),
    source_id: koreaSourceId,
  }).transform((r) => ({
    year: r.year,
    balance: r.balance_busd,
    precision: r.precision_busd,
    asOf: r.as_of,
    sourceId: r.source_id,
  })),
  fxColumns = {
    krw_per_usd: positive,
    usd_per_eur: optional2(positive),
    eur_per_usd: optional2(positive),
    jpy_per_usd: positive,
    cny_per_usd: positive,
    usd_per_eur_method: _enum(["", "fred_raw", "recovered_unique_inverse", "ambiguous_inverse_left_blank"]),
  },
  fxRow = (r) => ({
    krwPerUsd: r.krw_per_usd,
    usdPerEur: r.usd_per_eur,
    eurPerUsd: r.eur_per_usd,
    jpyPerUsd: r.jpy_per_usd,
    cnyPerUsd: r.cny_per_usd,
    usdPerEurMethod: r.usd_per_eur_method === "" ? null : r.usd_per_eur_method,
  }),
  fxAnnualCsv = object({ year, ...fxColumns }).transform((r) => ({ year: r.year, ...fxRow(r) })),
  fxMonthlyCsv = object({ month, ...fxColumns }).transform((r) => ({ month: r.month, ...fxRow(r) })),
  fxDailyCsv = object({
    date: isoDate,
    ecb_usd_per_eur: positive,
    ecb_krw_per_eur: positive,
    ecb_jpy_per_eur: positive,
    ecb_cny_per_eur: positive,
    fed_h10_usd_per_eur: optional2(positive),
    fed_h10_krw_per_usd: optional2(positive),
  }).transform((r) => ({
    date: r.date,
    ecbUsdPerEur: r.ecb_usd_per_eur,
    ecbKrwPerEur: r.ecb_krw_per_eur,
    ecbJpyPerEur: r.ecb_jpy_per_eur,
    ecbCnyPerEur: r.ecb_cny_per_eur,
    fedUsdPerEur: r.fed_h10_usd_per_eur,
    fedKrwPerUsd: r.fed_h10_krw_per_usd,
  })),
  cpiCsv = object({
    year,
    cpi_u_1982_84_100: positive,
    months_averaged: string2().regex(/^(1[0-2]|[1-9])$/, "expected 1-12"),
  }).transform((r) => ({ year: r.year, index: r.cpi_u_1982_84_100, monthsAveraged: Number(r.months_averaged) })),
  anchor2 = union([
    literal("").transform(() => null),
    string2().regex(/^[a-z]+(-[a-z]+)*$/, "expected an empty cell or a kebab-case anchor name"),
  ]),
  timelineCsv = object({
    date: isoDate,
    event: text,
    actors: text,
    source_url: url,
    source_title: text,
    anchor: anchor2,
  }).transform((r) => ({
    date: r.date,
    event: r.event,
    actors: r.actors,
    sourceUrl: r.source_url,
    sourceTitle: r.source_title,
    anchor: r.anchor,
  })),
  sourceInfo = object({
    publisher: text,
    title: text,
    vintage: text,
    url,
    retrieved: text,
    knownBy: isoDate,
  }),
  period = string2().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "expected YYYY or YYYY-MM"),
  datasetInfo = object({
    id: text,
    file: string2().regex(/^[a-z0-9_-]+\.(csv|json)$/, "expected a file name in data/"),
    title: text,
    table: text,
    publisher: text,
    unit: text,
    basis: text,
    vintage: text.optional(),
    url: url.nullable(),
    notes: string2(),
    periodNotes: array(object({ from: period, to: period, note: text })).optional(),
    /** periods known to be missing from the file (src/data/validate.ts accepts no other gap) */
    gaps: array(object({ from: period, to: period, note: text, group: text.optional() })).optional(),
    /** goods_monthly: years whose twelve months come from another release than the annual total */
    sumsDifferFromAnnual: array(object({ from: period, to: period, note: text })).optional(),
    /** goods_vintages: release copies that hold the same values over a span of years (SOURCES.md, Revisions) */
    copiesAgree: array(object({ copies: array(text).min(2), from: period, to: period })).optional(),
  }),
  VALIDATION_FIELDS = ["gaps", "sumsDifferFromAnnual", "copiesAgree"],
  sourcesJson = object({
    $comment: string2().optional(),
    sources: record(string2(), sourceInfo),
    suffixes: record(string2(), text),
    datasets: array(datasetInfo).min(1),
  }),
  FACT_KINDS = ["figure", "event", "position", "quote"],
  ASSESSMENTS = ["imports-by-origin", "auto-share"],
  articleFactsJson = object({
    $comment: string2().optional(),
    article: object({ publisher: text, title: text, date: isoDate, url, byline: text }),
    facts: array(
      object({
        id: string2().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case slug"),
        statement: text,
        quote: text,
        speaker: text,
        refersTo: string2().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4})?$/, "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY/YYYY"),
        kind: _enum(FACT_KINDS),
        claim: text.nullable(),
        assess: _enum(ASSESSMENTS).optional(),
      }),
    )
      .min(1)
      .refine((fs) => new Set(fs.map((f) => f.id)).size === fs.length, "fact ids must be unique"),
  }),
  DATA_FILES = {
    goodsAnnual: { id: "goods_annual", file: "us_korea_goods_annual.csv", schema: goodsAnnualCsv },
    goodsMonthly: { id: "goods_monthly", file: "us_korea_goods_monthly.csv", schema: goodsMonthlyCsv },
    goodsVintages: { id: "goods_vintages", file: "us_korea_goods_annual_vintages.csv", schema: goodsVintageCsv },
    partnersAnnual: { id: "partners_annual", file: "us_partner_goods_annual.csv", schema: partnerAnnualCsv },
    servicesAnnual: { id: "services_annual", file: "us_korea_services_annual.csv", schema: servicesAnnualCsv },
    koreaView: { id: "korea_view_annual", file: "korea_view_us_trade_annual.csv", schema: koreaViewCsv },
    koreaGoods: { id: "korea_goods_annual", file: "korea_view_us_goods_annual.csv", schema: koreaGoodsCsv },
    koreaPartners: { id: "korea_partners_annual", file: "korea_goods_by_partner_annual.csv", schema: koreaPartnerCsv },
    autos: { id: "autos_annual", file: "us_korea_autos_annual.csv", schema: autosCsv },
    koreaServices: { id: "korea_services_balance", file: "korea_view_us_services_balance.csv", schema: koreaServicesCsv },
    fxAnnual: { id: "fx_annual", file: "fx_annual.csv", schema: fxAnnualCsv },
    fxMonthly: { id: "fx_monthly", file: "fx_monthly.csv", schema: fxMonthlyCsv },
    fxDaily: { id: "fx_daily", file: "fx_daily_2017_07.csv", schema: fxDailyCsv },
    cpi: { id: "cpi_u_annual", file: "cpi_u_annual.csv", schema: cpiCsv },
    timeline: { id: "korus_timeline", file: "korus_timeline.csv", schema: timelineCsv },
  };

// src/data/validate.ts
var BALANCE_TOLERANCE = 0.1,
  MONTHLY_SUM_TOLERANCE = 0.2,
  RATE_FACTOR = 2,
  CPI_FACTOR = 1.25,
  MAGNITUDE_LIMIT = 1e9,
  INVERSE_TOLERANCE = 5e-5,
  EPS = 1e-9;
function located(file, line, problem) {
  return new DataError(`${file}:${line}: ${problem}`);
}
var col = (name, get) => ({ name, get });
function goodsRules(period2, group, contiguous) {
  const exports2 = col("exports_musd", (r) => r.exports),
    imports = col("imports_musd", (r) => r.imports);
  return {
    period: period2,
    group,
    unique: !0,
    contiguous,
    nonNegative: [exports2, imports],
    balance: { exports: exports2, imports, balance: col("balance_musd", (r) => r.balance) },
    source: (r) => r.sourceId,
  };
}
var fxColumns2 = () => {
    const usdPerEur = col("usd_per_eur", (r) => r.usdPerEur),
      eurPerUsd = col("eur_per_usd", (r) => r.eurPerUsd);
    return {
      neighbours: {
        columns: [
          col("krw_per_usd", (r) => r.krwPerUsd),
          usdPerEur,
          eurPerUsd,
          col("jpy_per_usd", (r) => r.jpyPerUsd),
          col("cny_per_usd", (r) => r.cnyPerUsd),
        ],
        factor: RATE_FACTOR,
      },
      inverse: [[usdPerEur, eurPerUsd]],
    };
  },
  RULES = {
    goodsAnnual: goodsRules((r) => String(r.year), void 0, !0),
    goodsMonthly: goodsRules((r) => r.month, void 0, !0),
    // several release copies per year; each copy's years need not follow each other
    goodsVintages: goodsRules(
      (r) => String(r.year),
      (r) => r.sourceId,
      !1,
    ),
    partnersAnnual: goodsRules(
      (r) => String(r.year),
      (r) => r.partner,
      !0,
    ),
    // sparse by nature: statements found in stored pages, several per year
    servicesAnnual: {
      period: (r) => String(r.year),
      group: (r) => `${r.publisher} ${r.asOf}`,
      unique: !0,
      contiguous: !1,
      nonNegative: [col("exports_busd", (r) => r.exports), col("imports_busd", (r) => r.imports)],
      balance: {
        exports: col("exports_busd", (r) => r.exports),
        imports: col("imports_busd", (r) => r.imports),
        balance: col("balance_busd", (r) => r.balance),
        precision: (r) => r.precision,
      },
    },
    koreaView: {
      period: (r) => String(r.year),
      group: (r) => r.flow,
      unique: !0,
      contiguous: !1,
      nonNegative: [
        col("exports_to_us_busd", (r) => r.exportsToUs),
        col("imports_from_us_busd", (r) => r.importsFromUs),
        col("total_trade_busd", (r) => r.totalTrade),
      ],
      balance: {
        exports: col("exports_to_us_busd", (r) => r.exportsToUs),
        imports: col("imports_from_us_busd", (r) => r.importsFromUs),
        balance: col("balance_busd", (r) => r.balance),
      },
      total: {
        exports: col("exports_to_us_busd", (r) => r.exportsToUs),
        imports: col("imports_from_us_busd", (r) => r.importsFromUs),
        total: col("total_trade_busd", (r) => r.totalTrade),
      },
    },
    fxAnnual: { period: (r) => String(r.year), unique: !0, contiguous: !0, ...fxColumns2() },
    fxMonthly: { period: (r) => r.month, unique: !0, contiguous: !0, ...fxColumns2() },
    // business days: weekends and holidays are not gaps
    fxDaily: {
      period: (r) => r.date,
      unique: !0,
      contiguous: !1,
      neighbours: {
        columns: [
          col("ecb_usd_per_eur", (r) => r.ecbUsdPerEur),
          col("ecb_krw_per_eur", (r) => r.ecbKrwPerEur),
          col("ecb_jpy_per_eur", (r) => r.ecbJpyPerEur),
          col("ecb_cny_per_eur", (r) => r.ecbCnyPerEur),
          col("fed_h10_usd_per_eur", (r) => r.fedUsdPerEur),
          col("fed_h10_krw_per_usd", (r) => r.fedKrwPerUsd),
        ],
        factor: RATE_FACTOR,
      },
    },
    cpi: {
      period: (r) => String(r.year),
      unique: !0,
      contiguous: !0,
      neighbours: { columns: [col("cpi_u_1982_84_100", (r) => r.index)], factor: CPI_FACTOR },
    },
    // several events can share a date
    timeline: { period: (r) => r.date, unique: !1, contiguous: !1 },
    // Korea's side (SOURCES-korea-side.md): $ millions, imports and balance may be "not found"
    koreaGoods: {
      period: (r) => String(r.year),
      unique: !0,
      contiguous: !0,
      nonNegative: [col("exports_to_us_musd", (r) => r.exportsToUs), col("imports_from_us_musd", (r) => r.importsFromUs)],
      balance: {
        exports: col("exports_to_us_musd", (r) => r.exportsToUs),
        imports: col("imports_from_us_musd", (r) => r.importsFromUs),
        balance: col("balance_musd", (r) => r.balance),
      },
      source: (r) => r.sourceId,
    },
    koreaPartners: {
      period: (r) => String(r.year),
      group: (r) => r.partnerCode,
      unique: !0,
      contiguous: !0,
      nonNegative: [col("exports_musd", (r) => r.exports), col("imports_musd", (r) => r.imports)],
      balance: {
        exports: col("exports_musd", (r) => r.exports),
        imports: col("imports_musd", (r) => r.imports),
        balance: col("balance_musd", (r) => r.balance),
      },
      source: (r) => r.sourceId,
    },
    // one series per reporter, flow and product class
    autos: {
      period: (r) => String(r.year),
      group: (r) => `${r.reporter} ${r.flow} ${r.product}`,
      unique: !0,
      contiguous: !0,
      nonNegative: [col("value_musd", (r) => r.value)],
      source: (r) => r.sourceId,
      // each side reports its own flows: Korea its exports to and imports from the US, the US its imports from Korea
      row: (r) =>
        (r.reporter === "US") == (r.flow === "imports_from_korea")
          ? null
          : `reporter ${r.reporter} cannot report the flow ${r.flow}`,
    },
    // scattered statements of the Bank of Korea, several releases per year
    koreaServices: {
      period: (r) => String(r.year),
      group: (r) => r.asOf,
      unique: !0,
      contiguous: !1,
      source: (r) => r.sourceId,
    },
  },
  inSpan = (p, spans) => spans.some((s) => p >= s.from && p <= s.to);
function checkRows(key, rows, lines, declared) {
  const rules = RULES[key],
    { file, id } = DATA_FILES[key],
    at = (i, problem) => located(file, lines[i] ?? 1, problem),
    gaps = declared.gaps[id] ?? [],
    seen = /* @__PURE__ */ new Map(),
    last = /* @__PURE__ */ new Map(),
    lastValue = /* @__PURE__ */ new Map(),
    labelOf = (r) => {
      const group = rules.group?.(r) ?? "";
      return { period: rules.period(r), group, label: group ? `${rules.period(r)} ${group}` : rules.period(r) };
    };
  rows.forEach((r, i) => {
    const { period: period2, group, label } = labelOf(r);
    if (rules.unique) {
      const k = `${group}\0${period2}`,
        first = seen.get(k);
      if (first !== void 0) throw at(i, `duplicate entry for ${label} (first on line ${lines[first]})`);
      seen.set(k, i);
    }
    const before = last.get(group);
    if (before !== void 0 && !(period2 >= before))
      throw at(i, `${label} is out of order (after ${before}${group ? ` ${group}` : ""})`);
    last.set(group, period2);
  }),
    last.clear(),
    rows.forEach((r, i) => {
      const { period: period2, group, label } = labelOf(r),
        before = last.get(group);
      if ((last.set(group, period2), rules.contiguous && before !== void 0 && period2 !== nextPeriod(before))) {
        const mine = gaps.filter((g) => g.group === void 0 || g.group === group);
        for (let p = nextPeriod(before); p < period2; p = nextPeriod(p))
          if (!inSpan(p, mine))
            throw at(
              i,
              `${label} follows ${before}: ${p} is missing (a gap must be declared in sources.json, datasets ${id}, gaps)`,
            );
      }
      const problem = rules.row?.(r);
      if (problem) throw at(i, `${problem} (${label})`);
      for (const c of rules.nonNegative ?? []) {
        const v = c.get(r);
        if (v !== null && !(v >= 0)) throw at(i, `${c.name}: ${v} is negative (${label}): flows cannot be negative`);
      }
      const b = rules.balance;
      if (b) {
        const [ex, im, bal] = [b.exports.get(r), b.imports.get(r), b.balance.get(r)],
          tol = Math.max(BALANCE_TOLERANCE, b.precision?.(r) ?? 0) + EPS;
        if (ex !== null && im !== null && bal !== null && !(Math.abs(ex - im - bal) <= tol))
          throw at(
            i,
            `${b.balance.name}: ${bal} is not ${b.exports.name} - ${b.imports.name} (${ex} - ${im}) within ${tol - EPS} (${label})`,
          );
      }
      const t = rules.total;
      if (t) {
        const [ex, im, tot] = [t.exports.get(r), t.imports.get(r), t.total.get(r)];
        if (ex !== null && im !== null && tot !== null && !(Math.abs(ex + im - tot) <= BALANCE_TOLERANCE + EPS))
          throw at(i, `${t.total.name}: ${tot} is not ${t.exports.name} + ${t.imports.name} (${ex} + ${im}) (${label})`);
      }
      for (const [a, inv] of rules.inverse ?? []) {
        const [x, y] = [a.get(r), inv.get(r)];
        if (x !== null && y !== null && !(Math.abs(1 / x - y) <= INVERSE_TOLERANCE + EPS))
          throw at(i, `${inv.name}: ${y} is not 1/${a.name} (1/${x} = ${(1 / x).toFixed(6)}) (${label})`);
      }
      const n = rules.neighbours;
      if (n)
        for (const c of n.columns) {
          const v = c.get(r);
          if (v === null) continue;
          const k = `${group}\0${c.name}`,
            before2 = lastValue.get(k);
          if (before2 && !(v <= before2.value * n.factor && v >= before2.value / n.factor))
            throw at(
              i,
              `${c.name}: ${v} (${label}) is not within a factor ${n.factor} of the previous value, ${before2.value} (${before2.period})`,
            );
          lastValue.set(k, { value: v, period: period2 });
        }
    });
  for (const g of gaps) {
    const i = rows.findIndex((r) => inSpan(rules.period(r), [g]) && (g.group === void 0 || g.group === rules.group?.(r)));
    if (i >= 0)
      throw located(
        "sources.json",
        declared.datasetLine(id),
        `datasets ${id}: gaps declares ${g.from}-${g.to} missing, but ${file}:${lines[i]} has ${rules.period(rows[i])}`,
      );
  }
}
function checkFinite(key, rows, lines) {
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r))
      if (typeof v == "number" && !(Math.abs(v) < MAGNITUDE_LIMIT))
        throw located(
          DATA_FILES[key].file,
          lines[i] ?? 1,
          Number.isFinite(v)
            ? `${k}: ${v} is beyond any plausible value (${MAGNITUDE_LIMIT})`
            : `${k}: ${v} is not a finite number`,
        );
  });
}
var loc = (key, lines, i) => `${DATA_FILES[key].file}:${lines[key][i] ?? 1}`,
  goodsKey = (r) => `${r.exports}/${r.imports}/${r.balance}`,
  sumTenths = (xs) => Math.round(xs.reduce((s, x) => s + Math.round(x * 10), 0)) / 10,
  CROSS_CHECKS = [
    {
      rule: "every dataset file has an entry in sources.json",
      check: (_ds, _lines, d) => {
        for (const spec of Object.values(DATA_FILES))
          if (!d.datasetIds.includes(spec.id))
            throw located("sources.json", d.datasetLine("datasets"), `datasets: no entry for ${spec.id} (${spec.file})`);
      },
    },
    {
      rule: "every source_id is described in sources.json",
      check: (ds, lines, d) => {
        for (const key of Object.keys(DATA_FILES)) {
          const source = RULES[key].source;
          source &&
            ds[key].forEach((r, i) => {
              const id = source(r);
              if (!d.sources.has(id.split(":")[0]))
                throw new DataError(`${loc(key, lines, i)}: source_id ${id} is not described in sources.json`);
            });
        }
      },
    },
    {
      rule: "a partner keeps one Census code",
      check: (ds, lines) => {
        const codes = /* @__PURE__ */ new Map();
        ds.partnersAnnual.forEach((r, i) => {
          const code = codes.get(r.partner) ?? r.partnerCode;
          if (code !== r.partnerCode)
            throw new DataError(`${loc("partnersAnnual", lines, i)}: ${r.partner} has code ${r.partnerCode}, earlier ${code}`);
          codes.set(r.partner, code);
        });
      },
    },
    {
      rule: "the subject's rows of the partners file equal the annual goods file, year by year",
      check: (ds, lines) => {
        subjectOf(ds, lines);
      },
    },
    {
      rule: `the twelve months of a year add up to its annual total within ${MONTHLY_SUM_TOLERANCE}, except years sources.json declares (goods_monthly, sumsDifferFromAnnual)`,
      check: (ds, lines, d) => {
        ds.goodsAnnual.forEach((a, ai) => {
          const idx = [];
          if (
            (ds.goodsMonthly.forEach((m, i) => {
              m.month.startsWith(`${a.year}-`) && idx.push(i);
            }),
            !(idx.length !== 12 || inSpan(String(a.year), d.sumsDiffer)))
          )
            for (const k of ["exports", "imports"]) {
              const sum = sumTenths(idx.map((i) => ds.goodsMonthly[i][k]));
              if (!(Math.abs(sum - a[k]) <= MONTHLY_SUM_TOLERANCE + EPS))
                throw new DataError(
                  `${loc("goodsMonthly", lines, idx[0])}: the months of ${a.year} sum to ${k} ${sum}, but ${loc("goodsAnnual", lines, ai)} has ${a[k]} (more than ${MONTHLY_SUM_TOLERANCE} apart; years from another release are declared in sources.json, goods_monthly, sumsDifferFromAnnual)`,
                );
            }
        });
      },
    },
    {
      rule: "a release copy's value in the vintages file equals the annual file's value from the same copy, and copies declared to agree (goods_vintages, copiesAgree) hold equal values",
      check: (ds, lines, d) => {
        const annual = new Map(ds.goodsAnnual.map((r, i) => [r.year, { r, i }])),
          byYear = /* @__PURE__ */ new Map();
        ds.goodsVintages.forEach((v, i) => {
          byYear.set(`${v.year} ${v.sourceId.split(":")[0]}`, i);
          const a = annual.get(v.year);
          if (a && a.r.sourceId === v.sourceId && goodsKey(a.r) !== goodsKey(v))
            throw new DataError(
              `${loc("goodsVintages", lines, i)}: ${v.year} ${v.sourceId} is ${goodsKey(v)} (exports/imports/balance), but ${loc("goodsAnnual", lines, a.i)} from the same copy has ${goodsKey(a.r)}`,
            );
        });
        for (const agree of d.copiesAgree) {
          const [first, ...others] = agree.copies;
          for (const [k, i] of byYear) {
            const [year2, copy] = k.split(" ");
            if (!(copy !== first || !inSpan(year2, [agree])))
              for (const other of others) {
                const j = byYear.get(`${year2} ${other}`);
                if (j === void 0) continue;
                const [x, y] = [ds.goodsVintages[i], ds.goodsVintages[j]];
                if (goodsKey(x) !== goodsKey(y))
                  throw new DataError(
                    `${loc("goodsVintages", lines, Math.max(i, j))}: ${year2}: ${first} (${goodsKey(x)}) and ${other} (${goodsKey(y)}) differ, but sources.json declares them equal for ${agree.from}-${agree.to}`,
                  );
              }
          }
        }
      },
    },
    {
      rule: "Korea's rows for the US in its partners file equal its US file, in every year both hold",
      check: (ds, lines) => {
        const us = new Map(ds.koreaGoods.map((r, i) => [r.year, { key: `${r.exportsToUs}/${r.importsFromUs}/${r.balance}`, i }]));
        ds.koreaPartners.forEach((p, i) => {
          if (p.partnerCode !== "USA") return;
          const a = us.get(p.year),
            key = `${p.exports}/${p.imports}/${p.balance}`;
          if (a && a.key !== key)
            throw new DataError(
              `${loc("koreaPartners", lines, i)}: United States ${p.year} is ${key} (exports/imports/balance), but ${loc("koreaGoods", lines, a.i)} has ${a.key}`,
            );
        });
      },
    },
    {
      rule: `the timeline has the anchors korus relies on (${["talks-launched", "in-force"].join(", ")}), each once`,
      check: (ds, lines) => {
        const anchors = /* @__PURE__ */ new Set();
        ds.timeline.forEach((e, i) => {
          if (e.anchor !== null) {
            if (anchors.has(e.anchor)) throw new DataError(`${loc("timeline", lines, i)}: anchor ${e.anchor} is used twice`);
            anchors.add(e.anchor);
          }
        });
        for (const a of REQUIRED_ANCHORS)
          if (!anchors.has(a))
            throw located(
              DATA_FILES.timeline.file,
              1,
              `no event has the anchor ${a} (korus needs ${REQUIRED_ANCHORS.join(", ")}, column anchor)`,
            );
      },
    },
  ],
  REQUIRED_ANCHORS = ["talks-launched", "in-force"];
function subjectOf(ds, lines) {
  const annual = new Map(ds.goodsAnnual.map((r, i) => [r.year, { r, i }])),
    score = /* @__PURE__ */ new Map();
  for (const p of ds.partnersAnnual) {
    const a = annual.get(p.year);
    score.set(p.partner, (score.get(p.partner) ?? 0) + (a && goodsKey(a.r) === goodsKey(p) ? 1 : 0));
  }
  const best = [...score.entries()].sort((x, y) => y[1] - x[1])[0];
  if (!best || best[1] === 0)
    throw located(
      DATA_FILES.partnersAnnual.file,
      1,
      `no partner's rows equal ${DATA_FILES.goodsAnnual.file} in any year (the subject's rows must match it)`,
    );
  const subject = best[0],
    years = /* @__PURE__ */ new Set();
  return (
    ds.partnersAnnual.forEach((p, i) => {
      if (p.partner !== subject) return;
      years.add(p.year);
      const a = annual.get(p.year);
      if (!a)
        throw new DataError(
          `${loc("partnersAnnual", lines, i)}: ${subject} ${p.year} has no row in ${DATA_FILES.goodsAnnual.file}, which the subject's rows must equal`,
        );
      if (goodsKey(a.r) !== goodsKey(p))
        throw new DataError(
          `${loc("partnersAnnual", lines, i)}: ${subject} ${p.year} is ${goodsKey(p)} (exports/imports/balance), but ${loc("goodsAnnual", lines, a.i)} has ${goodsKey(a.r)}`,
        );
    }),
    ds.goodsAnnual.forEach((a, i) => {
      if (!years.has(a.year))
        throw new DataError(
          `${loc("goodsAnnual", lines, i)}: ${a.year} has no ${subject} row in ${DATA_FILES.partnersAnnual.file}`,
        );
    }),
    subject
  );
}
function validateDataset(ds, lines, declared) {
  for (const key of Object.keys(DATA_FILES)) checkFinite(key, ds[key], lines[key]), checkRows(key, ds[key], lines[key], declared);
  for (const c of CROSS_CHECKS) c.check(ds, lines, declared);
  return subjectOf(ds, lines);
}

// src/data/load-dir.ts
function loadDataDir(dir) {
  const rows = {},
    lines = {};
  for (const [key, spec] of Object.entries(DATA_FILES)) {
    const read = readCsvFile(dir, spec.file, spec.schema);
    (rows[key] = read.rows), (lines[key] = read.lines);
  }
  const sourcesText = readText(dir, "sources.json"),
    sources = readJsonFile("sources.json", sourcesText, sourcesJson),
    article = readJsonFile("article-facts.json", readText(dir, "article-facts.json"), articleFactsJson),
    raw = { ...rows, article, meta: { sources: sources.sources } },
    lineOf = jsonLines(sourcesText),
    entry = (id) => sources.datasets.find((d) => d.id === id),
    subject = validateDataset(raw, lines, {
      gaps: Object.fromEntries(sources.datasets.map((d) => [d.id, d.gaps ?? []])),
      datasetLine: (id) => {
        const i = sources.datasets.findIndex((d) => d.id === id);
        return lineOf(i < 0 ? "datasets" : `datasets.${i}`);
      },
      sumsDiffer: entry(DATA_FILES.goodsMonthly.id)?.sumsDifferFromAnnual ?? [],
      copiesAgree: entry(DATA_FILES.goodsVintages.id)?.copiesAgree ?? [],
      sources: new Set(Object.keys(sources.sources)),
      datasetIds: sources.datasets.map((d) => d.id),
    }),
    facts = deriveFacts(raw, subject),
    entries = sources.datasets.map((d) => {
      const shown = { ...d };
      for (const f of VALIDATION_FIELDS) delete shown[f];
      return shown;
    }),
    datasets = describeDatasets(raw, entries, facts);
  return { ...raw, meta: { ...sources, datasets }, facts };
}
function readText(dir, file) {
  try {
    return (0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, file), "utf8");
  } catch (e) {
    const code = e.code;
    throw located(file, 1, `cannot read (${code === "ENOENT" ? "file missing" : code}) in ${dir}`);
  }
}
function readCsvFile(dir, file, schema) {
  let text2 = readText(dir, file),
    table;
  try {
    table = parseCsv(text2);
  } catch (e) {
    throw e instanceof CsvError ? located(file, e.line, e.message) : e;
  }
  const expected = Object.keys(schema.in.shape);
  if (table.header.join(",") !== expected.join(","))
    throw located(file, 1, `header is "${table.header.join(",")}", expected "${expected.join(",")}"`);
  if (table.records.length === 0) throw located(file, 2, "no data rows");
  return {
    rows: table.records.map((rec) => {
      const parsed = schema.safeParse(rec.values);
      if (!parsed.success) {
        const issue2 = parsed.error.issues[0],
          column = String(issue2.path[0] ?? "row"),
          raw = rec.values[column],
          got = raw === void 0 ? "" : ` (got ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}\u2026` : raw)})`;
        throw located(file, rec.line, `${column}: ${issue2.message}${got}`);
      }
      return parsed.data;
    }),
    lines: table.records.map((r) => r.line),
  };
}
function readJsonFile(file, raw, schema) {
  let text2 = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw,
    value;
  try {
    value = JSON.parse(text2);
  } catch (e) {
    const message = e.message,
      pos = /position (\d+)/.exec(message),
      line = pos
        ? text2.slice(0, Number(pos[1])).split(`
`).length
        : 1;
    throw located(file, line, `not valid JSON (${message.replace(/^JSON\.parse: /, "")})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue2 = parsed.error.issues[0],
      path = issue2.path.join(".");
    throw located(file, jsonLines(text2)(path), `${path || "(root)"}: ${issue2.message}`);
  }
  return parsed.data;
}
function jsonLines(text2) {
  let at = /* @__PURE__ */ new Map(),
    i = 0,
    line = 1,
    skip = () => {
      for (; i < text2.length && /\s/.test(text2[i]); i++)
        text2[i] ===
          `
` && line++;
    },
    string3 = () => {
      let s = "";
      for (i++; i < text2.length && text2[i] !== '"'; i++) text2[i] === "\\" && i++, (s += text2[i]);
      return (i++, s);
    },
    value = (path) => {
      skip(), at.has(path) || at.set(path, line);
      const ch = text2[i];
      if (ch === "{" || ch === "[") {
        i++;
        for (let n = 0; skip(), !(text2[i] === "}" || text2[i] === "]" || i >= text2.length); n++) {
          let key = String(n);
          ch === "{" && ((key = string3()), skip(), i++), value(path ? `${path}.${key}` : key), skip(), text2[i] === "," && i++;
        }
        i++;
      } else if (ch === '"') string3();
      else for (; i < text2.length && !/[\s,\]}]/.test(text2[i]); ) i++;
    };
  return (
    value(""),
    (path) => {
      for (let p = path; ; p = p.slice(0, Math.max(0, p.lastIndexOf(".")))) {
        const l = at.get(p);
        if (l !== void 0) return l;
        if (p === "") return 1;
      }
    }
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 &&
  (module.exports = {
    jsonLines,
    loadDataDir,
  });
