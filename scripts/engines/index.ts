// Pick the engine by name (BACA_ENGINE=chromium|firefox for the e2e flows; chromium by default).
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Engine, EngineLaunchOptions, EngineName } from './types';

export * from './types';

export function engineFromEnv(): EngineName {
  const name = process.env.BACA_ENGINE ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`BACA_ENGINE must be chromium or firefox, not ${name}`);
  return name;
}

export function launchEngine(name: EngineName, opts: EngineLaunchOptions = {}): Promise<Engine> {
  return name === 'firefox' ? launchFirefox(opts) : launchChromium(opts);
}
