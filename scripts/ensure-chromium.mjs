// Makes sure Debian's Chromium is there for the browser tests: installs it when running as root in CI,
// otherwise says exactly how to install it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

if (!existsSync(chromiumPath)) {
  const isRoot = process.getuid?.() === 0;
  if (process.env.CI && isRoot) {
    console.log('Chromium is missing: installing Debian chromium (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      [
        `Chromium was not found at ${chromiumPath}; the component and end-to-end tests run in it.`,
        'Install it with:   sudo apt-get update && sudo apt-get install -y chromium',
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
