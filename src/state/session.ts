/**
 * The page's session: the one `Workspace`, the worker that computes its comparisons, the `Loader` that
 * brings texts in and the `Persistence` that keeps them, wired together once. `App.svelte` creates it
 * and starts it when mounted; components receive the parts they need as props.
 *
 *   const session = createSession({ opensOnSample: true });
 *   onMount(() => { session.start(); return () => session.dispose(); });
 *
 * What the first paint needs is only the workspace and, on the sample, the sample comparison computed
 * when the site was built (src/state/sample.ts). The rest is loaded later, so it never delays that paint:
 *   - `tools` (Loader, Persistence, with the file decoders and the permalink codec) is loaded when the
 *     reader first reaches for it, when the page is idle, or at once when a link or a saved comparison
 *     must be restored;
 *   - the worker is started when the page is idle (or by the first request), in parallel with reading:
 *     it is needed only for new texts or options. The sample at the default options never asks it.
 *
 * Wiring (why each link exists):
 *   - the workspace is created held (`hold: true`) unless it opens on the sample: nothing is computed
 *     until Persistence has looked at the address bar and the browser's storage, so a reload never
 *     draws the sample first;
 *   - the loader opens a dropped comparison file through Persistence (`open`), so it gets a history
 *     entry like any other comparison;
 *   - the loader's loads wait for Persistence's start (`restored`): a file dropped, even before the app
 *     was live, while a link is being decoded lands on the linked comparison instead of replacing it;
 *   - Persistence reports a broken link or unreadable storage through the loader's notices (one alert
 *     region for every message about loading);
 *   - until Persistence has started, the session itself saves a change as the page is left
 *     (src/state/early-leave.ts), and Persistence restores nothing over a change made before it started
 *     (`changedBeforeStart`): a theme clicked or texts loaded right after the page opened survive a
 *     reload made at once.
 */
import type { CompareClient } from '../worker/client';
import type { TextReader } from '../worker/load-client';
import { takeEarlyDrop } from './early-drop';
import { sameSnapshot, watchEarlyLeave } from './early-leave';
import { Find } from './find.svelte';
import { Interaction } from './interaction';
import { Lazy } from './lazy.svelte';
import type { Loader } from './loader.svelte';
import type { Persistence, PersistenceSettings } from './persistence.svelte';
import { isShippedRequest, SAMPLE_LEFT, SAMPLE_RIGHT, sampleComparison } from './sample';
import { Workspace } from './workspace.svelte';
import { prepareView } from '../view/prepare';

export interface SessionTools {
  loader: Loader;
  persistence: Persistence;
}

export interface Session {
  workspace: Workspace;
  /** Hover, selection and "show me" for every component (the reading view plugs into it). */
  interaction: Interaction;
  /** The page's own find bar (the reading view draws only what is on screen). */
  find: Find;
  /** Loader and Persistence, loaded on first use (`tools.get()`); `tools.value` is null until then. */
  tools: Lazy<SessionTools>;
  /**
   * In the browser, once mounted: loads the tools (at once when restoring, else when idle), which
   * restore from the URL or storage, release the workspace and start saving; warms the worker up.
   */
  start(): void;
  /** Stops timers and listeners and ends the worker (tests, hot reload). */
  dispose(): void;
}

export interface SessionSettings {
  /**
   * The page opens on the sample at its default options (see src/state/opens-on.ts): the workspace
   * starts ready with the shipped comparison. Otherwise it starts held, computing, until restored.
   */
  opensOnSample: boolean;
  /** The comparer client; the production worker by default. */
  client?: CompareClient;
  /** Where files are read; the load worker by default (decoding and HTML extraction off the main thread). */
  reader?: TextReader;
  /** Where Persistence keeps the comparison and follows history; the window's by default (tests pass fakes). */
  storage?: PersistenceSettings['storage'];
  host?: PersistenceSettings['host'];
  /** Runs `task` when the page is idle; `requestIdleCallback` (or a timeout) by default. */
  whenIdle?: (task: () => void) => void;
}

export function createSession(settings: SessionSettings): Session {
  let disposed = false;
  // The worker's client is code only a new comparison needs (the sample comes computed), so it is a
  // chunk of its own, loaded when the page is idle (to warm the worker) or by the first request: the
  // JavaScript before the page is live is ~1.6 kB smaller (npm run bench:page).
  const client = new Lazy<CompareClient>(async () => {
    const loaded = settings.client ?? (await import('../worker/client')).createWorkerClient();
    if (disposed) loaded.terminate();
    return loaded;
  });
  const workspace = new Workspace({
    // The sample at the default options is already computed: no worker, no wait.
    compare: (left, right, options) =>
      isShippedRequest(left, right, options)
        ? Promise.resolve(sampleComparison())
        : client
            .get()
            .then((loaded) => loaded.run(left, right, options))
            .then(afterATask)
            .then((comparison) => comparison && prepareView(comparison, () => afterATask(undefined))),
    hold: !settings.opensOnSample,
    sample: settings.opensOnSample ? sampleComparison() : undefined,
  });
  const opened = workspace.snapshot();
  const changedSinceOpened = () => !sameSnapshot(workspace.snapshot(), opened);

  /** Persistence once constructed (before `tools.value` is set: it starts in the same task). */
  let constructed: Persistence | null = null;
  const tools = new Lazy<SessionTools>(async () => {
    const [{ Loader }, { Persistence }] = await Promise.all([
      import('./loader.svelte'),
      import('./persistence.svelte'),
    ]);
    let restored: Promise<void> = Promise.resolve();
    const loader = new Loader(workspace, {
      openSnapshot: (snapshot) => persistence.open(snapshot),
      restored: () => restored,
      ...(settings.reader ? { reader: settings.reader } : {}),
    });
    const persistence: Persistence = (constructed = new Persistence(workspace, {
      sample: { left: SAMPLE_LEFT, right: SAMPLE_RIGHT },
      storage: settings.storage,
      host: settings.host,
      notify: (kind, message, extra) => loader.notify(kind, message, extra),
      changedBeforeStart: changedSinceOpened,
    }));
    if (!disposed) restored = persistence.start();
    return { loader, persistence };
  });

  const whenIdle = settings.whenIdle ?? idleCallback;
  let stopEarlyLeave = () => {};
  const interaction = new Interaction(workspace);
  return {
    workspace,
    interaction,
    find: new Find(workspace, interaction),
    tools,
    start() {
      // Only a page's session listens for leaving (tests with a fake host have no such page).
      if (!settings.host)
        stopEarlyLeave = watchEarlyLeave({
          opened,
          current: () => workspace.snapshot(),
          sample: { left: SAMPLE_LEFT, right: SAMPLE_RIGHT },
          persistence: () => constructed,
        });
      // Files dropped on the prerendered page before it was live were kept for now (src/state/early-drop.ts).
      const early = settings.host ? null : takeEarlyDrop(window);
      if (early) void tools.get().then(({ loader }) => loader.loadFiles(early.items, early.side));
      else if (settings.opensOnSample) whenIdle(() => void tools.get());
      else void tools.get();
      // A chunk that fails to load here is tried again by the first request (Lazy forgets a failure).
      whenIdle(() =>
        client.get().then(
          (loaded) => disposed || loaded.warm({ left: SAMPLE_LEFT.text, right: SAMPLE_RIGHT.text }),
          () => {},
        ),
      );
    },
    dispose() {
      disposed = true;
      stopEarlyLeave();
      tools.value?.persistence.dispose();
      workspace.dispose();
      (settings.client ?? client.value)?.terminate();
    },
  };
}

/**
 * Resolves with `value` in a later task: receiving a long comparison (the browser rebuilding it from the
 * worker's message) and drawing it are then two tasks, neither holding the page for both.
 */
function afterATask<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), 0));
}

function idleCallback(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
