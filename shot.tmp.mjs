import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(process.argv[2]);
await page.waitForTimeout(4000);
await page.screenshot({ path: process.argv[3] });
await browser.close();
