// Loads an HTML report in headless Chromium and checks it rendered: every finding with its timeline
// (one bar per claim), filters that hide and show findings, no console errors, no injected script,
// no horizontal scrolling on a phone; every derived timeline the JSON lists drawn with one row per
// window, its narrowed rows marked and explained, and its labels inside the drawing. Writes
// screenshots for review.
// usage: node check-html.js REPORT.html REPORT.json SCREENSHOT_PREFIX
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [htmlPath, jsonPath, shotPrefix] = process.argv.slice(2);
const expected = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const viewport of [{ width: 1200, height: 900, name: 'desktop' }, { width: 390, height: 844, name: 'phone' }]) {
      const page = await browser.newPage({ viewport });
      const errors = [];
      const requests = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto('file://' + path.resolve(htmlPath), { waitUntil: 'load' });

      const seen = await page.evaluate(() => ({
        findings: [...document.querySelectorAll('article.finding')].map((f) => ({
          bars: f.querySelectorAll('svg.timeline g.bar').length,
          cards: f.querySelectorAll('.claim').length,
          svgHeight: f.querySelector('svg.timeline') ? f.querySelector('svg.timeline').getBoundingClientRect().height : 0,
          visible: !f.hidden,
        })),
        derived: [...document.querySelectorAll('article.derived-timeline')].map((t) => {
          const svg = t.querySelector('svg.timeline.derived');
          const box = svg ? svg.getBoundingClientRect() : null;
          const labels = svg ? [...svg.querySelectorAll('g.row text.label')].map((l) => l.getBoundingClientRect()) : [];
          return {
            rows: svg ? svg.querySelectorAll('g.row').length : 0,
            narrowed: svg ? svg.querySelectorAll('g.row.narrowed').length : 0,
            explained: t.querySelectorAll('ul.narrowing li').length,
            height: box ? box.height : 0,
            // readable: every label is inside the drawing, at least 7px tall, and no two overlap
            labelsInside: labels.every((l) => l.left >= box.left - 1 && l.right <= box.right + 1),
            smallestLabel: labels.length ? Math.min(...labels.map((l) => l.height)) : 99,
            overlapping: labels.some((l, i) => i > 0 && l.top < labels[i - 1].bottom - 1),
          };
        }),
        claimRows: document.querySelectorAll('#all-claims tbody tr').length,
        scripts: document.querySelectorAll('script').length,
        pwned: window.__pwned === 1,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        brokenLinks: [...document.querySelectorAll('a[href^="#"]')].filter((a) => !document.getElementById(a.getAttribute('href').slice(1))).length,
      }));
      const label = viewport.name;
      check(seen.findings.length === expected.findings.length,
            `${label}: ${seen.findings.length} findings rendered, the report has ${expected.findings.length}`);
      seen.findings.forEach((f, i) => {
        const claims = expected.findings[i] ? expected.findings[i].claims.length : -1;
        check(f.bars === claims, `${label}: finding ${i + 1} has ${f.bars} timeline bars for ${claims} claims`);
        check(f.cards === claims, `${label}: finding ${i + 1} shows ${f.cards} of ${claims} claims`);
        check(f.svgHeight > 40, `${label}: finding ${i + 1}: timeline not drawn (height ${f.svgHeight})`);
        check(f.visible, `${label}: finding ${i + 1} hidden before any filter`);
      });
      const timelines = expected.timelines || [];
      check(seen.derived.length === timelines.length,
            `${label}: ${seen.derived.length} derived timelines drawn, the report has ${timelines.length}`);
      seen.derived.forEach((d, i) => {
        const t = timelines[i] || { windows: [] };
        const narrowed = t.windows.filter((w) => w.narrowed).length;
        check(d.rows === t.windows.length, `${label}: derived timeline ${i + 1} has ${d.rows} rows for ${t.windows.length} windows`);
        check(d.narrowed === narrowed && d.explained === narrowed,
              `${label}: derived timeline ${i + 1} marks ${d.narrowed} and explains ${d.explained} narrowed windows of ${narrowed}`);
        if (t.windows.length) {
          check(d.height > 40, `${label}: derived timeline ${i + 1} not drawn (height ${d.height})`);
          check(d.labelsInside && !d.overlapping && d.smallestLabel >= 7,
                `${label}: derived timeline ${i + 1} labels unreadable (inside ${d.labelsInside}, overlapping ${d.overlapping}, ${d.smallestLabel}px)`);
        }
      });
      check(seen.claimRows === expected.summary.claims, `${label}: claims table has ${seen.claimRows} rows, not ${expected.summary.claims}`);
      check(seen.scripts === 1 && !seen.pwned, `${label}: a quote injected a script`);
      check(seen.brokenLinks === 0, `${label}: ${seen.brokenLinks} links to claims point nowhere`);
      check(seen.overflow <= 1, `${label}: the page scrolls sideways by ${seen.overflow}px`);

      // Filters: each rule option shows exactly the findings that need that rule.
      const rules = await page.$$eval('select[name=rule] option', (os) => os.map((o) => [o.value, o.textContent]));
      for (const [value, id] of rules.filter(([v]) => v)) {
        await page.selectOption('select[name=rule]', value);
        const shown = await page.$$eval('article.finding', (fs) => fs.filter((f) => !f.hidden).length);
        const want = expected.findings.filter((f) => f.rules.includes(id)).length;
        check(shown === want, `${label}: rule filter ${id} shows ${shown} findings, expected ${want}`);
      }
      await page.selectOption('select[name=rule]', '');
      const back = await page.$$eval('article.finding', (fs) => fs.filter((f) => !f.hidden).length);
      check(back === expected.findings.length, `${label}: clearing the filter shows ${back} findings`);

      check(errors.length === 0, `${label}: console errors: ${errors.join(' | ')}`);
      check(requests.length === 0, `${label}: the page fetched ${requests.join(', ')}`);
      await page.screenshot({ path: `${shotPrefix}-${label}.png`, fullPage: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  for (const p of problems) console.log(`FAIL ${htmlPath}: ${p}`);
  if (!problems.length) console.log(`ok   ${htmlPath}: ${expected.findings.length} findings with timelines, ${(expected.timelines || []).length} derived timelines, filters work, no console errors; screenshots ${shotPrefix}-*.png`);
  process.exit(problems.length ? 1 : 0);
})().catch((e) => { console.log(`FAIL ${htmlPath}: ${e.message}`); process.exit(1); });
