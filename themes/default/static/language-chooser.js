// The site root (index.html): opens the first of the reader's languages, in their order of
// preference (navigator.languages), that the publication has (<html data-languages>). With none
// of them, or with "#choose" in the address, the list of languages stays. Loaded in the head
// without defer, so the reader goes on before the list is drawn.
(function () {
  if (location.hash === "#choose") return;
  var available = (document.documentElement.getAttribute("data-languages") || "").split(" ");
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split("-")[0];
    if (code && available.indexOf(code) >= 0) {
      location.replace(code + "/index.html");
      return;
    }
  }
})();
