// «Версия для слабовидящих» — the host site's own low-vision switch, as ministry sites have it.
//
// Loaded with `defer` BEFORE the gos-elements module script, so it runs after the page is parsed but
// before the custom elements upgrade: <gos-config> already carries `low-vision` when it first renders.
//
// Markup it expects (all optional):
//   <html data-site="mintrud">                          — storage key prefix (one preference per site)
//   <button data-lv-toggle aria-pressed="false" hidden> — the switch (shown once this script runs)
//   <div data-lv-panel hidden>                          — settings panel, shown in low-vision mode
//     <button data-lv-scheme="black-on-white|white-on-black|blue|brown|green" aria-pressed>
//     <button data-lv-size="normal|large|larger" aria-pressed>
//
// What it changes: classes/data attributes on <html> for the page's own CSS, and `low-vision` /
// `low-vision-scheme` on every <gos-config>, which our components follow. No inline code: works under
// `script-src 'self'` with Trusted Types (no HTML strings are written).
(function () {
  'use strict';

  var SCHEMES = ['black-on-white', 'white-on-black', 'blue', 'brown', 'green'];
  var SIZES = ['normal', 'large', 'larger'];
  var root = document.documentElement;
  var storageKey = (root.getAttribute('data-site') || 'site') + ':low-vision';
  var defaults = { on: false, scheme: SCHEMES[0], size: SIZES[1] };

  function read() {
    var state = { on: defaults.on, scheme: defaults.scheme, size: defaults.size };
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
      if (saved && typeof saved === 'object') {
        state.on = saved.on === true;
        if (SCHEMES.indexOf(saved.scheme) !== -1) state.scheme = saved.scheme;
        if (SIZES.indexOf(saved.size) !== -1) state.size = saved.size;
      }
    } catch {
      // Storage disabled or corrupt value: fall back to the defaults.
    }
    return state;
  }

  function write(state) {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(state));
    } catch {
      // Storage disabled (private mode, quota): the setting lasts until the page is left.
    }
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function apply(state) {
    root.classList.toggle('lv', state.on);
    if (state.on) {
      root.setAttribute('data-lv-scheme', state.scheme);
      root.setAttribute('data-lv-size', state.size);
    } else {
      root.removeAttribute('data-lv-scheme');
      root.removeAttribute('data-lv-size');
    }
    each('gos-config', function (config) {
      config.toggleAttribute('low-vision', state.on);
      if (state.on) config.setAttribute('low-vision-scheme', state.scheme);
      else config.removeAttribute('low-vision-scheme');
    });
    each('[data-lv-toggle]', function (toggle) {
      toggle.hidden = false;
      toggle.setAttribute('aria-pressed', String(state.on));
    });
    each('[data-lv-panel]', function (panel) {
      panel.hidden = !state.on;
    });
    each('button[data-lv-scheme]', function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lv-scheme') === state.scheme));
    });
    each('button[data-lv-size]', function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lv-size') === state.size));
    });
  }

  var state = read();
  apply(state);

  function update(change) {
    state = {
      on: 'on' in change ? change.on : state.on,
      scheme: change.scheme || state.scheme,
      size: change.size || state.size,
    };
    write(state);
    apply(state);
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    if (target.hasAttribute('data-lv-toggle')) update({ on: !state.on });
    else if (target.hasAttribute('data-lv-scheme')) update({ scheme: target.getAttribute('data-lv-scheme') });
    else if (target.hasAttribute('data-lv-size')) update({ size: target.getAttribute('data-lv-size') });
  });

  // Another tab of the same site changed the setting: follow it.
  window.addEventListener('storage', function (event) {
    if (event.key !== storageKey) return;
    state = read();
    apply(state);
  });
})();
