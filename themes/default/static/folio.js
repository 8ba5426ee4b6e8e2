/* Folio default theme: small enhancements; every page works without them. */
"use strict";

/* Sortable tables: a column header becomes a button; choosing it sorts the rows by the cells'
   data-sort keys (numbers as numbers), and aria-sort tells assistive technology the order. */
document.querySelectorAll("table.sortable").forEach(function (table) {
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (header, column) {
    var button = document.createElement("button");
    button.type = "button";
    while (header.firstChild) button.appendChild(header.firstChild);
    header.appendChild(button);
    header.setAttribute("aria-sort", "none");
    button.addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(headers, function (other) { other.setAttribute("aria-sort", "none"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = header.dataset.type === "number";
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var cell = row.cells[column];
        var text = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
        return numeric ? (text === "" ? NaN : parseFloat(text)) : text;
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (numeric) {
          if (isNaN(x)) return 1;
          if (isNaN(y)) return -1;
          return ascending ? x - y : y - x;
        }
        return ascending ? x.localeCompare(y, document.documentElement.lang) : y.localeCompare(x, document.documentElement.lang);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});

/* The recommendation finder: the facets chosen in the form (kept in the URL, so that a choice
   can be shared and the back button works) narrow the list to the recommendations that fit.
   Each item lists its tags in data-facets ("facet=value ..."); a facet it does not name fits
   every value of it. Sections and challenges left empty are hidden. */
(function () {
  var finder = document.getElementById("finder");
  if (!finder) return;
  var form = finder.querySelector(".finder-form");
  var count = finder.querySelector(".finder-count");
  var items = Array.prototype.slice.call(finder.querySelectorAll("li[data-facets]"));
  var tagsOf = items.map(function (item) {
    var tags = {};
    item.getAttribute("data-facets").split(" ").filter(Boolean).forEach(function (pair) {
      var parts = pair.split("=");
      (tags[parts[0]] = tags[parts[0]] || []).push(parts[1]);
    });
    return tags;
  });
  form.hidden = false;

  function chosen() {
    var choice = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.tagName === "SELECT" && field.value) choice[field.name] = field.value;
    });
    return choice;
  }

  function apply() {
    var choice = chosen();
    var shown = 0;
    items.forEach(function (item, index) {
      var tags = tagsOf[index];
      var fits = Object.keys(choice).every(function (facet) {
        return !tags[facet] || tags[facet].indexOf(choice[facet]) !== -1;
      });
      item.hidden = !fits;
      if (fits) shown += 1;
    });
    finder.querySelectorAll(".finder-group, .finder-section").forEach(function (block) {
      block.hidden = !block.querySelector("li[data-facets]:not([hidden])");
    });
    count.textContent = count.getAttribute("data-template")
      .replace("{n}", shown).replace("{total}", count.getAttribute("data-total"));
  }

  function fromURL() {
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.tagName !== "SELECT") return;
      var value = params.get(field.name) || "";
      var known = Array.prototype.some.call(field.options, function (option) { return option.value === value; });
      field.value = known ? value : "";
    });
    apply();
  }

  function toURL() {
    var params = new URLSearchParams();
    var choice = chosen();
    Object.keys(choice).forEach(function (facet) { params.set(facet, choice[facet]); });
    var query = params.toString();
    window.history.pushState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  form.addEventListener("change", function () { toURL(); apply(); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { toURL(); apply(); }, 0);
  });
  window.addEventListener("popstate", fromURL);
  fromURL();
})();
