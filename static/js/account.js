// account: the profile page's address. Without this script the commune list follows the province
// through the "Cập nhật danh sách xã, phường" button; with it the list reloads as the province
// changes and the button hides.
(function () {
  'use strict';

  function fill(select, items, placeholder) {
    var chosen = select.value;
    select.textContent = '';
    select.appendChild(new Option(placeholder, ''));
    items.forEach(function (unit) {
      var option = new Option(unit.name, unit.code);
      if (unit.code === chosen) option.selected = true;
      select.appendChild(option);
    });
  }

  function loadCommunes(form, province, commune, refresh) {
    var code = province.value;
    if (!code) {
      fill(commune, [], commune.getAttribute('data-province-first'));
      return;
    }
    commune.setAttribute('aria-busy', 'true');
    fetch(form.getAttribute('data-units-url') + '?parent=' + encodeURIComponent(code), {
      headers: { Accept: 'application/json' }, credentials: 'same-origin',
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then(function (body) {
      fill(commune, body.items || [], commune.getAttribute('data-placeholder'));
    }).catch(function () {
      // Offline or failing: the button does the same through the server.
      if (refresh) refresh.hidden = false;
    }).then(function () {
      commune.removeAttribute('aria-busy');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.account-form');
    if (!form || !window.fetch) return;
    var province = form.querySelector('select.account-province');
    var commune = form.querySelector('select.account-commune');
    var refresh = form.querySelector('.account-refresh');
    if (!province || !commune) return;
    if (refresh) refresh.hidden = true;
    province.addEventListener('change', function () {
      commune.value = '';
      loadCommunes(form, province, commune, refresh);
    });
  });
})();
