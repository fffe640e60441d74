/* counterpoint web app: job progress polling. Data from the server is only ever put into
   the page with textContent / createElement, never innerHTML. */
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) return;
  var id = box.dataset.job;
  function el(tag, text) { var e = document.createElement(tag); e.textContent = text; return e; }
  function poll() {
    fetch("/api/jobs/" + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (j) {
      document.getElementById("job-status").textContent = j.status;
      document.getElementById("job-progress").textContent = j.done + "/" + (j.total === null ? "?" : j.total);
      var bar = document.getElementById("job-bar");
      bar.max = j.total || 1;
      bar.value = j.done;
      document.getElementById("job-message").textContent = j.message || "";
      if (j.status === "done" || j.status === "failed") {
        var ul = document.getElementById("job-docs");
        ul.textContent = "";
        j.documents.forEach(function (d) {
          var li = document.createElement("li"), a = el("a", d);
          a.href = "/document/" + encodeURIComponent(d);
          li.appendChild(a);
          ul.appendChild(li);
        });
        return;
      }
      setTimeout(poll, 700);
    }).catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
