// The e-form's conditional fields (a field's `visible_if`, "other=value"): shown only while the
// other field has that value, as the server's validation assumes. Without this script every field
// shows and the server still decides; nothing here is needed to fill or submit the form.
(function () {
  'use strict';

  function valueOf(form, name) {
    var controls = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
    for (var i = 0; i < controls.length; i++) {
      var control = controls[i];
      if (control.type === 'radio') {
        if (control.checked) return control.value;
      } else if (control.type === 'checkbox') {
        return control.checked ? 'true' : '';
      } else {
        return control.value.trim();
      }
    }
    return '';
  }

  function refresh(form) {
    var conditional = form.querySelectorAll('[data-visible-if]');
    for (var i = 0; i < conditional.length; i++) {
      var rule = conditional[i].getAttribute('data-visible-if');
      var equals = rule.indexOf('=');
      if (equals < 0) continue;
      var name = rule.slice(0, equals).trim();
      var expected = rule.slice(equals + 1).trim();
      conditional[i].hidden = valueOf(form, name) !== expected;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var forms = document.querySelectorAll('form.eform');
    for (var i = 0; i < forms.length; i++) {
      var form = forms[i];
      refresh(form);
      form.addEventListener('change', refresh.bind(null, form));
      form.addEventListener('input', refresh.bind(null, form));
    }
  });
})();
