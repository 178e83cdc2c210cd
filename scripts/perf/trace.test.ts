import { describe, expect, it } from 'vitest';
import { mainThreadTasks, profileSelfTimes, summarizeTasks, type TraceEvent } from './trace';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (ts: number, dur: number, tid = 1): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid: 2,
  tid,
  ts,
  dur,
  tdur: dur / 2, // half the time on a core, half waiting for one
});

describe('mainThreadTasks', () => {
  const events: TraceEvent[] = [
    meta(1, 1, 'CrRendererMain'), // about:blank, before the navigation
    meta(2, 1, 'CrRendererMain'),
    meta(2, 5, 'Compositor'),
    { ...task(0, 90_000), pid: 1 },
    task(1_000_000, 20_000),
    { name: 'firstContentfulPaint', ph: 'R', pid: 2, tid: 1, ts: 1_030_000 },
    task(1_100_000, 120_000),
    {
      name: 'EvaluateScript',
      ph: 'X',
      pid: 2,
      tid: 1,
      ts: 1_100_100,
      dur: 119_000,
      args: { data: { url: 'http://127.0.0.1/assets/js/main.1234abcd.js' } },
    },
    task(1_300_000, 30_000),
    task(1_100_000, 500_000, 5), // compositor thread: not the main thread
  ];

  it('takes the tasks of the renderer that painted, labelled by what ran inside', () => {
    const tasks = mainThreadTasks(events);
    expect(tasks.map((t) => [t.startMs, t.durationMs, t.cpuMs, t.afterFcp])).toEqual([
      [0, 20, 10, false],
      [100, 120, 60, true],
      [300, 30, 15, true],
    ]);
    expect(tasks[1].label).toBe('EvaluateScript main.1234abcd.js');
  });

  it('sums the CPU time after the first paint and the blocking part of each long task', () => {
    const summary = summarizeTasks(mainThreadTasks(events));
    expect(summary.afterFcpMs).toBe(75);
    expect(summary.blockingMs).toBe(10);
    expect(summary.longTasks.map((t) => t.simulatedMs)).toEqual([60]);
  });

  it('as a phone 4 times slower would spend it', () => {
    const summary = summarizeTasks(mainThreadTasks(events), 4);
    expect(summary.afterFcpMs).toBe(300);
    expect(summary.blockingMs).toBe(190 + 10);
    expect(summary.longTasks.map((t) => t.simulatedMs)).toEqual([240, 60]);
  });
});

describe('profileSelfTimes', () => {
  const profile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 } },
      { id: 2, callFrame: { functionName: '(idle)', url: '', lineNumber: -1, columnNumber: -1 } },
      {
        id: 3,
        callFrame: {
          functionName: 'hydrate',
          url: 'http://x/assets/js/main.js',
          lineNumber: 0,
          columnNumber: 5,
        },
      },
      {
        id: 4,
        callFrame: {
          functionName: '',
          url: 'http://x/assets/js/874.js',
          lineNumber: 2,
          columnNumber: 9,
        },
      },
    ],
    samples: [3, 3, 4, 2, 3],
    timeDeltas: [0, 1000, 1000, 2000, 5000],
  };

  it('adds up the time of each sample to its function, leaving idle time out', () => {
    expect(Object.fromEntries(profileSelfTimes(profile))).toEqual({
      'hydrate main.js:1': 2, // the last sample has no following delta: no time
      '(anonymous) 874.js:3': 2,
    });
  });

  it('or to its script', () => {
    expect(Object.fromEntries(profileSelfTimes(profile, 'script'))).toEqual({
      'main.js': 2,
      '874.js': 2,
    });
  });
});
