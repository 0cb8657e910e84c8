// Interactive report tables: sort, search, filter by outlet and date, page, download CSV.
// Reads each <figure class="ans-table"> and its <script type="application/json"> rows; writes text with
// textContent only (article text is data, never markup). Inlined once per report, allowed by its sha256.
(function () {
  "use strict";
  var PAGE_SIZES = [25, 100, 500];
  var FORMULA = /^[=+\-@\t\r]/;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function shown(cell) {
    if (cell === null || cell === undefined) return "";
    if (Array.isArray(cell)) return cell[0] === null ? "" : String(cell[0]);
    if (typeof cell === "object") return String(cell.t);
    return String(cell);
  }
  function raw(cell) {
    if (Array.isArray(cell)) return cell[1];
    if (cell !== null && typeof cell === "object") return cell.t;
    return cell;
  }
  function fold(text) {
    // search ignores case, diacritics, tatweel and the usual letter variants
    return String(text).toLowerCase()
      .replace(/[\u064B-\u0652\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A")
      .replace(/\u0629/g, "\u0647");
  }
  function compare(a, b) {
    var x = raw(a), y = raw(b);
    var xEmpty = x === null || x === undefined || x === "", yEmpty = y === null || y === undefined || y === "";
    if (xEmpty || yEmpty) return xEmpty === yEmpty ? 0 : xEmpty ? 1 : -1;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x).localeCompare(String(y), "ar");
  }
  function csvCell(value) {
    if (value === null || value === undefined) return "";
    var text = String(value);
    if (typeof value === "string" && FORMULA.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function fillCell(td, cell, kind) {
    if (Array.isArray(cell)) td.className = "ans-k-" + kind;
    if (cell !== null && typeof cell === "object" && !Array.isArray(cell)) {
      var text = String(cell.t), last = 0;
      (cell.m || []).forEach(function (span) {
        var start = Math.max(last, span[0]), end = Math.min(text.length, span[1]);
        if (end <= start) return;
        td.appendChild(document.createTextNode(text.slice(last, start)));
        td.appendChild(el("mark", text.slice(start, end)));
        last = end;
      });
      td.appendChild(document.createTextNode(text.slice(last)));
    } else {
      td.textContent = shown(cell);
    }
  }

  function Table(figure, data) {
    this.figure = figure;
    this.data = data;
    this.sortColumn = -1;
    this.sortAscending = true;
    this.page = 0;
    this.size = data.page || PAGE_SIZES[0];
    this.query = "";
    this.outlet = "";
    this.from = "";
    this.to = "";
    this.keys = data.rows.map(function (row) { return fold(row.map(shown).join(" ")); });
    this.build();
    this.render();
  }
  Table.prototype.rows = function () {
    var self = this, data = this.data, out = [];
    var query = fold(this.query.trim());
    data.rows.forEach(function (row, i) {
      if (query && self.keys[i].indexOf(query) < 0) return;
      if (self.outlet && data.outlet >= 0 && shown(row[data.outlet]) !== self.outlet) return;
      if (data.date >= 0 && (self.from || self.to)) {
        var day = raw(row[data.date]);
        if (!day) return;
        if (self.from && day < self.from) return;
        if (self.to && day > self.to) return;
      }
      out.push(row);
    });
    if (this.sortColumn >= 0) {
      var at = this.sortColumn, sign = this.sortAscending ? 1 : -1;
      out = out.map(function (row, i) { return [row, i]; });
      out.sort(function (a, b) { return sign * compare(a[0][at], b[0][at]) || a[1] - b[1]; });
      out = out.map(function (pair) { return pair[0]; });
    }
    return out;
  };
  Table.prototype.control = function (bar, label, node) {
    var wrap = el("label", label + " ", "ans-control");
    wrap.appendChild(node);
    bar.appendChild(wrap);
    return node;
  };
  Table.prototype.build = function () {
    var self = this, data = this.data;
    var bar = el("div", null, "ans-controls");
    var search = this.control(bar, "بحث / search", el("input", null, "ans-search"));
    search.type = "search";
    search.addEventListener("input", function () { self.query = search.value; self.page = 0; self.render(); });
    if (data.outlet >= 0) {
      var select = this.control(bar, "الوسيلة / outlet", el("select", null, "ans-outlet"));
      select.appendChild(el("option", "الكل / all")).value = "";
      var outlets = {};
      data.rows.forEach(function (row) { outlets[shown(row[data.outlet])] = true; });
      Object.keys(outlets).sort().forEach(function (name) { select.appendChild(el("option", name)).value = name; });
      select.addEventListener("change", function () { self.outlet = select.value; self.page = 0; self.render(); });
    }
    if (data.date >= 0) {
      var from = this.control(bar, "من / from", el("input", null, "ans-from"));
      var to = this.control(bar, "إلى / to", el("input", null, "ans-to"));
      from.type = to.type = "date";
      from.addEventListener("change", function () { self.from = from.value; self.page = 0; self.render(); });
      to.addEventListener("change", function () { self.to = to.value; self.page = 0; self.render(); });
    }
    var size = this.control(bar, "صفوف / rows", el("select", null, "ans-size"));
    PAGE_SIZES.forEach(function (n) { size.appendChild(el("option", n)).value = String(n); });
    size.value = String(this.size);
    size.addEventListener("change", function () { self.size = Number(size.value); self.page = 0; self.render(); });
    var download = el("button", "تنزيل المعروض CSV / download shown rows", "ans-download");
    download.type = "button";
    download.addEventListener("click", function () { self.download(); });
    bar.appendChild(download);
    this.figure.insertBefore(bar, this.figure.querySelector(".ans-scroll"));

    var heads = this.figure.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, i) {
      th.classList.add("ans-sortable");
      th.tabIndex = 0;
      th.setAttribute("aria-sort", "none");
      var sort = function () {
        self.sortAscending = self.sortColumn === i ? !self.sortAscending : true;
        self.sortColumn = i;
        Array.prototype.forEach.call(heads, function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", self.sortAscending ? "ascending" : "descending");
        self.page = 0;
        self.render();
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter") sort(); });
    });

    var pager = el("div", null, "ans-pager");
    this.previous = pager.appendChild(el("button", "السابق / previous", "ans-prev"));
    this.status = pager.appendChild(el("span", "", "ans-status"));
    this.next = pager.appendChild(el("button", "التالي / next", "ans-next"));
    this.previous.type = this.next.type = "button";
    this.previous.addEventListener("click", function () { self.page -= 1; self.render(); });
    this.next.addEventListener("click", function () { self.page += 1; self.render(); });
    this.figure.appendChild(pager);
  };
  Table.prototype.render = function () {
    var rows = this.rows(), size = this.size;
    var pages = Math.max(1, Math.ceil(rows.length / size));
    this.page = Math.min(Math.max(0, this.page), pages - 1);
    var first = this.page * size, slice = rows.slice(first, first + size);
    var body = document.createElement("tbody");
    var columns = this.data.columns;
    slice.forEach(function (row) {
      var tr = body.appendChild(document.createElement("tr"));
      row.forEach(function (cell, i) { fillCell(tr.appendChild(document.createElement("td")), cell, columns[i].kind); });
    });
    var table = this.figure.querySelector("table");
    table.replaceChild(body, table.querySelector("tbody"));
    var embedded = this.data.rows.length, total = this.data.total;
    var range = rows.length ? (first + 1) + "–" + (first + slice.length) : "0";
    var text = "يعرض " + range + " من " + rows.length + " / showing " + range + " of " + rows.length;
    if (rows.length < embedded) text += " (filtered from " + embedded + ")";
    if (embedded < total) text += " — first " + embedded + " of " + total + " rows embedded; full table in the CSV";
    this.status.textContent = text;
    this.previous.disabled = this.page === 0;
    this.next.disabled = this.page >= pages - 1;
  };
  Table.prototype.csv = function () {
    var lines = [this.data.columns.map(function (c) { return csvCell(c.name); }).join(",")];
    this.rows().forEach(function (row) { lines.push(row.map(function (cell) { return csvCell(raw(cell)); }).join(",")); });
    return lines.join("\r\n") + "\r\n";
  };
  Table.prototype.download = function () {
    var blob = new Blob(["\uFEFF" + this.csv()], { type: "text/csv;charset=utf-8" });
    var link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = this.data.name + ".csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  };

  var tables = [];
  Array.prototype.forEach.call(document.querySelectorAll("figure.ans-table"), function (figure) {
    var block = figure.querySelector("script.ans-table-data");
    if (!block) return;
    try {
      tables.push(new Table(figure, JSON.parse(block.textContent)));
    } catch (error) {
      figure.appendChild(el("p", "تعذر تفعيل الجدول / table could not be made interactive: " + error, "ans-note"));
    }
  });
  window.ansTables = {
    count: tables.length,
    csv: function (i) { return tables[i].csv(); }
  };
  document.documentElement.setAttribute("data-ans-tables", String(tables.length));
})();
