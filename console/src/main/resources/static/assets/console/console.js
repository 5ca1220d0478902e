/*
 * What the console does with JavaScript, none of it needed to read or to write (the pages work without it):
 * - after a refused form, the keyboard's focus goes to what says why nothing was recorded (its links lead to the
 *   fields in error), so a person at the keyboard or with a screen reader hears it first;
 * - a page following work under way (<meta name="casebook-refresh" content="seconds">) looks again by itself and
 *   replaces its main part in place, keeping the reader's place, instead of reloading the page (a timed reload takes
 *   a screen reader back to the top: WCAG 2.2.1). Without JavaScript, a <noscript> refresh reloads it.
 */
(function () {
  'use strict';

  function focusRefusal() {
    var refusal = document.querySelector('[data-testid=problems], [data-testid=stale]');
    if (refusal) {
      refusal.focus();
    }
  }

  function followWork() {
    var every = document.querySelector('meta[name=casebook-refresh]');
    if (!every) {
      return;
    }
    window.setTimeout(function look() {
      fetch(window.location.href, {credentials: 'same-origin', headers: {Accept: 'text/html'}})
        .then(function (answer) {
          return answer.ok ? answer.text() : Promise.reject(answer.status);
        })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var fresh = page.getElementById('main-content');
          var shown = document.getElementById('main-content');
          if (!fresh || !shown) {
            return;
          }
          shown.replaceWith(document.adoptNode(fresh));
          if (page.querySelector('meta[name=casebook-refresh]')) {
            window.setTimeout(look, Number(every.content) * 1000);
          } else {
            // the work is done: the page no longer looks again, with or without JavaScript
            document.querySelectorAll('meta[name=casebook-refresh], head noscript').forEach(function (old) {
              old.remove();
            });
          }
        })
        .catch(function () {
          window.location.reload();
        });
    }, Number(every.content) * 1000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    focusRefusal();
    followWork();
  });
}());
