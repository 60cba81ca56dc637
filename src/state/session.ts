/**
 * The page's session: the one `Workspace`, the worker that computes its comparisons, the `Loader` that
 * brings texts in and the `Persistence` that keeps them, wired together once. `App.svelte` creates it
 * and starts it when mounted; components receive the parts they need as props.
 *
 *   const session = createSession();
 *   onMount(() => { session.start(); return () => session.dispose(); });
 *
 * Wiring (why each link exists):
 *   - the workspace is created held (`hold: true`): nothing is computed until Persistence has looked at
 *     the address bar and the browser's storage, so a reload never draws the sample first;
 *   - the loader opens a dropped comparison file through Persistence (`open`), so it gets a history
 *     entry like any other comparison;
 *   - Persistence reports a broken link or unreadable storage through the loader's notices (one alert
 *     region for every message about loading).
 */
import { createWorkerClient, type CompareClient } from '../worker/client';
import type { TextReader } from '../worker/load-client';
import { Loader } from './loader.svelte';
import { Persistence, type PersistenceSettings } from './persistence.svelte';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from './sample';
import { Workspace } from './workspace.svelte';

export interface Session {
  workspace: Workspace;
  loader: Loader;
  persistence: Persistence;
  /** Restores from the URL or storage (then releases the workspace) and starts saving. */
  start(): void;
  /** Stops timers and listeners and ends the worker (tests, hot reload). */
  dispose(): void;
}

export interface SessionSettings {
  /** The comparer client; the production worker by default. */
  client?: CompareClient;
  /** Where files are read; the load worker by default (decoding and HTML extraction off the main thread). */
  reader?: TextReader;
  /** Where Persistence keeps the comparison and follows history; the window's by default (tests pass fakes). */
  storage?: PersistenceSettings['storage'];
  host?: PersistenceSettings['host'];
}

export function createSession(settings: SessionSettings = {}): Session {
  const client = settings.client ?? createWorkerClient();
  const workspace = new Workspace({
    compare: (left, right, options) => client.run(left, right, options),
    hold: true,
  });
  const loader = new Loader(workspace, {
    openSnapshot: (snapshot) => persistence.open(snapshot),
    ...(settings.reader ? { reader: settings.reader } : {}),
  });
  const persistence: Persistence = new Persistence(workspace, {
    sample: { left: SAMPLE_LEFT, right: SAMPLE_RIGHT },
    storage: settings.storage,
    host: settings.host,
    notify: (kind, message, extra) => loader.notify(kind, message, extra),
  });
  return {
    workspace,
    loader,
    persistence,
    start: () => void persistence.start(),
    dispose: () => {
      persistence.dispose();
      workspace.dispose();
      client.terminate();
    },
  };
}
