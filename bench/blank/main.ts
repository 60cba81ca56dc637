// Baseline for bench/page.ts: the smallest Svelte app the toolchain can build, so the page bench can
// report the app's load time as a ratio to "Vite + Svelte doing nothing" measured in the same run.
import { mount } from 'svelte';
import Blank from './Blank.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('bench/blank/index.html has no #app element');

export default mount(Blank, { target });
