// The behaviour of the end-to-end test site, the same on every SDK's pages: a button that keeps
// the main thread busy (an interaction with a long INP and a long task), a fetch that fails with
// 404, an uncaught Error, an SPA route change (history.pushState, then a slow fetch and an image),
// and a banner pushed in after the first paint (a layout shift).
(function () {
  'use strict';
  var sdk = window.E2E.sdk;
  var out = document.getElementById('out');

  function busy(ms) {
    var end = performance.now() + ms;
    var x = 0;
    while (performance.now() < end) x += Math.sqrt(x + 1);
    return x;
  }

  function on(id, handler) {
    var element = document.getElementById(id);
    if (element) element.addEventListener('click', handler);
  }

  on('compute', function () {
    out.textContent = 'Computed ' + Math.round(busy(260));
  });

  on('reviews', function () {
    fetch('/api/reviews?product=42').then(function (response) {
      out.textContent = 'Reviews: HTTP ' + response.status;
    });
  });

  on('checkout', function () {
    throw new Error('E2E checkout failed on ' + sdk);
  });

  on('details', function () {
    history.pushState({ view: 'details' }, '', 'details');
    document.title = 'Details - E2E shop (' + sdk + ')';
    fetch('/api/items').then(function (response) {
      return response.json();
    }).then(function (items) {
      var view = document.createElement('section');
      view.id = 'details-view';
      var list = document.createElement('ul');
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = item.name + ': ' + item.price;
        list.appendChild(li);
      });
      var picture = new Image(320, 160);
      picture.src = '/static/detail.png';
      picture.alt = 'Detail';
      view.appendChild(list);
      view.appendChild(picture);
      document.querySelector('main').appendChild(view);
    });
  });

  // The banner shifts everything below it after the first paint, as late ads and promos do.
  setTimeout(function () {
    var banner = document.createElement('div');
    banner.className = 'banner';
    banner.textContent = 'Free shipping this week on everything in the E2E shop';
    document.body.insertBefore(banner, document.body.firstChild);
  }, 400);
})();
