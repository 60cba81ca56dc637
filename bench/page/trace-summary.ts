/**
 * What a Chromium trace says the page's threads spent their CPU on, by kind of work: the answer to
 * "what are the long frames?" that a frame time alone cannot give (on a shared machine a frame is long
 * as often because the renderer was not scheduled as because it worked).
 *
 *   summarizeTrace(JSON.parse(buffer))  →
 *     { main: { script: 310, style: 120, layout: 95, paint: 40, … }, raster: 592, longestTasks: [...] }
 *
 * Times are thread CPU milliseconds (`tdur`, falling back to wall `dur`), of the renderer holding the
 * app (the one whose main thread ran the most script). Work is counted once, at the outermost event of
 * its kind: a forced layout inside a script call counts as layout and is taken out of the script.
 *
 * `work` counts what was done rather than how long it took (elements styled, objects laid out, tiles
 * rastered and the drawing operations replayed into them): the load of a shared machine inflates every
 * CPU time, even thread time, by 10-20% from one run to the next, and leaves these counts alone.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    elementCount?: number;
    beginData?: { dirtyObjects?: number };
    rastered_op_count?: number;
    tileData?: { tileId?: { id_ref?: string } };
  };
}

/** Kinds of main-thread work, by trace event name. */
const KIND_OF: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  v8_compile: 'script',
  'v8.compile': 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  'V8.GCScavenger': 'gc',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_MC_BACKGROUND_MARKING': 'gc',
  UpdateLayoutTree: 'style',
  'Document::updateStyleAndLayoutTree': 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  'LocalFrameView::RunPaintLifecyclePhase': 'paint',
  Commit: 'commit',
  HitTest: 'hit test',
  IntersectionObserverController: 'observers',
  ResizeObserverController: 'observers',
};

export interface TaskSummary {
  startMs: number;
  cpuMs: number;
  wallMs: number;
  /** CPU ms by kind inside the task. */
  kinds: Record<string, number>;
}

export interface TraceSummary {
  /** CPU ms by kind on the app's main thread, over the whole trace. */
  main: Record<string, number>;
  /** CPU ms of the main thread's tasks, summed. */
  mainTasks: number;
  /** CPU ms on the raster worker threads of the app's renderer. */
  raster: number;
  /** CPU ms on the renderer's compositor thread. */
  compositor: number;
  /** CPU ms on the display compositor (the GPU process's VizCompositorThread: software drawing here). */
  display: number;
  longestTasks: TaskSummary[];
  /** CPU ms of the main thread's frame tasks (the ones that run a frame's rAF, style, layout, paint). */
  frameTasks: number[];
  /**
   * CPU ms of all the main thread's tasks from one frame task's start to the next one's: what a frame
   * interval holds, including work put off to a task between frames, which `frameTasks` leaves out.
   */
  frameIntervals: number[];
  work: Work;
}

/** Counts of the work done, independent of the machine's load. */
export interface Work {
  /** Elements whose style was recalculated (UpdateLayoutTree), summed. */
  styled: number;
  /** Layout objects laid out (Layout's dirty objects), summed. */
  laidOut: number;
  /** Tile raster tasks of the app's renderer, and how many distinct tiles they drew. */
  rasterTasks: number;
  tiles: number;
  /** Drawing operations replayed into tiles (a partial raster replays only the ops of its dirty rect). */
  rasterOps: number;
}

const cpu = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;

export function summarizeTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): TraceSummary {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const threadNames = new Map<string, string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name)
      threadNames.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  // The app's renderer main thread: the CrRendererMain that ran the most script.
  const scriptByThread = new Map<string, number>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || threadNames.get(thread) !== 'CrRendererMain') continue;
    if (KIND_OF[event.name] === 'script')
      scriptByThread.set(thread, (scriptByThread.get(thread) ?? 0) + cpu(event));
  }
  const mainThread = [...scriptByThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const pid = mainThread?.split(':')[0];

  const main: Record<string, number> = {};
  let raster = 0;
  let compositor = 0;
  let display = 0;
  const tasks: TaskSummary[] = [];
  const work: Work = { styled: 0, laidOut: 0, rasterTasks: 0, tiles: 0, rasterOps: 0 };
  const tiles = new Set<string>();
  const mainEvents = events
    .filter((event) => event.ph === 'X' && `${event.pid}:${event.tid}` === mainThread)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const event of events) {
    if (event.ph !== 'X') continue;
    const name = threadNames.get(`${event.pid}:${event.tid}`) ?? '';
    if (name === 'VizCompositorThread' && event.name === 'ThreadControllerImpl::RunTask')
      display += cpu(event);
    if (String(event.pid) !== pid) continue;
    // Raster tasks run on the renderer's pool threads (CompositorTileWorker in older builds).
    if (event.name === 'RasterTask') {
      raster += cpu(event);
      work.rasterTasks++;
      const tile = event.args?.tileData?.tileId?.id_ref;
      if (tile) tiles.add(tile);
    } else if (event.name === 'DisplayItemList::Raster') work.rasterOps += event.args?.rastered_op_count ?? 0;
    else if (name === 'Compositor' && event.name === 'ThreadControllerImpl::RunTask')
      compositor += cpu(event);
  }

  // Walk the main thread's events as a stack: each event's CPU goes to its kind, minus the CPU of the
  // events of another kind nested in it (so every millisecond is counted once).
  let task: TaskSummary | null = null;
  const frameTasks: number[] = [];
  const frameStarts: number[] = [];
  const stack: { end: number; kind: string | null; event: TraceEvent }[] = [];
  const add = (kind: string, ms: number) => {
    main[kind] = (main[kind] ?? 0) + ms;
    if (task) task.kinds[kind] = (task.kinds[kind] ?? 0) + ms;
  };
  for (const event of mainEvents) {
    const end = event.ts + (event.dur ?? 0);
    while (stack.length > 0 && stack.at(-1)!.end <= event.ts) stack.pop();
    const isTask = event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask';
    if (isTask && stack.length === 0) {
      task = { startMs: event.ts / 1000, cpuMs: cpu(event), wallMs: (event.dur ?? 0) / 1000, kinds: {} };
      tasks.push(task);
    }
    if (event.name === 'ProxyMain::BeginMainFrame' && task) {
      frameTasks.push(task.cpuMs);
      frameStarts.push(task.startMs);
    }
    if (event.name === 'UpdateLayoutTree') work.styled += event.args?.elementCount ?? 0;
    if (event.name === 'Layout') work.laidOut += event.args?.beginData?.dirtyObjects ?? 0;
    const kind = KIND_OF[event.name] ?? null;
    const enclosing = [...stack].reverse().find((frame) => frame.kind !== null);
    if (kind !== null && enclosing?.kind !== kind) {
      add(kind, cpu(event));
      if (enclosing) add(enclosing.kind!, -cpu(event));
    }
    stack.push({ end, kind: kind ?? enclosing?.kind ?? null, event });
  }
  const frameIntervals = frameStarts
    .slice(0, -1)
    .map((start, i) =>
      tasks
        .filter((each) => each.startMs >= start && each.startMs < frameStarts[i + 1]!)
        .reduce((sum, each) => sum + each.cpuMs, 0),
    );
  work.tiles = tiles.size;
  const t0 = tasks[0]?.startMs ?? 0;
  for (const each of tasks) each.startMs -= t0;
  return {
    main,
    mainTasks: tasks.reduce((sum, each) => sum + each.cpuMs, 0),
    raster,
    compositor,
    display,
    frameTasks,
    frameIntervals,
    work,
    longestTasks: [...tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 8),
  };
}

export function printTraceSummary(label: string, summary: TraceSummary): void {
  const ms = (value: number) => value.toFixed(0).padStart(6);
  console.log(`\n${label}: CPU ms (thread time)`);
  console.log(
    `  main thread tasks ${ms(summary.mainTasks)}   raster ${ms(summary.raster)}   compositor ${ms(summary.compositor)}   display (viz) ${ms(summary.display)}`,
  );
  const frames = [...summary.frameTasks].sort((a, b) => a - b);
  const at = (share: number) => frames[Math.min(frames.length - 1, Math.floor(frames.length * share))] ?? NaN;
  console.log(
    `  frame tasks: ${frames.length}, CPU median ${at(0.5).toFixed(1)}, p90 ${at(0.9).toFixed(1)}, ` +
      `p95 ${at(0.95).toFixed(1)}, max ${at(1).toFixed(1)} ms; over 10 ms: ${frames.filter((ms) => ms > 10).length}`,
  );
  const intervals = [...summary.frameIntervals].sort((a, b) => a - b);
  const inInterval = (share: number) =>
    intervals[Math.min(intervals.length - 1, Math.floor(intervals.length * share))] ?? NaN;
  console.log(
    `  frame intervals (every main-thread task from one frame to the next): CPU median ${inInterval(0.5).toFixed(1)}, ` +
      `p95 ${inInterval(0.95).toFixed(1)}, max ${inInterval(1).toFixed(1)} ms; over 10 ms: ${intervals.filter((ms) => ms > 10).length}`,
  );
  const kinds = Object.entries(summary.main).sort((a, b) => b[1] - a[1]);
  const { work } = summary;
  console.log(
    `  work: ${work.styled} elements styled, ${work.laidOut} objects laid out, ${work.rasterTasks} tile rasters ` +
      `of ${work.tiles} tiles, ${work.rasterOps} drawing ops rastered`,
  );
  console.log(`  main by kind: ${kinds.map(([kind, value]) => `${kind} ${value.toFixed(0)}`).join(', ')}`);
  console.log(`  longest main-thread tasks (start ms, CPU ms, wall ms: kinds)`);
  for (const each of summary.longestTasks) {
    const kindsText = Object.entries(each.kinds)
      .filter(([, value]) => value >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, value]) => `${kind} ${value.toFixed(1)}`)
      .join(', ');
    console.log(`   ${ms(each.startMs)} ${ms(each.cpuMs)} ${ms(each.wallMs)}: ${kindsText}`);
  }
}
