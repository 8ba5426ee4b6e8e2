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
