/**
 * An in-memory Excel for the add-in's tests: the subset of Office.js that addin/excel-host.ts uses,
 * over plain arrays, with Office.js's batching semantics: calls are queued, `context.sync()` runs
 * the queue in order and only then fills in what was loaded; reading a property that was not
 * loaded and synced throws, as real Excel does. Formulas are calculated (SUM, COUNTIF, COUNTA, IF,
 * comparisons, + - * / &), so totals written by the add-in show values.
 *
 * Used two ways: served in place of Microsoft's office.js to the built task pane in headless
 * Chromium (it installs window.Excel, window.Office and window.__standin), and required from
 * jest in Node (module.exports.createStandIn).
 */
(function (root) {
  'use strict';

  // ------------------------------------------------------------------------------------------
  // A1 addressing
  // ------------------------------------------------------------------------------------------

  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function colLetter(col) {
    let n = col + 1;
    let s = '';
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function a1(row, col) {
    return colLetter(col) + (row + 1);
  }
  function rangeA1(r) {
    const s = a1(r.top, r.left);
    const e = a1(r.bottom, r.right);
    return s === e ? s : s + ':' + e;
  }
  /** "A1", "A1:C3", "D:D", "4:5"; a sheet prefix is dropped. */
  function parseRange(address) {
    const text = String(address).replace(/^.*!/, '').replace(/\$/g, '').trim();
    const [s, e = s] = text.split(':');
    const part = (p, end) => {
      let m = /^([A-Z]{1,3})(\d+)$/i.exec(p);
      if (m) return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
      m = /^([A-Z]{1,3})$/i.exec(p);
      if (m) return { row: end ? 1048575 : 0, col: colIndex(m[1]) };
      m = /^(\d+)$/.exec(p);
      if (m) return { row: Number(m[1]) - 1, col: end ? 16383 : 0 };
      throw standInError('InvalidArgument', 'Not an address: ' + address);
    };
    const p = part(s, false);
    const q = part(e, true);
    return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
  }
  function intersects(a, b) {
    return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  }
  function standInError(code, message) {
    const e = new Error(message);
    e.code = code;
    e.name = 'RichApi.Error';
    return e;
  }

  // ------------------------------------------------------------------------------------------
  // Formulas
  // ------------------------------------------------------------------------------------------

  function tokenize(src) {
    const tokens = [];
    let i = 0;
    while (i < src.length) {
      const ch = src[i];
      if (/\s/.test(ch)) {
        i++;
        continue;
      }
      if (ch === '"') {
        let s = '';
        i++;
        while (i < src.length) {
          if (src[i] === '"' && src[i + 1] === '"') {
            s += '"';
            i += 2;
          } else if (src[i] === '"') {
            i++;
            break;
          } else s += src[i++];
        }
        tokens.push({ t: 'str', v: s });
        continue;
      }
      const ref = /^(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_\u0E00-\u0E7F.]+)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/.exec(src.slice(i));
      if (ref && !/^[A-Z]+\(/i.test(src.slice(i))) {
        tokens.push({ t: 'ref', v: ref[0] });
        i += ref[0].length;
        continue;
      }
      const num = /^\d+(?:\.\d+)?/.exec(src.slice(i));
      if (num) {
        tokens.push({ t: 'num', v: Number(num[0]) });
        i += num[0].length;
        continue;
      }
      const name = /^[A-Z][A-Z0-9.]*/i.exec(src.slice(i));
      if (name) {
        tokens.push({ t: 'name', v: name[0].toUpperCase() });
        i += name[0].length;
        continue;
      }
      if ('+-*/&(),=<>'.includes(ch)) {
        tokens.push({ t: 'op', v: ch });
        i++;
        continue;
      }
      throw new Error('Formula not understood at: ' + src.slice(i));
    }
    return tokens;
  }

  function wildcard(criterion) {
    let re = '';
    for (let i = 0; i < criterion.length; i++) {
      const ch = criterion[i];
      if (ch === '~' && i + 1 < criterion.length && '*?~'.includes(criterion[i + 1])) re += '\\' + criterion[++i];
      else if (ch === '*') re += '[\\s\\S]*';
      else if (ch === '?') re += '[\\s\\S]';
      else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp('^' + re + '$', 'iu');
  }

  function countIfMatch(value, criterion) {
    if (value === '' || value === null || value === undefined) return false;
    if (typeof criterion === 'boolean') return value === criterion;
    if (typeof criterion === 'number') return value === criterion || (typeof value === 'string' && value.trim() === String(criterion));
    if (typeof value !== 'string') return String(value) === criterion;
    return wildcard(criterion).test(value);
  }

  /** Evaluates a formula on a sheet; `cellValue(sheet, row, col)` gives other cells' values. */
  function evaluate(formula, sheet, cellValue) {
    const tokens = tokenize(formula.replace(/^=/, ''));
    let p = 0;
    const peek = () => tokens[p];
    const take = () => tokens[p++];
    const isErr = (v) => typeof v === 'string' && /^#[A-Z/0!?]+[!?A-Z]*$/.test(v);
    const num = (v) => {
      if (typeof v === 'number') return v;
      if (v === '' || v === null) return 0;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (isErr(v)) return v;
      const n = Number(String(v).replace(/,/g, ''));
      return Number.isFinite(n) && String(v).trim() !== '' ? n : '#VALUE!';
    };
    function refRange(text) {
      const m = /^(?:('(?:[^']|'')+'|[^!]+)!)?(.*)$/.exec(text);
      const name = m[1] ? m[1].replace(/^'|'$/g, '').replace(/''/g, "'") : null;
      return { sheet: name || sheet, range: parseRange(m[2]) };
    }
    function rangeValues(ref) {
      const out = [];
      for (let r = ref.range.top; r <= ref.range.bottom; r++) for (let c = ref.range.left; c <= ref.range.right; c++) out.push(cellValue(ref.sheet, r, c));
      return out;
    }
    function primary() {
      const tk = take();
      if (!tk) throw new Error('Formula ends too early: ' + formula);
      if (tk.t === 'num') return tk.v;
      if (tk.t === 'str') return tk.v;
      if (tk.t === 'op' && tk.v === '(') {
        const v = compare();
        take();
        return v;
      }
      if (tk.t === 'op' && tk.v === '-') {
        const v = num(primary());
        return isErr(v) ? v : -v;
      }
      if (tk.t === 'ref') {
        const ref = refRange(tk.v);
        const r = ref.range;
        if (r.top === r.bottom && r.left === r.right) return cellValue(ref.sheet, r.top, r.left);
        return { ref };
      }
      if (tk.t === 'name') {
        if (tk.v === 'TRUE') return true;
        if (tk.v === 'FALSE') return false;
        take(); // (
        const args = [];
        if (!(peek() && peek().t === 'op' && peek().v === ')')) {
          for (;;) {
            if (peek() && peek().t === 'ref') {
              const ref = refRange(take().v);
              args.push({ ref });
            } else args.push(compare());
            if (peek() && peek().t === 'op' && peek().v === ',') take();
            else break;
          }
        }
        take(); // )
        return call(tk.v, args);
      }
      throw new Error('Unexpected ' + JSON.stringify(tk) + ' in ' + formula);
    }
    function call(name, args) {
      const flat = (a) => (a && a.ref ? rangeValues(a.ref) : [a]);
      if (name === 'SUM') {
        let s = 0;
        for (const a of args) {
          for (const v of flat(a)) {
            if (isErr(v)) return v;
            if (typeof v === 'number') s += v;
          }
        }
        return s;
      }
      if (name === 'COUNTA') return args.flatMap(flat).filter((v) => v !== '' && v !== null && v !== undefined).length;
      if (name === 'COUNTIF') {
        const criterion = args[1] && args[1].ref ? rangeValues(args[1].ref)[0] : args[1];
        return flat(args[0]).filter((v) => countIfMatch(v, criterion)).length;
      }
      if (name === 'IF') {
        const test = args[0];
        if (isErr(test)) return test;
        const yes = typeof test === 'string' ? test.toUpperCase() !== 'FALSE' && test !== '' : Boolean(num(test));
        return yes ? (args.length > 1 ? args[1] : true) : args.length > 2 ? args[2] : false;
      }
      return '#NAME?';
    }
    function unary() {
      return primary();
    }
    function product() {
      let v = unary();
      while (peek() && peek().t === 'op' && (peek().v === '*' || peek().v === '/')) {
        const op = take().v;
        const a = num(v);
        const b = num(unary());
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        v = op === '*' ? a * b : b === 0 ? '#DIV/0!' : a / b;
      }
      return v;
    }
    function sum() {
      let v = product();
      while (peek() && peek().t === 'op' && (peek().v === '+' || peek().v === '-')) {
        const op = take().v;
        const a = num(v);
        const b = num(product());
        if (isErr(a)) v = a;
        else if (isErr(b)) v = b;
        else v = op === '+' ? a + b : a - b;
      }
      return v;
    }
    function concat() {
      let v = sum();
      while (peek() && peek().t === 'op' && peek().v === '&') {
        take();
        const b = sum();
        v = (v === null ? '' : String(v)) + (b === null ? '' : String(b));
      }
      return v;
    }
    /** Excel's comparisons, below & in precedence: = <> < > <= >=. */
    function compare() {
      let v = concat();
      while (peek() && peek().t === 'op' && '<>='.includes(peek().v)) {
        let op = take().v;
        if ((op === '<' || op === '>') && peek() && peek().t === 'op' && (peek().v === '=' || (op === '<' && peek().v === '>'))) op += take().v;
        const b = concat();
        if (isErr(v)) return v;
        if (isErr(b)) return b;
        const both = typeof v === 'number' && typeof b === 'number';
        const x = both ? v : String(v === null ? '' : v).toLowerCase();
        const y = both ? b : String(b === null ? '' : b).toLowerCase();
        v = { '=': x === y, '<>': x !== y, '<': x < y, '>': x > y, '<=': x <= y, '>=': x >= y }[op];
      }
      return v;
    }
    const result = compare();
    if (result && result.ref) return '#VALUE!';
    return result;
  }

  // ------------------------------------------------------------------------------------------
  // The workbook model
  // ------------------------------------------------------------------------------------------

  function newSheet(name) {
    return {
      name,
      cells: new Map(),
      merges: [],
      cfs: [],
      validations: [],
      freezeRows: 0,
      page: {},
      columnWidths: {},
      autofitted: [],
    };
  }

  function createStandIn(options) {
    const opts = Object.assign({ apiVersion: '1.17', sheets: ['Sheet1'] }, options || {});
    const model = {
      sheets: opts.sheets.map(newSheet),
      active: 0,
      selection: null,
      syncs: 0,
      implicitSyncs: 0,
      suspends: 0,
      nextCf: 1,
    };

    const key = (r, c) => r + ',' + c;
    const sheetByName = (name) => model.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase()) || null;
    const cellOf = (sheet, r, c, create) => {
      let cell = sheet.cells.get(key(r, c));
      if (!cell && create) {
        cell = { value: '', formula: null, numberFormat: 'General', format: {} };
        sheet.cells.set(key(r, c), cell);
      }
      return cell || null;
    };

    // Values: formulas calculated on demand, memoised per read.
    function valueOf(sheet, r, c, memo, depth) {
      const cell = cellOf(sheet, r, c, false);
      if (!cell) return '';
      if (!cell.formula) return cell.value;
      const k = sheet.name + '!' + key(r, c);
      if (memo.has(k)) return memo.get(k);
      if (depth > 50) return '#REF!';
      memo.set(k, '#CIRC!');
      let v;
      try {
        v = evaluate(cell.formula, sheet.name, (sn, rr, cc) => {
          const s = sheetByName(sn);
          return s ? valueOf(s, rr, cc, memo, depth + 1) : '#REF!';
        });
      } catch (e) {
        v = '#NAME?';
      }
      memo.set(k, v);
      return v;
    }

    /** What typing (or writing `values`) puts in a cell: formulas, numbers from numeric text, text after an apostrophe. */
    function enter(sheet, r, c, input, asFormula) {
      const cell = cellOf(sheet, r, c, true);
      if (input === null || input === undefined || input === '') {
        cell.value = '';
        cell.formula = null;
        return;
      }
      if (typeof input === 'string') {
        if (input.startsWith("'")) {
          cell.value = input.slice(1);
          cell.formula = null;
          return;
        }
        if (input.startsWith('=') && input.length > 1) {
          cell.formula = input;
          cell.value = '';
          return;
        }
        if (cell.numberFormat !== '@' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(input)) {
          cell.value = Number(input);
          cell.formula = null;
          return;
        }
      }
      void asFormula;
      cell.value = input;
      cell.formula = null;
    }

    function usedBounds(sheet, valuesOnly) {
      let b = null;
      for (const [k, cell] of sheet.cells) {
        const has = cell.formula || cell.value !== '' || (!valuesOnly && (Object.keys(cell.format).length > 0 || cell.numberFormat !== 'General'));
        if (!has) continue;
        const [r, c] = k.split(',').map(Number);
        if (!b) b = { top: r, left: c, bottom: r, right: c };
        else {
          b.top = Math.min(b.top, r);
          b.left = Math.min(b.left, c);
          b.bottom = Math.max(b.bottom, r);
          b.right = Math.max(b.right, c);
        }
      }
      return b;
    }

    function forEachCell(range, fn) {
      for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) fn(r, c);
    }

    // --------------------------------------------------------------------------------------
    // Proxies: queued calls, loaded snapshots
    // --------------------------------------------------------------------------------------

    function makeContext() {
      const ctx = { queue: [], loaded: [] };
      ctx.enqueue = (fn) => ctx.queue.push(fn);
      ctx.sync = async () => {
        model.syncs++;
        flush(ctx);
      };
      ctx.application = {
        suspendScreenUpdatingUntilNextSync() {
          model.suspends++;
        },
        suspendApiCalculationUntilNextSync() {},
      };
      ctx.workbook = {
        worksheets: worksheetCollection(ctx),
        getSelectedRange() {
          const ws = sheetProxy(ctx, () => model.sheets[model.active]);
          return rangeProxy(ctx, ws, () => (model.selection ? parseRange(model.selection.address) : { top: 0, left: 0, bottom: 0, right: 0 }));
        },
      };
      return ctx;
    }

    function flush(ctx) {
      const queue = ctx.queue;
      ctx.queue = [];
      for (const op of queue) op();
    }

    /** A property readable only after load + sync. */
    function loadable(obj, name) {
      Object.defineProperty(obj, name, {
        configurable: true,
        enumerable: true,
        get() {
          if (!(name in obj._snap)) throw standInError('PropertyNotLoaded', `The property '${name}' is not available. Call load and sync first.`);
          return obj._snap[name];
        },
      });
    }

    function sheetProxy(ctx, resolve, nullable) {
      const proxy = { _snap: {}, _sheet: undefined };
      const pin = () => {
        if (proxy._sheet === undefined) {
          const s = resolve();
          if (!s && !nullable) throw standInError('ItemNotFound', 'The requested resource does not exist.');
          proxy._sheet = s || null;
        }
        return proxy._sheet;
      };
      ctx.enqueue(pin);
      proxy._pin = pin;
      loadable(proxy, 'name');
      loadable(proxy, 'isNullObject');
      loadable(proxy, 'visibility');
      proxy.load = (props) => {
        ctx.enqueue(() => {
          const s = pin();
          proxy._snap.isNullObject = !s;
          if (s) {
            proxy._snap.name = s.name;
            proxy._snap.visibility = 'Visible';
          }
        });
        return proxy;
      };
      const withSheet = (fn) => ctx.enqueue(() => {
        const s = pin();
        if (s) fn(s);
      });
      proxy.getRange = (address) => rangeProxy(ctx, proxy, () => (address ? parseRange(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 }));
      proxy.getRangeByIndexes = (r, c, h, w) => rangeProxy(ctx, proxy, () => ({ top: r, left: c, bottom: r + h - 1, right: c + w - 1 }));
      proxy.getRanges = (addresses) => areasProxy(ctx, proxy, () => String(addresses).split(',').map(parseRange));
      proxy.getUsedRange = (valuesOnly) => rangeProxy(ctx, proxy, () => usedBounds(pin(), valuesOnly) || { top: 0, left: 0, bottom: 0, right: 0 });
      proxy.getUsedRangeOrNullObject = (valuesOnly) => rangeProxy(ctx, proxy, () => (pin() ? usedBounds(pin(), valuesOnly) : null), true);
      proxy.activate = () => withSheet((s) => {
        model.active = model.sheets.indexOf(s);
      });
      proxy.freezePanes = {
        freezeRows: (n) => withSheet((s) => {
          s.freezeRows = n;
        }),
      };
      const page = {};
      for (const prop of ['orientation', 'paperSize', 'zoom']) {
        Object.defineProperty(page, prop, {
          set(v) {
            withSheet((s) => {
              s.page[prop] = v;
            });
          },
        });
      }
      page.setPrintTitleRows = (rows) => withSheet((s) => {
        s.page.printTitleRows = rows;
      });
      const headers = {};
      for (const prop of ['centerHeader', 'centerFooter']) {
        Object.defineProperty(headers, prop, {
          set(v) {
            withSheet((s) => {
              s.page[prop] = v;
            });
          },
        });
      }
      page.headersFooters = { defaultForAllPages: headers };
      proxy.pageLayout = page;
      return proxy;
    }

    function worksheetCollection(ctx) {
      const coll = { _snap: {} };
      loadable(coll, 'items');
      coll.load = () => {
        ctx.enqueue(() => {
          coll._snap.items = model.sheets.map((s) => {
            const p = sheetProxy(ctx, () => s);
            p._sheet = s;
            p._snap.name = s.name;
            p._snap.isNullObject = false;
            p._snap.visibility = 'Visible';
            return p;
          });
        });
        return coll;
      };
      coll.getActiveWorksheet = () => sheetProxy(ctx, () => model.sheets[model.active]);
      coll.getItem = (name) => sheetProxy(ctx, () => sheetByName(name));
      coll.getItemOrNullObject = (name) => sheetProxy(ctx, () => sheetByName(name), true);
      coll.add = (name) => {
        ctx.enqueue(() => {
          if (sheetByName(name)) throw standInError('ItemAlreadyExists', 'A sheet named ' + name + ' exists');
          model.sheets.push(newSheet(name));
        });
        return sheetProxy(ctx, () => sheetByName(name));
      };
      return coll;
    }

    function formatProxy(ctx, each, whole) {
      const setter = (obj, prop, apply) =>
        Object.defineProperty(obj, prop, {
          enumerable: true,
          set(v) {
            each((cell) => apply(cell, v));
          },
        });
      const font = {};
      for (const prop of ['bold', 'italic', 'size', 'name', 'color']) setter(font, prop, (cell, v) => (cell.format['font.' + prop] = v));
      const fill = {};
      setter(fill, 'color', (cell, v) => (cell.format.fill = v));
      const format = { font, fill };
      setter(format, 'horizontalAlignment', (cell, v) => (cell.format.hAlign = v));
      setter(format, 'verticalAlignment', (cell, v) => (cell.format.vAlign = v));
      setter(format, 'wrapText', (cell, v) => (cell.format.wrap = v));
      Object.defineProperty(format, 'columnWidth', {
        set(v) {
          whole((sheet, range) => {
            for (let c = range.left; c <= range.right; c++) sheet.columnWidths[colLetter(c)] = v;
          });
        },
      });
      format.autofitRows = () => whole((sheet, range) => sheet.autofitted.push(rangeA1(range)));
      format.borders = {
        getItem(edge) {
          const border = {};
          for (const prop of ['style', 'weight', 'color']) {
            Object.defineProperty(border, prop, {
              set(v) {
                whole((sheet, range) => {
                  forEachCell(range, (r, c) => {
                    const cell = cellOf(sheet, r, c, true);
                    cell.format['border.' + edge + '.' + prop] = v;
                  });
                });
              },
            });
          }
          return border;
        },
      };
      void ctx;
      return format;
    }

    function conditionalFormats(ctx, sheetP, resolveAreas) {
      const coll = { _snap: {} };
      loadable(coll, 'items');
      coll.load = () => {
        ctx.enqueue(() => {
          const sheet = sheetP._pin();
          const areas = resolveAreas();
          const found = sheet ? sheet.cfs.filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b)))) : [];
          coll._snap.items = found.map((cf) => cfProxy(ctx, sheet, cf, true));
        });
        return coll;
      };
      coll.add = (type) => {
        const record = { id: '{cf-' + model.nextCf++ + '}', type, areas: [], formula: null, fill: null, font: null };
        ctx.enqueue(() => {
          const sheet = sheetP._pin();
          record.areas = resolveAreas();
          sheet.cfs.push(record);
        });
        return cfProxy(ctx, null, record, false);
      };
      return coll;
    }

    function cfProxy(ctx, sheet, record, loaded) {
      const proxy = { _snap: {} };
      loadable(proxy, 'type');
      loadable(proxy, 'id');
      if (loaded) {
        proxy._snap.type = record.type;
        proxy._snap.id = record.id;
        const custom = { _snap: { isNullObject: record.type !== 'Custom' } };
        loadable(custom, 'isNullObject');
        custom.rule = { _snap: { formula: record.formula } };
        loadable(custom.rule, 'formula');
        proxy._snap.customOrNullObject = custom;
        loadable(proxy, 'customOrNullObject');
      }
      const set = (path) => ({
        set(v) {
          ctx.enqueue(() => {
            record[path] = v;
          });
        },
      });
      const rule = {};
      Object.defineProperty(rule, 'formula', set('formula'));
      const fill = {};
      Object.defineProperty(fill, 'color', set('fill'));
      const font = {};
      Object.defineProperty(font, 'color', set('font'));
      proxy.custom = { rule, format: { fill, font } };
      proxy.delete = () => {
        ctx.enqueue(() => {
          for (const s of model.sheets) s.cfs = s.cfs.filter((cf) => cf !== record);
        });
      };
      proxy.load = () => proxy;
      void sheet;
      return proxy;
    }

    function areasProxy(ctx, sheetP, resolve) {
      let areas = null;
      ctx.enqueue(() => {
        areas = resolve();
      });
      return {
        conditionalFormats: conditionalFormats(ctx, sheetP, () => areas),
      };
    }

    function rangeProxy(ctx, sheetP, resolve, nullable) {
      const proxy = { _snap: {} };
      let range;
      const pin = () => {
        if (range === undefined) range = resolve();
        return range;
      };
      ctx.enqueue(pin);
      for (const prop of ['values', 'formulas', 'numberFormat', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'isNullObject']) {
        const getter = () => {
          if (!(prop in proxy._snap)) throw standInError('PropertyNotLoaded', `The property '${prop}' is not available. Call load and sync first.`);
          return proxy._snap[prop];
        };
        Object.defineProperty(proxy, prop, {
          enumerable: true,
          get: getter,
          set(v) {
            if (prop !== 'values' && prop !== 'formulas' && prop !== 'numberFormat') throw new Error(prop + ' is read-only');
            ctx.enqueue(() => {
              const sheet = sheetP._pin();
              const r = pin();
              if (!sheet || !r) return;
              const h = r.bottom - r.top + 1;
              const w = r.right - r.left + 1;
              const scalar = !Array.isArray(v);
              if (!scalar && (v.length !== h || v.some((row) => row.length !== w))) {
                throw standInError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rangeA1(r)}).`);
              }
              forEachCell(r, (rr, cc) => {
                const input = scalar ? v : v[rr - r.top][cc - r.left];
                if (prop === 'numberFormat') cellOf(sheet, rr, cc, true).numberFormat = input;
                else enter(sheet, rr, cc, input, prop === 'formulas');
              });
            });
          },
        });
      }
      proxy.load = (props) => {
        const wanted = (Array.isArray(props) ? props.join(',') : String(props || '')).split(',').map((s) => s.trim());
        ctx.enqueue(() => {
          const sheet = sheetP._pin();
          const r = pin();
          const isNull = !sheet || !r;
          proxy._snap.isNullObject = isNull;
          if (isNull) {
            if (!nullable) throw standInError('ItemNotFound', 'The requested resource does not exist.');
            return;
          }
          const memo = new Map();
          const grid = (fn) => {
            const rows = [];
            for (let rr = r.top; rr <= r.bottom; rr++) {
              const row = [];
              for (let cc = r.left; cc <= r.right; cc++) row.push(fn(rr, cc));
              rows.push(row);
            }
            return rows;
          };
          for (const w of wanted) {
            if (w === 'values') proxy._snap.values = grid((rr, cc) => valueOf(sheet, rr, cc, memo, 0));
            else if (w === 'formulas') proxy._snap.formulas = grid((rr, cc) => {
              const cell = cellOf(sheet, rr, cc, false);
              return cell ? cell.formula || cell.value : '';
            });
            else if (w === 'numberFormat') proxy._snap.numberFormat = grid((rr, cc) => {
              const cell = cellOf(sheet, rr, cc, false);
              return cell ? cell.numberFormat : 'General';
            });
            else if (w === 'address') proxy._snap.address = (/[^A-Za-z0-9_]/.test(sheet.name) ? "'" + sheet.name.replace(/'/g, "''") + "'" : sheet.name) + '!' + rangeA1(r);
            else if (w === 'rowIndex') proxy._snap.rowIndex = r.top;
            else if (w === 'columnIndex') proxy._snap.columnIndex = r.left;
            else if (w === 'rowCount') proxy._snap.rowCount = r.bottom - r.top + 1;
            else if (w === 'columnCount') proxy._snap.columnCount = r.right - r.left + 1;
          }
        });
        return proxy;
      };
      const each = (fn) =>
        ctx.enqueue(() => {
          const sheet = sheetP._pin();
          const r = pin();
          if (sheet && r) forEachCell(r, (rr, cc) => fn(cellOf(sheet, rr, cc, true)));
        });
      const whole = (fn) =>
        ctx.enqueue(() => {
          const sheet = sheetP._pin();
          const r = pin();
          if (sheet && r) fn(sheet, r);
        });
      proxy.format = formatProxy(ctx, each, whole);
      proxy.merge = () =>
        whole((sheet, r) => {
          sheet.merges = sheet.merges.filter((m) => !intersects(m, r));
          sheet.merges.push(Object.assign({}, r));
          forEachCell(r, (rr, cc) => {
            if (rr !== r.top || cc !== r.left) enter(sheet, rr, cc, '', false);
          });
        });
      proxy.unmerge = () =>
        whole((sheet, r) => {
          sheet.merges = sheet.merges.filter((m) => !intersects(m, r));
        });
      proxy.clear = () =>
        whole((sheet, r) => {
          for (const k of [...sheet.cells.keys()]) {
            const [rr, cc] = k.split(',').map(Number);
            if (rr >= r.top && rr <= r.bottom && cc >= r.left && cc <= r.right) sheet.cells.delete(k);
          }
          sheet.validations = sheet.validations.filter((v) => !intersects(v.range, r));
        });
      proxy.select = () =>
        whole((sheet, r) => {
          if (model.sheets[model.active] !== sheet) throw standInError('InvalidSelection', 'Select works on the active sheet only');
          model.selection = { sheet: sheet.name, address: rangeA1(r) };
        });
      proxy.getMergedAreasOrNullObject = () => {
        const areas = { _snap: {} };
        loadable(areas, 'address');
        loadable(areas, 'isNullObject');
        areas.load = () => {
          ctx.enqueue(() => {
            const sheet = sheetP._pin();
            const r = pin();
            const found = sheet && r ? sheet.merges.filter((m) => intersects(m, r)) : [];
            areas._snap.isNullObject = found.length === 0;
            if (found.length) {
              const prefix = /[^A-Za-z0-9_]/.test(sheet.name) ? "'" + sheet.name.replace(/'/g, "''") + "'" : sheet.name;
              areas._snap.address = found.map((m) => prefix + '!' + rangeA1(m)).join(', ');
            }
          });
          return areas;
        };
        return areas;
      };
      const validation = {};
      Object.defineProperty(validation, 'rule', {
        set(v) {
          whole((sheet, r) => sheet.validations.push({ range: Object.assign({}, r), rule: v }));
        },
      });
      Object.defineProperty(validation, 'errorAlert', {
        set(v) {
          whole((sheet, r) => {
            const found = sheet.validations.filter((x) => rangeA1(x.range) === rangeA1(r));
            for (const x of found) x.errorAlert = v;
          });
        },
      });
      proxy.dataValidation = validation;
      proxy.conditionalFormats = conditionalFormats(ctx, sheetP, () => [pin()]);
      return proxy;
    }

    // --------------------------------------------------------------------------------------
    // The globals and the test's handle
    // --------------------------------------------------------------------------------------

    const Excel = {
      async run(batch) {
        const ctx = makeContext();
        const result = await batch(ctx);
        if (ctx.queue.length > 0) {
          model.implicitSyncs++;
          flush(ctx);
        }
        return result;
      },
      RequestContext: function () {
        return makeContext();
      },
    };

    const [major, minor] = String(opts.apiVersion).split('.').map(Number);
    const Office = {
      HostType: { Excel: 'Excel' },
      PlatformType: { OfficeOnline: 'OfficeOnline' },
      onReady(cb) {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        if (cb) cb(info);
        return Promise.resolve(info);
      },
      context: {
        displayLanguage: 'th-TH',
        requirements: {
          isSetSupported(name, version) {
            if (name !== 'ExcelApi') return false;
            const [a, b = 0] = String(version).split('.').map(Number);
            return a < major || (a === major && b <= minor);
          },
        },
      },
    };

    const handle = {
      model,
      Excel,
      Office,
      /** What a cell holds: its calculated value, formula, number format and format. */
      cell(sheetName, address) {
        const sheet = sheetByName(sheetName);
        if (!sheet) return null;
        const { top, left } = parseRange(address);
        const cell = cellOf(sheet, top, left, false);
        return {
          value: valueOf(sheet, top, left, new Map(), 0),
          formula: cell ? cell.formula : null,
          numberFormat: cell ? cell.numberFormat : 'General',
          format: cell ? Object.assign({}, cell.format) : {},
        };
      },
      /** The clerk typing into a cell ("=…" is a formula, "'…" text, digits a number). */
      type(sheetName, address, input) {
        const sheet = sheetByName(sheetName);
        const { top, left } = parseRange(address);
        enter(sheet, top, left, input, false);
      },
      /** The clerk giving a cell a fill colour of their own. */
      fill(sheetName, address, color) {
        const sheet = sheetByName(sheetName);
        const r = parseRange(address);
        forEachCell(r, (rr, cc) => (cellOf(sheet, rr, cc, true).format.fill = color));
      },
      sheetNames() {
        return model.sheets.map((s) => s.name);
      },
      activeSheet() {
        return model.sheets[model.active].name;
      },
      selection() {
        return model.selection;
      },
      sheet(name) {
        const s = sheetByName(name);
        if (!s) return null;
        return {
          merges: s.merges.map(rangeA1),
          conditionalFormats: s.cfs.map((cf) => ({ type: cf.type, areas: cf.areas.map(rangeA1), formula: cf.formula, fill: cf.fill, font: cf.font })),
          validations: s.validations.map((v) => ({ range: rangeA1(v.range), rule: v.rule })),
          freezeRows: s.freezeRows,
          page: Object.assign({}, s.page),
          columnWidths: Object.assign({}, s.columnWidths),
        };
      },
      /** Rows of calculated values, for assertions. */
      values(name) {
        const s = sheetByName(name);
        const b = usedBounds(s, true);
        if (!b) return [];
        const memo = new Map();
        const rows = [];
        for (let r = 0; r <= b.bottom; r++) {
          const row = [];
          for (let c = 0; c <= b.right; c++) row.push(valueOf(s, r, c, memo, 0));
          rows.push(row);
        }
        return rows;
      },
      /** Counts since the last reset. */
      counters() {
        return { syncs: model.syncs, implicitSyncs: model.implicitSyncs, suspends: model.suspends };
      },
      resetCounters() {
        model.syncs = 0;
        model.implicitSyncs = 0;
        model.suspends = 0;
      },
      evaluate,
    };
    return handle;
  }

  if (typeof module !== 'undefined' && module.exports) module.exports = { createStandIn };
  if (typeof window !== 'undefined' && !root.__standin) {
    const params = root.__standinOptions || {};
    const standIn = createStandIn(params);
    root.__standin = standIn;
    root.Excel = standIn.Excel;
    root.Office = standIn.Office;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
