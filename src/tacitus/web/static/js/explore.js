// Explore page: filtered event table with pagination, dyad timeline and actor network over the corpus.

import { evidence } from "./cards.js";
import { actorLabel, api, clear, el, fmtGoldstein, goldsteinClass, initChrome, showError } from "./dom.js";
import { drawTimeline } from "./chart.js";
import { drawNetwork } from "./graph.js";

const $ = (id) => document.getElementById(id);
const FILTERS = ["actor", "source", "target", "dyad", "root", "cameo", "quad_class", "plover", "from", "to", "q"];

/** Current filters from the form, as query parameters (empty ones dropped). */
function filterParams() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const input = $("filters").elements.namedItem(name);
    const value = input.value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function setFilters(params) {
  for (const name of FILTERS) $("filters").elements.namedItem(name).value = params.get(name) || "";
}

const state = { offset: 0 };

function eventRow(e) {
  const href = `/documents/${encodeURIComponent(e.doc_id)}#s${e.sentence_index}`;
  const actorCell = (a) =>
    el("td", { class: "nowrap", title: a ? `${a.name || ""} (“${a.text}”)` : "" }, a ? el("span", { class: "code-pill" }, actorLabel(a)) : "—");
  return el(
    "tr",
    { "data-event": e.id },
    el("td", { class: "nowrap" }, e.date || e.doc_date || "—"),
    actorCell(e.source),
    el("td", {}, el("span", { class: "code-pill" }, e.cameo), " ", e.cameo_name || "", e.negated ? el("span", { class: "negated" }, " NOT") : null),
    actorCell(e.target),
    el("td", { class: "num" }, el("span", { class: `gs ${goldsteinClass(e.goldstein)}` }, fmtGoldstein(e.goldstein))),
    el("td", {}, e.plover ? el("span", { class: "plover" }, e.plover) : ""),
    el("td", { class: "sentence" }, evidence(e)),
    el("td", {}, el("a", { href, class: "doc-link", title: e.doc_title || e.doc_id }, e.doc_title || e.doc_id)),
  );
}

async function loadEvents() {
  const params = filterParams();
  params.set("limit", $("limit").value);
  params.set("offset", state.offset);
  params.set("order", $("order").value);
  const body = await api(`/v1/events?${params}`);
  const tbody = clear($("events").querySelector("tbody"));
  if (!body.events.length) tbody.append(el("tr", {}, el("td", { colspan: 8, class: "empty" }, "No events match these filters.")));
  for (const e of body.events) tbody.append(eventRow(e));
  const first = body.total ? body.offset + 1 : 0;
  const last = body.offset + body.events.length;
  $("total").textContent = `${body.total} events`;
  $("page-info").textContent = `${first}–${last} of ${body.total}`;
  $("prev").disabled = body.offset === 0;
  $("next").disabled = last >= body.total;
}

async function loadNetwork() {
  const network = await api(`/v1/network?${filterParams()}`);
  drawNetwork($("graph"), network, {
    onNode: (node) => {
      $("f-actor").value = node.id;
      apply();
    },
    onEdge: (edge) => showDyad(edge.source, edge.target),
  });
  return network;
}

async function showDyad(a, b) {
  if (!a || !b) return;
  $("d-a").value = a;
  $("d-b").value = b;
  const freq = $("d-freq").value;
  const body = await api(`/v1/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline?freq=${freq}`);
  drawTimeline($("chart"), body.points, { freq, title: `${body.source} → ${body.target}` });
}

async function refresh() {
  showError($("error"), "");
  try {
    const [, network] = await Promise.all([loadEvents(), loadNetwork()]);
    // Default timeline: the dyad in the filter, else the busiest dyad on screen.
    const dyad = $("f-dyad").value.split(/[-,>]/).map((s) => s.trim().toUpperCase());
    if (dyad.length === 2 && dyad[0] && dyad[1]) await showDyad(dyad[0], dyad[1]);
    else if ($("d-a").value && $("d-b").value) await showDyad($("d-a").value, $("d-b").value);
    else if (network.edges.length) {
      const top = [...network.edges].sort((x, y) => y.events - x.events)[0];
      await showDyad(top.source, top.target);
    } else drawTimeline($("chart"), [], {});
  } catch (err) {
    showError($("error"), err.message);
  }
}

function apply() {
  state.offset = 0;
  const params = filterParams();
  history.replaceState(null, "", params.toString() ? `?${params}` : window.location.pathname);
  refresh();
}

async function fillOptions() {
  const onto = await api("/v1/ontology");
  for (const r of onto.cameo_roots) $("f-root").append(el("option", { value: r.code }, `${r.code} ${r.name.toLowerCase()}`));
  for (const q of onto.quad_classes) $("f-quad").append(el("option", { value: q.code }, `${q.code} ${q.name}`));
  for (const p of onto.plover) $("f-plover").append(el("option", { value: p }, p));
}

async function init() {
  const health = await initChrome();
  await fillOptions().catch((err) => showError($("error"), err.message));
  setFilters(new URLSearchParams(window.location.search));
  if (health && !health.database) {
    showError($("error"), "No corpus database: start the server with `tacitus serve --db PATH` to explore events.");
    return;
  }
  $("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    apply();
  });
  $("reset").addEventListener("click", () => {
    setFilters(new URLSearchParams());
    apply();
  });
  $("dyad-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    showDyad($("d-a").value.trim().toUpperCase(), $("d-b").value.trim().toUpperCase()).catch((err) => showError($("error"), err.message));
  });
  $("order").addEventListener("change", () => {
    state.offset = 0;
    loadEvents().catch((err) => showError($("error"), err.message));
  });
  $("limit").addEventListener("change", () => {
    state.offset = 0;
    loadEvents().catch((err) => showError($("error"), err.message));
  });
  $("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - Number($("limit").value));
    loadEvents().catch((err) => showError($("error"), err.message));
  });
  $("next").addEventListener("click", () => {
    state.offset += Number($("limit").value);
    loadEvents().catch((err) => showError($("error"), err.message));
  });
  await refresh();
  document.body.dataset.ready = "1";
}

init();
