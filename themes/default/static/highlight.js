// Highlight the search terms on an article reached from a search result (?pagefind-highlight=…).
import "../pagefind/pagefind-highlight.js";
new PagefindHighlight({ highlightParam: "pagefind-highlight" });
