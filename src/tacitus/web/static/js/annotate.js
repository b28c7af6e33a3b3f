// Render a document's text with its sentences, actor mentions, event triggers and quotes as nested spans.
// The text is split at every span boundary; each piece is a text node inside a <span> whose classes say
// which layers cover it. Nothing is ever parsed as HTML.

import { actorLabel, el, fmtGoldstein, QUAD_NAMES, tooltip } from "./dom.js";

function layers(model) {
  const out = [];
  (model.quotes || []).forEach((q, i) => out.push({ kind: "quote", start: q.start, end: q.end, item: q, i }));
  (model.mentions || []).forEach((m, i) => out.push({ kind: "actor", start: m.start, end: m.end, item: m, i }));
  (model.events || []).forEach((e, i) => {
    if (e.trigger) out.push({ kind: "trigger", start: e.trigger.start, end: e.trigger.end, item: e, i });
  });
  const n = model.text.length;
  return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end && a.end <= n);
}

function tipRows(anns) {
  return anns.map((a) => {
    const row = el("div", { class: "tip-row" });
    if (a.kind === "actor") {
      const m = a.item;
      row.append(el("div", { class: "tip-kind" }, "Actor"), el("code", {}, m.code || "uncoded"), " ");
      row.append(`${m.name || m.text}${m.actor_kind ? ` · ${m.actor_kind}` : ""}`);
    } else if (a.kind === "trigger") {
      const e = a.item;
      row.append(el("div", { class: "tip-kind" }, `Event trigger${e.negated ? " (negated)" : ""}`));
      row.append(el("code", {}, e.cameo), ` ${e.cameo_name || ""}`);
      row.append(el("div", {}, `${actorLabel(e.source)} → ${actorLabel(e.target)}`));
      const plover = e.plover ? `PLOVER ${e.plover} · ` : "";
      row.append(el("div", {}, `${plover}Goldstein ${fmtGoldstein(e.goldstein)} · ${QUAD_NAMES[e.quad_class] || ""}`));
    } else {
      const q = a.item;
      row.append(el("div", { class: "tip-kind" }, `${q.type || ""} quote`));
      const who = q.speaker ? actorLabel(q.speaker) : q.speaker_text ? q.speaker_text.text : "unattributed";
      row.append(`Speaker: ${who}`);
    }
    return row;
  });
}

/**
 * Render `model` ({text, sentences, mentions, quotes, events}) into `container`.
 * Returns {sentence(n): element, triggers(i): elements} for linking cards to the text.
 */
export function renderAnnotated(container, model, { onTrigger } = {}) {
  const text = model.text || "";
  const anns = layers(model);
  const sentences = (model.sentences || []).filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
  const cuts = new Set([0, text.length]);
  for (const a of anns) cuts.add(a.start).add(a.end);
  for (const s of sentences) cuts.add(s.start).add(s.end);
  const bounds = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);

  const tip = tooltip();
  const sentenceEls = new Map();
  const triggerEls = new Map();
  const frag = document.createDocumentFragment();
  let si = 0;
  let currentSent = null;
  for (let k = 0; k < bounds.length - 1; k++) {
    const start = bounds[k];
    const end = bounds[k + 1];
    while (si < sentences.length && sentences[si].end <= start) si++;
    const sent = si < sentences.length && sentences[si].start <= start ? sentences[si] : null;
    if (sent && (!currentSent || currentSent.dataset.index !== String(sent.index))) {
      currentSent = el("span", { class: "sent", id: `s${sent.index}`, "data-index": sent.index });
      sentenceEls.set(sent.index, currentSent);
      frag.append(currentSent);
    } else if (!sent) {
      currentSent = null;
    }
    const parent = currentSent || frag;
    const covering = anns.filter((a) => a.start <= start && end <= a.end);
    const piece = text.slice(start, end);
    if (!covering.length) {
      parent.append(document.createTextNode(piece));
      continue;
    }
    const classes = ["ann"];
    for (const a of covering) {
      const c = a.kind === "actor" ? "m" : a.kind === "trigger" ? "t" : "q";
      classes.push(c);
      if (a.start === start) classes.push(`${c}-start`);
      if (a.end === end) classes.push(`${c}-end`);
      if (a.kind === "actor" && !a.item.code) classes.push("unknown");
    }
    const span = el("span", { class: [...new Set(classes)].join(" ") }, piece);
    span.addEventListener("mouseenter", (ev) => tip.show(tipRows(covering), ev.clientX, ev.clientY));
    span.addEventListener("mousemove", (ev) => tip.show(tipRows(covering), ev.clientX, ev.clientY));
    span.addEventListener("mouseleave", () => tip.hide());
    const triggers = covering.filter((a) => a.kind === "trigger");
    for (const t of triggers) {
      if (!triggerEls.has(t.i)) triggerEls.set(t.i, []);
      triggerEls.get(t.i).push(span);
      span.dataset.event = t.i;
    }
    if (triggers.length && onTrigger) span.addEventListener("click", () => onTrigger(triggers[0].i));
    parent.append(span);
  }
  container.replaceChildren(frag);
  return {
    sentence: (n) => sentenceEls.get(Number(n)) || null,
    triggers: (i) => triggerEls.get(i) || [],
  };
}

/** Scroll a sentence into view and flash it. */
export function focusSentence(node) {
  if (!node) return;
  for (const old of document.querySelectorAll(".sent.focus")) old.classList.remove("focus");
  node.classList.add("focus");
  node.scrollIntoView({ block: "center", behavior: "smooth" });
}
