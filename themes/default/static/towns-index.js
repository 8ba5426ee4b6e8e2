/* The towns index: the values chosen in the form (kept in the URL, so that a choice can be shared
   and survives a reload; the back button returns to the previous one) leave the towns whose
   data-filters ("source=cor-study country=be size-class=city") hold every chosen value. Countries
   left without a town are hidden, and the dot plot dims the towns left out. The filters, their
   values and labels are the page's own: this script knows none of them. */
"use strict";
(function () {
  var index = document.getElementById("towns-index");
  if (!index) return;
  var form = index.querySelector("form");
  var count = index.querySelector(".towns-count");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var towns = Array.prototype.slice.call(index.querySelectorAll("li[data-filters]"));
  var dots = Array.prototype.slice.call(index.querySelectorAll("svg [data-town]"));
  form.hidden = false;

  function show() {
    var chosen = selects.filter(function (s) { return s.value; }).map(function (s) { return s.name + "=" + s.value; });
    var left = {};
    var shown = 0;
    towns.forEach(function (town) {
      var values = town.getAttribute("data-filters").split(" ");
      var fits = chosen.every(function (pair) { return values.indexOf(pair) !== -1; });
      town.hidden = !fits;
      if (fits) {
        shown += 1;
        left[town.getAttribute("data-town")] = true;
      }
    });
    index.querySelectorAll("section[data-group]").forEach(function (group) {
      group.hidden = !group.querySelector("li[data-filters]:not([hidden])");
    });
    dots.forEach(function (dot) { dot.classList.toggle("dot-out", !left[dot.getAttribute("data-town")]); });
    count.textContent = count.getAttribute("data-template")
      .replace("{n}", shown).replace("{total}", count.getAttribute("data-total"));
  }

  function read() {
    var query = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var value = query.get(select.name) || "";
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === value; }) ? value : "";
    });
    show();
  }

  function write() {
    var query = new URLSearchParams();
    selects.forEach(function (select) { if (select.value) query.set(select.name, select.value); });
    var search = query.toString();
    window.history.pushState(null, "", window.location.pathname + (search ? "?" + search : ""));
  }

  form.addEventListener("change", function () { write(); show(); });
  form.addEventListener("reset", function () { window.setTimeout(function () { write(); show(); }, 0); });
  window.addEventListener("popstate", read);
  read();
})();
