// The On air page: reloads its live part (what plays, what is next,
// whether the daemon runs, the last events) from /air/now every five
// seconds, leaving the Bulletin form as it is being typed.
'use strict';

(function () {
  if (!document.getElementById('onair')) return;
  setInterval(() => {
    fetch('/air/now', { credentials: 'same-origin' }).then((r) => {
      if (!r.ok || r.redirected) return null;  // logged out: keep the page
      return r.text();
    }).then((html) => {
      const box = document.getElementById('onair');
      if (html && box) box.outerHTML = html;
    }).catch(() => {});
  }, 5000);
})();
