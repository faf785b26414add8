// The e-form's validation rules in the browser: the same definition and the same verdicts as the
// server's src/core/form.cpp, which stays authoritative. tests/data/form_validation_cases.json
// holds the cases both must agree on (tests/e2e/eform_rules.test.mjs and the C++ unit test).
// Errors are the catalog keys the server uses ("error.required", "eform.error.too_small", ...).
(function (global) {
  'use strict';

  var DEFAULT_MAX_LENGTH = 500;
  var DEFAULT_TEXTAREA_MAX_LENGTH = 5000;
  var STREET_MAX_LENGTH = 200;
  var DEFAULT_MAX_ROWS = 20;

  // Province-of-birth codes of the identity number (Circular 07/2016/TT-BCA annex): the 63
  // provinces before the 2025 mergers; numbers issued since keep them.
  var PROVINCE_CODES = [
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
    34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66,
    67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
  ];

  function trim(text) {
    return String(text == null ? '' : text).trim();
  }

  function codePoints(text) {
    return Array.from(text).length;
  }

  function isDigits(text) {
    return /^[0-9]+$/.test(text);
  }

  function isNumber(text) {
    return /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(text);
  }

  function isIsoDate(text) {
    var match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (!match) return false;
    var year = Number(match[1]), month = Number(match[2]), day = Number(match[3]);
    if (year < 1 || month < 1 || month > 12 || day < 1) return false;
    var leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return day <= days;
  }

  function isCitizenId(raw) {
    var id = trim(raw);
    if (id.length !== 12 || !isDigits(id)) return false;
    return PROVINCE_CODES.indexOf(Number(id.slice(0, 3))) >= 0;
  }

  function isEmail(raw) {
    var email = trim(raw);
    var at = email.indexOf('@');
    if (at < 0 || email.indexOf('@', at + 1) >= 0) return false;
    var local = email.slice(0, at), domain = email.slice(at + 1);
    if (local.length === 0 || local.length > 64 || domain.length > 253) return false;
    for (var i = 0; i < email.length; i++) {
      var code = email.charCodeAt(i);
      if (code <= 32 || code === 0x7f || '()<>,;:\\"[]'.indexOf(email[i]) >= 0) return false;
    }
    var dot = domain.lastIndexOf('.');
    if (dot < 0 || domain[0] === '.' || domain.indexOf('..') >= 0) return false;
    return domain.length - dot - 1 >= 2;
  }

  function isPhone(raw) {
    var digits = String(raw).replace(/[ .]/g, '');
    var subscriber;
    if (digits.indexOf('+84') === 0) subscriber = digits.slice(3);
    else if (digits[0] === '0') subscriber = digits.slice(1);
    else return false;
    return isDigits(subscriber) && subscriber[0] !== '0' &&
      (subscriber.length === 9 || subscriber.length === 10);
  }

  function isCheckboxValue(text) {
    return text === '' || text === 'on' || text === '1' || text === 'true';
  }

  function optionValues(rules) {
    return (rules.options || []).map(function (option) {
      return typeof option === 'object' && option !== null ? option.value : option;
    });
  }

  function maxLengthOf(rules) {
    if (rules.max_length > 0) return rules.max_length;
    return rules.type === 'textarea' ? DEFAULT_TEXTAREA_MAX_LENGTH : DEFAULT_MAX_LENGTH;
  }

  function formatError(rules, text) {
    switch (rules.type) {
      case 'number': return isNumber(text) ? '' : 'error.number';
      case 'date': return isIsoDate(text) ? '' : 'error.date';
      case 'email': return isEmail(text) ? '' : 'error.email';
      case 'phone': return isPhone(text) ? '' : 'error.phone';
      case 'citizen_id': return isCitizenId(text) ? '' : 'error.citizen_id';
      case 'select':
      case 'radio': return optionValues(rules).indexOf(text) >= 0 ? '' : 'error.option';
      case 'checkbox': return isCheckboxValue(text) ? '' : 'error.option';
      default: return '';
    }
  }

  function dateBound(bound, context) {
    if (!bound) return null;
    if (bound === 'today') return (context && context.today) || null;
    return isIsoDate(bound) ? bound : null;
  }

  function ruleError(rules, text, context) {
    if (rules.type === 'number') {
      var number = Number(text);
      if (typeof rules.min === 'number' && number < rules.min) return 'eform.error.too_small';
      if (typeof rules.max === 'number' && number > rules.max) return 'eform.error.too_large';
    }
    if (rules.type === 'date') {
      var earliest = dateBound(rules.min_date, context), latest = dateBound(rules.max_date, context);
      if (earliest && text < earliest) return 'eform.error.date_too_early';
      if (latest && text > latest) return 'eform.error.date_too_late';
    }
    if (rules.pattern) {
      var expression;
      try {
        expression = new RegExp('^(?:' + rules.pattern + ')$');
      } catch (e) {
        return '';  // a broken expression is the catalog's fault: the server skips it too
      }
      if (!expression.test(text)) return 'eform.error.pattern';
    }
    return '';
  }

  // The error of one scalar value, or ''.
  function validateText(rules, raw, context) {
    var text = trim(raw);
    if (text === '') return rules.required ? 'error.required' : '';
    var length = codePoints(text);
    if (length > maxLengthOf(rules)) return 'error.too_long';
    if (rules.min_length > 0 && length < rules.min_length) return 'eform.error.too_short';
    return formatError(rules, text) || ruleError(rules, text, context);
  }

  function scalarText(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? 'true' : '';
    if (typeof value === 'number') return String(value);
    return '';
  }

  // "other=value", "other=a|b" (one of), "other!=value": as core::is_field_visible.
  function isVisible(rules, values) {
    var rule = rules.visible_if || '';
    var equals = rule.indexOf('=');
    if (!rule || equals < 0) return true;
    var negated = equals > 0 && rule[equals - 1] === '!';
    var other = trim(rule.slice(0, negated ? equals - 1 : equals));
    var actual = trim(scalarText(values ? values[other] : ''));
    var matches = rule.slice(equals + 1).split('|').some(function (expected) {
      return trim(expected) === actual;
    });
    return negated ? !matches : matches;
  }

  function isUnitCode(code) {
    return /^[A-Z0-9.]{1,35}$/.test(code);
  }

  function validateAddress(rules, value, key, errors) {
    if (typeof value === 'string' && trim(value) !== '') {
      var error = validateText(rules, value, {});
      if (error) errors[key] = error;
      return;
    }
    var parts = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    var province = trim(scalarText(parts.province));
    var commune = trim(scalarText(parts.commune));
    var street = trim(scalarText(parts.street));
    if (!rules.required && !province && !commune && !street) return;
    [['province', province], ['commune', commune]].forEach(function (pair) {
      if (!pair[1]) errors[key + '.' + pair[0]] = 'error.required';
      else if (!isUnitCode(pair[1])) errors[key + '.' + pair[0]] = 'error.option';
    });
    if (!street && rules.required) errors[key + '.street'] = 'error.required';
    else if (codePoints(street) > STREET_MAX_LENGTH) errors[key + '.street'] = 'error.too_long';
  }

  function validateField(rules, values, key, context, errors) {
    if (!isVisible(rules, values)) return;
    var value = values ? values[rules.name] : undefined;
    if (rules.type === 'rows') {
      var rows = Array.isArray(value) ? value : [];
      if (rows.length === 0 && rules.required) errors[key] = 'error.required';
      var limit = rules.max_rows > 0 ? rules.max_rows : DEFAULT_MAX_ROWS;
      if (rows.length > limit) errors[key] = 'eform.error.too_many_rows';
      rows.forEach(function (row, index) {
        var cells = {};
        Object.keys(row || {}).forEach(function (column) { cells[column] = scalarText(row[column]); });
        (rules.columns || []).forEach(function (column) {
          validateField(column, cells, key + '[' + index + '].' + column.name, context, errors);
        });
      });
    } else if (rules.type === 'address') {
      validateAddress(rules, value, key, errors);
    } else if (rules.type !== 'file') {
      var error = validateText(rules, scalarText(value), context);
      if (error) errors[key] = error;
    }
  }

  // Every error of a form: field definitions (as the procedure JSON has them) and answers (as the
  // draft JSON has them) → {"name" | "name[0].column" | "name.part": key}.
  function validateForm(fields, values, context) {
    var errors = {};
    (fields || []).forEach(function (field) {
      validateField(field, values || {}, field.name, context || {}, errors);
    });
    return errors;
  }

  // The HTML id of what an error key names, as web/portal/form_view.cpp draws it.
  function fieldDomId(key) {
    var prefix = 'f-';
    if (key.indexOf('component:') === 0) {
      prefix = 'c-';
      key = key.slice(10);
    }
    var out = prefix;
    for (var i = 0; i < key.length; i++) {
      var c = key[i];
      if (/[A-Za-z0-9_-]/.test(c)) out += c;
      else if (c !== ']' && out[out.length - 1] !== '-') out += '-';
    }
    return out;
  }

  global.EformRules = {
    validateText: validateText,
    validateForm: validateForm,
    isVisible: isVisible,
    isCitizenId: isCitizenId,
    isEmail: isEmail,
    isPhone: isPhone,
    fieldDomId: fieldDomId,
  };
})(typeof window !== 'undefined' ? window : globalThis);
