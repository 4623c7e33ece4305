// Render-speed benchmark: `npm run bench [-- options]`. It runs these, one after another:
//   a  the blank composition with Remotion's stock settings,
//   b  the blank composition with this project's defaults,
//   c  SoftmaxExplainer with this project's defaults,
//   s  the video's pictures held still, each phase's middle frame for the whole phase,
//      with this project's defaults: what the content costs without motion,
//   e  the last 110 frames of c again, alone in a fresh process,
//   v1, v2, ...  SoftmaxExplainer (or the blank, or the held stills) with levers changed (--variant),
//   d, d0  ffmpeg encoding as many frames without a browser (b's x264 preset, and medium).
// For each run it prints wall time, frames per second, CPU time and the peak memory of the
// run's process tree (the render process, its Chrome processes and ffmpeg). It also prints
// the ratios c/b, c/a, s/b and c/s, the first and last 100 frames compared, and the time per frame
// of each phase. docs/benchmarks.md records the results and explains the options.

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundle } from '@remotion/bundler';
import { combineChunks } from '@remotion/renderer';
import { DURATION_IN_FRAMES, FPS, slotAt } from '../src/timeline';
import { blankJpeg, encodeFrames, extractStill } from './bench-ffmpeg';
import { type BenchSettings, describeSettings, parseVariant, projectBenchSettings, stockBenchSettings } from './bench-settings';
import { type TreeSample, cumulativeCpuMs, sampleProcessTree, sampledCpuMs, sampledCpuMsByCommand } from './bench-memory';
import type { BenchRenderJob, BenchRenderResult } from './bench-render';
import { ENTRY_POINT } from './render-defaults';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'out', 'bench');
const BLANK_ENTRY_POINT = 'scripts/bench-blank.tsx';
const BLANK_ID = 'BenchBlank'; // registered by scripts/bench-blank.tsx
const HELD_STILL_ID = 'BenchHeldStill'; // registered by scripts/bench-blank.tsx
const VIDEO_ID = 'SoftmaxExplainer';
const MEMORY_SAMPLE_MS = 200;
const EDGE_FRAMES = 100; // frames compared at the start and the end of a render

type Target = 'blank' | 'still' | 'video';

type Scenario = {
  readonly key: string;
  readonly title: string;
  readonly target: Target;
  readonly settings: BenchSettings;
  /** Frames to render; the range chosen on the command line if missing. */
  readonly frames?: [number, number];
};

type RenderRun = {
  readonly scenario: Scenario;
  readonly frames: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly samples: TreeSample[];
  /** Per chunk, in frame order. */
  readonly chunks: BenchRenderResult[];
  readonly output: string;
};

type EncodeRun = Measured & { readonly key: string; readonly title: string; readonly frames: number; readonly output: string };

// ---------------------------------------------------------------------------------------
// Options

const { values: options } = parseArgs({
  options: {
    frames: { type: 'string' },
    from: { type: 'string' },
    only: { type: 'string' },
    variant: { type: 'string', multiple: true },
    'variant-target': { type: 'string' },
    stills: { type: 'string' },
    'wait-quiet': { type: 'string' },
    json: { type: 'string' },
    report: { type: 'string' },
  },
});

const parseWholeNumber = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) {
    return fallback;
  }
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`--${name} is "${value}"; it must be a whole number`);
  }
  return parsed;
};

const firstFrame = parseWholeNumber('from', options.from, 0);
const frameCount = parseWholeNumber('frames', options.frames, DURATION_IN_FRAMES - firstFrame);
if (frameCount < 1 || firstFrame + frameCount > DURATION_IN_FRAMES) {
  throw new Error(`--from ${firstFrame} --frames ${frameCount} is outside the composition's ${DURATION_IN_FRAMES} frames`);
}
const frameRange: [number, number] = [firstFrame, firstFrame + frameCount - 1];
const stillFrames = (options.stills ?? '')
  .split(',')
  .filter((value) => value !== '')
  .map((value) => parseWholeNumber('stills', value, 0));

// ---------------------------------------------------------------------------------------
// Quiet machine

const busyProcesses = (): string[] => {
  const busy: string[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) {
      continue;
    }
    try {
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (/chrom|remotion|vitest|ffmpeg/i.test(command) && !command.includes('bench')) {
        busy.push(`${entry} ${command.slice(0, 100)}`);
      }
    } catch {
      // The process ended while the list was read.
    }
  }
  return busy;
};

/** Wait until the 1-minute load is below 0.5 and no other render runs, for at most `minutes`. */
const waitForQuietMachine = async (minutes: number): Promise<void> => {
  const deadline = Date.now() + minutes * 60_000;
  for (;;) {
    const load = os.loadavg()[0] ?? 0;
    const busy = busyProcesses();
    if (load < 0.5 && busy.length === 0) {
      console.log(`Machine is quiet: 1-minute load ${load.toFixed(2)}.`);
      return;
    }
    if (Date.now() > deadline) {
      console.log(`Machine is still busy after ${minutes} min (load ${load.toFixed(2)}, ${busy.length} render or test processes); running anyway.`);
      return;
    }
    console.log(`Waiting for a quiet machine: load ${load.toFixed(2)}, ${busy.length} render or test processes.`);
    await new Promise((resolve) => setTimeout(resolve, 30_000));
  }
};

// ---------------------------------------------------------------------------------------
// Running

/** Wall time, CPU time and the samples of one run, times in milliseconds. */
type Measured = { wallMs: number; cpuMs: number; samples: TreeSample[] };

/**
 * Run child processes to completion while sampling the memory and CPU time of this
 * process's descendants.
 */
const runSampled = async (start: () => Promise<void>): Promise<Measured> => {
  const samples: TreeSample[] = [];
  const timer = setInterval(() => samples.push(sampleProcessTree(process.pid)), MEMORY_SAMPLE_MS);
  const startedAt = Date.now();
  try {
    await start();
  } finally {
    clearInterval(timer);
  }
  return { wallMs: Date.now() - startedAt, cpuMs: sampledCpuMs(samples), samples };
};

const runWorker = (job: BenchRenderJob, jobFile: string): Promise<BenchRenderResult> => {
  fs.writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    // `node --import tsx` runs the worker in one process, so no wrapper process is counted.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench-render.ts'), jobFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`bench-render for ${job.output} failed with exit code ${code} (signal ${signal})`));
        return;
      }
      resolve(JSON.parse(fs.readFileSync(job.resultFile, 'utf8')) as BenchRenderResult);
    });
  });
};

/** Split [first, last] into `count` consecutive ranges of nearly equal length. */
const splitRange = ([first, last]: [number, number], count: number): [number, number][] => {
  const total = last - first + 1;
  const ranges: [number, number][] = [];
  for (let index = 0; index < count; index++) {
    const start = first + Math.round((total * index) / count);
    const end = first + Math.round((total * (index + 1)) / count) - 1;
    ranges.push([start, end]);
  }
  return ranges;
};

const renderScenario = async (scenario: Scenario, serveUrls: Record<Target, string>): Promise<RenderRun> => {
  const { settings } = scenario;
  const output = path.join(OUT, `${scenario.key}.mp4`);
  const compositionId = { blank: BLANK_ID, still: HELD_STILL_ID, video: VIDEO_ID }[scenario.target];
  const range = scenario.frames ?? frameRange;
  const frames = range[1] - range[0] + 1;
  const ranges = splitRange(range, settings.processes);
  const chunked = ranges.length > 1;
  const jobs: BenchRenderJob[] = ranges.map((chunkRange, index) => ({
    serveUrl: serveUrls[scenario.target],
    compositionId,
    output: chunked ? path.join(OUT, `${scenario.key}-chunk${index}.ts`) : output,
    codec: chunked ? 'h264-ts' : 'h264',
    frameRange: chunkRange,
    concurrency: settings.concurrency,
    jpegQuality: settings.jpegQuality,
    x264Preset: settings.x264Preset,
    browserExecutable: settings.browserExecutable,
    chromeMode: settings.chromeMode,
    chromiumOptions: settings.chromiumOptions,
    resultFile: path.join(OUT, `${scenario.key}-chunk${index}.json`),
  }));

  console.log(`\n[${scenario.key}] ${scenario.title}: ${compositionId}, frames ${range[0]}-${range[1]}`);
  console.log(`    ${describeSettings(settings)}`);
  let chunks: BenchRenderResult[] = [];
  const { wallMs, cpuMs, samples } = await runSampled(async () => {
    chunks = await Promise.all(jobs.map((job, index) => runWorker(job, path.join(OUT, `${scenario.key}-job${index}.json`))));
    if (chunked) {
      // Remotion's documented way to join h264 chunks: MPEG-TS pieces concatenated
      // and muxed into MP4 without re-encoding.
      await combineChunks({
        outputLocation: output,
        videoFiles: jobs.map((job) => job.output),
        audioFiles: [],
        codec: 'h264',
        fps: FPS,
        framesPerChunk: Math.ceil(frames / ranges.length),
        preferLossless: false,
        compositionDurationInFrames: DURATION_IN_FRAMES,
        frameRange: range,
        logLevel: 'error',
      });
    }
  });
  console.log(`    ${seconds(wallMs)} s, ${(frames / (wallMs / 1000)).toFixed(2)} frames/s, CPU ${seconds(cpuMs)} s`);
  console.log(`    Remotion's averages: ${chunks.flatMap((chunk) => chunk.perf).join('; ')}`);
  return { scenario, frames, wallMs, cpuMs, samples, chunks, output };
};

// ---------------------------------------------------------------------------------------
// Analysis

const MIB = 1024 * 1024;
const mib = (bytes: number): string => (bytes / MIB).toFixed(0);
const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const kib = (file: string): string => (fs.statSync(file).size / 1024).toFixed(0);

const peak = (samples: TreeSample[], key: 'rss' | 'pss', from = -Infinity, to = Infinity): number =>
  samples.filter((sample) => sample.at >= from && sample.at <= to).reduce((max, sample) => Math.max(max, sample[key]), 0);

/** Peak RSS of the processes with one command name. */
const peakOf = (samples: TreeSample[], command: string): number =>
  samples.reduce((max, sample) => Math.max(max, sample.rssByCommand[command] ?? 0), 0);

type EdgeStats = { firstMs: number; lastMs: number; firstRss: number; lastRss: number };

/**
 * Measure time and peak memory over the first and the last EDGE_FRAMES frames of a
 * render: the intervals between captures EDGE_FRAMES frames apart, in the chunk that
 * contains the render's first frame and in the one that contains its last.
 */
const edgeStats = (run: RenderRun): EdgeStats | null => {
  const first = run.chunks[0]?.frameDoneAt ?? [];
  const last = run.chunks[run.chunks.length - 1]?.frameDoneAt ?? [];
  if (first.length <= EDGE_FRAMES || last.length <= EDGE_FRAMES) {
    return null;
  }
  const firstFrom = first[0]!;
  const firstTo = first[EDGE_FRAMES]!;
  const lastFrom = last[last.length - 1 - EDGE_FRAMES]!;
  const lastTo = last[last.length - 1]!;
  return {
    firstMs: firstTo - firstFrom,
    lastMs: lastTo - lastFrom,
    firstRss: peak(run.samples, 'rss', firstFrom, firstTo),
    lastRss: peak(run.samples, 'rss', lastFrom, lastTo),
  };
};

/** Return the phase of a frame. A frame in a cross-fade counts for the phase that starts. */
const phaseOf = (frame: number): string => slotAt(frame).name;

type PhaseStats = { name: string; frames: number; meanMs: number; cpuMsPerFrame: number; slowest: { frame: number; ms: number }[] };

/** CPU time used between two moments, read off the sampled totals by linear interpolation. */
const cpuBetween = (series: { at: number; cpuMs: number }[], from: number, to: number): number => {
  const at = (time: number): number => {
    const after = series.findIndex((point) => point.at >= time);
    if (after <= 0) {
      return after === 0 ? series[0]!.cpuMs : (series[series.length - 1]?.cpuMs ?? 0);
    }
    const a = series[after - 1]!;
    const b = series[after]!;
    return a.cpuMs + ((b.cpuMs - a.cpuMs) * (time - a.at)) / Math.max(1, b.at - a.at);
  };
  return at(to) - at(from);
};

/**
 * Group the time between consecutive captures by phase, with the CPU time that the whole
 * process tree used per frame while the phase's frames were captured. With one tab,
 * captures complete in frame order, so the n-th capture of a chunk is frame first + n.
 * With several tabs the order is only close to it (within the number of tabs), which is
 * enough per phase. With several processes, the CPU time of the others counts too.
 */
const phaseStats = (run: RenderRun): PhaseStats[] => {
  const series = cumulativeCpuMs(run.samples);
  const byPhase = new Map<string, { frame: number; ms: number; doneAt: number; previousAt: number }[]>();
  for (const chunk of run.chunks) {
    chunk.frameDoneAt.forEach((doneAt, index) => {
      if (index === 0) {
        return; // the first capture also includes opening the page
      }
      const frame = chunk.firstFrame + index;
      const previousAt = chunk.frameDoneAt[index - 1]!;
      const list = byPhase.get(phaseOf(frame)) ?? [];
      list.push({ frame, ms: doneAt - previousAt, doneAt, previousAt });
      byPhase.set(phaseOf(frame), list);
    });
  }
  return [...byPhase.entries()].map(([name, list]) => ({
    name,
    frames: list.length,
    meanMs: list.reduce((sum, item) => sum + item.ms, 0) / list.length,
    cpuMsPerFrame: list.reduce((sum, item) => sum + cpuBetween(series, item.previousAt, item.doneAt), 0) / list.length,
    slowest: [...list].sort((a, b) => b.ms - a.ms).slice(0, 3),
  }));
};

// ---------------------------------------------------------------------------------------
// Report

const commandVersion = (command: string): string => {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'not found';
  }
};

const machineSummary = (loadAtStart: number[]): string[] => {
  const cpus = os.cpus();
  const remotionVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'remotion', 'package.json'), 'utf8')) as { version: string }).version;
  return [
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB, ${os.type()} ${os.release()}`,
    `Node ${process.version}, Remotion ${remotionVersion}`,
    `Browsers: ${settingsBrowsers().join('; ')}`,
    `Load average at start (1, 5, 15 min): ${loadAtStart.map((value) => value.toFixed(2)).join(', ')}`,
    `Frames ${frameRange[0]}-${frameRange[1]} (${frameCount}), memory sampled every ${MEMORY_SAMPLE_MS} ms`,
  ];
};

const settingsBrowsers = (): string[] => {
  const executables = new Set([stockBenchSettings().browserExecutable, projectBenchSettings().browserExecutable]);
  return [...executables].map((executable) => (executable === null ? "Remotion's download" : `${executable}: ${commandVersion(executable)}`));
};

const printReport = (summary: string[], renders: RenderRun[], encodes: EncodeRun[]): void => {
  console.log('\n' + summary.join('\n') + '\n');
  console.log('| run | what | wall time (s) | frames/s | CPU time (s) | peak RSS (MiB) | peak PSS (MiB) | first / last 100 frames (s) | peak RSS first / last 100 frames (MiB) | file (KiB) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |');
  for (const run of renders) {
    const edges = edgeStats(run);
    const edgeTime = edges === null ? 'n/a' : `${seconds(edges.firstMs)} / ${seconds(edges.lastMs)}`;
    const edgeRss = edges === null ? 'n/a' : `${mib(edges.firstRss)} / ${mib(edges.lastRss)}`;
    console.log(
      `| ${run.scenario.key} | ${run.scenario.title} | ${seconds(run.wallMs)} | ${(run.frames / (run.wallMs / 1000)).toFixed(2)} | ${seconds(run.cpuMs)} | ${mib(peak(run.samples, 'rss'))} | ${mib(peak(run.samples, 'pss'))} | ${edgeTime} | ${edgeRss} | ${kib(run.output)} |`,
    );
  }
  for (const run of encodes) {
    console.log(
      `| ${run.key} | ${run.title} | ${seconds(run.wallMs)} | ${(run.frames / (run.wallMs / 1000)).toFixed(2)} | ${seconds(run.cpuMs)} | ${mib(peak(run.samples, 'rss'))} | ${mib(peak(run.samples, 'pss'))} | | | ${kib(run.output)} |`,
    );
  }

  const byKey = new Map(renders.map((run) => [run.scenario.key, run]));
  const ratio = (top: string, bottom: string): void => {
    const a = byKey.get(top);
    const b = byKey.get(bottom);
    if (a !== undefined && b !== undefined) {
      console.log(`${top}/${bottom} = ${(a.wallMs / b.wallMs).toFixed(3)}`);
    }
  };
  console.log('');
  ratio('c', 'b');
  ratio('c', 'a');
  ratio('b', 'a');
  ratio('s', 'b');
  ratio('c', 's');
  const whole = byKey.get('c');
  const alone = byKey.get('e');
  const wholeEdges = whole === undefined ? null : edgeStats(whole);
  const aloneEdges = alone === undefined ? null : edgeStats(alone);
  if (wholeEdges !== null && aloneEdges !== null) {
    console.log(
      `Last ${EDGE_FRAMES} frames: ${seconds(wholeEdges.lastMs)} s and ${mib(wholeEdges.lastRss)} MiB at the end of c, ` +
        `${seconds(aloneEdges.lastMs)} s and ${mib(aloneEdges.lastRss)} MiB rendered alone (e)`,
    );
  }

  for (const run of renders) {
    console.log(`\nTime between captures by phase, run ${run.scenario.key}:`);
    console.log('| phase | frames | mean (ms) | CPU per frame (ms) | slowest frames (ms) |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const stats of phaseStats(run)) {
      const slowest = stats.slowest.map((item) => `${item.frame}: ${item.ms}`).join(', ');
      console.log(`| ${stats.name} | ${stats.frames} | ${stats.meanMs.toFixed(0)} | ${stats.cpuMsPerFrame.toFixed(0)} | ${slowest} |`);
    }
    const remotionSlowest = run.chunks
      .flatMap((chunk) => chunk.slowestFrames)
      .sort((a, b) => b.time - a.time)
      .slice(0, 10)
      .map((item) => `${item.frame} (${phaseOf(item.frame)}): ${item.time}`);
    console.log(`Remotion's slowest frames: ${remotionSlowest.join(', ')}`);
  }

  console.log('\nCPU time (s) and peak RSS (MiB) by process name:');
  for (const run of [...renders.map((render) => ({ key: render.scenario.key, samples: render.samples })), ...encodes]) {
    const cpu = sampledCpuMsByCommand(run.samples);
    const parts = Object.entries(cpu)
      .sort((a, b) => b[1] - a[1])
      .map(([command, ms]) => `${command} ${seconds(ms)} s / ${mib(peakOf(run.samples, command))} MiB`);
    console.log(`${run.key}: ${parts.join(', ')}`);
  }
};

// ---------------------------------------------------------------------------------------
// Main

/** Print the report of an earlier run from the file that its --json option wrote, recounting CPU time. */
const reprintReport = (file: string): void => {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { summary: string[]; renders: RenderRun[]; encodes: EncodeRun[] };
  printReport(
    saved.summary,
    saved.renders.map((run) => ({ ...run, cpuMs: sampledCpuMs(run.samples) })),
    saved.encodes.map((run) => ({ ...run, cpuMs: sampledCpuMs(run.samples) })),
  );
};

const main = async (): Promise<void> => {
  if (options.report !== undefined) {
    reprintReport(options.report);
    return;
  }
  fs.mkdirSync(OUT, { recursive: true });
  if (options['wait-quiet'] !== undefined) {
    await waitForQuietMachine(parseWholeNumber('wait-quiet', options['wait-quiet'], 0));
  }
  const loadAtStart = os.loadavg();

  console.log('Bundling the video and the blank composition...');
  const bundleStart = Date.now();
  // scripts/bench-blank.tsx registers both the blank and the held-still composition.
  const benchUrl = await bundle({ entryPoint: path.join(ROOT, BLANK_ENTRY_POINT), rootDir: ROOT, enableCaching: true });
  const serveUrls: Record<Target, string> = {
    video: await bundle({ entryPoint: path.join(ROOT, ENTRY_POINT), rootDir: ROOT, enableCaching: true }),
    blank: benchUrl,
    still: benchUrl,
  };
  console.log(`Bundled in ${seconds(Date.now() - bundleStart)} s (not counted in the runs).`);

  const project = projectBenchSettings();
  const scenarios: Scenario[] = [
    { key: 'a', title: 'blank, stock settings', target: 'blank', settings: stockBenchSettings() },
    { key: 'b', title: 'blank, project defaults', target: 'blank', settings: project },
    { key: 'c', title: 'SoftmaxExplainer, project defaults', target: 'video', settings: project },
    // The video's pictures held still, one per phase: what capturing and encoding this
    // content costs without any change from frame to frame.
    { key: 's', title: "SoftmaxExplainer's phases held still, project defaults", target: 'still', settings: project },
    // The end of c again in a fresh process: if c's last 100 frames took longer than
    // these, time or memory piled up over the render rather than the content costing more.
    {
      key: 'e',
      title: `SoftmaxExplainer, last ${Math.min(frameCount, EDGE_FRAMES + 10)} frames alone, project defaults`,
      target: 'video',
      settings: project,
      frames: [Math.max(frameRange[0], frameRange[1] - EDGE_FRAMES - 9), frameRange[1]],
    },
  ];
  const variantTarget = (options['variant-target'] ?? 'video') as Target;
  if (variantTarget !== 'video' && variantTarget !== 'blank' && variantTarget !== 'still') {
    throw new Error(`--variant-target is "${variantTarget}"; use video, blank or still`);
  }
  (options.variant ?? []).forEach((variant, index) => {
    scenarios.push({ key: `v${index + 1}`, title: `${variantTarget}, ${variant}`, target: variantTarget, settings: parseVariant(variant, project) });
  });
  const only = options.only === undefined ? null : new Set(options.only.split(','));
  const selected = scenarios.filter((scenario) => only === null || only.has(scenario.key) || (only.has('v') && scenario.key.startsWith('v')));

  const renders: RenderRun[] = [];
  for (const scenario of selected) {
    renders.push(await renderScenario(scenario, serveUrls));
  }

  const encodes: EncodeRun[] = [];
  if (only === null || only.has('d')) {
    // The frame that ffmpeg encodes over and over: a blank JPEG like the ones Chrome sends.
    const jpeg = await blankJpeg(path.join(OUT, 'blank.jpg'));
    for (const [key, preset] of [
      ['d', project.x264Preset],
      ['d0', null],
    ] as const) {
      const title = `ffmpeg, x264 ${preset ?? 'medium (stock)'}, ${frameCount} JPEG frames piped in`;
      console.log(`\n[${key}] ${title}`);
      const output = path.join(OUT, `${key}.mp4`);
      const measured = await runSampled(() => encodeFrames({ jpeg, frames: frameCount, fps: FPS, x264Preset: preset, output }));
      console.log(`    ${seconds(measured.wallMs)} s, CPU ${seconds(measured.cpuMs)} s`);
      encodes.push({ key, title, frames: frameCount, output, ...measured });
    }
  }

  for (const run of renders) {
    const [first, last] = run.scenario.frames ?? frameRange;
    for (const frame of stillFrames.filter((candidate) => candidate >= first && candidate <= last)) {
      await extractStill(run.output, frame - (run.scenario.frames ?? frameRange)[0], path.join(OUT, `${run.scenario.key}-frame${frame}.png`), FPS);
    }
  }

  const summary = machineSummary(loadAtStart);
  printReport(summary, renders, encodes);
  if (options.json !== undefined) {
    fs.writeFileSync(
      options.json,
      JSON.stringify(
        {
          summary,
          renders: renders.map((run) => ({ ...run, scenario: { ...run.scenario, settings: describeSettings(run.scenario.settings) } })),
          encodes,
        },
        null,
        1,
      ),
    );
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
