// Event and quote cards (Analyze and document pages).

import { actorLabel, el, fmtGoldstein, goldsteinClass, QUAD_NAMES } from "./dom.js";

function actorChip(actor) {
  if (!actor) return el("span", { class: "actor-chip" }, el("span", { class: "ac-text" }, "—"));
  const text = actor.text || actor.name || "";
  return el(
    "span",
    { class: "actor-chip", title: actor.name || "" },
    el("span", { class: "ac-code" }, actor.code || "uncoded"),
    el("span", { class: "ac-text" }, text),
  );
}

/** The evidence sentence with the trigger marked (offsets relative to the sentence). */
export function evidence(event) {
  const box = el("div", { class: "evidence" });
  const sentence = event.sentence || "";
  const t = event.trigger;
  const base = event.sentence_start;
  if (t && Number.isInteger(base) && t.start >= base && t.end - base <= sentence.length) {
    box.append(
      sentence.slice(0, t.start - base),
      el("mark", {}, sentence.slice(t.start - base, t.end - base)),
      sentence.slice(t.end - base),
    );
  } else {
    box.append(sentence);
  }
  return box;
}

function place(location) {
  if (!location) return null;
  return location.country && location.name !== location.country
    ? `${location.name}, ${location.country}`
    : location.name;
}

/** A card for one event record. */
export function eventCard(event, { onClick, link } = {}) {
  const facts = el("div", { class: "facts" });
  const fact = (label, value) => {
    if (value) facts.append(el("span", {}, `${label} `, el("b", {}, value)));
  };
  fact("Date", event.date);
  fact("Place", place(event.location));
  fact("Reported by", event.reported_by ? actorLabel(event.reported_by) : null);
  fact("Class", QUAD_NAMES[event.quad_class]);
  fact("Confidence", event.confidence !== undefined ? Number(event.confidence).toFixed(2) : null);
  const card = el(
    "div",
    { class: `card event-card qc${event.quad_class || 0}`, "data-cameo": event.cameo },
    el(
      "div",
      { class: "card-top" },
      el("span", { class: "code-pill", title: "CAMEO code" }, event.cameo),
      event.plover ? el("span", { class: "plover", title: "PLOVER event type" }, event.plover) : null,
      event.negated ? el("span", { class: "negated" }, "NEGATED") : null,
      el("span", { class: "spacer" }),
      el(
        "span",
        { class: `gs ${goldsteinClass(event.goldstein)}`, title: "Goldstein scale (−10 conflict … +10 cooperation)" },
        fmtGoldstein(event.goldstein),
      ),
    ),
    el(
      "div",
      { class: "dyad" },
      actorChip(event.source),
      el("span", { class: "arrow" }, "→"),
      actorChip(event.target),
    ),
    el("div", { class: "cameo-name" }, event.cameo_name || ""),
    facts,
    evidence(event),
    link ? el("div", { class: "hint" }, el("a", { href: link }, "Open in document →")) : null,
  );
  if (onClick) card.addEventListener("click", onClick);
  return card;
}

/** A card for one quote record. */
export function quoteCard(quote, { onClick } = {}) {
  const speaker = quote.speaker
    ? `${actorLabel(quote.speaker)} (${quote.speaker.text})`
    : quote.speaker_text
      ? quote.speaker_text.text
      : "Unattributed";
  const card = el(
    "div",
    { class: "card quote-card" },
    el(
      "div",
      { class: "card-top" },
      el("span", { class: "speaker" }, speaker),
      el("span", { class: "spacer" }),
      el("span", { class: "plover" }, (quote.type || "").toUpperCase()),
    ),
    el("div", { class: "content" }, quote.text || ""),
  );
  if (onClick) card.addEventListener("click", onClick);
  return card;
}
