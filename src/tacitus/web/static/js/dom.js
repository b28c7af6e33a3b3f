// DOM and API helpers. Data is only ever put into the page with textContent / attributes, never as HTML.

/** Create an element: el("div", {class: "x", title: "y"}, child, "text", ...). */
export function el(tag, attrs = {}, ...children) {
  const svg = ["svg", "g", "line", "circle", "rect", "path", "text", "title", "defs", "marker", "polyline"];
  const node = svg.includes(tag)
    ? document.createElementNS("http://www.w3.org/2000/svg", tag)
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** Fetch JSON from the API; throws ApiError with the server's detail message on 4xx/5xx. */
export async function api(path, options = {}) {
  const init = { headers: { Accept: "application/json" }, ...options };
  if (options.json !== undefined) {
    init.method = init.method || "POST";
    init.headers = { ...init.headers, "Content-Type": "application/json" };
    init.body = JSON.stringify(options.json);
    delete init.json;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    throw new ApiError(0, "the server cannot be reached");
  }
  let body = null;
  try {
    body = await response.json();
  } catch (err) {
    body = null;
  }
  if (!response.ok) {
    const detail = body && typeof body.detail === "string" ? body.detail : response.statusText;
    throw new ApiError(response.status, `${detail} (HTTP ${response.status})`);
  }
  return body;
}

/** Show an error message in a container (or hide it when message is empty). */
export function showError(box, message) {
  box.textContent = message || "";
  box.classList.toggle("hidden", !message);
}

/** Goldstein as a signed number with one decimal. */
export function fmtGoldstein(value) {
  if (value === null || value === undefined) return "–";
  const v = Number(value);
  return (v > 0 ? "+" : v < 0 ? "−" : "") + Math.abs(v).toFixed(1);
}

export function goldsteinClass(value) {
  const v = Number(value);
  return v > 0 ? "pos" : v < 0 ? "neg" : "zero";
}

export const QUAD_NAMES = {
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
};

/** Short label for an actor reference {code, name, text}. */
export function actorLabel(actor) {
  if (!actor) return "—";
  return actor.code || actor.text || actor.name || "?";
}

/** The floating tooltip shared by a page; rows are [kind, text] pairs or nodes. */
export function tooltip() {
  let box = document.querySelector(".tooltip");
  if (!box) {
    box = el("div", { class: "tooltip hidden", role: "tooltip" });
    document.body.append(box);
  }
  return {
    show(rows, x, y) {
      clear(box);
      for (const row of rows) box.append(row);
      box.classList.remove("hidden");
      const pad = 14;
      const rect = box.getBoundingClientRect();
      const left = Math.min(x + pad, window.innerWidth - rect.width - 8);
      const top = y + pad + rect.height > window.innerHeight ? y - rect.height - pad : y + pad;
      box.style.left = `${Math.max(8, left)}px`;
      box.style.top = `${Math.max(8, top)}px`;
    },
    hide() {
      box.classList.add("hidden");
    },
  };
}

/** Mark the current page in the top bar and show the server status. */
export async function initChrome() {
  for (const a of document.querySelectorAll(".topbar nav a")) {
    const here = a.getAttribute("href") === window.location.pathname;
    a.classList.toggle("active", here);
  }
  const status = document.querySelector(".topbar .status");
  if (!status) return null;
  try {
    const health = await api("/v1/health");
    status.textContent = `v${health.version} · ${health.database ? "corpus connected" : "no corpus database"}`;
    return health;
  } catch (err) {
    status.textContent = "server unreachable";
    return null;
  }
}
