/* counterpoint report: timeline, filters, lazy side-by-side reader.
   Article text is untrusted: this script only ever uses textContent / createElement /
   setAttribute with fixed attribute names, never innerHTML or URLs from data. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("cp-data").textContent);
  var DOCS = {};
  DATA.docs.forEach(function (d) { DOCS[d.id] = d; });
  var CLUSTER_DOCS = {};
  DATA.points.forEach(function (p) { (CLUSTER_DOCS[p.c] = CLUSTER_DOCS[p.c] || []).push(p.doc); });
  DATA.docs.forEach(function (d) {
    d.ann.forEach(function (a) {
      if (a[2] === "event" && a[3]) {
        var l = (CLUSTER_DOCS[a[3]] = CLUSTER_DOCS[a[3]] || []);
        if (l.indexOf(d.id) < 0) l.push(d.id);
      }
    });
  });
  var SVG = "http://www.w3.org/2000/svg";
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    return e;
  }

  /* ---------------------------------------------------------------- filters */
  var filt = { o: "", a: "", t: "" };
  function passes(o, a, t) {
    return (!filt.o || o.indexOf(filt.o) >= 0) && (!filt.a || a === null || a.indexOf(filt.a) >= 0) &&
      (!filt.t || t === null || t === filt.t);
  }
  /* parse each filterable element's data once; filtering is then a plain loop */
  var FILTERABLE = Array.from(document.querySelectorAll(".f")).map(function (n) {
    return { n: n, o: n.dataset.o ? JSON.parse(n.dataset.o) : [], a: n.dataset.a ? JSON.parse(n.dataset.a) : null,
      t: n.dataset.t || null };
  });
  var CLUSTER_ACTORS = {};
  document.querySelectorAll("tr[data-cluster]").forEach(function (r) { CLUSTER_ACTORS[r.dataset.cluster] = JSON.parse(r.dataset.a); });
  function applyFilters() {
    FILTERABLE.forEach(function (f) {
      var hide = !passes(f.o, f.a, f.t);
      if (f.n.hidden !== hide) f.n.hidden = hide;
    });
    drawTimeline();
  }
  ["outlet", "actor", "type"].forEach(function (k) {
    var s = document.getElementById("f-" + k);
    s.addEventListener("change", function () { filt[k[0]] = s.value; applyFilters(); });
  });

  /* ---------------------------------------------------------------- timeline */
  /* Two parts: the story's days (one row per outlet) and, below, a grey lane for background
     events (dated to a year or season, or long before the first article). The x axis is a
     rank scale: each distinct date gets a slot, so a dense week is spread out instead of
     bunched into one clump by a long quiet stretch; ticks say the date in words. */
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dayNum(s) { return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000; }
  function shortDay(s) { return +s.slice(8, 10) + " " + MONTHS[+s.slice(5, 7) - 1] + " " + s.slice(0, 4); }
  function rankScale(days, x0, x1) {
    var uniq = Array.from(new Set(days)).sort();
    var step = uniq.length > 1 ? (x1 - x0) / (uniq.length - 1) : 0;
    var pos = {};
    uniq.forEach(function (d, i) { pos[d] = uniq.length > 1 ? x0 + step * i : (x0 + x1) / 2; });
    return { pos: pos, uniq: uniq };
  }
  function ticks(s, scale, y, labelOf, x0, x1) {
    var last = -Infinity, MIN = 78;
    scale.uniq.forEach(function (d, i) {
      var px = scale.pos[d], isLast = i === scale.uniq.length - 1;
      if (px - last < MIN && !isLast) return;
      if (isLast && px - last < MIN && last > -Infinity) return;
      var anchor = px - x0 < 40 ? "start" : x1 - px < 40 ? "end" : "middle";
      var tx = svg("text", { x: px, y: y, "class": "tick", "text-anchor": anchor });
      tx.textContent = labelOf(d);
      s.appendChild(tx);
      s.appendChild(svg("line", { x1: px, x2: px, y1: y + 3, y2: y + 7, "class": "row" }));
      last = px;
    });
  }
  function drawTimeline() {
    var box = document.getElementById("timeline-chart");
    box.textContent = "";
    var pts = DATA.points.filter(function (p) { return passes([p.o], null, p.t); });
    if (filt.a) {
      pts = pts.filter(function (p) {
        return (CLUSTER_ACTORS[p.c] || []).indexOf(filt.a) >= 0;
      });
    }
    if (!pts.length) { box.appendChild(el("p", "hint", "No dated events.")); return; }
    var news = pts.filter(function (p) { return !p.bg; }), bg = pts.filter(function (p) { return p.bg; });
    var outlets = Array.from(new Set(news.map(function (p) { return p.o; }))).sort();
    var W = 900, L = 170, R = 24, RH = 34, T = 30, BGH = bg.length ? 62 : 0;
    var H = T + RH * outlets.length + 10 + BGH;
    var s = svg("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", "aria-label": "timeline" });
    var x0 = L + 10, x1 = W - R - 10;
    var main = rankScale(news.map(function (p) { return p.d; }), x0, x1);
    var y = function (o) { return T + RH * outlets.indexOf(o) + RH / 2; };
    outlets.forEach(function (o) {
      s.appendChild(svg("line", { x1: L, x2: W - R, y1: y(o), y2: y(o), "class": "row" }));
      var t = svg("text", { x: 4, y: y(o) + 4, "class": "outlet" });
      t.textContent = o.length > 24 ? o.slice(0, 23) + "…" : o;
      s.appendChild(t);
    });
    /* a tick says the date as the text has it: "March 2026" for a month, not its middle day */
    var label = {};
    news.forEach(function (p) { if (!label[p.d] || /^\d/.test(p.w || "")) label[p.d] = p.w || shortDay(p.d); });
    if (news.length) ticks(s, main, 16, function (d) { return label[d] || shortDay(d); }, x0, x1);
    var byCluster = {};
    news.forEach(function (p) { if (p.x && p.c) (byCluster[p.c] = byCluster[p.c] || []).push(p); });
    Object.keys(byCluster).forEach(function (c) {
      var ps = byCluster[c].slice().sort(function (a, b) { return y(a.o) - y(b.o) || (a.d < b.d ? -1 : 1); });
      for (var i = 1; i < ps.length; i++) {
        if (ps[i].d === ps[i - 1].d && ps[i].o === ps[i - 1].o) continue;
        s.appendChild(svg("line", { x1: main.pos[ps[i - 1].d], y1: y(ps[i - 1].o), x2: main.pos[ps[i].d], y2: y(ps[i].o), "class": "conflict-link" }));
      }
    });
    function dot(p, cx, cy, cls) {
      var c = svg("circle", { cx: cx, cy: cy, r: p.x ? 6 : 4.5, "class": cls, tabindex: 0 });
      var tt = svg("title", {});
      tt.textContent = (p.w || p.v) + " · " + p.t + " (" + p.o + "): " + p.s;
      c.appendChild(tt);
      c.addEventListener("click", function () { openDoc(0, p.doc); joinCluster(p.c, -1); location.hash = "#reader"; });
      s.appendChild(c);
    }
    /* a date known only to the month (or week) is drawn hollow: its slot is the middle of the
       month, not a day the text gives */
    news.forEach(function (p) { dot(p, main.pos[p.d], y(p.o), (p.x ? "pt conflict" : "pt") + (p.p && p.p !== "day" && p.p !== "time" ? " vague" : "")); });
    if (bg.length) {
      var top = T + RH * outlets.length + 10, lane = top + 36;
      s.appendChild(svg("rect", { x: 0, y: top, width: W, height: BGH, "class": "bg-lane" }));
      var t = svg("text", { x: 4, y: lane + 4, "class": "outlet" });
      t.textContent = "Background";
      s.appendChild(t);
      var back = rankScale(bg.map(function (p) { return p.d; }), x0, x1);
      var wordOf = {};
      bg.forEach(function (p) { wordOf[p.d] = wordOf[p.d] || p.w || p.v; });
      ticks(s, back, top + 16, function (d) { return wordOf[d]; }, x0, x1);
      s.appendChild(svg("line", { x1: L, x2: W - R, y1: lane, y2: lane, "class": "row" }));
      var seen = {};
      bg.forEach(function (p) {
        var k = p.d + "|" + (seen[p.d] = (seen[p.d] || 0) + 1);
        dot(p, back.pos[p.d] + 9 * (seen[p.d] - 1), lane, p.x ? "pt conflict" : "pt bg");
        return k;
      });
    }
    box.appendChild(s);
  }

  /* ---------------------------------------------------------------- reader */
  var KINDS = ["sentence", "event", "quote", "label", "loaded", "scare"];
  var columns = [];
  function segmentsOf(doc) {
    var text = doc.text, n = text.length, cuts = [0, n];
    var anns = doc.ann.filter(function (a) { return a[1] > a[0]; });
    anns.forEach(function (a) { cuts.push(Math.max(0, Math.min(n, a[0])), Math.max(0, Math.min(n, a[1]))); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    var out = [];
    for (var i = 0; i + 1 < cuts.length; i++) {
      var lo = cuts[i], hi = cuts[i + 1], kinds = [], clusters = [], notes = [];
      anns.forEach(function (a) {
        if (a[0] <= lo && hi <= a[1]) {
          if (kinds.indexOf(a[2]) < 0) kinds.push(a[2]);
          if ((a[2] === "event" || a[2] === "sentence") && a[3] && clusters.indexOf(a[3]) < 0) clusters.push(a[3]);
          if (a[4] && notes.indexOf(a[4]) < 0) notes.push(String(a[4]));
        }
      });
      out.push({ lo: lo, hi: hi, kinds: kinds, clusters: clusters, notes: notes });
    }
    return out;
  }
  function renderDoc(col, doc) {
    var body = col.body;
    body.textContent = "";
    var h = el("h3", "", doc.title);
    body.appendChild(h);
    var meta = el("p", "meta", doc.outlet + (doc.published ? " · " + (doc.published_words || doc.published) : "") + " ");
    if (doc.url && /^https?:\/\//i.test(doc.url)) {
      var link = el("a", "", "source");
      link.href = doc.url;
      link.rel = "noopener noreferrer";
      meta.appendChild(link);
    }
    body.appendChild(meta);
    var p = el("div", "text");
    segmentsOf(doc).forEach(function (sg) {
      var t = doc.text.slice(sg.lo, sg.hi);
      if (!sg.kinds.length) { p.appendChild(document.createTextNode(t)); return; }
      var sp = el("span", sg.kinds.map(function (k) { return "k-" + k; }).join(" "), t);
      sp.dataset.s = sg.lo;
      sp.dataset.e = sg.hi;
      if (sg.clusters.length) sp.dataset.c = sg.clusters.join(" ");
      if (sg.notes.length) sp.title = sg.notes.join("; ");
      if (sg.kinds.indexOf("event") >= 0) {
        sp.tabIndex = 0;
        sp.addEventListener("click", function () { joinCluster(sg.clusters[0], col.i); });
        sp.addEventListener("mouseenter", function () { markCluster(sg.clusters[0]); });
      }
      p.appendChild(sp);
    });
    body.appendChild(p);
  }
  function openDoc(i, id) {
    while (columns.length <= i) addColumn();
    var col = columns[i];
    if (col.doc !== id && DOCS[id]) {
      col.doc = id;
      col.select.value = id;
      renderDoc(col, DOCS[id]);
    }
    return col;
  }
  function clearMarks(cls) { document.querySelectorAll("." + cls).forEach(function (n) { n.classList.remove(cls); }); }
  function markCluster(c) {
    clearMarks("joined");
    if (!c) return;
    document.querySelectorAll("#columns [data-c]").forEach(function (n) {
      if (n.dataset.c.split(" ").indexOf(c) >= 0) n.classList.add("joined");
    });
  }
  function joinCluster(c, from) {
    if (!c) return;
    var docs = CLUSTER_DOCS[c] || [];
    columns.forEach(function (col, i) {
      if (i === from) return;
      var has = docs.indexOf(col.doc) >= 0;
      if (!has) {
        var other = docs.filter(function (d) {
          return columns.every(function (cc, j) { return j === i || cc.doc !== d; });
        })[0];
        if (other) openDoc(i, other);
      }
    });
    markCluster(c);
    columns.forEach(function (col, i) {
      if (i === from) return;
      var first = col.body.querySelector(".joined");
      if (first) first.scrollIntoView({ block: "center" });
    });
  }
  function highlightRange(col, s, e) {
    clearMarks("target");
    var first = null;
    col.body.querySelectorAll("[data-s]").forEach(function (n) {
      if (+n.dataset.s >= s && +n.dataset.e <= e) { n.classList.add("target"); first = first || n; }
    });
    if (!first) {
      /* no annotation boundary at the range: wrap it */
      var doc = DOCS[col.doc], box = col.body.querySelector(".text");
      box.textContent = "";
      box.appendChild(document.createTextNode(doc.text.slice(0, s)));
      first = el("span", "target", doc.text.slice(s, e));
      box.appendChild(first);
      box.appendChild(document.createTextNode(doc.text.slice(e)));
    }
    first.scrollIntoView({ block: "center" });
  }
  function addColumn() {
    var i = columns.length;
    var wrap = el("div", "col");
    var sel = el("select", "docpick");
    sel.setAttribute("aria-label", "document for column " + (i + 1));
    sel.appendChild(el("option", "", "— choose a document —")).value = "";
    DATA.docs.forEach(function (d) {
      var o = el("option", "", d.outlet + ": " + d.title);
      o.value = d.id;
      sel.appendChild(o);
    });
    var body = el("div", "docbody");
    wrap.appendChild(sel);
    wrap.appendChild(body);
    document.getElementById("columns").appendChild(wrap);
    var col = { i: i, select: sel, body: body, doc: null };
    sel.addEventListener("change", function () { if (sel.value) { col.doc = null; openDoc(i, sel.value); } });
    columns.push(col);
    return col;
  }
  document.getElementById("add-col").addEventListener("click", function () { addColumn(); });
  document.querySelectorAll("a.jump").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      var id = a.dataset.doc;
      var idx = columns.findIndex(function (c) { return c.doc === id; });
      if (idx < 0) {
        var tr = a.closest("[data-cluster]") || a.closest("tbody"), links = tr ? Array.from(tr.querySelectorAll("a.jump")) : [a];
        idx = Math.max(0, links.indexOf(a)) % Math.max(2, columns.length);
      }
      var col = openDoc(idx, id);
      document.getElementById("reader").scrollIntoView();
      if (a.dataset.s !== "") highlightRange(col, +a.dataset.s, +a.dataset.e);
    });
  });

  addColumn();
  addColumn();
  var seen = [];
  DATA.docs.forEach(function (d) { if (seen.length < 2 && seen.every(function (s) { return DOCS[s].outlet !== d.outlet; })) seen.push(d.id); });
  seen.forEach(function (id, i) { openDoc(i, id); });
  applyFilters();
})();
