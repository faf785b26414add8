// Progressive enhancements shared by every page. Nothing here is needed to use the portal: the
// menu is a <details> element that works without this script.
(function () {
  'use strict';
  var desktop = window.matchMedia('(min-width: 64em)');

  // On narrow screens the menu stays closed behind its button (the <summary>) until asked for; on
  // wide ones it is always open and the button is hidden.
  function fitMenu(menu) {
    if (desktop.matches) menu.open = true;
    else menu.open = false;
  }

  function closeSubmenus(except) {
    document.querySelectorAll('.nav-sub[open]').forEach(function (sub) {
      if (sub !== except) sub.open = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    // After a failed post, take keyboard and screen-reader users straight to the list of problems.
    var summary = document.querySelector('.error-summary');
    if (summary) summary.focus();

    var menu = document.querySelector('.nav-menu');
    if (menu) {
      fitMenu(menu);
      desktop.addEventListener('change', function () { fitMenu(menu); });
    }

    // The "Hỗ trợ" drop-down: Escape closes it and returns focus to its button; a click or focus
    // elsewhere closes it too, as users expect of a menu.
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') return;
      var open = document.querySelector('.nav-sub[open]');
      if (!open) return;
      open.open = false;
      open.querySelector('summary').focus();
    });
    document.addEventListener('click', function (event) {
      closeSubmenus(event.target.closest ? event.target.closest('.nav-sub') : null);
    });
    document.addEventListener('focusin', function (event) {
      if (!desktop.matches) return;
      closeSubmenus(event.target.closest ? event.target.closest('.nav-sub') : null);
    });
  });
})();
