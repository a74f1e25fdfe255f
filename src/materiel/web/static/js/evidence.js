// The Evidence view: hover a highlighted span to see what it supports; the address's #fragment
// (#t-<transfer id>, #c-<claim id>, #m-<start>-<end>) marks every piece of that fact and scrolls to it.
"use strict";

(function () {
  const text = document.getElementById("doc-text");
  const tip = document.getElementById("tooltip");
  if (!text) return;

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // Labels of the span under the pointer and of every highlighted span around it, innermost first.
  function labelsAt(node) {
    const labels = [];
    for (let at = node.closest(".hl"); at && text.contains(at); at = at.parentElement.closest(".hl")) {
      if (at.dataset.label && !labels.includes(at.dataset.label)) labels.push(at.dataset.label);
    }
    return labels;
  }

  text.addEventListener("mouseover", (event) => {
    const labels = labelsAt(event.target);
    if (!labels.length) {
      tip.hidden = true;
      return;
    }
    clear(tip);
    for (const label of labels) {
      const line = document.createElement("div");
      line.textContent = label;
      tip.append(line);
    }
    tip.hidden = false;
  });
  text.addEventListener("mousemove", (event) => {
    if (tip.hidden) return;
    const box = tip.parentElement.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(event.clientX - box.left + 14, box.width - tip.offsetWidth - 8)) + "px";
    tip.style.top = event.clientY - box.top + 18 + "px";
  });
  text.addEventListener("mouseleave", () => {
    tip.hidden = true;
  });
  // A click on a mention opens its entity, unless the reader was selecting text.
  text.addEventListener("click", (event) => {
    const mention = event.target.closest(".hl-mention");
    const selection = window.getSelection();
    if (mention && mention.dataset.href && !(selection && selection.toString())) {
      window.location.assign(mention.dataset.href);
    }
  });

  function markTarget() {
    let fact = "";
    try {
      fact = decodeURIComponent(window.location.hash.slice(1));
    } catch (err) {
      fact = "";
    }
    for (const node of document.querySelectorAll(".is-target")) node.classList.remove("is-target");
    if (!fact) return;
    const pieces = [...text.querySelectorAll(".hl")].filter((node) => node.dataset.fact === fact);
    for (const node of pieces) node.classList.add("is-target");
    for (const node of document.querySelectorAll(".panel [data-fact]")) {
      if (node.dataset.fact === fact) node.classList.add("is-target");
    }
    if (pieces.length) pieces[0].scrollIntoView({ block: "center" });
  }

  window.addEventListener("hashchange", markTarget);
  markTarget();
  document.body.dataset.ready = "document";
})();
