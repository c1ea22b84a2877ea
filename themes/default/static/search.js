// The search page: Pagefind UI with filters, the query taken from ?q= (the header search box),
// and a sort toggle (relevance / newest first) that re-creates the UI keeping the query.
(() => {
  const el = document.getElementById("search");
  if (!el || typeof PagefindUI === "undefined") return;
  const params = new URLSearchParams(window.location.search);
  const toggle = document.getElementById("search-sort");
  let ui = null;

  const currentQuery = () => {
    const input = el.querySelector("input.pagefind-ui__search-input");
    return input ? input.value : params.get("q") || "";
  };

  const create = (sort, query) => {
    if (ui) ui.destroy();
    el.innerHTML = "";
    const options = {
      element: "#search",
      bundlePath: el.dataset.bundle,
      showSubResults: false,
      showImages: false,
      resetStyles: false,
      excerptLength: 30,
      highlightParam: "pagefind-highlight",
      openFilters: ["topic", "year"],
      translations: { placeholder: "Search articles", zero_results: "No article matches [SEARCH_TERM]" },
    };
    if (sort === "newest") options.sort = { date: "desc" };
    ui = new PagefindUI(options);
    const input = el.querySelector("input.pagefind-ui__search-input");
    if (input) input.setAttribute("aria-label", "Search articles");
    if (query) ui.triggerSearch(query);
  };

  const chosen = () => {
    const checked = toggle && toggle.querySelector("input[name=sort]:checked");
    return checked ? checked.value : "relevance";
  };

  if (toggle) {
    const initial = params.get("sort") === "newest" ? "newest" : "relevance";
    const radio = toggle.querySelector(`input[value=${initial}]`);
    if (radio) radio.checked = true;
    toggle.hidden = false;
    toggle.addEventListener("change", () => {
      const query = currentQuery();
      create(chosen(), query);
      const url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      if (chosen() === "newest") url.searchParams.set("sort", "newest"); else url.searchParams.delete("sort");
      history.replaceState(null, "", url);
    });
  }
  create(chosen(), params.get("q") || "");
})();
