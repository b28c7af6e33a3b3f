// Dyad timeline: stacked bars of events per QuadClass per period, and a line of mean Goldstein (SVG).

import { clear, el, fmtGoldstein, QUAD_NAMES } from "./dom.js";

const W = 640;
const H = 270;
const M = { top: 26, right: 44, bottom: 44, left: 40 };
const QUAD_COLORS = { 1: "#4ade80", 2: "#2dd4bf", 3: "#fb923c", 4: "#ef4444" };

function niceMax(v) {
  if (v <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

function tickLabel(period, freq) {
  if (freq === "year") return period.slice(0, 4);
  if (freq === "month") return period.slice(0, 7);
  return period.slice(5, 10);
}

/** Draw `points` ({period, events, q1..q4, goldstein_mean}) into `container`. */
export function drawTimeline(container, points, { freq = "week", title = "" } = {}) {
  clear(container);
  if (!points.length) {
    container.append(el("div", { class: "empty" }, title ? `No dated events for ${title}.` : "No data."));
    return null;
  }
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const ymax = niceMax(Math.max(...points.map((p) => p.events || 0)));
  const step = iw / points.length;
  const bw = Math.max(2, Math.min(36, step * 0.7));
  const x = (i) => M.left + step * i + step / 2;
  const y = (v) => M.top + ih - (v / ymax) * ih;
  const g = (v) => M.top + ih - ((v + 10) / 20) * ih;

  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Timeline ${title}` });
  svg.append(el("title", {}, `Events per ${freq}: ${title}`));
  const grid = el("g", { class: "grid" });
  const axis = el("g", { class: "axis" });
  for (let k = 0; k <= 5; k++) {
    const v = (ymax / 5) * k;
    grid.append(el("line", { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
    axis.append(el("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end" }, Math.round(v)));
  }
  for (const v of [-10, 0, 10]) {
    axis.append(el("text", { x: W - M.right + 6, y: g(v) + 4 }, fmtGoldstein(v)));
  }
  axis.append(el("text", { x: 4, y: M.top - 14 }, "events"));
  axis.append(el("text", { x: W - 4, y: M.top - 14, "text-anchor": "end" }, "Goldstein"));
  axis.append(el("line", { x1: M.left, x2: W - M.right, y1: y(0), y2: y(0) }));
  const every = Math.ceil(points.length / 10);
  points.forEach((p, i) => {
    if (i % every === 0) {
      axis.append(el("text", { x: x(i), y: H - M.bottom + 16, "text-anchor": "middle" }, tickLabel(p.period, freq)));
    }
  });
  svg.append(grid, axis);

  const bars = el("g", { class: "bars" });
  points.forEach((p, i) => {
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const n = p[`q${q}`] || 0;
      if (!n) continue;
      const rect = el("rect", {
        class: "bar",
        x: x(i) - bw / 2,
        y: y(base + n),
        width: bw,
        height: Math.max(1, y(base) - y(base + n)),
        fill: QUAD_COLORS[q],
      });
      rect.append(el("title", {}, `${p.period}: ${n} ${QUAD_NAMES[q].toLowerCase()}`));
      bars.append(rect);
      base += n;
    }
  });
  svg.append(bars);

  const withG = points.map((p, i) => [i, p.goldstein_mean]).filter(([, v]) => v !== null && v !== undefined);
  if (withG.length) {
    svg.append(el("polyline", { class: "gline", points: withG.map(([i, v]) => `${x(i)},${g(v)}`).join(" ") }));
    for (const [i, v] of withG) {
      const dot = el("circle", { class: "gdot", cx: x(i), cy: g(v), r: 3 });
      dot.append(el("title", {}, `${points[i].period}: mean Goldstein ${fmtGoldstein(v)}`));
      svg.append(dot);
    }
  }
  const legend = el("g", { class: "axis" });
  const offsets = [0, 118, 250, 352];
  [1, 2, 3, 4].forEach((q, k) => {
    const lx = M.left + offsets[k];
    legend.append(el("rect", { x: lx, y: H - 16, width: 10, height: 10, fill: QUAD_COLORS[q] }));
    legend.append(el("text", { x: lx + 14, y: H - 7 }, QUAD_NAMES[q]));
  });
  legend.append(el("text", { x: M.left + 480, y: H - 7 }, "mean Goldstein"));
  svg.append(legend, el("line", { x1: M.left + 460, x2: M.left + 476, y1: H - 11, y2: H - 11, class: "gline" }));
  container.append(svg);
  return svg;
}
