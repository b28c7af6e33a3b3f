// Document page: a stored article with every span highlighted; #s{n} in the URL focuses sentence n.

import { focusSentence, renderAnnotated } from "./annotate.js";
import { eventCard } from "./cards.js";
import { api, clear, el, initChrome, showError } from "./dom.js";

const $ = (id) => document.getElementById(id);

function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

function sentenceFromHash() {
  const m = /^#s(\d+)$/.exec(window.location.hash);
  return m ? Number(m[1]) : null;
}

async function init() {
  initChrome();
  const docId = decodeURIComponent(window.location.pathname.replace(/^\/documents\//, ""));
  let result;
  try {
    result = await api(`/v1/documents/${encodeURIComponent(docId)}`);
  } catch (err) {
    showError($("error"), err.status === 404 ? `No document “${docId}” in the database.` : err.message);
    $("results").classList.add("hidden");
    return;
  }
  const doc = result.documents[0];
  document.title = `${doc.title || doc.doc_id} · Tacitus`;
  $("doc-title").textContent = doc.title || doc.doc_id;
  const meta = $("doc-meta");
  meta.append([doc.date, doc.source, `id ${doc.doc_id}`].filter(Boolean).join(" · "));
  const url = safeUrl(doc.url);
  if (url) meta.append(" · ", el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "original"));

  const model = { text: doc.text, sentences: doc.sentence_spans, mentions: result.actors, quotes: result.quotes, events: result.events };
  const cards = [];
  const view = renderAnnotated($("article"), model, {
    onTrigger: (i) => cards[i] && cards[i].scrollIntoView({ block: "nearest", behavior: "smooth" }),
  });
  const target = sentenceFromHash();
  result.events.forEach((e) => {
    const card = eventCard(e, {
      onClick: () => {
        history.replaceState(null, "", `#s${e.sentence_index}`);
        focusSentence(view.sentence(e.sentence_index));
      },
    });
    if (e.sentence_index === target) card.classList.add("selected");
    cards.push(card);
  });
  clear($("events")).append(...(cards.length ? cards : [el("div", { class: "empty" }, "No events in this document.")]));
  clear($("stats")).append(
    el("div", { class: "stat" }, el("b", {}, result.events.length), "events"),
    el("div", { class: "stat" }, el("b", {}, result.quotes.length), "quotes"),
    el("div", { class: "stat" }, el("b", {}, result.actors.length), "actor mentions"),
  );
  if (target !== null) focusSentence(view.sentence(target));
  window.addEventListener("hashchange", () => focusSentence(view.sentence(sentenceFromHash())));
  document.body.dataset.ready = "1";
}

init();
