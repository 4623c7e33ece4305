// The --props check that remotion.config.ts runs in the CLI process, on real files in a
// temporary folder. The end-to-end runs of the CLI are in tests/cli.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCliProps, checkCommandLineProps } from '../../scripts/cli-props';

let folder: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-props-'));
  fs.writeFileSync(path.join(folder, 'good.json'), '{"barScores":[1,2,3,4],"pointScores":[0,0,1]}');
  fs.writeFileSync(path.join(folder, 'bad-value.json'), '{"barScores":[1,"two"]}');
  fs.writeFileSync(path.join(folder, 'broken.json'), '{"barScores": [1,');
});

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('checkCliProps', () => {
  it('accepts absent props', () => {
    expect(checkCliProps(undefined, folder)).toBeNull();
    expect(checkCliProps('', folder)).toBeNull();
    expect(checkCliProps(true, folder)).toBeNull();
  });

  it('accepts valid inline props', () => {
    expect(checkCliProps('{"barScores":[0.5,3],"pointScores":[2,-1,0.5]}', folder)).toBeNull();
  });

  it('fills missing keys with defaults', () => {
    expect(checkCliProps('{"pointScores":[1,1,1]}', folder)).toBeNull();
    expect(checkCliProps('{}', folder)).toBeNull();
  });

  it('accepts a valid file by relative path', () => {
    expect(checkCliProps('good.json', folder)).toBeNull();
  });

  it('lists problems of inline props', () => {
    const message = checkCliProps('{"barScores":[1,"a"],"pointScores":[1,2]}', folder);
    expect(message).not.toBeNull();
    const lines = message!.split('\n');
    expect(lines[0]).toBe('Invalid input props for SoftmaxExplainer in the inline --props:');
    expect(lines).toContain('  - barScores[1] is "a" (a string): it must be a finite number from \u22121000 to 1000');
    expect(lines).toContain('  - pointScores is [1,2] (an array of 2): it must have exactly 3 scores');
    expect(lines[lines.length - 1]).toBe('Example of valid props: {"barScores":[2,1],"pointScores":[1,3,0]}');
  });

  it('names the file with bad values', () => {
    const message = checkCliProps('bad-value.json', folder);
    expect(message).toContain(`in the props file ${path.join(folder, 'bad-value.json')}:`);
    expect(message).toContain('barScores[1] is "two" (a string)');
  });

  it('rejects a file of invalid JSON', () => {
    const message = checkCliProps(path.join(folder, 'broken.json'), '/');
    expect(message).toContain(`The props file ${path.join(folder, 'broken.json')} is not valid JSON`);
  });

  it('rejects invalid inline JSON', () => {
    expect(checkCliProps('{"barScores":[1,', folder)).toMatch(/^--props is not valid JSON: /);
    expect(checkCliProps("{barScores:[1,2]}", folder)).toMatch(/^--props is not valid JSON: /);
  });

  it('rejects a missing absolute path', () => {
    const missing = path.join(folder, 'missing.json');
    expect(checkCliProps(missing, '/')).toBe(
      `The props file ${missing} does not exist. Pass the path of a JSON file, ` +
        `or JSON such as '{"barScores":[2,1],"pointScores":[1,3,0]}'`,
    );
  });

  it('leaves a missing relative path to Remotion', () => {
    expect(checkCliProps('missing.json', folder)).toBeNull();
  });

  it('rejects props that are not an object', () => {
    expect(checkCliProps(5, folder)).toContain('props is 5: it must be a JSON object');
    expect(checkCliProps('null', folder)).toContain('props is null: it must be a JSON object');
    expect(checkCliProps('[2,1]', folder)).toContain('props is [2,1] (an array of 2)');
  });

  it('rejects an unknown key', () => {
    expect(checkCliProps('{"barScore":[5,1]}', folder)).toContain(
      'Unknown key "barScore": the accepted keys are barScores and pointScores',
    );
  });

  it('rejects scores that overflowed JSON', () => {
    expect(checkCliProps('{"barScores":[1e309,1]}', folder)).toContain('barScores[0] is Infinity');
  });
});

describe('checkCommandLineProps', () => {
  const bad = '{"barScores":[]}';

  it('checks rendering commands', () => {
    for (const command of ['render', 'still', 'compositions', 'benchmark']) {
      expect(checkCommandLineProps({ _: [command, 'SoftmaxExplainer'], props: bad }, folder)).toContain(
        'barScores is [] (an array of 0)',
      );
    }
  });

  it('skips other commands', () => {
    expect(checkCommandLineProps({ _: ['studio'], props: bad }, folder)).toBeNull();
    expect(checkCommandLineProps({ _: [], props: bad }, folder)).toBeNull();
  });

  it('leaves repeated --props to Remotion', () => {
    expect(checkCommandLineProps({ _: ['render'], props: [bad, bad] }, folder)).toBeNull();
  });
});
