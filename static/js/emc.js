// EMC page tracking (Circular 21/2023 Art 10), loaded only when the deployment sets an EMC site
// id. The settings come from this script tag's data attributes: the CSP forbids inline scripts.
(function () {
  'use strict';
  var self = document.currentScript;
  if (!self) return;
  var siteId = self.getAttribute('data-site-id');
  var trackerUrl = self.getAttribute('data-tracker-url');
  var scriptUrl = self.getAttribute('data-script-url');
  if (!siteId || !trackerUrl || !scriptUrl) return;
  var queue = (window._govaq = window._govaq || []);
  queue.push(['trackPageView']);
  queue.push(['enableLinkTracking']);
  queue.push(['setTrackerUrl', trackerUrl]);
  queue.push(['setSiteId', siteId]);
  var tracker = document.createElement('script');
  tracker.async = true;
  tracker.src = scriptUrl;
  document.head.appendChild(tracker);
})();
