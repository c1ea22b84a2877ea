// The search page: Pagefind UI with filters, the query taken from ?q= (the header search box).
window.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("search");
  const ui = new PagefindUI({
    element: "#search",
    bundlePath: el.dataset.bundle,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    highlightParam: "pagefind-highlight",
    openFilters: ["topic", "year"],
    sort: { date: "desc" },
    translations: { placeholder: "Search articles" },
  });
  const q = new URLSearchParams(window.location.search).get("q");
  if (q) ui.triggerSearch(q);
});
