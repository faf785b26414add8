// Progressive enhancements shared by every page. Nothing here is needed to use the portal.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // After a failed post, take keyboard and screen-reader users straight to the list of problems.
    var summary = document.querySelector('.error-summary');
    if (summary) summary.focus();
  });
})();
