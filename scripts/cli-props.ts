// Checks the --props of `remotion render`, `still`, `compositions` and `benchmark` in
// the CLI's own process while remotion.config.ts loads. That is before Remotion bundles
// the project or opens a browser, so a bad value fails within seconds and without
// Remotion's browser stack trace. calculateMetadata in src/Root.tsx checks the props
// again in the browser, which covers Studio and renders through the Node API.

import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_PROPS, InvalidPropsError, assertPropsObject, parseProps } from '../src/props';

/** CLI commands that render or list the composition with the --props they are given. */
export const COMMANDS_WITH_PROPS: readonly string[] = ['render', 'still', 'compositions', 'benchmark'];

const EXAMPLE = JSON.stringify(DEFAULT_PROPS);

/** The origin of the props, named in the first line of the message. */
type PropsSource = { readonly kind: 'file'; readonly file: string } | { readonly kind: 'inline' };

const describeSource = (source: PropsSource): string =>
  source.kind === 'file' ? `the props file ${source.file}` : 'the inline --props';

type ReadResult =
  | { readonly source: PropsSource; readonly props: unknown }
  | { readonly problem: string }
  | { readonly deferred: true };

/**
 * Read --props the way @remotion/cli 4.0.527 does: the path of an existing file first,
 * else JSON text.
 *
 * NOTE: Remotion runs the config with the project root as the working directory, so a
 * relative path is resolved against the root here but against the shell's directory
 * when Remotion reads it. The two agree when the CLI runs from the project root. A
 * relative path that names no file here is left to Remotion, which rejects it before
 * bundling.
 */
const readProps = (value: string, cwd: string): ReadResult => {
  const file = path.resolve(cwd, value);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    const source: PropsSource = { kind: 'file', file };
    try {
      return { source, props: JSON.parse(fs.readFileSync(file, 'utf-8')) };
    } catch (error) {
      return {
        problem: `The props file ${file} is not valid JSON: ${(error as Error).message}. It should look like ${EXAMPLE}`,
      };
    }
  }

  try {
    return { source: { kind: 'inline' }, props: JSON.parse(value) };
  } catch (error) {
    // Text that starts like JSON was meant as inline props; anything else as a file name.
    if (/^\s*[[{"]/.test(value)) {
      return { problem: `--props is not valid JSON: ${(error as Error).message}. Pass JSON such as '${EXAMPLE}'` };
    }
    if (path.isAbsolute(value)) {
      return { problem: `The props file ${file} does not exist. Pass the path of a JSON file, or JSON such as '${EXAMPLE}'` };
    }
    return { deferred: true };
  }
};

const formatInvalidProps = (error: InvalidPropsError, source: PropsSource): string =>
  [
    `Invalid input props for SoftmaxExplainer in ${describeSource(source)}:`,
    ...error.problems.map((problem) => `  - ${problem}`),
    `Example of valid props: ${EXAMPLE}`,
  ].join('\n');

/**
 * Check the value of --props (a JSON text or a path to a JSON file, relative to `cwd`).
 * Returns a message for the user when the props are invalid, or null when they are
 * valid, absent, or a relative path of no file (which Remotion reports itself).
 * Missing keys take their defaults, as Remotion spreads the props over the
 * composition's default props.
 */
export const checkCliProps = (value: string | number | boolean | null | undefined, cwd: string): string | null => {
  // minimist turns `--props 5` into a number and a bare `--props` into an empty string or true.
  if (value === undefined || value === null || value === '' || value === true) {
    return null;
  }
  const read = readProps(String(value), cwd);
  if ('problem' in read) {
    return read.problem;
  }
  if ('deferred' in read) {
    return null;
  }
  try {
    assertPropsObject(read.props);
    parseProps({ ...DEFAULT_PROPS, ...(read.props as Record<string, unknown>) });
  } catch (error) {
    if (error instanceof InvalidPropsError) {
      return formatInvalidProps(error, read.source);
    }
    throw error;
  }
  return null;
};

/** The command line as parsed by the Remotion CLI (its minimist result). */
export type ParsedCommandLine = { readonly _: readonly unknown[]; readonly props?: unknown };

/** Check --props when `commandLine` runs a command that uses it; see checkCliProps. */
export const checkCommandLineProps = (commandLine: ParsedCommandLine, cwd: string): string | null => {
  const command = commandLine._[0];
  if (typeof command !== 'string' || !COMMANDS_WITH_PROPS.includes(command)) {
    return null;
  }
  const value = commandLine.props;
  if (value !== undefined && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    // `--props a --props b` gives an array; let Remotion report that as it does.
    return null;
  }
  return checkCliProps(value, cwd);
};
