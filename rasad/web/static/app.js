// rasad web UI: vanilla JS, no build step, no network beyond this server's /api.
// Every piece of text from the store goes in through textContent (never innerHTML).
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const faDigits = (s) => String(s).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[d]);

async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch { /* not JSON: reported below */ }
  if (!res.ok) {
    const detail = body && body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : res.statusText;
    throw new Error(`${res.status}: ${detail}`);
  }
  return body;
}

function setMsg(id, text, isError = false) {
  const m = $(id);
  m.textContent = text || "";
  m.classList.toggle("error", !!isError);
}

// ------------------------------------------------------------------ tabs and routing
function showTab(name) {
  for (const b of document.querySelectorAll("#tabs button")) b.classList.toggle("active", b.dataset.tab === name);
  for (const s of document.querySelectorAll(".tab")) s.classList.toggle("active", s.id === `tab-${name}`);
}

for (const b of document.querySelectorAll("#tabs button")) {
  b.addEventListener("click", () => {
    showTab(b.dataset.tab);
    if (b.dataset.tab === "actors" && !$("#actors-table tbody").children.length) loadActors();
  });
}

function openDocument(id, seq) {
  location.hash = "doc=" + encodeURIComponent(id) + (seq ? "&seq=" + seq : "");
}

function route() {
  const h = new URLSearchParams(location.hash.slice(1));
  if (h.has("doc")) {
    showTab("doc");
    $("#doc-form").elements.id.value = h.get("doc");
    loadDocument(h.get("doc"), h.get("seq"));
  }
}
window.addEventListener("hashchange", route);

// ------------------------------------------------------------------ stats
async function loadStats() {
  try {
    const s = await api("/api/stats");
    const c = s.counts;
    // ISO dates inside RTL text are isolated, or the bidi algorithm reorders their parts
    $("#stats").replaceChildren(
      `${faDigits(c.documents)} سند (${faDigits(c.originals)} اصلی) · ${faDigits(c.corpus_events)} رویداد · ` +
      `${faDigits(s.outlets.length)} رسانه`,
      ...(s.published.first
        ? [" · انتشار از ", el("bdi", { text: s.published.first }), " تا ", el("bdi", { text: s.published.last })]
        : []),
      s.derived_stale ? " · جدول‌های مشتق کهنه‌اند" : "");
    const dl = $("#event-types");
    dl.replaceChildren(...s.event_types.map((t) => el("option", { value: t.type })));
  } catch (e) {
    $("#stats").textContent = "مخزن در دسترس نیست: " + e.message;
  }
}

// ------------------------------------------------------------------ events
function sentenceWithTrigger(sentence, span, triggerText) {
  // highlight by offset; fall back to the first occurrence of the trigger's text
  let a = null, b = null;
  if (span && span[0] !== null) [a, b] = span;
  else if (triggerText && sentence.includes(triggerText)) { a = sentence.indexOf(triggerText); b = a + triggerText.length; }
  if (a === null) return el("span", {}, sentence);
  return el("span", {}, sentence.slice(0, a), el("mark", { text: sentence.slice(a, b) }), sentence.slice(b));
}

function eventDetail(ev) {
  const reports = (ev.mentions || []).map((m) =>
    el("div", { class: "report" },
      el("div", { class: "meta" },
        el("a", { class: "ltr", onclick: () => openDocument(m.document, m.doc_seq), text: m.document }),
        ` · ${m.outlet || "؟"} · `, el("span", { class: "ltr", text: m.published || "" }),
        m.date ? el("span", {}, " · تاریخ رویداد ", el("bdi", { text: m.date })) : "",
        m.is_original ? "" : el("span", { class: "chip", text: "رونوشت" })),
      el("div", { class: "sentence" }, sentenceWithTrigger(m.sentence_text || "", m.trigger_span, m.trigger))));
  const outlets = (ev.outlets || []).join("، ");
  return el("td", { colspan: 9 },
    el("div", { class: "meta" }, `رسانه‌ها: ${outlets || "—"}`),
    reports.length ? reports : el("div", { class: "msg", text: "شاهدی ثبت نشده است." }));
}

function eventRow(ev) {
  const tr = el("tr", { class: "row" },
    el("td", { class: "num", text: ev.date || (ev.first_day ? `(${ev.first_day})` : "—") }),
    el("td", {}, el("span", { class: "type", text: ev.type + (ev.mode ? "/" + ev.mode : "") }),
      ev.negated ? el("div", { class: "neg", text: "نفی‌شده" }) : null),
    el("td", { text: ev.source_label || "—" }),
    el("td", { class: "arrow", text: ev.mutual ? "⟷" : "←" }),  // RTL: the act flows right to left
    el("td", { text: ev.target_label || "—" }),
    el("td", { text: ev.location || "" }),
    el("td", { class: "num", text: ev.fatalities ?? "" }),
    el("td", { class: "num", text: ev.corroboration }),
    el("td", { class: "num", text: ev.n_mentions }));
  tr.addEventListener("click", () => {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains("detail")) { next.remove(); tr.classList.remove("open"); return; }
    tr.classList.add("open");
    tr.after(el("tr", { class: "detail" }, eventDetail(ev)));
  });
  return tr;
}

async function loadEvents() {
  const form = $("#event-filters");
  const params = new URLSearchParams();
  for (const input of form.elements) {
    if (input.name && input.value.trim()) params.set(input.name, input.value.trim());
  }
  setMsg("#events-msg", "در حال بارگیری…");
  try {
    const r = await api("/api/events?" + params);
    $("#events-table tbody").replaceChildren(...r.events.map(eventRow));
    setMsg("#events-msg", r.count ? `${faDigits(r.count)} رویداد — برای دیدن شاهد روی سطر کلیک کنید` : "رویدادی پیدا نشد.");
  } catch (e) {
    $("#events-table tbody").replaceChildren();
    setMsg("#events-msg", e.message, true);
  }
}

$("#event-filters").addEventListener("submit", (e) => { e.preventDefault(); loadEvents(); });
$("#event-filters").addEventListener("reset", () => setTimeout(loadEvents, 0));

// ------------------------------------------------------------------ search
function snippetNode(r) {
  const s = r.snippet || "";
  if (!r.snippet_match) return el("p", { class: "snippet", text: s });
  const [a, b] = r.snippet_match;
  return el("p", { class: "snippet" }, s.slice(0, a), el("mark", { class: "match", text: s.slice(a, b) }), s.slice(b));
}

$("#search-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const q = e.target.elements.q.value.trim();
  if (!q) return;
  setMsg("#search-msg", "در حال جست‌وجو…");
  try {
    const r = await api("/api/search?" + new URLSearchParams({ q, limit: 50 }));
    $("#search-results").replaceChildren(...r.results.map((x) =>
      el("li", {},
        el("a", { dir: "auto", onclick: () => openDocument(x.id), text: x.title || x.id }),
        el("span", { class: "chip", text: x.outlet || "؟" }),
        el("span", { class: "chip ltr", text: x.published || "" }),
        x.is_original ? null : el("span", { class: "chip", text: "رونوشت" }),
        snippetNode(x))));
    setMsg("#search-msg", r.count ? `${faDigits(r.count)} سند` : "چیزی پیدا نشد.");
  } catch (err) {
    setMsg("#search-msg", err.message, true);
  }
});

// ------------------------------------------------------------------ actors
async function loadActors() {
  setMsg("#actors-msg", "در حال بارگیری…");
  try {
    const r = await api("/api/actors?limit=200");
    $("#actors-table tbody").replaceChildren(...r.actors.map((a) => {
      const tr = el("tr", { class: "row", title: "رویدادهای این بازیگر" },
        el("td", { text: a.name || "" }), el("td", { class: "ltr", text: a.name_en || "" }),
        el("td", { text: a.type || "" }), el("td", { class: "ltr", text: a.country || "" }),
        el("td", { class: "num", text: a.n_events }), el("td", { class: "num", text: a.as_source }),
        el("td", { class: "num", text: a.as_target }), el("td", { class: "num", text: a.n_documents }));
      tr.addEventListener("click", () => {
        const f = $("#event-filters");
        f.reset();
        f.elements.actor.value = a.name || a.name_en || "";
        showTab("events");
        loadEvents();
      });
      return tr;
    }));
    setMsg("#actors-msg", `${faDigits(r.count)} بازیگر — برای دیدن رویدادها روی نام کلیک کنید`);
  } catch (e) {
    setMsg("#actors-msg", e.message, true);
  }
}

// ------------------------------------------------------------------ document view (store and extraction)
// Split the text at every span boundary; each piece carries the spans that cover it, so nested
// mentions ("رئیس‌جمهور روسیه" holding "روسیه") and a trigger inside a mention all show.
function spansOf(rec) {
  const spans = [];
  for (const ent of rec.entities || []) {
    for (const m of ent.mentions || []) {
      if (m.start < m.end) spans.push({ kind: "ent", start: m.start, end: m.end, ent });
    }
  }
  for (const ev of rec.events || []) {
    const t = ev.trigger || {};
    if (t.start !== undefined && t.start < t.end) spans.push({ kind: "trig", start: t.start, end: t.end, ev });
  }
  for (const d of rec.dates || []) {
    if (d.start < d.end) spans.push({ kind: "date", start: d.start, end: d.end, date: d });
  }
  return spans;
}

function entityLabel(ent) {
  return `${ent.name}${ent.name_en ? " (" + ent.name_en + ")" : ""} · ${ent.type}${ent.country ? " · " + ent.country : ""}`;
}

function renderText(rec, state) {
  const text = rec.text || "";
  const spans = spansOf(rec);
  const cuts = new Set([0, text.length]);
  const sel = state.event;
  const selSent = sel && sel.sentence ? sel.sentence : null;
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  if (selSent) { cuts.add(selSent[0]); cuts.add(selSent[1]); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const box = el("div", { class: "doctext" });
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && b <= s.end);
    const inSent = selSent && selSent[0] <= a && b <= selSent[1];
    if (!covering.length && !inSent) { box.append(piece); continue; }
    const ents = covering.filter((s) => s.kind === "ent").sort((x, y) => (x.end - x.start) - (y.end - y.start));
    const trig = covering.find((s) => s.kind === "trig");
    const date = covering.find((s) => s.kind === "date");
    const classes = [];
    const titles = [];
    if (ents.length) {
      classes.push("ent", "ent-" + ents[0].ent.type);
      for (const s of ents) titles.push(entityLabel(s.ent));
      if (state.entity && ents.some((s) => s.ent.id === state.entity.id)) classes.push("selent");
    }
    if (trig) {
      classes.push("trig");
      for (const s of covering.filter((c) => c.kind === "trig")) titles.push(`${s.ev.id}: ${s.ev.type}${s.ev.mode ? "/" + s.ev.mode : ""}`);
      if (sel && covering.some((c) => c.kind === "trig" && c.ev.id === sel.id)) classes.push("seltrig");
    }
    if (date) { classes.push("date"); titles.push(`تاریخ: ${date.date.value ?? "؟"}`); }
    if (inSent) classes.push("insent");
    const node = el("span", { class: classes.join(" "), title: titles.join("\n") || null, text: piece });
    if (trig) node.addEventListener("click", () => state.select({ event: trig.ev }));
    else if (ents.length) node.addEventListener("click", () => state.select({ entity: ents[0].ent }));
    box.append(node);
  }
  return box;
}

function renderRecord(container, rec, store) {
  const ents = Object.fromEntries((rec.entities || []).map((e) => [e.id, e]));
  const names = (ids) => (ids || []).map((i) => (ents[i] ? ents[i].name : i)).join(" + ") || "—";
  const state = { event: null, entity: null, select: null };

  const meta = el("div", { class: "docmeta" },
    el("div", {}, "شناسه: ", el("b", { class: "ltr", text: rec.id })),
    el("div", {}, "رسانه: ", el("b", { text: rec.outlet || "—" }),
      " · انتشار: ", el("b", { class: "ltr", text: rec.published || "—" }),
      rec.published_jalali ? el("span", {}, " (", el("b", { class: "ltr", text: rec.published_jalali }), ")") : null),
    (rec.attribution || []).length ? el("div", {}, "زنجیره نقل: ", el("b", { text: rec.attribution.join(" ← ") })) : null,
    rec.dateline ? el("div", {}, "محل خبر: ", el("b", { text: rec.dateline })) : null,
    store && store.near_duplicates.length
      ? el("div", {}, store.is_original ? "اصل گروه؛ رونوشت‌ها: " : "رونوشت؛ هم‌گروه‌ها: ",
        ...store.near_duplicates.map((d) => el("a", { class: "chip", onclick: () => openDocument(d.id, d.doc_seq), text: `${d.id} (${d.outlet || "؟"})` })))
      : null,
    (rec.warnings || []).length ? el("div", {}, "هشدار: ", el("b", { text: rec.warnings.join("؛ ") })) : null);

  const legend = el("div", { class: "legend" },
    ...["PER", "ORG", "GPE", "LOC", "FAC", "EVT"].map((t) => el("span", { class: "ent-" + t, text: t })),
    el("span", { class: "trig", text: "واژه رویداد" }), el("span", { class: "date", text: "تاریخ" }));

  const textHolder = el("div");
  const evList = el("ul", { class: "evlist" });
  const entList = el("ul", { class: "entlist" });
  const info = el("div", { class: "msg" });

  function redraw(scroll) {
    textHolder.replaceChildren(renderText(rec, state));
    for (const li of evList.children) li.classList.toggle("sel", !!state.event && li.dataset.id === state.event.id);
    for (const li of entList.children) li.classList.toggle("sel", !!state.entity && li.dataset.id === state.entity.id);
    if (state.event) {
      const ev = state.event;
      const flags = [ev.negated ? "نفی‌شده" : "", ev.modality && ev.modality !== "asserted" ? ev.modality : "",
        ev.fatalities != null ? `کشته ${ev.fatalities}` : "", ev.injured != null ? `زخمی ${ev.injured}` : ""].filter(Boolean);
      info.textContent = `${ev.id}: ${names(ev.source)} ${ev.mutual ? "⟷" : "←"} ${names(ev.target)} · ${ev.type}` +
        `${ev.mode ? "/" + ev.mode : ""} · تاریخ ${ev.date || "؟"}` +
        (ev.location && ents[ev.location] ? ` · ${ents[ev.location].name}` : "") +
        (store && store.corpus_events[ev.id] !== undefined ? ` · رویداد پیکره #${store.corpus_events[ev.id]}` : "") +
        (flags.length ? " · " + flags.join("، ") : "");
    } else if (state.entity) {
      const e = state.entity;
      info.textContent = entityLabel(e) + (e.wikidata ? ` · ${e.wikidata}` : "") + ` · ${faDigits((e.mentions || []).length)} اشاره`;
    } else info.textContent = "روی یک رویداد یا نام کلیک کنید.";
    if (scroll) {
      const target = textHolder.querySelector(".seltrig, .selent");
      if (target) target.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }
  state.select = ({ event = null, entity = null }) => { state.event = event; state.entity = entity; redraw(false); };

  for (const ev of rec.events || []) {
    const li = el("li", { "data-id": ev.id },
      el("span", { class: "type", text: ev.type + (ev.mode ? "/" + ev.mode : "") }), " ",
      `${names(ev.source)} ${ev.mutual ? "⟷" : "←"} ${names(ev.target)}`,
      el("span", { class: "chip", text: (ev.trigger || {}).text || "" }),
      ev.date ? el("span", { class: "chip ltr", text: ev.date }) : null,
      ev.negated ? el("span", { class: "chip neg", text: "نفی" }) : null);
    li.addEventListener("click", () => { state.event = ev; state.entity = null; redraw(true); });
    evList.append(li);
  }
  for (const ent of rec.entities || []) {
    const li = el("li", { "data-id": ent.id },
      el("span", { class: "ent-" + ent.type, text: ent.name }), " ",
      el("span", { class: "chip ltr", text: [ent.name_en, ent.type, ent.country].filter(Boolean).join(" · ") }),
      el("span", { class: "chip", text: faDigits((ent.mentions || []).length) + " اشاره" }));
    li.addEventListener("click", () => { state.entity = ent; state.event = null; redraw(true); });
    entList.append(li);
  }
  if (!evList.children.length) evList.append(el("li", { text: "رویدادی استخراج نشد." }));
  if (!entList.children.length) entList.append(el("li", { text: "نامی شناخته نشد." }));

  container.replaceChildren(
    el("h2", { text: rec.title || rec.id }), meta, legend, info, textHolder,
    el("div", { class: "cols" },
      el("div", {}, el("h3", { text: `رویدادها (${faDigits((rec.events || []).length)})` }), evList),
      el("div", {}, el("h3", { text: `نام‌ها (${faDigits((rec.entities || []).length)})` }), entList)));
  redraw(false);
}

async function loadDocument(id, seq) {
  setMsg("#doc-msg", "در حال بارگیری…");
  $("#doc-view").replaceChildren();
  try {
    const q = seq ? "?" + new URLSearchParams({ seq }) : "";
    const r = await api("/api/documents/" + encodeURIComponent(id) + q);
    setMsg("#doc-msg", "");
    renderRecord($("#doc-view"), r.record, r.store);
  } catch (e) {
    setMsg("#doc-msg", e.message, true);
  }
}

$("#doc-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const id = e.target.elements.id.value.trim();
  if (id) openDocument(id);
});

// ------------------------------------------------------------------ extraction ("try it")
$("#extract-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = e.target.elements;
  const body = { text: f.text.value };
  if (f.published.value.trim()) body.published = f.published.value.trim();
  setMsg("#extract-msg", "در حال استخراج… (بار نخست چند ثانیه طول می‌کشد)");
  $("#extract-view").replaceChildren();
  try {
    const rec = await api("/api/extract", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    setMsg("#extract-msg", "");
    renderRecord($("#extract-view"), rec, null);
  } catch (err) {
    setMsg("#extract-msg", err.message, true);
  }
});

// ------------------------------------------------------------------ start
loadStats();
loadEvents();
route();
