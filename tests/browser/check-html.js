// Loads an HTML report in headless Chromium at 1,400 px and at a phone's width and checks it
// rendered: every finding with its timeline (one bar per claim), errors before warnings before
// info and in the JSON's `rank` order, each cluster's findings behind one click, a story overview
// whose conflicting claims link to their findings, value tracks for number states, tick labels
// inside their drawings, a full-width claims table, filters that hide and show findings by mouse
// and keyboard, severity named in words, no serious accessibility violation (axe-core), no console
// errors, no injected script, no horizontal scrolling on a phone; every derived timeline the JSON
// lists drawn with one row per window, its narrowed rows marked and explained, and its labels
// inside the drawing. Writes screenshots of the first screen and of the whole page.
// usage: node check-html.js REPORT.html REPORT.json SCREENSHOT_PREFIX
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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
    for (const viewport of [{ width: 1400, height: 900, name: 'desktop' }, { width: 390, height: 844, name: 'phone' }]) {
      const page = await browser.newPage({ viewport });
      const errors = [];
      const requests = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto('file://' + path.resolve(htmlPath), { waitUntil: 'load' });
      // A cluster's conflicts start behind one click; open them all to measure what they draw.
      const closedClusters = await page.$$eval('section.cluster details', (ds) => ds.filter((d) => !d.open).length);
      await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));

      const seen = await page.evaluate(() => ({
        findings: [...document.querySelectorAll('article.finding')].map((f) => ({
          index: Number(f.getAttribute('data-index')),
          severity: f.getAttribute('data-severity'),
          badge: f.querySelector('h3 .sev') ? f.querySelector('h3 .sev').textContent : '',
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
        clusters: [...document.querySelectorAll('section.cluster')].map((c) => ({
          inDetails: c.querySelectorAll('details article.finding').length,
        })),
        stories: [...document.querySelectorAll('article.story')].map((s) => ({
          bars: s.querySelectorAll('svg.overview g.claim-bar').length,
          conflicting: s.querySelectorAll('svg.overview g.claim-bar.conflicting').length,
          linked: [...s.querySelectorAll('svg.overview a')].filter((a) => {
            const id = (a.getAttribute('href') || '').slice(1);
            return id.startsWith('finding-') && document.getElementById(id);
          }).length,
          marked: [...s.querySelectorAll('svg.overview g.claim-bar.conflicting text.label')].every((t) => t.textContent.startsWith('! ')),
          tracks: s.querySelectorAll('svg.values').length,
          figures: s.querySelectorAll('svg.values g.figure').length,
          legend: s.querySelectorAll('ul.legend li').length,
        })),
        headline: document.querySelector('.headline') ? document.querySelector('.headline').textContent : '',
        clippedTicks: [...document.querySelectorAll('svg')].map((svg) => {
          const box = svg.getBoundingClientRect();
          if (!box.width) return 0;
          return [...svg.querySelectorAll('text.tick')].filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1;
          }).length;
        }).reduce((a, b) => a + b, 0),
        tableWidth: document.querySelector('#all-claims table') ? document.querySelector('#all-claims table').getBoundingClientRect().width : 0,
        tallestPath: Math.max(0, ...[...document.querySelectorAll('#all-claims td.path')].map((td) => td.getBoundingClientRect().height)),
        claimRows: document.querySelectorAll('#all-claims tbody tr').length,
        scripts: document.querySelectorAll('script').length,
        pwned: window.__pwned === 1,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        brokenLinks: [...document.querySelectorAll('a[href^="#"]')].filter((a) => !document.getElementById(a.getAttribute('href').slice(1))).length,
      }));
      const label = viewport.name;
      check(seen.findings.length === expected.findings.length,
            `${label}: ${seen.findings.length} findings rendered, the report has ${expected.findings.length}`);
      // Reading order: the JSON's rank, so errors before warnings before info.
      const order = seen.findings.map((f) => f.index);
      const byRank = expected.findings.map((f, i) => [f.rank, i]).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
      check(JSON.stringify(order) === JSON.stringify(byRank), `${label}: findings shown in order ${order}, ranks say ${byRank}`);
      const severityRank = { error: 0, warning: 1, info: 2, note: 3 };
      check(seen.findings.every((f, i) => i === 0 || severityRank[seen.findings[i - 1].severity] <= severityRank[f.severity]),
            `${label}: a finding of lower severity comes before a worse one`);
      check(seen.findings.every((f) => f.badge === f.severity), `${label}: a finding's severity is not written in words`);
      const clusters = expected.clusters || [];
      check(seen.clusters.length === clusters.length, `${label}: ${seen.clusters.length} clusters shown, the report has ${clusters.length}`);
      check(closedClusters === seen.clusters.length, `${label}: ${closedClusters} of ${seen.clusters.length} clusters start closed`);
      seen.clusters.forEach((c, i) => {
        const want = clusters[i] ? clusters[i].findings.length : -1;
        check(c.inDetails === want, `${label}: cluster ${i + 1} holds ${c.inDetails} of ${want} findings`);
      });
      if (expected.findings.length) {
        check(seen.headline.length > 0, `${label}: no headline`);
        check(seen.stories.length > 0, `${label}: no story overview`);
      }
      seen.stories.forEach((st, i) => {
        check(st.bars > 0 && st.legend > 0, `${label}: story ${i + 1} has ${st.bars} bars and ${st.legend} sources in its legend`);
        check(st.conflicting > 0 && st.linked === st.conflicting && st.marked,
              `${label}: story ${i + 1}: ${st.conflicting} conflicting claims, ${st.linked} linked to findings, marked ${st.marked}`);
        if (st.tracks) check(st.figures > 0, `${label}: story ${i + 1} has a value track with no figures`);
      });
      const numberFindings = expected.findings.some((f) => f.claims.some((c) => c.kind === 'state' && /^[0-9][0-9.,-]*$/.test(c.value || '')));
      if (numberFindings) check(seen.stories.some((st) => st.tracks > 0), `${label}: figures in findings but no value track`);
      check(seen.clippedTicks === 0, `${label}: ${seen.clippedTicks} axis labels run past their drawing`);
      if (label === 'desktop') {
        check(seen.tableWidth >= viewport.width - 60, `${label}: the claims table is ${seen.tableWidth}px wide on a ${viewport.width}px page`);
        check(seen.tallestPath < 120, `${label}: a file path cell is ${seen.tallestPath}px tall (wrapping letter by letter?)`);
      }
      seen.findings.forEach((f) => {
        const i = f.index;
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

      // Keyboard: Tab reaches the severity filter and the arrow keys change it; Enter opens a cluster.
      const severities = await page.$$eval('select[name=severity] option', (os) => os.map((o) => o.value).filter(Boolean));
      if (severities.length) {
        let reached = false;
        for (let i = 0; i < 40 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate(() => document.activeElement && document.activeElement.name === 'severity');
        }
        check(reached, `${label}: Tab never reaches the severity filter`);
        if (reached) {
          await page.keyboard.press('ArrowDown');
          const chosen = await page.$eval('select[name=severity]', (s) => s.value);
          const shown = await page.$$eval('article.finding', (fs) => fs.filter((f) => !f.hidden).length);
          const want = expected.findings.filter((f) => f.severity === chosen).length;
          check(chosen === severities[0] && shown === want, `${label}: the keyboard chose severity '${chosen}', ${shown} findings shown, expected ${want}`);
          await page.selectOption('select[name=severity]', '');
        }
      }
      if (seen.clusters.length) {
        await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = false; }));
        await page.focus('section.cluster details summary');
        await page.keyboard.press('Enter');
        const open = await page.$eval('section.cluster details', (d) => d.open);
        check(open, `${label}: Enter on a cluster's summary does not open it`);
      }
      // Accessibility: axe-core in the page; no serious or critical violation.
      await page.evaluate(axeSource);
      const axe = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}x): ${v.nodes[0] ? v.nodes[0].target.join(' ') : ''}`);
      });
      check(axe.length === 0, `${label}: accessibility: ${axe.join(' | ')}`);

      check(errors.length === 0, `${label}: console errors: ${errors.join(' | ')}`);
      check(requests.length === 0, `${label}: the page fetched ${requests.join(', ')}`);
      await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = false; }));
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${shotPrefix}-${label}-first-screen.png` });
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
