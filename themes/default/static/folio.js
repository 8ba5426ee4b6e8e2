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
   every value of it. Recommendations of other reports carry data-source (their report's id):
   the form's "source" choice shows the publication's own ("", the default, never written into
   the URL), one report's, or all ("*"); the count is out of the recommendations of that choice.
   Sections and challenges left empty are hidden. */
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
  var sourceOf = items.map(function (item) { return item.getAttribute("data-source") || ""; });
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
    var source = choice.source || "";
    delete choice.source;
    var shown = 0;
    var total = 0;
    items.forEach(function (item, index) {
      var tags = tagsOf[index];
      var inSource = source === "*" || sourceOf[index] === source;
      var fits = inSource && Object.keys(choice).every(function (facet) {
        return !tags[facet] || tags[facet].indexOf(choice[facet]) !== -1;
      });
      item.hidden = !fits;
      if (inSource) total += 1;
      if (fits) shown += 1;
    });
    finder.querySelectorAll(".finder-group, .finder-section").forEach(function (block) {
      block.hidden = !block.querySelector("li[data-facets]:not([hidden])");
    });
    count.textContent = count.getAttribute("data-template").replace("{n}", shown).replace("{total}", total);
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

/* Search (Pagefind). The index is per language: Pagefind picks the page's own `lang`. Results
   link relative to where the site is served (its root is the folder above the bundle), so the
   same files work at a domain root and under any sub-path. Browsers do not let a page opened
   from disk read the index; the search page says so there. */
(function () {
  function siteRoot(bundle) {
    return new URL("..", new URL(bundle, window.location.href)).pathname;
  }

  var loading = null;
  function pagefind(bundle) {
    if (!loading) {
      loading = import(new URL(bundle + "pagefind.js", window.location.href).href).then(function (module) {
        return module.options({ baseUrl: siteRoot(bundle) }).then(function () { return module; });
      });
    }
    return loading;
  }

  /* The header's search box: results as you type, a listbox the arrow keys walk. */
  var form = document.querySelector("form.site-search");
  if (form && window.location.protocol !== "file:") {
    var input = form.querySelector("input[name=q]");
    var list = form.querySelector(".site-search-results");
    var active = -1;
    var timer = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function mark(index) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) return;
      active = (index + options.length) % options.length;
      options.forEach(function (option, i) { option.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", options[active].id);
    }

    function show(query) {
      if (!query.trim()) { close(); return; }
      pagefind(form.getAttribute("data-bundle")).then(function (module) {
        return module.debouncedSearch(query, {}, 150);
      }).then(function (search) {
        if (!search || input.value !== query) return null;
        return Promise.all(search.results.slice(0, 6).map(function (result) { return result.data(); }));
      }).then(function (results) {
        if (!results) return;
        list.textContent = "";
        results.forEach(function (result, index) {
          var item = document.createElement("li");
          item.id = "site-search-option-" + index;
          item.setAttribute("role", "option");
          var link = document.createElement("a");
          link.href = result.url;
          link.textContent = (result.meta && result.meta.title) || result.url;
          var excerpt = document.createElement("span");
          excerpt.className = "site-search-excerpt";
          excerpt.innerHTML = result.excerpt; /* Pagefind escapes the page text and adds only <mark>. */
          link.appendChild(excerpt);
          item.appendChild(link);
          list.appendChild(item);
        });
        var all = document.createElement("li");
        all.className = "site-search-all";
        var more = document.createElement("a");
        more.href = form.getAttribute("action") + "?q=" + encodeURIComponent(query);
        more.textContent = form.getAttribute("data-all") || "…";
        all.appendChild(more);
        list.appendChild(all);
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        active = -1;
      });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var query = input.value;
      timer = window.setTimeout(function () { show(query); }, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); mark(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); mark(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        list.querySelectorAll("[role=option] a")[active].click();
      }
    });
    document.addEventListener("click", function (event) { if (!form.contains(event.target)) close(); });
  }

  /* The search page: Pagefind's interface with its filters, started from ?q=. */
  var page = document.getElementById("search-page");
  if (page) {
    if (window.location.protocol === "file:") {
      document.querySelector(".search-file-note").hidden = false;
      return;
    }
    var bundle = page.getAttribute("data-bundle");
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = bundle + "pagefind-ui.css";
    document.head.appendChild(style);
    var script = document.createElement("script");
    script.src = bundle + "pagefind-ui.js";
    script.onload = function () {
      var ui = new window.PagefindUI({ element: "#search-page", showSubResults: true, showImages: false, bundlePath: bundle,
                                       baseUrl: siteRoot(bundle), resetStyles: false });
      // Pagefind names its box by a title only; assistive technology wants a label.
      var box = page.querySelector("input.pagefind-ui__search-input");
      if (box && !box.hasAttribute("aria-label")) box.setAttribute("aria-label", box.title || box.placeholder);
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) ui.triggerSearch(query);
    };
    document.head.appendChild(script);
  }
})();

/* Print: each link to another page of the site gets its published address (data-url), which the
   print stylesheet shows after the link on paper. Links are relative; resolved against the page's
   canonical URL they name the page on base_url (without "index.html"). */
(function () {
  var canonical = document.querySelector('link[rel="canonical"]');
  if (!canonical) return;
  document.querySelectorAll("main a[href]").forEach(function (link) {
    var href = link.getAttribute("href");
    if (/^([a-z][a-z0-9+.-]*:|#)/i.test(href) || link.hasAttribute("data-url")) return;
    link.setAttribute("data-url", new URL(href, canonical.href).href.replace(/index\.html(?=$|#)/, ""));
  });
})();
