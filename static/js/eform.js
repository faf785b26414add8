// The e-form in the browser, all progressive enhancement: without this script every field shows,
// the commune list follows the province through "Cập nhật danh sách xã", rows are added by a
// submit button and the server checks everything. With it: conditional fields hide, communes load
// as the province changes, rows are added and removed in place, the rules of eform-rules.js are
// checked before the review (the server still decides), and the draft saves itself.
(function () {
  'use strict';

  var AUTOSAVE_DELAY_MS = 3000;
  var Rules = window.EformRules;

  function parseJson(text, fallback) {
    try { return JSON.parse(text); } catch (e) { return fallback; }
  }

  function messageOf(form, key, params) {
    var messages = form._messages || (form._messages = parseJson(form.getAttribute('data-messages'), {}));
    var text = messages[key] || key;
    Object.keys(params || {}).forEach(function (name) { text = text.replace('{' + name + '}', params[name]); });
    return text;
  }

  function controlValue(form, name) {
    var controls = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
    for (var i = 0; i < controls.length; i++) {
      var control = controls[i];
      if (control.type === 'radio') {
        if (control.checked) return control.value;
      } else if (control.type === 'checkbox') {
        return control.checked;
      } else {
        return control.value;
      }
    }
    return '';
  }

  // The definitions and answers of the form as the server reads them (form_view.cpp).
  function readForm(form) {
    var fields = [], values = {}, rowMaps = {};
    form.querySelectorAll('[data-field]').forEach(function (container) {
      var own = container.getAttribute('data-rules') ||
        (container.querySelector('[data-rules]') || { getAttribute: function () { return null; } }).getAttribute('data-rules');
      var rules = parseJson(own, null);
      if (!rules) return;
      var name = rules.name;
      if (rules.type === 'rows') {
        var rows = container.querySelectorAll('tr.form-row');
        rules.columns = [];
        if (rows.length) {
          rows[0].querySelectorAll('[data-rules]').forEach(function (cell) {
            rules.columns.push(parseJson(cell.getAttribute('data-rules'), {}));
          });
        }
        values[name] = [];
        rowMaps[name] = [];
        rows.forEach(function (row, index) {
          var answer = {}, any = false;
          rules.columns.forEach(function (column) {
            var value = controlValue(form, name + '[' + index + '].' + column.name);
            if (typeof value === 'string') value = value.trim();
            answer[column.name] = value;
            any = any || (value !== '' && value !== false);
          });
          if (any) { values[name].push(answer); rowMaps[name].push(index); }
        });
      } else if (rules.type === 'address') {
        values[name] = {
          province: controlValue(form, name + '.province'),
          commune: controlValue(form, name + '.commune'),
          street: controlValue(form, name + '.street'),
        };
      } else {
        values[name] = controlValue(form, name);
      }
      fields.push(rules);
    });
    return { fields: fields, values: values, rowMaps: rowMaps };
  }

  // "name[2].col" names the third filled row; the page may hold blank rows between.
  function domKey(key, rowMaps) {
    var match = /^([^\[]+)\[(\d+)\]\.(.+)$/.exec(key);
    if (!match || !rowMaps[match[1]]) return key;
    return match[1] + '[' + rowMaps[match[1]][Number(match[2])] + '].' + match[3];
  }

  function refreshVisibility(form) {
    var values = readForm(form).values;
    form.querySelectorAll('[data-visible-if]').forEach(function (element) {
      element.hidden = !Rules.isVisible({ visible_if: element.getAttribute('data-visible-if') }, values);
    });
  }

  // --- errors beside the fields and in the summary -------------------------------------------

  function errorElement(control, id) {
    var element = document.getElementById(id + '-error');
    if (element || !control) return element;
    element = document.createElement('p');
    element.className = 'error-message';
    element.id = id + '-error';
    element.hidden = true;
    control.insertAdjacentElement('afterend', element);
    return element;
  }

  function showError(form, id, text) {
    var control = document.getElementById(id);
    var element = errorElement(control, id);
    if (!element) return;
    var slot = element.querySelector('.error-text') || element;
    slot.textContent = text || '';
    element.hidden = !text;
    var wrapper = control && control.closest('.field, td');
    if (wrapper) wrapper.classList.toggle(wrapper.tagName === 'TD' ? 'cell-error' : 'field-error', !!text);
    if (!control || control.tagName === 'FIELDSET') return;
    if (text) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(function (ref) {
      return ref && ref !== element.id;
    });
    if (text) described.push(element.id);
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }

  function clearErrors(form) {
    form.querySelectorAll('.error-message').forEach(function (element) {
      if (!element.id) return;
      showError(form, element.id.replace(/-error$/, ''), '');
    });
  }

  function labelOf(id) {
    var control = document.getElementById(id);
    if (!control) return '';
    if (control.tagName === 'FIELDSET') {
      var legend = control.querySelector('legend');
      return legend ? legend.textContent.replace('*', '').trim() : '';
    }
    if (control.getAttribute('aria-label')) return control.getAttribute('aria-label');
    var label = document.querySelector('label[for="' + CSS.escape(id) + '"]');
    var text = label ? label.textContent.replace('*', '').trim() : '';
    var group = control.closest('fieldset.address-field');
    if (group) text = group.querySelector('legend').textContent.replace('*', '').trim() + ' – ' + text;
    return text.replace(/\s*\(bắt buộc\)|\s*\(required\)/, '');
  }

  function showSummary(form, errors, rowMaps) {
    var summary = document.querySelector('.eform-client-summary');
    var list = summary.querySelector('ul');
    list.textContent = '';
    // One summary on the page, under the id the server's carries, so links and focus behave alike.
    var server = document.getElementById('error-summary');
    if (server && server !== summary) server.remove();
    summary.id = 'error-summary';
    Object.keys(errors).forEach(function (key) {
      var id = Rules.fieldDomId(domKey(key, rowMaps));
      var text = messageOf(form, errors[key]);
      showError(form, id, text);
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + id;
      link.textContent = (labelOf(id) ? labelOf(id) + ': ' : '') + text;
      item.appendChild(link);
      list.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  function today() {
    // Asia/Ho_Chi_Minh, as the server's "today" (UTC+7, no daylight saving).
    return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  }

  // A required component with no file uploaded and none chosen: the server would refuse too.
  function missingComponents(form, errors) {
    form.querySelectorAll('[data-component][data-required]').forEach(function (component) {
      if (component.hasAttribute('data-has-files')) return;
      var input = component.querySelector('input[type="file"]');
      if (input && input.files && input.files.length) return;
      errors['component:' + component.getAttribute('data-component')] = 'error.component_required';
    });
    return errors;
  }

  function check(form, event) {
    var read = readForm(form);
    var errors = missingComponents(form, Rules.validateForm(read.fields, read.values, { today: today() }));
    clearErrors(form);
    if (Object.keys(errors).length === 0) {
      var shown = document.querySelector('.eform-client-summary');
      if (shown) shown.hidden = true;
      return;
    }
    event.preventDefault();
    showSummary(form, errors, read.rowMaps);
  }

  // --- address: province → commune ------------------------------------------------------------

  function loadCommunes(form, provinceSelect) {
    var communeSelect = form.querySelector('[name="' + CSS.escape(provinceSelect.name.replace(/\.province$/, '.commune')) + '"]');
    if (!communeSelect) return;
    var code = provinceSelect.value;
    var placeholder = messageOf(form, code ? 'form.select_placeholder' : 'eform.address.province_first');
    // A list that arrives after the commune was chosen keeps the choice when it holds it; one
    // for a province no longer selected (an answer overtaken by a later change) is dropped.
    var fill = function (items) {
      if (provinceSelect.value !== code) return;
      var chosen = communeSelect.value;
      communeSelect.textContent = '';
      communeSelect.appendChild(new Option(placeholder, ''));
      items.forEach(function (unit) { communeSelect.appendChild(new Option(unit.name, unit.code)); });
      if (items.some(function (unit) { return unit.code === chosen; })) communeSelect.value = chosen;
    };
    if (!code) { fill([]); return; }
    fetch(form.getAttribute('data-units-url') + '?parent=' + encodeURIComponent(code), {
      headers: { Accept: 'application/json' }, credentials: 'same-origin',
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then(function (body) { fill(body.items || []); })
      .catch(function () {
        // Offline or failing: the no-JS button does the same through the server.
        form.querySelectorAll('.address-refresh').forEach(function (button) { button.hidden = false; });
      });
  }

  // --- repeatable rows ------------------------------------------------------------------------

  function renumberRows(fieldset) {
    var name = fieldset.getAttribute('data-field');
    var rows = fieldset.querySelectorAll('tr.form-row');
    rows.forEach(function (row, index) {
      row.querySelector('th').textContent = String(index + 1);
      row.querySelectorAll('[name]').forEach(function (control) {
        var column = control.name.replace(/^.*\]\./, '');
        control.name = name + '[' + index + '].' + column;
        control.id = Rules.fieldDomId(control.name);
        if (control.getAttribute('aria-label')) {
          var label = control.getAttribute('aria-label').replace(/ – .*$/, '');
          control.setAttribute('aria-label', label + ' – ' + messageOf(fieldset.form || fieldset.closest('form'), 'form.row', { n: index + 1 }));
        }
      });
      var remove = row.querySelector('.row-remove');
      if (remove) {
        remove.value = 'row_remove:' + name + ':' + index;
        remove.textContent = messageOf(fieldset.closest('form'), 'eform.rows.remove', { n: index + 1 });
      }
    });
    var count = fieldset.querySelector('input[name="rows:' + CSS.escape(name) + '"]');
    if (count) count.value = String(rows.length);
    var add = fieldset.querySelector('.row-add');
    var table = fieldset.querySelector('table');
    if (add && table) add.hidden = rows.length >= Number(table.getAttribute('data-max-rows') || 20);
  }

  function addRow(fieldset) {
    var rows = fieldset.querySelectorAll('tr.form-row');
    var last = rows[rows.length - 1];
    var copy = last.cloneNode(true);
    copy.querySelectorAll('input, select, textarea').forEach(function (control) {
      if (control.type === 'checkbox') control.checked = false;
      else control.value = '';
      control.removeAttribute('aria-invalid');
    });
    copy.querySelectorAll('.error-message').forEach(function (element) { element.remove(); });
    last.after(copy);
    renumberRows(fieldset);
    var first = copy.querySelector('input, select, textarea');
    if (first) first.focus();
  }

  function removeRow(fieldset, row) {
    var rows = fieldset.querySelectorAll('tr.form-row');
    if (rows.length <= 1) {
      row.querySelectorAll('input, select, textarea').forEach(function (control) {
        if (control.type === 'checkbox') control.checked = false; else control.value = '';
      });
    } else {
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      var focus = next && next.querySelector('input, select, textarea');
      if (focus) focus.focus();
    }
    renumberRows(fieldset);
  }

  // --- autosave -------------------------------------------------------------------------------

  function answersOf(form) {
    var data = new FormData(form);
    form.querySelectorAll('input[type="file"]').forEach(function (input) { data.delete(input.name); });
    data.delete('op');
    return data;
  }

  function autosave(form) {
    if (!form.hasAttribute('data-autosave-url')) return;  // a form with nothing to save a draft to
    var status = document.getElementById('autosave-status');
    var data = answersOf(form);
    if (status) status.textContent = messageOf(form, 'eform.autosave.saving');
    fetch(form.getAttribute('data-autosave-url'), {
      method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' },
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then(function (body) {
      if (status) status.textContent = body.message;
    }).catch(function () {
      if (status) status.textContent = messageOf(form, 'eform.autosave.failed');
    });
  }

  function enhance(form) {
    var timer = null;
    var schedule = function () {
      clearTimeout(timer);
      timer = setTimeout(function () { timer = null; autosave(form); }, AUTOSAVE_DELAY_MS);
    };
    // Answers typed in the last seconds are saved before a file is sent or the page is left, so
    // neither an upload's redraw nor a reload loses them.
    var flush = function () {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
      autosave(form);
    };
    form.addEventListener('click', function (event) {
      if (event.target.closest('.upload-send, .upload-delete, .upload-replace')) flush();
    }, true);
    window.addEventListener('pagehide', function () {
      if (timer === null || !form.hasAttribute('data-autosave-url')) return;
      clearTimeout(timer);
      timer = null;
      navigator.sendBeacon(form.getAttribute('data-autosave-url'), answersOf(form));
    });
    form.querySelectorAll('.address-refresh').forEach(function (button) { button.hidden = true; });
    form.querySelectorAll('fieldset.rows-field').forEach(renumberRows);
    refreshVisibility(form);

    form.addEventListener('input', function (event) {
      refreshVisibility(form);
      if (event.target.type !== 'file') schedule();
    });
    form.addEventListener('change', function (event) {
      var target = event.target;
      refreshVisibility(form);
      if (target.classList.contains('address-province')) loadCommunes(form, target);
      if (target.type !== 'file') schedule();
    });
    form.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) return;
      var fieldset = button.closest('fieldset.rows-field');
      if (button.classList.contains('row-add') && fieldset) {
        event.preventDefault();
        addRow(fieldset);
        schedule();
      } else if (button.classList.contains('row-remove') && fieldset) {
        event.preventDefault();
        removeRow(fieldset, button.closest('tr'));
        schedule();
      }
    });
    form.addEventListener('submit', function (event) {
      clearTimeout(timer);
      var op = event.submitter && event.submitter.value;
      if (op === 'review' || op === 'submit') check(form, event);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!Rules) return;
    document.querySelectorAll('form.eform').forEach(enhance);
  });
})();
