// Upload widget (templates/portal/upload_component.mustache): sends each chosen file on its own
// with a progress bar (XMLHttpRequest: fetch reports no upload progress), deletes and replaces in
// place, and redraws the component from the HTML the server returns. Without this script the same
// buttons post the form and the page is drawn again.
(function () {
  'use strict';
  // Each upload block names this script: run once however many a page holds.
  if (window.motcuaUploads) return;
  window.motcuaUploads = true;

  function messages(block) {
    try { return JSON.parse(block.getAttribute('data-messages') || '{}'); } catch (e) { return {}; }
  }

  function fill(text, params) {
    return String(text || '').replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(params, key) ? params[key] : all;
    });
  }

  // As the server writes sizes (src/core/byte_size.cpp): tenths rounded down and a zero tenth
  // dropped, so a file just over the limit never reads "10.0 MB, over the limit of 10.0 MB" and the
  // script's message matches the server's.
  function size(bytes) {
    if (bytes < 1024) return bytes + ' B';
    var units = ['KB', 'MB', 'GB'];
    var tenths = Math.floor(bytes * 10 / 1024);
    var unit = 0;
    while (tenths >= 10240 && unit + 1 < units.length) {
      tenths = Math.floor(tenths / 1024);
      unit += 1;
    }
    return Math.floor(tenths / 10) + (tenths % 10 ? '.' + (tenths % 10) : '') + ' ' + units[unit];
  }

  function csrf(block) {
    var form = block.closest('form');
    var input = form && form.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  // The page's error summary lists a refused file too (the e-form's, shown or still hidden), so the
  // message is found where every other one is, with a link back to the file input.
  function summarize(block, input, text) {
    var summary = document.getElementById('error-summary') || document.querySelector('.eform-client-summary');
    if (!summary || !input) return;
    var list = summary.querySelector('ul');
    var link = list.querySelector('a[href="#' + CSS.escape(input.id) + '"]');
    if (!text) {
      if (link) link.parentNode.remove();
      if (!list.children.length) summary.hidden = true;
      return;
    }
    if (!link) {
      var item = document.createElement('li');
      link = document.createElement('a');
      link.href = '#' + input.id;
      item.appendChild(link);
      list.appendChild(item);
    }
    var name = block.querySelector('.component-name');
    link.textContent = (name ? name.firstChild.textContent.trim() + ': ' : '') + text;
    summary.id = 'error-summary';
    summary.hidden = false;
  }

  function showError(block, text) {
    var box = block.querySelector('.upload-error');
    if (!box) return;
    box.querySelector('.upload-error-text').textContent = text;
    box.hidden = !text;
    block.classList.toggle('field-error', Boolean(text));
    var input = block.querySelector('input[type="file"]');
    if (input) {
      var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (ref) {
        return ref && ref !== box.id;
      });
      if (text) described.push(box.id);
      input.setAttribute('aria-describedby', described.join(' '));
      if (text) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    summarize(block, input, text);
  }

  // The server's block replaces this one; the progress list (still reporting) moves into it.
  function redraw(block, html, progress) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var fresh = holder.querySelector('.upload-component');
    if (!fresh) return block;
    block.replaceWith(fresh);
    var slot = fresh.querySelector('.upload-progress');
    if (slot && progress) slot.replaceWith(progress);
    return fresh;
  }

  function send(url, data, onProgress) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) onProgress(Math.round(event.loaded * 100 / event.total));
      });
      xhr.addEventListener('load', function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        resolve({ status: xhr.status, body: body });
      });
      xhr.addEventListener('error', function () { resolve({ status: 0, body: null }); });
      xhr.send(data);
    });
  }

  function progressItem(progress, name, text) {
    var item = document.createElement('li');
    var label = document.createElement('span');
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', name);
    label.textContent = text;
    item.appendChild(label);
    item.appendChild(bar);
    progress.appendChild(item);
    return { item: item, label: label, bar: bar };
  }

  // Checked here only to save a wasted upload: the server checks again, by the file's bytes.
  function localProblem(block, file, text) {
    var limit = Number(block.getAttribute('data-max-file-bytes') || 0);
    if (file.size === 0) return fill(text['uploads.error.empty'], { name: file.name });
    if (limit && file.size > limit) {
      return fill(text['uploads.error.file_too_large'], { name: file.name, size: size(file.size), limit: size(limit) });
    }
    return '';
  }

  async function uploadFiles(block, files, url, field) {
    var text = messages(block);
    var progress = block.querySelector('.upload-progress');
    progress.hidden = false;
    progress.textContent = '';
    var firstError = '';
    for (var i = 0; i < files.length; i++) {
      var file = files[i];
      var row = progressItem(progress, file.name, fill(text['uploads.progress'], { name: file.name, percent: 0 }));
      var problem = localProblem(block, file, text);
      if (problem) {
        row.label.textContent = problem;
        row.bar.remove();
        firstError = firstError || problem;
        continue;
      }
      var data = new FormData();
      data.append('_csrf', csrf(block));
      data.append('xhr', '1');
      data.append(field, file, file.name);
      var reply = await send(url, data, function (percent) {
        row.bar.value = percent;
        row.label.textContent = fill(text['uploads.progress'], { name: file.name, percent: percent });
      });
      var error = reply.body && reply.body.error && reply.body.error.message;
      if (reply.body && reply.body.html) block = redraw(block, reply.body.html, progress);
      if (reply.status >= 200 && reply.status < 300) {
        row.bar.value = 100;
        row.label.textContent = fill(text['uploads.done'], { name: file.name });
      } else {
        var shown = error || fill(text['uploads.error.failed'], { name: file.name });
        row.label.textContent = shown;
        row.bar.remove();
        firstError = firstError || shown;
      }
    }
    showError(block, firstError);
    return block;
  }

  // The block is drawn anew, taking the pressed button with it: a keyboard user carries on from the
  // same control in the new block, or from the file input that now carries the message.
  function keepFocus(block, selector) {
    if (document.activeElement && document.activeElement !== document.body) return;
    var target = block.classList.contains('field-error') ? block.querySelector('input[type="file"]') : block.querySelector(selector);
    (target || block.querySelector('input[type="file"]')).focus();
  }

  function blockOf(element) { return element.closest('.upload-component[data-upload-url]'); }

  document.addEventListener('click', async function (event) {
    var button = event.target.closest('.upload-send, .upload-delete, .upload-replace');
    var block = button && blockOf(button);
    if (!block) return;
    event.preventDefault();
    if (button.classList.contains('upload-send')) {
      var input = block.querySelector('input[type="file"]');
      if (!input.files.length) {
        showError(block, messages(block)['uploads.error.none_chosen'] || '');
        input.focus();
        return;
      }
      var files = Array.prototype.slice.call(input.files);
      input.value = '';
      block = await uploadFiles(block, files, block.getAttribute('data-upload-url'), block.getAttribute('data-input-name'));
      keepFocus(block, '.upload-send');
      return;
    }
    if (button.classList.contains('upload-delete')) {
      var data = new FormData();
      data.append('_csrf', csrf(block));
      data.append('xhr', '1');
      var reply = await send(button.getAttribute('formaction'), data, function () {});
      if (reply.body && reply.body.html) {
        var fresh = redraw(block, reply.body.html, null);
        var next = fresh.querySelector('.upload-delete, input[type="file"]');
        if (next) next.focus();
      }
      return;
    }
    // Replace: pick the new file, then send it in the old one's place.
    var picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = block.querySelector('input[type="file"]').accept;
    picker.hidden = true;
    picker.addEventListener('change', async function () {
      var chosen = Array.prototype.slice.call(picker.files);
      picker.remove();
      if (!chosen.length) return;
      block = await uploadFiles(block, chosen.slice(0, 1), button.getAttribute('formaction'), 'replacement');
      keepFocus(block, '.upload-replace');
    });
    block.appendChild(picker);
    picker.click();
  });
})();
