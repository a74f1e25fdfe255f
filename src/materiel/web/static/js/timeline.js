// The Timeline view: transfers per month, stacked by item category (d3, SVG).
"use strict";

(function () {
  const M = window.materiel;
  const MARGIN = { top: 20, right: 20, bottom: 46, left: 44 };

  function transfersHref(from, to, category) {
    const params = new URLSearchParams(window.location.search);
    params.set("date_from", from);
    params.set("date_to", to);
    if (category && category !== "unspecified") params.set("category", category);
    params.delete("offset");
    return "/transfers?" + params.toString();
  }

  function legend(categories) {
    const box = M.clear(document.getElementById("legend"));
    for (const c of categories) {
      const swatch = M.el("span", { class: "swatch" });
      swatch.style.backgroundColor = M.categoryColor(c);
      box.append(M.el("span", { class: "legend-entry" }, swatch, c));
    }
  }

  function extra(data) {
    const box = M.clear(document.getElementById("extra"));
    if (data.year_only.length) {
      box.append(M.el("h3", {}, "Dated to the year only"));
      const list = M.el("ul", { class: "plain" });
      for (const y of data.year_only) {
        list.append(M.el("li", {}, M.el("a", { href: transfersHref(y.year, y.year) }, y.year), ": " + y.total));
      }
      box.append(list);
    }
    if (data.undated) box.append(M.el("p", { class: "hint" }, data.undated + " undated " + (data.undated === 1 ? "transfer" : "transfers") + " not shown."));
  }

  // Every transfer of the filter in date order, each linked to its evidence.
  function chronology(transfers) {
    const box = M.clear(document.getElementById("chronology"));
    const shown = transfers.items.length < transfers.total ? " (first " + transfers.items.length + ")" : "";
    box.append(M.el("h2", {}, "Transfers in date order", M.el("span", { class: "count" }, String(transfers.total) + shown)));
    const rows = transfers.items.map((t) => {
      const path = [t.supplier, ...t.intermediaries, t.recipient].map((p) => (p && p.name) || "unknown").join(" → ");
      const items = t.items.map((i) => (i.quantity && i.quantity.text ? i.quantity.text + " " : "") + (i.name || i.text || i.category)).join(", ");
      const quote = t.evidence.length ? t.evidence[0].text : "open";
      return M.el(
        "tr",
        {},
        M.el("td", { class: "nowrap" }, t.date || "undated"),
        M.el("td", {}, path),
        M.el("td", {}, items || "unspecified"),
        M.el("td", {}, M.badge(t.status)),
        M.el("td", { class: "evidence-cell" }, M.el("a", { class: "evidence-link", href: M.transferHref(t) }, M.el("q", {}, quote)))
      );
    });
    const head = M.el("thead", {}, M.el("tr", {}, ["Date", "Supplier → recipient", "Items", "Status", "Evidence"].map((h) => M.el("th", {}, h))));
    box.append(M.el("table", { class: "table transfers" }, head, M.el("tbody", {}, rows)));
  }

  async function draw() {
    let data;
    try {
      const query = M.filterQuery();
      const list = M.getJSON("/api/transfers" + (query ? query + "&" : "?") + "limit=1000");
      data = await M.getJSON("/api/timeline" + query);
      chronology(await list);
    } catch (err) {
      M.setStatus("Could not load the timeline: " + err.message, true);
      return;
    }
    legend(data.categories);
    extra(data);
    if (!data.months.length) {
      M.setStatus(M.nothingMessage("dated transfer"));
      document.body.dataset.ready = "timeline";
      return;
    }
    M.setStatus("");
    const svg = d3.select("#timeline");
    const node = svg.node();
    const width = node.clientWidth || 900;
    const height = node.clientHeight || 420;
    svg.attr("viewBox", "0 0 " + width + " " + height);
    const months = data.months.map((m) => m.month);
    const x = d3.scaleBand().domain(months).range([MARGIN.left, width - MARGIN.right]).padding(0.22);
    // Small counts keep short bars: the axis goes to 3 at least.
    const maxTotal = Math.max(3, d3.max(data.months, (m) => m.total) || 0);
    const y = d3.scaleLinear().domain([0, maxTotal]).nice().range([height - MARGIN.bottom, MARGIN.top]);
    const every = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(width / 70))));

    svg.append("g").attr("class", "grid").attr("transform", "translate(" + MARGIN.left + ",0)")
      .call(d3.axisLeft(y).ticks(Math.min(maxTotal, 6)).tickSize(-(width - MARGIN.left - MARGIN.right)).tickFormat(""));
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (height - MARGIN.bottom) + ")")
      .call(d3.axisBottom(x).tickValues(months.filter((m, i) => i % every === 0)));
    svg.append("g").attr("class", "axis").attr("transform", "translate(" + MARGIN.left + ",0)")
      .call(d3.axisLeft(y).ticks(Math.min(maxTotal, 6)).tickFormat(d3.format("d")));

    const stack = d3.stack().keys(data.categories).value((m, key) => m.counts[key] || 0);
    const layers = stack(data.months);
    const tip = M.tooltip();
    svg.append("g").selectAll("g").data(layers).join("g")
      .attr("fill", (layer) => M.categoryColor(layer.key))
      .selectAll("a").data((layer) => layer.filter((p) => p[1] > p[0]).map((point) => ({ point, key: layer.key }))).join("a")
      .attr("href", (d) => transfersHref(d.point.data.month, d.point.data.month, d.key))
      .append("rect")
      .attr("class", "bar")
      .attr("x", (d) => x(d.point.data.month))
      .attr("width", x.bandwidth())
      .attr("y", (d) => y(d.point[1]))
      .attr("height", (d) => y(d.point[0]) - y(d.point[1]))
      .on("mousemove", (event, d) => tip.show(event, [d.point.data.month, d.key + ": " + (d.point[1] - d.point[0]), "total: " + d.point.data.total]))
      .on("mouseleave", () => tip.hide());
    document.body.dataset.ready = "timeline";
  }

  draw();
})();
