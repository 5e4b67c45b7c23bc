// Filters the brochure library by type, language and year. Without JavaScript the form stays
// hidden and the complete list is shown; with it, the form appears and the count is announced
// to screen readers through the role="status" line.
(function () {
  "use strict";
  var form = document.getElementById("publication-filters");
  var status = document.getElementById("publication-count");
  if (!form || !status) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".publication-card"));
  var template = status.getAttribute("data-template") || "{0}/{1}";

  function apply() {
    var type = form.elements.type.value;
    var language = form.elements.language.value;
    var year = form.elements.year.value;
    var shown = 0;
    cards.forEach(function (card) {
      var match = (!type || card.dataset.type === type) &&
        (!language || card.dataset.languages.split(" ").indexOf(language) >= 0) &&
        (!year || card.dataset.year === year);
      card.hidden = !match;
      if (match) shown++;
    });
    status.textContent = template.replace("{0}", String(shown)).replace("{1}", String(cards.length));
  }

  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
})();
