/// The script serve mode adds to every page: it listens to /__folio/events, reloads the page when
/// a newer build is served (restoring the scroll position when the same page comes back), and
/// shows the build's errors in an overlay, exactly as the CLI prints them, until they are fixed.
/// The overlay takes the page's own fonts and colours (it inherits them) and is drawn above it.
enum LiveReloadScript {
    static func tag(generation: Int) -> String {
        "<script id=\"folio-live-reload\">\n(function (generation) {\n" + body + "})(\(generation));\n</script>\n"
    }

    private static let body = #"""
  var key = "folio-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var restore = function () { window.scrollTo(0, Number(saved)); };
    restore();
    window.addEventListener("load", restore);
  }
  function show(diagnostics) {
    var box = document.getElementById("folio-overlay");
    if (!diagnostics.length) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("section");
      box.id = "folio-overlay";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
        "padding:1.5rem 2rem;background:Canvas;color:CanvasText;font:inherit;" +
        "border-top:.5rem solid #b3261e;box-sizing:border-box";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var heading = document.createElement("h2");
    heading.textContent = "The site does not build: " + diagnostics.length +
      (diagnostics.length === 1 ? " diagnostic" : " diagnostics") + " (still showing the last good build)";
    box.appendChild(heading);
    diagnostics.forEach(function (text) {
      var pre = document.createElement("pre");
      pre.className = "folio-diagnostic";
      pre.style.cssText = "white-space:pre;overflow-x:auto;font-family:ui-monospace,monospace;margin:1rem 0";
      pre.textContent = text;
      box.appendChild(pre);
    });
  }
  var events = new EventSource("/__folio/events");
  events.onmessage = function (message) {
    var state = JSON.parse(message.data);
    if (!state.ok) { show(state.diagnostics); return; }
    if (state.generation !== generation) {
      sessionStorage.setItem(key, String(window.scrollY));
      events.close();
      location.reload();
      return;
    }
    show([]);
  };

"""#
}
