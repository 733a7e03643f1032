// The offline copy: a service worker that keeps one copy of the handbook per build, so every page,
// the stylesheet, the scripts and the search index of the reader's edition open without a network.
// /sw.js (written by the build) sets self.OFFLINE and imports this file:
//   version   the build's content hash: one cache per build, so a copy is never a mix of two builds
//   editions  { "/": { files: [...], keepsAll: true }, "/es/": {...} }: what each edition keeps
//   shared    files every edition needs (the stylesheet and the site script)
// A large handbook keeps only its edition's essentials up front (keepsAll false); every other page
// and search file joins the copy when the reader opens it.
'use strict';

const { version, editions, shared } = self.OFFLINE;
const PREFIX = 'oms-handbook-';
const CACHE = PREFIX + version;
// Entries of our own in the cache: which editions the copy keeps, and when it was saved.
const KEPT = '/__offline/kept';
const SAVED = '/__offline/saved';
const LARGE = '/__offline/large';

function json(value) {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });
}

/** The edition a page belongs to: the longest edition folder its address starts with. */
function editionOf(url) {
  const path = new URL(url).pathname;
  return Object.keys(editions).filter((root) => path.startsWith(root)).sort((a, b) => b.length - a.length)[0] || '/';
}

/** Fetches past the browser's HTTP cache, so a new copy never keeps an old page. */
function fresh(url) {
  return new Request(url, { cache: 'no-cache' });
}

async function keepEdition(cache, root) {
  await cache.addAll(editions[root].files.map(fresh));
  // The about page tells a reader of a large handbook that the copy keeps only what they open.
  if (!editions[root].keepsAll) await cache.put(LARGE, json(true));
  const kept = new Set(await (await cache.match(KEPT))?.json() ?? []);
  kept.add(root);
  await cache.put(KEPT, json([...kept].sort()));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The editions of the pages open now, and those an earlier copy kept.
    const roots = new Set((await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => editionOf(c.url)));
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) {
        (await (await (await caches.open(key)).match(KEPT))?.json() ?? []).forEach((root) => roots.add(root));
      }
    }
    if (roots.size === 0) roots.add('/');
    await cache.addAll(shared.map(fresh));
    for (const root of [...roots].filter((r) => editions[r])) await keepEdition(cache, root);
    await cache.put(SAVED, json(new Date().toISOString()));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The page asks for the new copy only when the reader chooses to reload: nothing changes under their fingers.
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  url.search = '';
  url.hash = '';
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The copy answers first, so a page never mixes two builds and nothing changes under a reader's
    // fingers: a newer build waits until they choose to reload (site.js offers it).
    const kept = await cache.match(url.href);
    if (kept) return kept;
    try {
      const response = await fetch(request);
      const root = editionOf(url.href);
      // A large handbook's copy grows with what the reader opens; files under /assets/ never change.
      if (response.ok && response.type === 'basic' && (!editions[root].keepsAll || url.pathname.startsWith('/assets/'))) {
        event.waitUntil(cache.put(url.href, response.clone()));
      }
      // The first page of another edition: keep that edition too.
      if (request.mode === 'navigate' && editions[root].keepsAll && !(await cache.match(KEPT).then((r) => r?.json()))?.includes(root)) {
        event.waitUntil(keepEdition(cache, root));
      }
      return response;
    } catch (offline) {
      if (request.mode === 'navigate') {
        const notFound = await cache.match(new URL(editionOf(url.href) + '404.html', url).href);
        if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
      }
      throw offline;
    }
  })());
});
