// Shared by the drawn views: building DOM safely, calling the API, colours, transfer cards.
// Data from the store is untrusted: it only ever reaches the page as textContent or an
// attribute set by setAttribute, never as HTML.
"use strict";

(function () {
  const M = (window.materiel = window.materiel || {});

  // el("a", {href: "/x", class: "y"}, "text", child): children are text or nodes, never HTML.
  M.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  };

  const FILTERS = ["supplier", "recipient", "intermediary", "item", "category", "status", "date_from", "date_to"];

  // The page's own filters (from its address), passed on to the API.
  M.filterQuery = function () {
    const here = new URLSearchParams(window.location.search);
    const out = new URLSearchParams();
    for (const name of FILTERS) {
      const value = here.get(name);
      if (value) out.set(name, value);
    }
    const text = out.toString();
    return text ? "?" + text : "";
  };

  // What to say when a view has nothing to draw.
  M.nothingMessage = function (what) {
    return M.filterQuery() ? "No " + what + " matches these filters." : "No " + what + " in the store yet: analyze some articles first.";
  };

  M.getJSON = async function (url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      body = null;
    }
    if (!response.ok) {
      throw new Error((body && body.message) || response.status + " " + response.statusText);
    }
    return body;
  };

  M.documentHref = function (documentId, fact) {
    return "/documents/" + encodeURIComponent(documentId) + (fact ? "#" + encodeURIComponent(fact) : "");
  };
  M.transferHref = function (t) {
    return M.documentHref(t.document_id, "t-" + t.id);
  };
  M.entityHref = function (id) {
    return "/entities/" + encodeURIComponent(id).replace(/%3A/g, ":");
  };

  M.TYPE_COLORS = {
    country: "#3a6ea5",
    "armed-group": "#c0392b",
    "state-body": "#7d5ba6",
    "military-unit": "#8e6c1d",
    company: "#1f8a70",
    person: "#b5527e",
    media: "#6b7280",
    vessel: "#16829b",
    port: "#4b8b3b",
    "border-crossing": "#a8741a",
    city: "#5b7a99",
    region: "#7f8c4a",
    sea: "#2e86c1",
    "weapon-system": "#d35400",
    unidentified: "#9aa3ad",
  };
  M.typeColor = (type) => M.TYPE_COLORS[type] || M.TYPE_COLORS.unidentified;

  M.CATEGORY_COLORS = {
    drone: "#4e79a7",
    missile: "#e15759",
    "air-defence": "#76b7b2",
    "artillery-ammunition": "#f28e2b",
    "small-arms": "#59a14f",
    "rocket-launcher": "#edc948",
    "anti-tank": "#b07aa1",
    "armoured-vehicle": "#9c755f",
    aircraft: "#5fa2ce",
    naval: "#1f5f8b",
    components: "#bab0ac",
    "dual-use": "#ff9da7",
    ammunition: "#d4a14f",
    other: "#8c8c8c",
    unspecified: "#c7cdd4",
  };
  M.categoryColor = (c) => M.CATEGORY_COLORS[c] || "#8c8c8c";

  M.MODE_STYLES = {
    land: { color: "#8d5524", dash: null, label: "land" },
    sea: { color: "#1f6fb2", dash: "7 4", label: "sea" },
    air: { color: "#7d3c98", dash: "2 4", label: "air" },
    rail: { color: "#2c3e50", dash: "10 3 2 3", label: "rail" },
    unknown: { color: "#8a939c", dash: "1 3", label: "mode not stated" },
  };
  M.modeStyle = (mode) => M.MODE_STYLES[mode] || M.MODE_STYLES.unknown;

  M.badge = function (status) {
    return M.el("span", { class: "badge status-" + status }, status);
  };

  // A transfer as the drawn views' panels list it: path, items, date, status, evidence and a link
  // to the evidence in its document.
  M.transferCard = function (t) {
    const path = [t.supplier || "unknown", ...(t.intermediaries || []), t.recipient || "unknown"].join(" → ");
    const card = M.el(
      "section",
      { class: "fact" },
      M.el("p", { class: "fact-path" }, path),
      M.el("p", { class: "fact-items" }, (t.items && t.items.length ? t.items.join(", ") : "items unspecified")),
      M.el("p", { class: "fact-meta" }, M.badge(t.status), t.date ? M.el("span", { class: "date" }, t.date) : null)
    );
    if (t.evidence) card.append(M.el("blockquote", { class: "evidence-quote" }, t.evidence));
    card.append(M.el("a", { class: "evidence-link", href: M.transferHref(t) }, "Open the evidence →"));
    return card;
  };

  M.setStatus = function (text, isError) {
    const line = document.getElementById("status");
    if (!line) return;
    line.textContent = text || "";
    line.hidden = !text;
    line.classList.toggle("error", Boolean(isError));
  };

  M.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  };

  // A tooltip that follows the pointer inside the drawing; lines are plain text.
  M.tooltip = function () {
    const tip = document.getElementById("tooltip");
    return {
      show(event, lines) {
        M.clear(tip);
        for (const line of lines) tip.append(M.el("div", {}, line));
        tip.hidden = false;
        const box = tip.parentElement.getBoundingClientRect();
        const x = Math.min(event.clientX - box.left + 14, box.width - tip.offsetWidth - 8);
        const y = Math.min(event.clientY - box.top + 14, box.height - tip.offsetHeight - 8);
        tip.style.left = Math.max(4, x) + "px";
        tip.style.top = Math.max(4, y) + "px";
      },
      hide() {
        tip.hidden = true;
      },
    };
  };
})();
