// linimasa web app: the time axis (zoom, brush) and curation requests. No framework, no CDN.
"use strict";
(function () {
  const SVGNS = "http://www.w3.org/2000/svg";
  const DAY = 86400000;

  function parse(value) {
    // "2025", "2025-03", "2025-03-05", "2025-03-05T14:30" -> ms (UTC), or NaN
    const m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T(\d\d):(\d\d))?/.exec(value || "");
    if (!m) return NaN;
    return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
  }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function el(name, attrs, parent) {
    const node = document.createElementNS(SVGNS, name);
    for (const k in attrs) node.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(node);
    return node;
  }

  function ticks(lo, hi) {
    // choose a unit so that there are between 3 and ~12 ticks: years ... hours
    const span = hi - lo, out = [];
    const units = [["year", 365 * DAY], ["month", 30 * DAY], ["day", DAY], ["hour", 3600000]];
    let unit = units[units.length - 1][0];
    for (const [name, size] of units) { if (span / size >= 3) { unit = name; break; } }
    const d = new Date(lo);
    let t;
    if (unit === "year") t = Date.UTC(d.getUTCFullYear(), 0, 1);
    else if (unit === "month") t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    else if (unit === "day") t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    else t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours());
    let step = 1;
    const count = () => span / ({ year: 365, month: 30, day: 1, hour: 1 / 24 }[unit] * DAY) / step;
    while (count() > 12) step *= 2;
    for (let i = 0; i < 400 && t <= hi; i++) {
      if (t >= lo) out.push([t, unit]);
      const n = new Date(t);
      if (unit === "year") t = Date.UTC(n.getUTCFullYear() + step, 0, 1);
      else if (unit === "month") t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + step, 1);
      else if (unit === "day") t += step * DAY;
      else t += step * 3600000;
    }
    return out;
  }
  function label(t, unit) {
    const s = new Date(t).toISOString();
    return unit === "year" ? s.slice(0, 4) : unit === "month" ? s.slice(0, 7) : unit === "day" ? s.slice(0, 10) : s.slice(11, 16);
  }

  function axis() {
    const svg = document.getElementById("axis"), data = document.getElementById("axis-data");
    if (!svg || !data) return;
    const items = JSON.parse(data.textContent).map((e) => ({ ...e, t: parse(e.date) })).filter((e) => !isNaN(e.t));
    if (!items.length) { svg.style.display = "none"; return; }
    let lo = Math.min(...items.map((e) => e.t)), hi = Math.max(...items.map((e) => e.t));
    const pad = Math.max((hi - lo) * 0.05, DAY);
    lo -= pad; hi += pad;
    const H = 90, M = 8;
    const width = () => svg.getBoundingClientRect().width || 800;
    const x = (t) => M + ((t - lo) / (hi - lo)) * (width() - 2 * M);
    const t_of = (px) => lo + ((px - M) / (width() - 2 * M)) * (hi - lo);

    function draw() {
      while (svg.firstChild) svg.removeChild(svg.firstChild);
      for (const [t, unit] of ticks(lo, hi)) {
        const g = el("g", { class: "tick" }, svg);
        el("line", { x1: x(t), x2: x(t), y1: 0, y2: H - 18 }, g);
        el("text", { x: x(t) + 2, y: H - 5 }, g).textContent = label(t, unit);
      }
      const lanes = {};
      for (const e of items) {
        if (e.t < lo || e.t > hi) continue;
        const key = Math.round(x(e.t) / 6);
        const lane = (lanes[key] = (lanes[key] || 0) + 1);
        const c = el("circle", { cx: x(e.t), cy: H - 24 - ((lane - 1) % 8) * 7, r: 3.2,
                                 class: "dot" + (e.background ? " bg" : ""), "data-entry": e.id }, svg);
        el("title", {}, c).textContent = e.date + " · " + e.summary;
        c.addEventListener("click", () => {
          const target = document.getElementById("e-" + e.id);
          if (target) target.scrollIntoView({ behavior: "smooth", block: "center" });
        });
      }
    }
    draw();
    window.addEventListener("resize", draw);

    svg.addEventListener("wheel", (ev) => {   // zoom around the pointer, from decades down to hours
      ev.preventDefault();
      const at = t_of(ev.offsetX), f = ev.deltaY > 0 ? 1.25 : 0.8;
      const span = Math.max((hi - lo) * f, 2 * 3600000);
      lo = at - (at - lo) * (span / (hi - lo)); hi = lo + span;
      draw();
    }, { passive: false });

    let start = null, box = null;
    svg.addEventListener("mousedown", (ev) => {
      start = ev.offsetX;
      box = el("rect", { class: "brush", x: start, y: 0, width: 0, height: H - 16 }, svg);
    });
    svg.addEventListener("mousemove", (ev) => {
      if (start === null || !box) return;
      box.setAttribute("x", Math.min(start, ev.offsetX));
      box.setAttribute("width", Math.abs(ev.offsetX - start));
    });
    window.addEventListener("mouseup", (ev) => {
      if (start === null) return;
      const end = ev.target === svg || svg.contains(ev.target) ? ev.offsetX : start;
      const a = Math.min(start, end), b = Math.max(start, end);
      start = null;
      if (b - a < 4) { if (box) box.remove(); return; }
      const from = document.getElementById("f-from"), to = document.getElementById("f-to");
      from.value = iso(t_of(a)); to.value = iso(t_of(b));
      document.getElementById("filters").submit();
    });
  }

  function toast(text) {
    const t = document.getElementById("toast");
    if (!t) return;
    t.textContent = text; t.classList.add("show");
    setTimeout(() => t.classList.remove("show"), 4000);
  }

  async function post(url, body) {
    const token = document.querySelector('meta[name="csrf-token"]').content;
    const r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
                                 body: body === undefined ? "{}" : JSON.stringify(body), credentials: "same-origin" });
    if (!r.ok) {
      let detail = r.statusText;
      try { detail = (await r.json()).detail; } catch (e) { /* not JSON */ }
      toast(typeof detail === "string" ? detail : JSON.stringify(detail));
      return false;
    }
    location.reload();   // a correction shows at once: the page is rebuilt from the store
    return true;
  }
  const correct = (kind, value) => post("/api/corrections", { kind, value });

  function curation() {
    if (document.body.dataset.curate !== "yes") return;
    document.addEventListener("click", (ev) => {
      const b = ev.target.closest("button");
      if (!b) return;
      const box = b.closest(".curate");
      if (b.classList.contains("act-exclude")) {
        correct("exclude_entry", { sources: JSON.parse(box.dataset.sources), date: box.dataset.date });
      } else if (b.classList.contains("act-exclude-event")) {
        correct("exclude_event", { article: box.dataset.article, start: +box.dataset.start });
      } else if (b.classList.contains("act-pin")) {
        const date = box.querySelector(".pin-value").value.trim();
        const value = { sources: JSON.parse(box.dataset.sources), date };
        if (box.dataset.date) value.from = box.dataset.date;
        correct("pin_date", value);
      } else if (b.classList.contains("act-speaker")) {
        const speaker = box.querySelector(".speaker-value").value.trim();
        correct("fix_speaker", { article: box.dataset.article, start: +box.dataset.start, speaker });
      } else if (b.classList.contains("act-alias")) {
        correct("add_alias", { entity: box.dataset.entity, alias: box.querySelector(".alias-value").value.trim() });
      } else if (b.classList.contains("act-merge")) {
        const other = box.querySelector(".merge-value").value;
        if (other) correct("merge_entities", { into: box.dataset.entity, names: [other] });
      } else if (b.classList.contains("act-split")) {
        correct("split_entity", { entity: b.dataset.entity, alias: b.dataset.alias });
      } else if (b.classList.contains("act-undo")) {
        post("/api/corrections/" + encodeURIComponent(b.dataset.id) + "/undo");
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => { axis(); curation(); });
})();
