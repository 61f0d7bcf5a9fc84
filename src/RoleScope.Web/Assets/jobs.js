// Live filters for the Jobs page: the form still works without this (a GET to /jobs); with it, a change fetches
// /api/postings, redraws results, facet counts and pager in place, and keeps the state in the URL.
// Everything from the API is inserted as text (textContent), never as HTML.
(() => {
  'use strict';
  const form = document.getElementById('job-filters');
  if (!form) return;
  const list = document.getElementById('job-list');
  const total = document.getElementById('total');
  const skills = document.getElementById('skill-facets');
  const pager = document.getElementById('pager');
  const fmt = new Intl.NumberFormat('en-US');
  let page = Number(new URLSearchParams(location.search).get('page') || '1');
  let pending = null;
  let timer = 0;

  function params() {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim() !== '') p.set(k, String(v).trim());
    if (page > 1) p.set('page', String(page));
    return p;
  }

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (attrs) for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  function money(v) { return '$' + fmt.format(Math.round(v / 100) * 100); }

  function renderFacets(facets) {
    const byName = { family: facets.families, seniority: facets.seniorities, workMode: facets.workModes, country: facets.countries };
    for (const [name, counts] of Object.entries(byName)) {
      const select = form.querySelector(`select[data-facet="${name}"]`);
      if (!select) continue;
      const map = new Map(counts.map(c => [c.value, c.count]));
      for (const option of select.options) {
        if (option.value === '') continue;
        option.textContent = `${option.value} (${fmt.format(map.get(option.value) || 0)})`;
      }
    }
    skills.replaceChildren(...facets.skills.map(f => {
      const li = el('li');
      const a = el('a', f.value + ' ', { href: '#', 'data-skill': f.value });
      a.append(el('span', fmt.format(f.count), { class: 'count' }));
      li.append(a);
      return li;
    }));
  }

  function renderItems(items) {
    list.replaceChildren(...items.map(p => {
      const li = el('li');
      const h = el('h3');
      h.append(el('a', p.title || '(untitled)', { href: '/postings/' + encodeURIComponent(p.id) }));
      const meta = [p.company, p.family, p.seniority, p.workMode, p.countries.join(', ')];
      if (p.salaryUsd != null) meta.push(money(p.salaryUsd));
      if (p.postedAt) meta.push(p.postedAt);
      li.append(h, el('p', meta.filter(Boolean).join(' · '), { class: 'meta' }), el('p', p.skills.slice(0, 8).join(', '), { class: 'skills' }));
      return li;
    }));
  }

  function renderPager(data) {
    const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
    const parts = [];
    if (data.page > 1) parts.push(el('a', 'Previous page', { href: '#', rel: 'prev', 'data-page': String(data.page - 1) }));
    parts.push(el('span', `Page ${data.page} of ${pages}`, { id: 'page-info' }));
    if (data.page < pages) parts.push(el('a', 'Next page', { href: '#', rel: 'next', 'data-page': String(data.page + 1) }));
    pager.replaceChildren(...parts);
  }

  async function refresh() {
    const p = params();
    history.replaceState(null, '', '/jobs' + (p.toString() ? '?' + p : ''));
    if (pending) pending.abort();
    pending = new AbortController();
    form.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch('/api/postings?' + p, { signal: pending.signal, headers: { Accept: 'application/json' } });
      const data = await response.json();
      const errors = document.querySelector('.errors');
      if (errors) errors.remove();
      if (!response.ok) {
        const box = el('div', undefined, { class: 'errors', role: 'alert' });
        box.append(el('h2', 'Please check the form'));
        const ul = el('ul');
        for (const [name, reasons] of Object.entries(data.errors || {})) ul.append(el('li', `${name}: ${reasons[0]}`));
        box.append(ul);
        form.before(box);
        return;
      }
      total.textContent = fmt.format(data.total);
      renderItems(data.items);
      renderFacets(data.facets);
      renderPager(data);
      document.body.dataset.storeVersion = String(data.storeVersion);
      document.body.dataset.loaded = String(Date.now());
    } catch (e) {
      if (e.name !== 'AbortError') throw e;
    } finally {
      form.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', e => { e.preventDefault(); page = 1; refresh(); });
  form.addEventListener('change', () => { page = 1; refresh(); });
  form.addEventListener('input', e => {
    if (e.target.type !== 'search' && e.target.type !== 'number') return;
    clearTimeout(timer);
    timer = setTimeout(() => { page = 1; refresh(); }, 250);
  });
  skills.addEventListener('click', e => {
    const a = e.target.closest('a[data-skill]');
    if (!a) return;
    e.preventDefault();
    form.elements.skill.value = a.dataset.skill;
    page = 1;
    refresh();
  });
  pager.addEventListener('click', e => {
    const a = e.target.closest('a[data-page]');
    if (!a) return;
    e.preventDefault();
    page = Number(a.dataset.page);
    refresh();
  });
})();
