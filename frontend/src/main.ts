import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { startUp } from './stores/start';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');

// The first screen's data is asked for before the shell is built, and the shell is built
// when it is here (or FIRST_SCREEN_WAIT_MS later, whichever comes first): built with it,
// the window's first frame is the article; built before it, an empty shell was laid out
// and painted while the answer waited, then filled (a second pass over the reader, the
// list and the side panel).
const FIRST_SCREEN_WAIT_MS = 250;
const started = startUp();
void Promise.race([started, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]).then(() =>
  mount(App, { target, props: { started } }),
);
