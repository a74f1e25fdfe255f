// The Network view: parties as nodes, transfers as arrows supplier → recipient (cytoscape.js).
"use strict";

(function () {
  const M = window.materiel;
  const SHAPES = {
    country: "ellipse",
    "armed-group": "diamond",
    "state-body": "round-rectangle",
    "military-unit": "triangle",
    company: "rectangle",
    person: "ellipse",
    vessel: "vee",
    unidentified: "ellipse",
  };
  const shape = (type) => SHAPES[type] || "hexagon";

  function style() {
    const rules = [
      {
        selector: "node",
        style: {
          label: "data(name)",
          "background-color": (n) => M.typeColor(n.data("type")),
          shape: (n) => shape(n.data("type")),
          width: (n) => 24 + 9 * Math.log2(n.data("transfer_count") || 1),
          height: (n) => 24 + 9 * Math.log2(n.data("transfer_count") || 1),
          "border-width": 2,
          "border-color": "#ffffff",
          color: "#1d2733",
          "font-size": 12,
          "font-family": '"Noto Sans", "Noto Sans CJK JP", "Noto Sans JP", sans-serif',
          "text-valign": "bottom",
          "text-margin-y": 5,
          "text-wrap": "wrap",
          "text-max-width": 140,
          "text-outline-color": "#ffffff",
          "text-outline-width": 2.5,
        },
      },
      { selector: 'node[type = "unidentified"]', style: { "border-style": "dashed", "border-color": "#6b7280" } },
      {
        selector: "edge",
        style: {
          width: (e) => 1.6 + 2.6 * Math.log2(e.data("weight") || 1),
          "curve-style": "bezier",
          "control-point-step-size": 36,
          "line-color": "#8795a6",
          "target-arrow-color": "#8795a6",
          "target-arrow-shape": "triangle",
          "arrow-scale": 1.15,
          label: (e) => (e.data("weight") > 1 ? String(e.data("weight")) : ""),
          "font-size": 10,
          color: "#46505c",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.85,
          "text-background-padding": 2,
        },
      },
      { selector: 'edge[status = "alleged"], edge[status = "reported"]', style: { "line-style": "solid" } },
      {
        selector: 'edge[status = "planned"], edge[status = "requested"]',
        style: { "line-style": "dashed", "line-dash-pattern": [6, 4] },
      },
      { selector: 'edge[status = "confirmed"]', style: { "line-color": "#2f6f4f", "target-arrow-color": "#2f6f4f" } },
      {
        selector: "edge[?contested]",
        style: { "line-color": "#c0392b", "target-arrow-color": "#c0392b", "line-style": "dashed" },
      },
      { selector: "node:selected", style: { "overlay-color": "#f1c40f", "overlay-opacity": 0.3, "overlay-padding": 7, "overlay-shape": "ellipse" } },
      { selector: "edge:selected", style: { "overlay-color": "#f1c40f", "overlay-opacity": 0.3, "overlay-padding": 5 } },
      { selector: ".faded", style: { opacity: 0.18 } },
    ];
    return rules;
  }

  function legend(nodes) {
    const box = M.clear(document.getElementById("legend"));
    const types = [...new Set(nodes.map((n) => n.type))].sort();
    for (const type of types) {
      const swatch = M.el("span", { class: "swatch shape-" + shape(type) });
      swatch.style.backgroundColor = M.typeColor(type);
      box.append(M.el("span", { class: "legend-entry" }, swatch, type));
    }
    box.append(M.el("span", { class: "legend-entry" }, M.el("span", { class: "line-swatch" }), "reported"));
    box.append(M.el("span", { class: "legend-entry" }, M.el("span", { class: "line-swatch contested" }), "denied by someone"));
    box.append(M.el("span", { class: "legend-entry" }, M.el("span", { class: "line-swatch planned" }), "planned / requested"));
    box.append(M.el("span", { class: "legend-entry" }, M.el("strong", {}, "3"), "documents reporting it"));
  }

  function transfersOf(edges) {
    const seen = new Map();
    for (const edge of edges) for (const t of edge.transfers) seen.set(t.id, t);
    return [...seen.values()].sort((a, b) => String(a.date || "9999").localeCompare(String(b.date || "9999")));
  }

  function showNode(node, network) {
    const panel = M.clear(document.getElementById("panel"));
    const data = node.data();
    const touching = network.edges.filter((e) => e.source === data.id || e.target === data.id);
    const title = M.el("h2", {}, data.name);
    panel.append(title, M.el("p", { class: "subtitle" }, data.type + " · " + data.roles.join(", ")));
    if (!data.id.startsWith("party:")) {
      panel.append(M.el("p", {}, M.el("a", { href: M.entityHref(data.id), class: "entity-link" }, "Entity page: names, mentions →")));
    }
    const transfers = transfersOf(touching);
    panel.append(M.el("h3", {}, transfers.length + (transfers.length === 1 ? " transfer" : " transfers")));
    for (const t of transfers) panel.append(M.transferCard(t));
  }

  function showEdge(edge, network) {
    const panel = M.clear(document.getElementById("panel"));
    const data = edge.data();
    const names = Object.fromEntries(network.nodes.map((n) => [n.id, n.name]));
    panel.append(M.el("h2", {}, names[data.source] + " → " + names[data.target]));
    const docs = data.weight === 1 ? "1 document" : data.weight + " documents";
    panel.append(M.el("p", { class: "subtitle" }, data.transfer_count + " transfers reported in " + docs + (data.contested ? " · denied by someone" : "")));
    for (const t of data.transfers) panel.append(M.transferCard(t));
  }

  async function draw() {
    let network;
    try {
      network = await M.getJSON("/api/network" + M.filterQuery());
    } catch (err) {
      M.setStatus("Could not load the network: " + err.message, true);
      return;
    }
    if (!network.nodes.length) {
      M.setStatus(M.nothingMessage("transfer"));
      document.body.dataset.ready = "network";
      return;
    }
    M.setStatus("");
    legend(network.nodes);
    const elements = [
      ...network.nodes.map((n) => ({ group: "nodes", data: n })),
      ...network.edges.map((e) => ({ group: "edges", data: e })),
    ];
    const cy = cytoscape({
      container: document.getElementById("network"),
      elements,
      style: style(),
      layout: { name: "circle", padding: 50 },
      wheelSensitivity: 0.4,
      minZoom: 0.2,
      maxZoom: 4,
    });
    const layout = cy.layout({
      name: "cose",
      randomize: false,
      animate: false,
      padding: 50,
      nodeRepulsion: () => 900000,
      idealEdgeLength: () => 130,
      edgeElasticity: () => 80,
      nodeOverlap: 20,
      numIter: 2000,
    });
    layout.run();
    cy.fit(undefined, 50);
    cy.on("tap", "node", (event) => {
      cy.elements().removeClass("faded");
      cy.elements().difference(event.target.closedNeighborhood()).addClass("faded");
      showNode(event.target, network);
    });
    cy.on("tap", "edge", (event) => {
      cy.elements().removeClass("faded");
      cy.elements().difference(event.target.union(event.target.connectedNodes())).addClass("faded");
      showEdge(event.target, network);
    });
    cy.on("tap", (event) => {
      if (event.target === cy) cy.elements().removeClass("faded");
    });
    window.materielNetwork = cy;
    document.body.dataset.ready = "network";
  }

  draw();
})();
