// Site code for the web-vitals pages: the library only measures; like the web-vitals README,
// the site sends each final metric with navigator.sendBeacon as a JSON string (so it goes out as
// text/plain, a simple request without a preflight), adding its own page and session fields.
(function () {
  'use strict';
  var url = window.E2E.collector + '/vitals';
  var key = 'e2e-vitals-session';
  var sessionId = sessionStorage.getItem(key);
  if (!sessionId) {
    sessionId = crypto.randomUUID();
    sessionStorage.setItem(key, sessionId);
  }
  var pageViewId = crypto.randomUUID();

  function send(metric) {
    var body = JSON.stringify({
      name: metric.name,
      value: metric.value,
      rating: metric.rating,
      delta: metric.delta,
      id: metric.id,
      navigationType: metric.navigationType,
      entries: metric.entries,
      page: location.href,
      path: location.pathname,
      referrer: document.referrer,
      sessionId: sessionId,
      pageViewId: pageViewId,
      userAgent: navigator.userAgent,
      ts: Date.now(),
    });
    if (!(navigator.sendBeacon && navigator.sendBeacon(url, body)))
      fetch(url, { method: 'POST', body: body, keepalive: true });
  }

  webVitals.onCLS(send);
  webVitals.onFCP(send);
  webVitals.onINP(send);
  webVitals.onLCP(send);
  webVitals.onTTFB(send);
})();
