// Sortable entity tables (the page is complete without it: rows come most-mentioned first).
document.querySelectorAll("table.sortable").forEach((table) => {
  const body = table.tBodies[0];
  table.querySelectorAll("th button[data-sort]").forEach((button) => {
    button.addEventListener("click", () => {
      const key = button.dataset.sort;
      const th = button.closest("th");
      const asc = th.getAttribute("aria-sort") !== "ascending";
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = a.dataset[key], y = b.dataset[key];
        const cmp = key === "name" ? x.localeCompare(y) : Number(x) - Number(y);
        return asc ? cmp : -cmp;
      });
      rows.forEach((r) => body.appendChild(r));
      table.querySelectorAll("th").forEach((h) => h.setAttribute("aria-sort", "none"));
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    });
  });
});
