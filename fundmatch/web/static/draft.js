/* fundmatch: keeps a draft of the answers in this browser (localStorage), so that a closed
   tab loses nothing. The draft never leaves the device; the pages work without this file. */
(function () {
  "use strict";
  var KEY = "fundmatch-draft";

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null; // storage switched off: the pages work all the same
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var store = storage();
    if (!store) {
      return;
    }
    var carried = document.querySelector("input[name=state][data-draft]");
    if (carried && carried.value && carried.value !== "{}") {
      store.setItem(KEY, carried.value);
    }
    var box = document.getElementById("browser-draft");
    var saved = store.getItem(KEY);
    if (box && saved) {
      box.querySelector("input[name=state]").value = saved;
      box.hidden = false;
      document.getElementById("forget-draft").addEventListener("click", function () {
        store.removeItem(KEY);
        box.hidden = true;
      });
    }
  });
})();
