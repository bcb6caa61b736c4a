// Loa's web page: the script editor's check as you type, listen and
// save.  No inline script anywhere (the Content-Security-Policy forbids
// it); every word shown comes from the page's data-t-* attributes.
'use strict';

// The new-script form: the file name follows the title (diacritics
// stripped, đ as d, words joined by '-') until it is typed in itself.
(function () {
  const title = document.getElementById('new-title');
  const name = document.getElementById('new-name');
  if (!title || !name) return;
  let own = name.value !== '';
  name.addEventListener('input', () => { own = name.value !== ''; });
  title.addEventListener('input', () => {
    if (own) return;
    name.value = title.value.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '').slice(0, 64).replace(/-+$/, '');
  });
})();

(function () {
  const form = document.getElementById('editor');
  if (!form) return;
  const text = document.getElementById('text');
  const gutter = document.getElementById('gutter');
  const list = document.getElementById('findings');
  const status = document.getElementById('status');
  const spoken = document.getElementById('spoken');
  const commune = document.getElementById('commune');
  const player = document.getElementById('player');
  const listen = document.getElementById('listen');
  const save = document.getElementById('save');
  const csrf = document.querySelector('meta[name="csrf"]').content;
  const t = (k) => form.dataset['t' + k.charAt(0).toUpperCase() + k.slice(1)];
  let timer = null;
  let seq = 0;

  function post(url) {
    const body = new URLSearchParams();
    body.set('name', form.dataset.name);
    body.set('commune', commune ? commune.value : '');
    body.set('text', text.value);
    body.set('csrf', csrf);
    return fetch(url, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'X-CSRF-Token': csrf }
    }).then((r) => r.json());
  }

  function drawGutter(marks) {
    const lines = text.value.split('\n').length;
    gutter.textContent = '';
    for (let i = 1; i <= lines; i++) {
      const d = document.createElement('div');
      d.textContent = String(i);
      d.id = 'line-' + i;
      if (marks[i]) { d.className = marks[i].severity; d.title = marks[i].message; }
      gutter.appendChild(d);
    }
    gutter.scrollTop = text.scrollTop;
  }

  function show(result) {
    const marks = {};
    list.textContent = '';
    if (result.failure) {
      const li = document.createElement('li');
      li.className = 'error';
      li.textContent = result.failure;
      list.appendChild(li);
    }
    (result.findings || []).forEach((f) => {
      const li = document.createElement('li');
      li.className = f.severity;
      li.dataset.line = f.line;
      li.dataset.column = f.column;
      let where = f.here && f.line ? t('line') + ' ' + f.line + ', ' + t('column') + ' ' + f.column + ': ' : '';
      if (!f.here && f.file) where = f.file + (f.line ? ':' + f.line + ':' + f.column : '') + ': ';
      li.textContent = where + (f.severity === 'error' ? t('error') : t('warning')) + ': ' + f.message;
      list.appendChild(li);
      if (f.here && f.line && (!marks[f.line] || f.severity === 'error')) marks[f.line] = f;
    });
    if (!result.failure && !(result.findings || []).length) {
      const li = document.createElement('li');
      li.className = 'ok';
      li.textContent = t('ok');
      list.appendChild(li);
    }
    if (typeof result.spoken === 'string') spoken.textContent = result.spoken;
    drawGutter(marks);
  }

  function check() {
    const mine = ++seq;
    status.textContent = t('checking');
    post('/api/check').then((r) => {
      if (mine !== seq) return;  // an older answer arriving late
      status.textContent = '';
      form.dataset.checked = String(mine);
      show(r);
    }).catch(() => { status.textContent = ''; });
  }

  text.addEventListener('input', () => {
    drawGutter({});
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
  text.addEventListener('scroll', () => { gutter.scrollTop = text.scrollTop; });
  if (commune) commune.addEventListener('change', () => {
    check();
    const a = document.getElementById('to-approve');
    if (a) a.search = '?script=' + encodeURIComponent(form.dataset.name) + '&commune=' + encodeURIComponent(commune.value);
  });

  listen.addEventListener('click', () => {
    listen.disabled = true;
    status.textContent = t('rendering');
    post('/api/listen').then((r) => {
      status.textContent = '';
      show(r);
      if (r.audio) {
        player.src = r.audio;
        player.play().catch(() => {});
      }
    }).finally(() => { listen.disabled = false; });
  });

  if (save) save.addEventListener('click', () => {
    save.disabled = true;
    post('/api/save').then((r) => {
      show(r);
      status.textContent = r.saved ? t('saved') : t('notsaved');
    }).finally(() => { save.disabled = false; });
  });

  drawGutter({});
  check();
})();
