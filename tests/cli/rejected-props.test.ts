// Invalid --props through the real CLI: `remotion render` and `remotion still` must exit
// with status 1, print the field, the value and the rule, and write no file. One valid
// run checks that the props check lets good props through to a rendered still.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRemotion } from './run-cli';

const SCORE_RULE = 'it must be a finite number from \u22121000 to 1000';
const EXAMPLE = 'Example of valid props: {"barScores":[2,1],"pointScores":[1,3,0]}';

let folder: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rejected-props-'));
  fs.writeFileSync(path.join(folder, 'too-few.json'), '{"barScores":[3]}');
  fs.writeFileSync(path.join(folder, 'out-of-range.json'), '{"pointScores":[0, 1000.5, 0]}');
  fs.writeFileSync(path.join(folder, 'broken.json'), '{"barScores": [1, 2],');
});

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

type RejectedCase = {
  readonly name: string;
  readonly command: 'render' | 'still';
  /** The --props value; a function when it needs the temporary folder. */
  readonly props: string | (() => string);
  /** Lines or parts of lines that the output must contain. */
  readonly output: readonly string[];
};

const REJECTED: readonly RejectedCase[] = [
  {
    name: 'string score',
    command: 'render',
    props: '{"barScores":[1,"a"]}',
    output: [
      'Invalid input props for SoftmaxExplainer in the inline --props:',
      `  - barScores[1] is "a" (a string): ${SCORE_RULE}`,
      EXAMPLE,
    ],
  },
  {
    name: 'misspelt key',
    command: 'still',
    props: '{"barScore":[5,1]}',
    output: ['  - Unknown key "barScore": the accepted keys are barScores and pointScores'],
  },
  {
    name: 'score overflowing JSON',
    command: 'render',
    props: '{"barScores":[1e309,2]}',
    output: [`  - barScores[0] is Infinity (a number too large for a double, such as 1e309): ${SCORE_RULE}`],
  },
  {
    name: 'too many bars',
    command: 'still',
    props: '{"barScores":[1,2,3,4,5,6,7]}',
    output: ['  - barScores is [1,2,3,4,5,6,7] (an array of 7): it must have at most 6 scores'],
  },
  {
    name: 'wrong point count',
    command: 'render',
    props: '{"pointScores":[1,2],"barScores":"2,1"}',
    output: [
      '  - barScores is "2,1" (a string): it must be an array of 2 to 6 numbers',
      '  - pointScores is [1,2] (an array of 2): it must have exactly 3 scores',
    ],
  },
  { name: 'props a number', command: 'still', props: '5', output: ['  - props is 5: it must be a JSON object'] },
  { name: 'props null', command: 'render', props: 'null', output: ['  - props is null: it must be a JSON object'] },
  {
    name: 'file with too few bars',
    command: 'render',
    props: () => path.join(folder, 'too-few.json'),
    output: ['in the props file', 'too-few.json:', '  - barScores is [3] (an array of 1): it must have at least 2 scores'],
  },
  {
    name: 'file with score out of range',
    command: 'still',
    props: () => path.join(folder, 'out-of-range.json'),
    output: ['  - pointScores[1] is 1000.5: it must be at most 1000'],
  },
  {
    name: 'inline invalid JSON',
    command: 'still',
    props: '{"barScores":[1,',
    output: ['--props is not valid JSON: '],
  },
  {
    name: 'file of invalid JSON',
    command: 'render',
    props: () => path.join(folder, 'broken.json'),
    output: ['broken.json is not valid JSON: '],
  },
  {
    name: 'missing absolute file',
    command: 'still',
    props: () => path.join(folder, 'missing.json'),
    output: ['missing.json does not exist. Pass the path of a JSON file'],
  },
  {
    // Remotion reads a relative path against the shell's directory, so Remotion's own message is expected.
    name: 'missing relative file',
    command: 'render',
    props: 'no-such-scores.json',
    output: ['neither valid JSON nor a file path to a valid JSON file', 'no-such-scores.json'],
  },
];

describe('CLI rejects invalid props', () => {
  for (const testCase of REJECTED) {
    it(`${testCase.command}: ${testCase.name}`, async () => {
      const output = path.join(folder, `${testCase.name.replace(/\s+/g, '-')}.${testCase.command === 'render' ? 'mp4' : 'png'}`);
      const props = typeof testCase.props === 'function' ? testCase.props() : testCase.props;
      const args = [testCase.command, 'SoftmaxExplainer', output, '--props', props];
      if (testCase.command === 'still') {
        args.push('--frame=300');
      }

      const result = await runRemotion(args);

      expect(result.code, result.output).toBe(1);
      for (const part of testCase.output) {
        expect(result.output).toContain(part);
      }
      // The check runs before Remotion bundles the project, so nothing got that far.
      expect(result.output).not.toContain('Bundling');
      expect(fs.existsSync(output), `${output} was written`).toBe(false);
    });
  }
});

describe('CLI accepts valid props', () => {
  it('renders a still with partial props', async () => {
    const output = path.join(folder, 'valid.png');
    // pointScores is left out and takes its default.
    const result = await runRemotion(['still', 'SoftmaxExplainer', output, '--props', '{"barScores":[0.5,3,-1]}', '--frame=300']);

    expect(result.code, result.output).toBe(0);
    expect(fs.statSync(output).size).toBeGreaterThan(10_000);
  });
});
