// Highlight the search terms on an article reached from a search result (?pagefind-highlight=…).
// The Pagefind bundle is loaded only when the page was opened from a result, from the bundle
// beside /static/ (resolved against this module's own URL, so a site below a folder works too).
const params = new URLSearchParams(window.location.search);
if (params.has("pagefind-highlight")) {
  import(new URL("../pagefind/pagefind-highlight.js", import.meta.url).href)
    .then(() => {
      const context = document.querySelector("[data-highlight-context]") ? "[data-highlight-context]" : "main";
      // The theme styles .pagefind-highlight itself (style.css), so no inline <style> is needed.
      new window.PagefindHighlight({
        highlightParam: "pagefind-highlight",
        markContext: context,
        markOptions: { className: "pagefind-highlight", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] },
        addStyles: false,
      });
      const first = document.querySelector("mark.pagefind-highlight");
      if (first) {
        first.setAttribute("id", "first-match");
        first.scrollIntoView({ block: "center" });
      }
    })
    .catch(() => {});
}
