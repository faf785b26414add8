// The browser's rules (static/js/eform-rules.js) against the cases the server's C++ unit test
// runs too (tests/data/form_validation_cases.json): one definition of validity, checked twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const root = new URL('../../', import.meta.url);
const sandbox = {};
vm.runInNewContext(readFileSync(new URL('static/js/eform-rules.js', root), 'utf8'), sandbox);
const Rules = sandbox.EformRules;
const cases = JSON.parse(readFileSync(new URL('tests/data/form_validation_cases.json', root), 'utf8'));

const plain = (object) => JSON.parse(JSON.stringify(object));

test('every field case gives the errors the server gives', () => {
  assert.ok(cases.fields.length > 50);
  for (const item of cases.fields) {
    const values = item.value === null ? {} : { [item.field.name]: item.value };
    const errors = Rules.validateForm([item.field], values, { today: item.today });
    assert.deepEqual(plain(errors), item.errors, item.name);
  }
});

test('every form case applies visibility as the server does', () => {
  for (const item of cases.forms) {
    const errors = Rules.validateForm(item.fields, item.values, { today: item.today });
    assert.deepEqual(plain(errors), item.errors, item.name);
  }
});

test('error keys name the same element ids as the server draws', () => {
  assert.equal(Rules.fieldDomId('noi_sinh.province'), 'f-noi_sinh-province');
  assert.equal(Rules.fieldDomId('thanh_vien[2].ho_ten'), 'f-thanh_vien-2-ho_ten');
  assert.equal(Rules.fieldDomId('component:giay-chung-sinh'), 'c-giay-chung-sinh');
});

test('a broken case would fail: the rules are not vacuous', () => {
  const field = { name: 'x', type: 'citizen_id', required: true };
  assert.deepEqual(plain(Rules.validateForm([field], { x: '123' })), { x: 'error.citizen_id' });
  assert.deepEqual(plain(Rules.validateForm([field], { x: '001088001234' })), {});
});
