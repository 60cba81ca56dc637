/**
 * Server-side rendering of the page on the sample comparison, run when the site is built
 * (tools/vite/prerender.ts puts the result into index.html). The browser then paints the sample from
 * HTML and CSS alone; main.ts hydrates it when the JavaScript has arrived.
 */
import { render } from 'svelte/server';
import App from './App.svelte';

export function prerender(): { head: string; body: string } {
  return render(App);
}
