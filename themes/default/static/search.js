// The search page. The Pagefind index is sharded by date (pagefind/shards.json lists the shards,
// newest first); each shard is its own Pagefind instance, and this script merges them: by score
// for relevance, shard after shard for "newest first" (each shard sorted by date itself).
// Filters (topic, year, people, organizations, places) with counts summed over the shards; the
// query comes from ?q= (the header search box); results load ten at a time.
(() => {
  const root = document.getElementById("search");
  if (!root) return;
  const bundle = new URL(root.dataset.bundle, window.location.href);
  const params = new URLSearchParams(window.location.search);
  const toggle = document.getElementById("search-sort");
  const GROUPS = [
    ["topic", "Topic", true],
    ["year", "Year", true],
    ["people", "People", false],
    ["organizations", "Organizations", false],
    ["places", "Places", false],
  ];
  const wide = window.matchMedia("(min-width: 50rem)"); // filters start open beside the results
  const SHOWN_VALUES = 40; // per filter group, the most frequent (and every ticked one)
  const PAGE = 10;

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c) node.append(c);
    return node;
  };

  const form = el("form", { class: "search-form", role: "search" });
  form.addEventListener("submit", (e) => e.preventDefault());
  const input = el("input", {
    class: "search-input", type: "search", "aria-label": "Search articles",
    placeholder: "Search articles", autocomplete: "off", autocapitalize: "none", spellcheck: "false",
  });
  form.append(input);
  const status = el("p", { class: "search-status", role: "status", "aria-live": "polite" });
  const filtersBox = el("div", { class: "search-filters", "aria-label": "Filters" });
  const list = el("ol", { class: "search-results" });
  const more = el("button", { class: "search-more", type: "button", text: "Show more results" });
  more.hidden = true;
  const layout = el("div", { class: "search-layout" }, filtersBox, el("div", { class: "search-main" }, status, list, more));
  root.replaceChildren(form, layout);

  const chosen = new Map(GROUPS.map(([key]) => [key, new Set()]));
  let shards = [];
  let ready = null;
  let results = [];
  let shown = 0;
  let generation = 0;

  const load = async () => {
    const manifest = await (await fetch(new URL("shards.json", bundle))).json();
    shards = await Promise.all(
      manifest.shards.map(async (s) => {
        const pf = await import(new URL(`${s.id}/pagefind.js`, bundle).href);
        await pf.options({ excerptLength: 40, highlightParam: "pagefind-highlight" }); // words; a headline may go
        await pf.init();
        await pf.filters(); // loads the filter chunks: searches then count by filter value
        return pf;
      }),
    );
  };

  const sortMode = () => {
    const checked = toggle && toggle.querySelector("input[name=sort]:checked");
    return checked ? checked.value : "relevance";
  };

  const activeFilters = () => {
    const out = {};
    for (const [key, set] of chosen) if (set.size) out[key] = { any: [...set] };
    return out;
  };

  const sumCounts = (maps) => {
    const out = {};
    for (const m of maps) {
      for (const [key, values] of Object.entries(m || {})) {
        out[key] = out[key] || {};
        for (const [v, n] of Object.entries(values)) out[key][v] = (out[key][v] || 0) + n;
      }
    }
    return out;
  };

  const renderFilters = (counts) => {
    filtersBox.replaceChildren();
    for (const [key, label, open] of GROUPS) {
      const values = Object.entries(counts[key] || {});
      if (!values.length && !chosen.get(key).size) continue;
      values.sort((a, b) => (key === "year" ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
      const keep = values.filter(([v, n], i) => i < SHOWN_VALUES || chosen.get(key).has(v));
      const group = el("details", { class: "search-filter", "data-filter": key });
      group.open = (open && wide.matches) || chosen.get(key).size > 0;
      group.append(el("summary", { text: label }));
      const fieldset = el("fieldset", {}, el("legend", { class: "visually-hidden", text: label }));
      for (const [value, n] of keep) {
        const box = el("input", { type: "checkbox", value });
        box.checked = chosen.get(key).has(value);
        box.addEventListener("change", () => {
          if (box.checked) chosen.get(key).add(value); else chosen.get(key).delete(value);
          run();
        });
        fieldset.append(el("label", { class: "search-filter-value" }, box, ` ${value} `, el("span", { class: "count", text: `(${n})` })));
      }
      group.append(fieldset);
      filtersBox.append(group);
    }
  };

  // Pagefind indexes each article's headline with its text ("Headline. First paragraph…"), so an
  // excerpt taken near the start repeats the headline the result shows above it: that part (the
  // whole headline, or the end of it where the excerpt starts inside it) is left out.
  const dropHeadline = (node, title) => {
    const text = node.textContent;
    const words = (title || "").split(/\s+/).filter(Boolean);
    let cut = 0;
    for (let k = 0; k < words.length && !cut; k++) {
      const tail = words.slice(k).join(" ");
      if ((k === 0 || words.length - k >= 3) && text.startsWith(tail)) {
        const rest = text.slice(tail.length);
        if (/^[.!?:]?\s/.test(rest)) cut = tail.length + rest.match(/^[.!?:]?\s+/)[0].length;
      }
    }
    if (!cut || cut >= text.length) return; // no headline there, or nothing else: keep it
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t && cut > 0; t = walker.nextNode()) {
      const take = Math.min(cut, t.data.length);
      t.data = t.data.slice(take);
      cut -= take;
    }
    for (const m of node.querySelectorAll("mark")) if (!m.textContent) m.remove();
  };

  // An excerpt is a window of words: one that stops inside a sentence says so.
  const markCut = (node) => {
    if (!/[.!?…"”’)]\s*$/.test(node.textContent)) node.append("…");
  };

  const showMore = async () => {
    const mine = generation;
    const slice = results.slice(shown, shown + PAGE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mine !== generation) return;
    for (const d of data) {
      const excerpt = el("p", { class: "search-result-excerpt" });
      excerpt.innerHTML = d.excerpt; // Pagefind's excerpt: the indexed text, escaped, with <mark>s
      dropHeadline(excerpt, d.meta && d.meta.title);
      markCut(excerpt);
      const date = d.meta && d.meta.date ? el("p", { class: "meta", text: d.meta.date }) : null;
      list.append(
        el("li", { class: "search-result" },
          el("h2", {}, el("a", { class: "search-result-link", href: d.url, text: (d.meta && d.meta.title) || d.url })),
          date, excerpt),
      );
    }
    shown += slice.length;
    more.hidden = shown >= results.length;
  };

  const run = async () => {
    // The query as it is now, when the reader's action asks for it: read after the index has
    // loaded, an early run would answer a later query, and the run meant for it would clear it.
    const mine = ++generation;
    const term = input.value.trim();
    const filters = activeFilters();
    const anyFilter = Object.keys(filters).length > 0;
    const options = { filters };
    if (sortMode() === "newest") options.sort = { date: "desc" };
    await ready;
    if (mine !== generation) return;
    let found;
    if (!term && !anyFilter) {
      found = await Promise.all(shards.map((pf) => pf.filters()));
      if (mine !== generation) return;
      renderFilters(sumCounts(found));
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    found = await Promise.all(shards.map((pf) => pf.search(term || null, options)));
    if (mine !== generation) return;
    let merged = found.flatMap((f) => (f ? f.results : []));
    if (!options.sort) merged.sort((a, b) => b.score - a.score); // newest: shards are in date order
    results = merged;
    shown = 0;
    list.replaceChildren();
    renderFilters(sumCounts(found.map((f) => (f ? f.filters : {}))));
    status.textContent = results.length
      ? `${results.length} result${results.length === 1 ? "" : "s"}${term ? ` for “${term}”` : ""}`
      : `No article matches${term ? ` “${term}”` : " these filters"}`;
    await showMore();
  };

  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      run();
      const url = new URL(window.location.href);
      if (input.value.trim()) url.searchParams.set("q", input.value.trim()); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
    }, 250);
  });
  more.addEventListener("click", showMore);

  if (toggle) {
    const initial = params.get("sort") === "newest" ? "newest" : "relevance";
    const radio = toggle.querySelector(`input[value=${initial}]`);
    if (radio) radio.checked = true;
    toggle.hidden = false;
    toggle.addEventListener("change", () => {
      const url = new URL(window.location.href);
      if (sortMode() === "newest") url.searchParams.set("sort", "newest"); else url.searchParams.delete("sort");
      history.replaceState(null, "", url);
      run();
    });
  }
  input.value = params.get("q") || "";
  ready = load().catch((err) => {
    status.textContent = "Search could not be loaded.";
    throw err;
  });
  run();
})();
