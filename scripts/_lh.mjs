import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
await serve('build', 4192, '');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--remote-debugging-port=9333'] });
for (let i = 0; i < 2; i++) {
  const { lhr } = await lighthouse('http://localhost:4192/', { port: 9333, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = lhr.audits;
  console.log('perf', lhr.categories.performance.score, 'lcp', a['largest-contentful-paint'].numericValue.toFixed(0), 'fcp', a['first-contentful-paint'].numericValue.toFixed(0), 'tbt', a['total-blocking-time'].numericValue.toFixed(0));
  const el = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  console.log('LCP element:', el?.snippet, el?.nodeLabel?.slice(0, 80));
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  console.log(JSON.stringify(phases));
  const tbtItems = a['long-tasks']?.details?.items?.slice(0, 6).map((t) => `${t.url?.split('/').pop()} ${t.duration?.toFixed(0)}ms @${t.startTime?.toFixed(0)}`);
  console.log('long tasks:', tbtItems);
}
await browser.close(); process.exit(0);
