import { hydrate, mount } from 'svelte';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The build prerenders the sample comparison into #app (tools/vite/prerender.ts), and the built page
// loads this script only after the frame that paints it, so the first paint waits on no JavaScript. If
// the inline script found a link or a saved comparison to restore, the page is drawn from scratch.
const restoring = document.documentElement.dataset.opens === 'restore';
const prerendered = target.hasAttribute('data-prerendered');

// Off first: while it is set, the prerendered page lays out only what is near the screen (the style
// in tools/vite/prerender.ts); the live reading view measures its rows, so it needs the real layout.
target.removeAttribute('data-prerendered');
if (prerendered && !restoring) {
  hydrate(App, { target });
} else {
  target.textContent = '';
  mount(App, { target });
}
// Tests wait for it before they interact: the prerendered page answers no clicks until now.
target.setAttribute('data-live', '');
performance.mark('duizhao:interactive');
