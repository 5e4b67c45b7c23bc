// Full-text search and the good-practice finder, on the Pagefind index the build writes to
// /pagefind/ (one index per language; Pagefind picks the page's <html lang>). Everything runs in
// the browser: no server, no third party. The query lives in the address (?q=…) so searches can
// be linked; the number of results is announced through the role="status" line.
const form = document.querySelector("[data-search]");
const output = document.querySelector("[data-search-output]");
if (form && output) start(form, output);

async function start(form, output) {
  const input = form.querySelector("input[type=search]");
  const facets = form.querySelector("[data-facets]");
  const status = output.querySelector("[data-search-status]");
  const list = output.querySelector("[data-search-results]");
  const more = output.querySelector("[data-search-more]");
  const staticResults = document.querySelector("[data-static-results]");
  const fixedType = form.dataset.fixedType;
  const pageSize = 10;
  let pagefind;
  try {
    pagefind = await import(form.dataset.bundle + "pagefind.js");
    await pagefind.options({ excerptLength: 24 });
  } catch {
    // No index (a build with --no-search): the finder stays hidden, the search page says so.
    if (!fixedType) {
      output.hidden = false;
      status.textContent = form.dataset.error;
    }
    return;
  }
  form.hidden = false;

  const base = fixedType ? { type: { any: [fixedType] } } : {};
  // Loads every filter's index (a search loads only those it filters by), so that every later
  // search counts every facet. Before anything is chosen the counts are the whole index's, or
  // for the finder those of its content type.
  const totals = await pagefind.filters();
  const initialCounts = fixedType ? (await pagefind.search(null, { filters: base })).filters : totals;
  buildFacets(initialCounts);
  facets.hidden = false;

  let shown = [];
  let results = [];
  let generation = 0;

  // A linked search (?q=…), or what the reader typed while the index was loading.
  const linked = new URLSearchParams(location.search).get("q");
  if (linked && !input.value) input.value = linked;
  if (input.value) run();

  input.addEventListener("input", () => run(true));
  form.addEventListener("change", (event) => { if (event.target.type === "checkbox") run(); });
  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  more.addEventListener("click", () => showMore(true));

  function selected() {
    const filters = { ...base };
    for (const fieldset of facets.querySelectorAll("[data-facet]")) {
      const values = [...fieldset.querySelectorAll("input:checked")].map((box) => box.value);
      if (values.length) filters[fieldset.dataset.facet] = { any: values };
    }
    return filters;
  }

  async function run(typing = false) {
    const query = input.value.trim();
    const filters = selected();
    const active = query.length > 0 || Object.keys(filters).length > Object.keys(base).length;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    const mine = ++generation;
    if (!active) {
      if (staticResults) staticResults.hidden = false;
      output.hidden = !!fixedType;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      updateCounts(initialCounts);
      return;
    }
    const search = typing
      ? await pagefind.debouncedSearch(query || null, { filters, sort: query ? undefined : { date: "desc" } }, 250)
      : await pagefind.search(query || null, { filters, sort: query ? undefined : { date: "desc" } });
    if (search === null || mine !== generation) return;
    results = search.results;
    shown = [];
    list.replaceChildren();
    if (staticResults) staticResults.hidden = true;
    output.hidden = false;
    updateCounts(search.filters);
    await showMore(false);
    const template = query ? form.dataset.countQueryTemplate : form.dataset.countTemplate;
    status.textContent = results.length === 0
      ? form.dataset.none
      : template.replace("{0}", String(results.length)).replace("{1}", query);
  }

  async function showMore(moveFocus) {
    const next = results.slice(shown.length, shown.length + pageSize);
    const data = await Promise.all(next.map((result) => result.data()));
    let first = null;
    for (const item of data) {
      const li = document.createElement("li");
      li.className = "search-result";
      const heading = document.createElement("h3");
      const link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = [item.filters?.type?.[0], item.meta.date].filter(Boolean).join(" · ");
      const excerpt = document.createElement("p");
      // Pagefind's excerpt is escaped text in which only <mark> elements highlight the match.
      excerpt.innerHTML = item.excerpt;
      li.append(heading, meta, excerpt);
      list.append(li);
      first ??= link;
    }
    shown = shown.concat(next);
    more.hidden = shown.length >= results.length;
    // After "more results", keyboard users continue at the first new result.
    if (moveFocus && first) first.focus();
  }

  function buildFacets(counts) {
    for (const fieldset of facets.querySelectorAll("[data-facet]")) {
      const key = fieldset.dataset.facet;
      const values = Object.keys(counts[key] ?? {});
      if (values.length === 0) { fieldset.remove(); continue; }
      // Years newest first, everything else alphabetically in the page's language.
      values.sort(key === "year" ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b, document.documentElement.lang));
      values.forEach((value, i) => {
        const id = `facet-${key}-${i}`;
        const box = document.createElement("input");
        box.type = "checkbox";
        box.id = id;
        box.value = value;
        const label = document.createElement("label");
        label.htmlFor = id;
        label.dataset.value = value;
        const wrapper = document.createElement("div");
        wrapper.className = "facet-option";
        wrapper.append(box, label);
        fieldset.append(wrapper);
      });
    }
    updateCounts(counts);
  }

  function updateCounts(counts) {
    for (const fieldset of facets.querySelectorAll("[data-facet]")) {
      const key = fieldset.dataset.facet;
      for (const label of fieldset.querySelectorAll("label")) {
        const count = counts?.[key]?.[label.dataset.value] ?? 0;
        label.textContent = `${label.dataset.value} (${count})`;
      }
    }
  }
}
