/**
 * `npm run bench -- slow-phone`: loads the citizen booking page on an emulated cheap phone on slow 3G
 * (Chromium DevTools network emulation: 400 kbps both ways, 400 ms round trip) and reports how long until the
 * service list is usable and how many bytes crossed the network — first visit (empty cache) and a second
 * visit (what the cache keeps). Needs the web app built (`npm run build:web`).
 */
import type { CDPSession, Page } from 'playwright-core';
import { startBrowserHarness } from '../test/support/browser.ts';

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };

interface Load {
  ms: number;
  bytes: number;
  requests: number;
}

async function measure(page: Page, cdp: CDPSession, url: string): Promise<Load> {
  let bytes = 0;
  let requests = 0;
  const onFinished = (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests += 1;
  };
  cdp.on('Network.loadingFinished', onFinished);
  const started = Date.now();
  await page.goto(url);
  // Usable: the list of services to book is on screen.
  await page.locator('.phone-list button').first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  cdp.off('Network.loadingFinished', onFinished);
  return { ms, bytes, requests };
}

export async function run(): Promise<void> {
  const h = await startBrowserHarness();
  try {
    const context = await h.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    const url = `${h.baseUrl}/pesan/SBY`;
    const first = await measure(page, cdp, url);
    const second = await measure(page, cdp, url);
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
    console.log('slow 3G (400 kbps, 400 ms RTT), /pesan/SBY until the service list shows:');
    console.log(
      `  first visit : ${(first.ms / 1000).toFixed(2)} s, ${kb(first.bytes)} in ${first.requests} requests`,
    );
    console.log(
      `  second visit: ${(second.ms / 1000).toFixed(2)} s, ${kb(second.bytes)} in ${second.requests} requests`,
    );
    await context.close();
  } finally {
    await h.close();
  }
}
