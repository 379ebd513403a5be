// Dev helper: screenshot a running explorer. Usage: node scripts/shot.mjs <url> <out.png> [width height]
import { chromium } from '@playwright/test';
const [url, out, w = '1400', h = '900'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
if (errors.length) console.log('errors:', errors.join('\n'));
await browser.close();
