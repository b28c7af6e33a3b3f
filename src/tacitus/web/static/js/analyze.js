// Analyze page: code one pasted or uploaded article and show highlights, event cards, quotes and actors.

import { focusSentence, renderAnnotated } from "./annotate.js";
import { eventCard, quoteCard } from "./cards.js";
import { api, clear, el, initChrome, showError } from "./dom.js";

const MAX_BYTES = 2_000_000;
const EXAMPLE = `Russia and China pledge closer ties as Washington weighs new sanctions

MOSCOW, March 2 - Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday and praised what he called "a friendship without limits" between the two countries.

"Our cooperation is not directed against anyone," Putin told reporters after the talks.

The United States accused Beijing of supplying military equipment to Russia and threatened to impose sanctions on Chinese companies. Ukraine's foreign minister urged the European Union to send more air defence systems to Kyiv.

Russian forces shelled the city of Kharkiv overnight, killing two civilians, regional officials said.`;

const $ = (id) => document.getElementById(id);

function looksLikeHtml(text) {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])/i.test(text.slice(0, 1000));
}

function requestBody() {
  const text = $("text").value;
  const kind = $("kind").value;
  const asHtml = kind === "html" || (kind === "auto" && looksLikeHtml(text));
  const body = asHtml ? { html: text } : { text };
  if ($("date").value) body.date = $("date").value;
  return body;
}

function setTab(name) {
  for (const b of document.querySelectorAll(".tabs button")) b.classList.toggle("active", b.dataset.tab === name);
  for (const t of ["events", "quotes", "actors"]) $(`tab-${t}`).classList.toggle("hidden", t !== name);
}

function stat(n, label) {
  return el("div", { class: "stat" }, el("b", {}, n), label);
}

function actorTable(mentions) {
  const byCode = new Map();
  for (const m of mentions) {
    const key = m.code || `? ${m.text}`;
    const row = byCode.get(key) || { code: m.code, name: m.name || m.text, kind: m.actor_kind, texts: new Set(), n: 0 };
    row.texts.add(m.text);
    row.n += 1;
    byCode.set(key, row);
  }
  const rows = [...byCode.values()].sort((a, b) => b.n - a.n);
  if (!rows.length) return el("div", { class: "empty" }, "No actors found.");
  return el(
    "table",
    { class: "data" },
    el("thead", {}, el("tr", {}, ["Code", "Name", "Kind", "Mentions", "As written"].map((h) => el("th", {}, h)))),
    el(
      "tbody",
      {},
      rows.map((r) =>
        el(
          "tr",
          {},
          el("td", { class: "nowrap" }, el("span", { class: "code-pill" }, r.code || "uncoded")),
          el("td", {}, r.name),
          el("td", {}, r.kind || ""),
          el("td", { class: "num" }, r.n),
          el("td", {}, [...r.texts].join(", ")),
        ),
      ),
    ),
  );
}

function show(result) {
  const doc = result.documents[0];
  const model = {
    text: doc.text,
    sentences: doc.sentence_spans,
    mentions: result.actors,
    quotes: result.quotes,
    events: result.events,
  };
  $("doc-title").textContent = doc.title || "Annotated text";
  $("doc-meta").textContent = [doc.date ? `Dated ${doc.date}` : "No date", `${doc.sentences} sentences`, `id ${doc.doc_id}`].join(" · ");
  const cards = [];
  const view = renderAnnotated($("article"), model, {
    onTrigger: (i) => {
      setTab("events");
      select(i);
      cards[i].scrollIntoView({ block: "nearest", behavior: "smooth" });
    },
  });
  function select(i) {
    cards.forEach((c, k) => c.classList.toggle("selected", k === i));
    for (const node of document.querySelectorAll(".article .pulse")) node.classList.remove("pulse");
    for (const node of view.triggers(i)) node.classList.add("pulse");
  }
  result.events.forEach((event, i) => {
    cards.push(
      eventCard(event, {
        onClick: () => {
          select(i);
          focusSentence(view.sentence(event.sentence_index));
        },
      }),
    );
  });
  clear($("tab-events")).append(...(cards.length ? cards : [el("div", { class: "empty" }, "No events coded in this article.")]));
  const quotes = result.quotes.map((q) => quoteCard(q, { onClick: () => focusSentence(view.sentence(q.sentence)) }));
  clear($("tab-quotes")).append(...(quotes.length ? quotes : [el("div", { class: "empty" }, "No quotes found.")]));
  clear($("tab-actors")).append(actorTable(result.actors));
  const coded = new Set(result.actors.filter((m) => m.code).map((m) => m.code));
  clear($("stats")).append(
    stat(result.events.length, "events"),
    stat(result.quotes.length, "quotes"),
    stat(result.actors.length, "actor mentions"),
    stat(coded.size, "distinct actors"),
  );
  $("results").classList.remove("hidden");
  setTab("events");
}

async function analyze() {
  showError($("error"), "");
  const body = requestBody();
  const size = new Blob([JSON.stringify(body)]).size;
  if (!(body.text || body.html || "").trim()) {
    showError($("error"), "Paste an article or open a file first.");
    return;
  }
  if (size > MAX_BYTES) {
    showError($("error"), `The article is too large (${(size / 1e6).toFixed(1)} MB; the limit is 2 MB).`);
    return;
  }
  const button = $("analyze");
  button.disabled = true;
  button.textContent = "Analyzing…";
  try {
    show(await api("/v1/code", { json: body }));
  } catch (err) {
    showError($("error"), `Could not analyze the article: ${err.message}`);
  } finally {
    button.disabled = false;
    button.textContent = "Analyze";
  }
}

function openFile(file) {
  if (!file) return;
  if (file.size > MAX_BYTES) {
    showError($("error"), `${file.name} is too large (${(file.size / 1e6).toFixed(1)} MB; the limit is 2 MB).`);
    return;
  }
  const reader = new FileReader();
  reader.onload = () => {
    $("text").value = String(reader.result);
    $("kind").value = /\.html?$/i.test(file.name) ? "html" : "auto";
    $("file-name").textContent = `Loaded ${file.name}`;
  };
  reader.onerror = () => showError($("error"), `Cannot read ${file.name}.`);
  reader.readAsText(file);
}

function init() {
  initChrome();
  $("analyze").addEventListener("click", analyze);
  $("text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) analyze();
  });
  $("example").addEventListener("click", () => {
    $("text").value = EXAMPLE;
    $("date").value = "2026-03-02";
    $("kind").value = "text";
  });
  $("file").addEventListener("change", (ev) => openFile(ev.target.files[0]));
  for (const b of document.querySelectorAll(".tabs button")) b.addEventListener("click", () => setTab(b.dataset.tab));
}

init();
