// @ts-check
/**
 * `/embed.js`: the scrolly embed. An editor writes, in the article,
 *
 *   <div data-storymap data-chapters="railway-war-1929,border-conflict-1969">
 *     <a href="…">fallback link, shown until the map is ready</a>
 *   </div>
 *   <script src="https://…/embed.js" async></script>
 *
 * and this script turns each such div into the chapters' text flowing in the article, with our
 * map (`/embed?mode=map`) in a sticky iframe behind it. The host page's own scroll drives the
 * map through the postMessage protocol (`protocol.ts`): the chapter card crossing the middle
 * of the screen is sent as `storymap:goto`. Wide screens: the cards pass over the left of a
 * full-height map. Phones: the map holds the top of the screen and the text scrolls under it. Served as written (no build step, no framework),
 * it touches only the divs it was given, never scrolls or focuses the page, writes text with
 * `textContent` only, and talks only to its own frames on its own origin.
 *
 * Optional attributes on the div: `data-chapters` (ids, comma-separated; all by default),
 * `data-lang` (en, zh or ru), `data-title` (the iframe's title), `data-heading` (2–6, the
 * heading level of chapter titles, 3 by default).
 */
(function () {
	'use strict';
	const script = document.currentScript;
	if (!(script instanceof HTMLScriptElement) || !script.src) return;
	const site = new URL('.', script.src);
	const w = /** @type {Window & { storymapScrolly?: boolean }} */ (window);
	if (w.storymapScrolly) return;
	w.storymapScrolly = true;

	const CSS = `
.storymap-scrolly{position:relative;margin:2rem 0;clear:both}
.storymap-sticky{position:sticky;top:0;height:100vh;height:100svh;z-index:0}
.storymap-sticky iframe{display:block;width:100%;height:100%;border:0}
.storymap-steps{position:relative;z-index:1;margin-top:-100vh;margin-top:-100svh;padding:45vh 0 55vh;pointer-events:none}
.storymap-step{pointer-events:auto;box-sizing:border-box;max-width:28rem;margin:0 1rem 75vh;padding:1rem 1.25rem;background:rgba(255,253,248,.97);color:#2f2a24;border-radius:6px;box-shadow:0 2px 14px rgba(47,42,36,.22);line-height:1.55}
.storymap-step:last-child{margin-bottom:0}
.storymap-step .storymap-dates{margin:0 0 .3rem;font-size:.8em;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:#8a2f1d}
.storymap-step .storymap-title{margin:0 0 .6rem;font-size:1.3em;line-height:1.25}
.storymap-step p{margin:0 0 .7em}
.storymap-step .storymap-credit{margin:0;font-size:.8em;color:#6b6257}
@media (min-width:900px){.storymap-step{margin-left:2rem}}
@media (max-width:899px){
.storymap-sticky{height:45vh;height:45svh;z-index:2;background:#f3eee3}
.storymap-steps{margin-top:0;padding:1.5rem 0 45vh}
.storymap-step{max-width:none;margin:0 .75rem 35vh;box-shadow:0 1px 6px rgba(47,42,36,.18)}}`;

	function addStyle() {
		if (document.getElementById('storymap-scrolly-style')) return;
		const style = document.createElement('style');
		style.id = 'storymap-scrolly-style';
		style.textContent = CSS;
		document.head.appendChild(style);
	}

	/**
	 * @param {string} tag
	 * @param {string} className
	 * @param {string} [text]
	 */
	function el(tag, className, text) {
		const node = document.createElement(tag);
		node.className = className;
		if (text !== undefined) node.textContent = text;
		return node;
	}

	/** @param {HTMLElement} host */
	function mount(host) {
		if (host.dataset.storymapMounted) return;
		host.dataset.storymapMounted = 'true';
		const wanted = (host.dataset.chapters || '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		const lang = ['zh', 'ru'].includes(host.dataset.lang || '') ? host.dataset.lang : 'en';
		const level = Math.min(6, Math.max(2, Number(host.dataset.heading) || 3));

		const params = new URLSearchParams({ mode: 'map' });
		if (wanted[0]) params.set('chapter', wanted[0]);
		if (lang !== 'en') params.set('lang', String(lang));
		const frame = document.createElement('iframe');
		frame.src = new URL(`embed?${params}`, site).href;
		frame.title = host.dataset.title || 'Story map';
		const sticky = el('div', 'storymap-sticky');
		sticky.appendChild(frame);
		const steps = el('div', 'storymap-steps');
		host.classList.add('storymap-scrolly');
		// The fallback (whatever the editor put in the div) stays until the chapters arrive.
		host.insertBefore(sticky, host.firstChild);

		/** @param {unknown} message */
		const send = (message) => frame.contentWindow?.postMessage(message, site.origin);
		let active = '';
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					const id = /** @type {HTMLElement} */ (entry.target).dataset.chapter || '';
					if (!entry.isIntersecting || id === active) continue;
					active = id;
					send({ type: 'storymap:goto', chapter: id });
				}
			},
			// A card is active while it crosses the middle tenth of the screen.
			{ rootMargin: '-45% 0px -45% 0px' }
		);

		/** @param {unknown} chapters */
		function build(chapters) {
			if (!Array.isArray(chapters) || steps.parentNode) return;
			const byId = new Map(
				chapters.filter((c) => c && typeof c.id === 'string').map((c) => [c.id, c])
			);
			const list = wanted.length
				? wanted.map((id) => byId.get(id)).filter(Boolean)
				: [...byId.values()];
			for (const chapter of list) {
				const step = el('section', 'storymap-step');
				step.dataset.chapter = chapter.id;
				step.appendChild(el('p', 'storymap-dates', String(chapter.dates ?? '')));
				step.appendChild(el(`h${level}`, 'storymap-title', String(chapter.title ?? '')));
				for (const paragraph of Array.isArray(chapter.text) ? chapter.text : []) {
					step.appendChild(el('p', '', String(paragraph)));
				}
				steps.appendChild(step);
				observer.observe(step);
			}
			const last = steps.lastElementChild;
			if (last) {
				const credit = el('p', 'storymap-credit');
				const link = document.createElement('a');
				link.href = site.href;
				link.textContent = 'Neighbours and Rivals: Sino-Soviet relations on the map';
				credit.appendChild(link);
				last.appendChild(credit);
			}
			for (const node of [...host.childNodes]) if (node !== sticky) host.removeChild(node);
			host.appendChild(steps);
		}

		window.addEventListener('message', (event) => {
			if (event.source !== frame.contentWindow || event.origin !== site.origin) return;
			const data = event.data;
			if (!data || typeof data !== 'object') return;
			if (data.type === 'storymap:ready') build(data.chapters);
			else if (data.type === 'storymap:state') host.dataset.storymapChapter = String(data.chapter);
		});
	}

	function start() {
		addStyle();
		document.querySelectorAll('div[data-storymap]').forEach((node) => {
			if (node instanceof HTMLElement) mount(node);
		});
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
