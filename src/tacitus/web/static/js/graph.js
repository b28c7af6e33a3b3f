// Actor network: a small force-directed layout (Fruchterman-Reingold) drawn as SVG.

import { clear, el, fmtGoldstein } from "./dom.js";

const W = 640;
const H = 340;
const PAD = 34;

/** Edge colour from mean Goldstein: red (conflict) through grey to green (cooperation). */
function edgeColor(gs) {
  if (gs === null || gs === undefined) return "#94a3b8";
  if (gs <= -5) return "#b91c1c";
  if (gs < 0) return "#f97316";
  if (gs === 0) return "#94a3b8";
  if (gs < 5) return "#22c55e";
  return "#15803d";
}

/** Deterministic layout: nodes start on a circle (sorted by activity) so a reload gives the same picture. */
export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a) };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.sqrt(((W - 2 * PAD) * (H - 2 * PAD)) / Math.max(1, n)) * 0.75;
  let temp = W / 8;
  for (let it = 0; it < iterations; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x;
        let dy = pos[i].y - pos[j].y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) {
          dx = 0.01 * (i - j);
          dy = 0.01;
          d = Math.hypot(dx, dy);
        }
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f;
        disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f;
        disp[j].y -= (dy / d) * f;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k;
      disp[a].x -= (dx / d) * f;
      disp[a].y -= (dy / d) * f;
      disp[b].x += (dx / d) * f;
      disp[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (W / 2 - pos[i].x) * 0.05; // weak gravity keeps unconnected actors on screen
      disp[i].y += (H / 2 - pos[i].y) * 0.05;
      const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
      pos[i].x = Math.min(W - PAD, Math.max(PAD, pos[i].x + (disp[i].x / d) * Math.min(d, temp)));
      pos[i].y = Math.min(H - PAD, Math.max(PAD, pos[i].y + (disp[i].y / d) * Math.min(d, temp)));
    }
    temp = Math.max(0.5, temp * 0.97);
  }
  return pos;
}

/** Draw the network ({nodes: [{id, events}], edges: [{source, target, events, goldstein}]}). */
export function drawNetwork(container, network, { onNode, onEdge } = {}) {
  clear(container);
  const { nodes, edges } = network;
  if (!nodes.length) {
    container.append(el("div", { class: "empty" }, "No dyads between coded actors for these filters."));
    return null;
  }
  const pos = layout(nodes, edges);
  const at = new Map(nodes.map((node, i) => [node.id, pos[i]]));
  const maxEvents = Math.max(...nodes.map((node) => node.events));
  const maxEdge = Math.max(...edges.map((e) => e.events), 1);
  const radius = (node) => 6 + 16 * Math.sqrt(node.events / maxEvents);
  const rOf = new Map(nodes.map((node) => [node.id, radius(node)]));

  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Actor network" });
  const defs = el("defs");
  for (const color of ["#b91c1c", "#f97316", "#94a3b8", "#22c55e", "#15803d"]) {
    const marker = el("marker", {
      id: `arrow-${color.slice(1)}`,
      viewBox: "0 0 10 10",
      refX: 9,
      refY: 5,
      markerWidth: 9,
      markerHeight: 9,
      markerUnits: "userSpaceOnUse",
      orient: "auto-start-reverse",
    });
    marker.append(el("path", { d: "M0,0 L10,5 L0,10 z", fill: color }));
    defs.append(marker);
  }
  svg.append(defs);

  const edgeLayer = el("g", { class: "edges" });
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.max(1, Math.hypot(dx, dy));
    // Curve each direction to its own side so A->B and B->A stay distinct; stop at the node's rim.
    const ra = rOf.get(e.source);
    const rb = rOf.get(e.target) + 3;
    const sx = a.x + (dx / d) * ra;
    const sy = a.y + (dy / d) * ra;
    const tx = b.x - (dx / d) * rb;
    const ty = b.y - (dy / d) * rb;
    const mx = (sx + tx) / 2 - (dy / d) * 14;
    const my = (sy + ty) / 2 + (dx / d) * 14;
    const color = edgeColor(e.goldstein);
    const path = el("path", {
      class: "edge",
      d: `M${sx},${sy} Q${mx},${my} ${tx},${ty}`,
      fill: "none",
      stroke: color,
      "stroke-width": 1 + 5 * Math.sqrt(e.events / maxEdge),
      "marker-end": `url(#arrow-${color.slice(1)})`,
      "data-source": e.source,
      "data-target": e.target,
    });
    path.append(el("title", {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${fmtGoldstein(e.goldstein)}`));
    if (onEdge) path.addEventListener("click", () => onEdge(e));
    edgeLayer.append(path);
  }
  const nodeLayer = el("g", { class: "nodes" });
  nodes.forEach((node, i) => {
    const p = pos[i];
    const g = el("g", { class: "node", transform: `translate(${p.x},${p.y})`, "data-id": node.id });
    g.append(
      el("circle", { r: rOf.get(node.id), fill: "#1f3a5f" }),
      el("text", { y: -rOf.get(node.id) - 4, "text-anchor": "middle" }, node.id),
      el("title", {}, `${node.id}: ${node.events} events`),
    );
    if (onNode) g.addEventListener("click", () => onNode(node));
    nodeLayer.append(g);
  });
  svg.append(edgeLayer, nodeLayer);
  container.append(svg);
  return svg;
}
