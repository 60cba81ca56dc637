import { hydrate, mount } from 'svelte';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The build prerenders the sample comparison into #app (tools/vite/prerender.ts). It is hydrated after
// the first frame, so the browser paints the prerendered page without waiting for this script's work;
// if the inline script found a link or a saved comparison to restore, the page is drawn from scratch.
const restoring = document.documentElement.dataset.opens === 'restore';
const prerendered = target.hasAttribute('data-prerendered');

function start(): void {
  if (prerendered && !restoring) {
    hydrate(App, { target: target! });
  } else {
    target!.textContent = '';
    target!.removeAttribute('data-prerendered');
    mount(App, { target: target! });
  }
  performance.mark('duizhao:interactive');
}

if (prerendered && !restoring) requestAnimationFrame(() => setTimeout(start, 0));
else start();
