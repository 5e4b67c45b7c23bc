// IqSite preview: reloads the page after every successful rebuild and shows build errors
// over the page. Injected only by `iqsite serve`, never into a published build.
(() => {
  const scrollKey = "iqsite-scroll:" + location.pathname;
  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    window.addEventListener("load", () => window.scrollTo(0, Number(saved)));
  }

  const events = new EventSource("/__iqsite/events");
  // Lets automated tests (and curious editors) see that the page is listening for rebuilds.
  events.addEventListener("open", () => { document.documentElement.dataset.iqsiteLive = "connected"; });
  events.addEventListener("reload", () => {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    location.reload();
  });
  events.addEventListener("errors", (event) => {
    let box = document.getElementById("iqsite-errors");
    if (!box) {
      box = document.createElement("div");
      box.id = "iqsite-errors";
      box.setAttribute("role", "alert");
      box.className = "iqsite-errors";
      document.body.prepend(box);
    }
    const heading = document.createElement("strong");
    heading.textContent = "IqSite: the build failed. Fix these lines and save:";
    const list = document.createElement("pre");
    list.textContent = event.data;
    box.replaceChildren(heading, list);
  });
})();
