import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { type RunningSandbox, startSandbox } from './sandbox';

export type SuiteEnv = { readonly sandbox: RunningSandbox; readonly browser: Browser };

/** A sandbox CLI on a free port with a fresh database, and Chromium, for the enclosing suite. */
export const useSandboxAndBrowser = (): SuiteEnv => {
  const env = {} as { sandbox: RunningSandbox; browser: Browser };
  beforeAll(async () => {
    env.sandbox = await startSandbox();
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.sandbox?.close();
  });
  return env;
};
