// The Map view: route legs between places over the world outline of world-atlas (d3-geo, topojson).
"use strict";

(function () {
  const M = window.materiel;
  const WORLD = "/static/vendor/countries-110m.json";
  // Keep at least this many degrees around the places when zooming the map to them.
  const MARGIN_DEG = 9;

  function lonLat(place) {
    return [place.coordinates[1], place.coordinates[0]];
  }

  function legPath(leg) {
    const points = [lonLat(leg.from)];
    if (leg.via && leg.via.precision === "exact") points.push(lonLat(leg.via));
    points.push(lonLat(leg.to));
    return { type: "LineString", coordinates: points };
  }

  function extent(legs) {
    const points = [];
    for (const leg of legs) {
      for (const place of [leg.from, leg.to]) {
        const [lon, lat] = lonLat(place);
        points.push([lon - MARGIN_DEG, lat - MARGIN_DEG / 2], [lon + MARGIN_DEG, lat + MARGIN_DEG / 2]);
      }
    }
    return { type: "MultiPoint", coordinates: points };
  }

  function legend() {
    const box = M.clear(document.getElementById("legend"));
    for (const mode of ["land", "sea", "air", "rail", "unknown"]) {
      const style = M.modeStyle(mode);
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("width", "34");
      svg.setAttribute("height", "10");
      const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
      line.setAttribute("x1", "1");
      line.setAttribute("x2", "33");
      line.setAttribute("y1", "5");
      line.setAttribute("y2", "5");
      line.setAttribute("stroke", style.color);
      line.setAttribute("stroke-width", "2.5");
      if (style.dash) line.setAttribute("stroke-dasharray", style.dash);
      svg.append(line);
      box.append(M.el("span", { class: "legend-entry" }, svg, style.label));
    }
    const exact = M.el("span", { class: "dot" });
    const centroid = M.el("span", { class: "dot hollow" });
    box.append(M.el("span", { class: "legend-entry" }, exact, "place"));
    box.append(M.el("span", { class: "legend-entry" }, centroid, "country centre"));
  }

  function describe(leg) {
    const lines = [leg.from.name + " → " + leg.to.name];
    const how = [leg.mode ? "by " + leg.mode : "mode not stated"];
    if (leg.via) how.push("via " + leg.via.name);
    if (leg.vessels.length) how.push("vessel " + leg.vessels.join(", "));
    lines.push(how.join(" · "));
    const t = leg.transfer;
    lines.push((t.supplier || "?") + " → " + (t.recipient || "?") + (t.items.length ? ": " + t.items.join(", ") : ""));
    return lines;
  }

  function showLeg(leg) {
    const box = M.clear(document.getElementById("legs"));
    box.append(M.el("h3", {}, describe(leg)[0]), M.el("p", { class: "subtitle" }, describe(leg)[1]));
    if (leg.evidence) box.append(M.el("blockquote", { class: "evidence-quote" }, leg.evidence));
    box.append(M.transferCard(leg.transfer));
  }

  function listLegs(legs, unplaced, select) {
    const box = M.clear(document.getElementById("legs"));
    box.append(M.el("h3", {}, legs.length + (legs.length === 1 ? " leg" : " legs") + " on the map"));
    if (unplaced) box.append(M.el("p", { class: "hint" }, unplaced + " more could not be placed: no coordinates are known for their ends."));
    const list = M.el("ul", { class: "leg-list" });
    legs.forEach((leg, i) => {
      const swatch = M.el("span", { class: "mode-swatch" });
      swatch.style.backgroundColor = M.modeStyle(leg.mode).color;
      const t = leg.transfer;
      const context = (t.supplier || "?") + " → " + (t.recipient || "?") + (t.date ? " · " + t.date : "");
      const button = M.el("button", { type: "button", class: "link-button", onclick: () => select(i) }, swatch, describe(leg)[0] + " (" + (leg.mode || "?") + ")");
      const item = M.el("li", {}, button, M.el("div", { class: "leg-context" }, context));
      list.append(item);
    });
    box.append(list);
  }

  async function draw() {
    let world, routes;
    try {
      [world, routes] = await Promise.all([M.getJSON(WORLD), M.getJSON("/api/routes" + M.filterQuery())]);
    } catch (err) {
      M.setStatus("Could not load the map: " + err.message, true);
      return;
    }
    legend();
    const svg = d3.select("#map");
    const node = svg.node();
    const width = node.clientWidth || 900;
    const height = node.clientHeight || 560;
    svg.attr("viewBox", "0 0 " + width + " " + height);
    const projection = d3.geoNaturalEarth1();
    const legs = routes.legs;
    const land = topojson.feature(world, world.objects.countries);
    if (legs.length) projection.fitExtent([[30, 30], [width - 30, height - 30]], extent(legs));
    else projection.fitExtent([[10, 10], [width - 10, height - 10]], { type: "Sphere" });
    const path = d3.geoPath(projection);

    const defs = svg.append("defs");
    for (const mode of Object.keys(M.MODE_STYLES)) {
      defs
        .append("marker")
        .attr("id", "arrow-" + mode)
        .attr("viewBox", "0 0 10 10")
        .attr("refX", 9)
        .attr("refY", 5)
        .attr("markerWidth", 5)
        .attr("markerHeight", 5)
        .attr("orient", "auto-start-reverse")
        .append("path")
        .attr("d", "M 0 0 L 10 5 L 0 10 z")
        .attr("fill", M.modeStyle(mode).color);
    }
    const root = svg.append("g");
    root.append("path").datum({ type: "Sphere" }).attr("class", "sphere").attr("d", path);
    root.append("path").datum(d3.geoGraticule10()).attr("class", "graticule").attr("d", path);
    root.append("g").selectAll("path").data(land.features).join("path").attr("class", "country").attr("d", path)
      .append("title").text((d) => (d.properties && d.properties.name) || "");

    const tip = M.tooltip();
    const legPaths = root
      .append("g")
      .selectAll("path")
      .data(legs)
      .join("path")
      .attr("class", (d) => "leg mode-" + (d.mode || "unknown"))
      .attr("d", (d) => path(legPath(d)))
      .attr("stroke", (d) => M.modeStyle(d.mode).color)
      .attr("stroke-dasharray", (d) => M.modeStyle(d.mode).dash)
      .attr("marker-end", (d) => "url(#arrow-" + (M.MODE_STYLES[d.mode] ? d.mode : "unknown") + ")")
      .on("mousemove", (event, d) => tip.show(event, describe(d)))
      .on("mouseleave", () => tip.hide())
      .on("click", (event, d) => select(legs.indexOf(d)));

    const places = new Map();
    for (const leg of legs) {
      for (const place of [leg.from, leg.to, leg.via]) {
        if (place && !places.has(place.id)) places.set(place.id, place);
      }
    }
    // A label that would sit on a neighbour's goes to the left of its point instead.
    const labelled = [];
    for (const place of places.values()) {
      const [px, py] = projection(lonLat(place));
      place.left = labelled.some(([qx, qy]) => Math.abs(qx - px) < 60 && Math.abs(qy - py) < 14);
      labelled.push([px, py]);
    }
    const placeGroups = root
      .append("g")
      .selectAll("g")
      .data([...places.values()])
      .join("g")
      .attr("class", (d) => "place precision-" + d.precision)
      .attr("transform", (d) => "translate(" + projection(lonLat(d)) + ")");
    placeGroups.append("circle").attr("r", 4.5);
    placeGroups
      .append("text")
      .attr("x", (d) => (d.left ? -7 : 7))
      .attr("y", 4)
      .attr("text-anchor", (d) => (d.left ? "end" : "start"))
      .text((d) => d.name);

    function select(i) {
      legPaths.classed("selected", (d, j) => j === i).classed("dimmed", (d, j) => j !== i);
      showLeg(legs[i]);
    }
    svg.call(
      d3.zoom().scaleExtent([0.5, 12]).on("zoom", (event) => {
        root.attr("transform", event.transform);
        placeGroups.attr("transform", (d) => "translate(" + projection(lonLat(d)) + ") scale(" + 1 / event.transform.k + ")");
      })
    );
    listLegs(legs, routes.unplaced, select);
    M.setStatus(legs.length ? "" : M.nothingMessage("route leg with known places"));
    document.body.dataset.ready = "map";
  }

  draw();
})();
