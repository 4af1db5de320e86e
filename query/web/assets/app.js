// newsindex web page: small conveniences on top of pages that work without script.
// "/" moves to the search box; choosing a sort order searches again at once.
"use strict";

document.addEventListener("keydown", (event) => {
  const target = event.target;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement;
  if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const box = document.getElementById("q");
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  }
});

document.addEventListener("DOMContentLoaded", () => {
  const sort = document.getElementById("sort");
  if (sort && sort.form && document.getElementById("q").value !== "") {
    sort.addEventListener("change", () => sort.form.requestSubmit());
  }
});
