/**
 * Reading a Chromium trace and a V8 CPU profile: the renderer main thread's tasks, and self time per
 * function or script. Plain functions over the JSON Chromium gives (see ./profile.ts), unit-tested.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  /** microseconds */
  ts: number;
  /** microseconds, for complete ('X') events */
  dur?: number;
  /** microseconds of CPU time the thread spent in the event (not counting time it waited for a core) */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; functionName?: string; frame?: string; type?: string };
  };
}

export interface Task {
  /** ms since the first task of the thread */
  startMs: number;
  /** wall-clock ms: grows when other processes take the CPU */
  durationMs: number;
  /** CPU ms the main thread spent on the task: steady on a busy machine */
  cpuMs: number;
  /** What ran inside: the longest child event, e.g. "EvaluateScript main.js" */
  label: string;
  afterFcp: boolean;
}

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  /** microseconds between samples */
  timeDeltas: number[];
}

/** Events that only wrap a task, and say nothing about what ran in it. */
const wrappers = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const fileName = (url: string) => url.replace(/[?#].*$/, '').replace(/^.*\//, '') || url;

function describe(event: TraceEvent): string {
  const data = event.args?.data;
  const where = data?.url ? ` ${fileName(data.url)}` : '';
  const fn = data?.functionName ? ` ${data.functionName}` : '';
  const type = data?.type ? ` ${data.type}` : '';
  return `${event.name}${type}${fn}${where}`;
}

/**
 * The top-level tasks (RunTask) of the renderer main thread that painted the page, with the time of the
 * first contentful paint. When several renderers ran (about:blank first), the one with the
 * firstContentfulPaint mark is used.
 */
export function mainThreadTasks(events: TraceEvent[]): Task[] {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const fcp = events.find(
    (e) => e.name === 'firstContentfulPaint' && mainThreads.has(`${e.pid}:${e.tid}`),
  );
  const thread = fcp
    ? `${fcp.pid}:${fcp.tid}`
    : // No paint: the busiest main thread.
      [...mainThreads].sort((a, b) => busy(events, b) - busy(events, a))[0];
  const onThread = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X');
  const tasks = onThread
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts);
  if (tasks.length === 0) return [];
  const origin = tasks[0].ts;
  const children = onThread
    .filter((e) => !wrappers.has(e.name) && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = children.filter((c) => c.ts >= task.ts && c.ts < end);
    const longest = inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    return {
      startMs: (task.ts - origin) / 1000,
      durationMs: (task.dur ?? 0) / 1000,
      cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
      label: longest ? describe(longest) : 'RunTask',
      afterFcp: fcp ? task.ts >= fcp.ts : true,
    };
  });
}

function busy(events: TraceEvent[], thread: string): number {
  return events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.name === 'RunTask')
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
}

export interface TaskSummary {
  /** Main-thread CPU time from the first contentful paint on, times `slowdown` */
  afterFcpMs: number;
  /** The part of each task over 50 ms (task CPU time times `slowdown`), summed: what TBT counts */
  blockingMs: number;
  /** Tasks of 50 ms or more (CPU time times `slowdown`) */
  longTasks: (Task & { simulatedMs: number })[];
}

/**
 * Sums a page's main-thread work after its first paint, as a phone `slowdown` times slower would do
 * it: each task's CPU time times `slowdown`, as Lighthouse's simulated mobile throttling (4x) does with
 * the durations it observes. CPU time rather than wall-clock time, so that other processes competing
 * for the CPU do not count. Trace with no throttling of its own (`slowdown` 4), or with Chromium's CPU
 * throttling and `slowdown` 1.
 */
export function summarizeTasks(tasks: Task[], slowdown = 1, longTaskMs = 50): TaskSummary {
  const after = tasks
    .filter((t) => t.afterFcp)
    .map((t) => ({ ...t, simulatedMs: t.cpuMs * slowdown }));
  return {
    afterFcpMs: after.reduce((sum, t) => sum + t.simulatedMs, 0),
    blockingMs: after.reduce((sum, t) => sum + Math.max(0, t.simulatedMs - longTaskMs), 0),
    longTasks: after.filter((t) => t.simulatedMs >= longTaskMs),
  };
}

/**
 * Self time in ms per function ("name file:line") or per script file, from a V8 CPU profile. Idle time
 * is left out.
 */
export function profileSelfTimes(
  profile: CpuProfile,
  by: 'function' | 'script' = 'function',
): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id);
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    const file = frame.url ? fileName(frame.url) : '';
    const key =
      by === 'script'
        ? file || frame.functionName
        : `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    times.set(key, (times.get(key) ?? 0) + delta / 1000);
  });
  return times;
}
