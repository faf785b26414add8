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

  function size(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return Math.ceil(bytes / 1024) + ' KB';
    return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
  }

  function csrf(block) {
    var form = block.closest('form');
    var input = form && form.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function showError(block, text) {
    var box = block.querySelector('.upload-error');
    if (!box) return;
    box.querySelector('.upload-error-text').textContent = text;
    box.hidden = !text;
    block.classList.toggle('field-error', Boolean(text));
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
      await uploadFiles(block, files, block.getAttribute('data-upload-url'), block.getAttribute('data-input-name'));
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
      if (chosen.length) await uploadFiles(block, chosen.slice(0, 1), button.getAttribute('formaction'), 'replacement');
    });
    block.appendChild(picker);
    picker.click();
  });
})();
