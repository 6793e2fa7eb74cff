/**
 * Pages the bench serves on the consoles' real host names (Playwright route fulfil), plus the scripts it puts into
 * pages. Page-side code is plain JavaScript in strings: functions handed to page.evaluate are serialised, and tsx's
 * name helpers would not exist on the other side.
 */

/**
 * A saved-integration view like the legacy AlertOps console's: `__benchShow(url, n)` renders it, returns the epoch ms.
 * The Save button renders `__benchNext` the same way, as the console does after a user's click (`__benchRendered`).
 */
export function capturePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head>
<body><header><strong>AlertOps</strong> <nav>Dashboard · Integrations · Incidents</nav></header>
<main id="view"><p>Loading…</p></main><button id="save" type="button">Save</button>
<script>
  document.getElementById('save').addEventListener('click', function () {
    window.__benchRendered = window.__benchShow(window.__benchNext.url, window.__benchNext.n);
  });
  window.__benchShow = function (url, n) {
    var view = document.getElementById('view');
    var section = document.createElement('section');
    section.innerHTML = '<nav aria-label="Breadcrumb">Integrations / Inbound Integrations / API</nav>' +
      '<h1>Bench ' + n + '</h1><p>API Integration</p><table><tbody>' +
      '<tr><th scope="row">Integration Name</th><td>Bench ' + n + '</td></tr>' +
      '<tr><th scope="row">Template</th><td>Uptrends</td></tr>' +
      '<tr><th scope="row">Status</th><td>Enabled</td></tr>' +
      '<tr><th scope="row">API URL</th><td></td></tr></tbody></table>';
    section.querySelectorAll('td')[3].textContent = url;
    var rendered = performance.timeOrigin + performance.now();
    view.replaceChildren(section);
    window.__benchFrame = null;
    window.__benchNotice = null;
    requestAnimationFrame(function () { window.__benchFrame = performance.timeOrigin + performance.now(); });
    var seen = new MutationObserver(function () {
      if (document.querySelector('[data-uptrends-alertops-bridge]')) {
        window.__benchNotice = performance.timeOrigin + performance.now();
        seen.disconnect();
      }
    });
    document.querySelectorAll('[data-uptrends-alertops-bridge]').forEach(function (n) { n.remove(); });
    seen.observe(document.body, { childList: true, subtree: true });
    return rendered;
  };
</script></body></html>`;
}

/**
 * Init script for Uptrends pages: when the AlertOps editor's URL input appears, the first frame after that, and when
 * an input event carrying an AlertOps URL has reached the page's own listeners (window, bubble phase: after the
 * field's handler updated the model). performance.now() throughout.
 */
export const FILL_PROBE = `
  window.__fill = { editorAt: null, frameAt: null, inputAt: null, value: null };
  new MutationObserver(function () {
    if (window.__fill.editorAt === null && document.querySelector('input[data-key="value-AlertOpsUrl"]')) {
      window.__fill.editorAt = performance.now();
      requestAnimationFrame(function () { window.__fill.frameAt = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('input', function (event) {
    var value = event.target && event.target.value;
    if (window.__fill.inputAt === null && typeof value === 'string' && /notify\\.alertops\\.com/.test(value)) {
      window.__fill.inputAt = performance.now();
      window.__fill.value = value;
    }
  });
`;

/**
 * Init script for the popup (performance.now()): when the app first renders (before its state arrives), when it first
 * asks the worker and gets the answer, when the list holds `count` entries, and first contentful paint.
 */
export function popupProbe(count: number): string {
  return `
  window.__popup = { appAt: null, askAt: null, replyAt: null, listAt: null, fcp: null };
  try {
    // The first message to the worker (the state request) and its reply, callback or promise style.
    var runtime = chrome.runtime;
    var send = runtime.sendMessage;
    var replied = function () { if (window.__popup.replyAt === null) window.__popup.replyAt = performance.now(); };
    runtime.sendMessage = function () {
      var args = Array.prototype.slice.call(arguments);
      if (window.__popup.askAt === null) window.__popup.askAt = performance.now();
      var last = args[args.length - 1];
      if (typeof last === 'function') {
        args[args.length - 1] = function () { replied(); return last.apply(this, arguments); };
        return send.apply(runtime, args);
      }
      var result = send.apply(runtime, args);
      if (result && typeof result.then === 'function') result.then(replied, replied);
      return result;
    };
  } catch (error) {}
  new MutationObserver(function (records, observer) {
    var app = document.getElementById('app');
    if (window.__popup.appAt === null && app && app.firstChild) window.__popup.appAt = performance.now();
    var list = document.querySelector('ul.captures');
    if (list && list.children.length >= ${count}) {
      window.__popup.listAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver(function (entries) {
      entries.getEntries().forEach(function (entry) {
        if (entry.name === 'first-contentful-paint') window.__popup.fcp = entry.startTime;
      });
    }).observe({ type: 'paint', buffered: true });
  } catch (error) {}
`;
}

export interface LoadPageOptions {
  /** 'uptrends' | 'alertops': the shell's vocabulary (menus, brand). */
  site: 'uptrends' | 'alertops';
  /** How many elements the page holds (about). */
  nodes: number;
  /** DOM mutations per tick, and the tick period in ms. */
  mutations: number;
  period: number;
  /** Text of the nodes the stream inserts (a log line); may mention AlertOps on purpose. */
  logText: string;
}

/**
 * A console-like page with a big monitor table and a stream of mutations: text changes, attribute changes, node
 * insertions and removals on random nodes (seeded, so every run does the same). `__bench.ticks` counts the ticks done.
 */
export function loadPage(options: LoadPageOptions): string {
  const menu =
    options.site === 'uptrends'
      ? ['Dashboards', 'Monitors', 'Alerting', 'Alert definitions', 'Integrations', 'Alert log', 'Reports', 'Account']
      : ['Dashboard', 'Incidents', 'Integrations', 'Inbound Integrations', 'Escalation Policies', 'Users', 'Groups'];
  const brand = options.site === 'uptrends' ? 'Uptrends' : 'AlertOps';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${brand}</title>
<style>
  body { font: 13px sans-serif; margin: 0; display: grid; grid-template-columns: 200px 1fr; }
  header { grid-column: 1 / 3; padding: 8px; background: #234; color: #fff; }
  .row { display: flex; gap: 8px; height: 20px; contain: strict; border-bottom: 1px solid #ddd; }
  .ok { color: green; } .warn { color: orange; } .err { color: red; }
  .sel { background: #eef; } #log { height: 120px; overflow: auto; contain: strict; }
</style></head>
<body><header><strong>${brand}</strong> <input type="search" aria-label="Search"></header>
<nav aria-label="Main menu"><ul>${menu.map((m) => `<li><a href="#${m}">${m}</a></li>`).join('')}</ul></nav>
<main><h1>Overview</h1><div id="log" role="log"></div><div role="table" aria-label="Monitors"><div class="row">
<b>Name</b><b>Type</b><b>Status</b><b>Response</b><b>Checked</b><b>Note</b></div><div id="rows"></div></div></main>
<script>
(function () {
  var seed = 12345;
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  var rows = document.getElementById('rows');
  var log = document.getElementById('log');
  var types = ['HTTPS', 'Full page check', 'Transaction', 'DNS', 'Ping', 'API'];
  var states = ['ok', 'warn', 'err'];
  var values = [], statuses = [], names = [], trs = [];
  var perRow = 9;
  var count = Math.floor(${options.nodes} / perRow);
  var html = [];
  for (var i = 0; i < count; i++) {
    html.push('<div class="row" data-id="' + i + '"><a href="#m' + i + '">Monitor ' + i + '</a> <small>https://shop' + i +
      '.example.com/</small><span>' + types[i % types.length] + '</span><span class="ok">OK</span>' +
      '<span>' + (100 + i % 400) + '</span> ms<time>12:00:00</time>' +
      '<label><input type="checkbox"> watch</label>' + (i % 20 === 0 ? ' <input type="text" value="note ' + i + '">' : '') +
      '</div>');
  }
  rows.innerHTML = html.join('');
  trs = Array.from(rows.children);
  trs.forEach(function (tr) {
    var spans = tr.querySelectorAll('span');
    statuses.push(spans[1]); values.push(spans[2]); names.push(tr.querySelector('small'));
  });
  for (var j = 0; j < 40; j++) { var line = document.createElement('div'); line.textContent = ${JSON.stringify(options.logText)} + ' #' + j; log.appendChild(line); }
  var bench = window.__bench = { ticks: 0, mutations: 0, elements: document.getElementsByTagName('*').length, timer: 0 };
  var logged = 40;
  function tick() {
    var n = ${options.mutations};
    for (var k = 0; k < n; k++) {
      var kind = k % 10;
      var r = rnd(trs.length);
      if (kind < 4) { values[r].firstChild.data = String(50 + rnd(900)); }
      else if (kind < 5) { names[r].textContent = 'https://shop' + r + '.example.com/' + rnd(99); }
      else if (kind < 7) { var s = states[rnd(3)]; statuses[r].className = s; statuses[r].textContent = s === 'ok' ? 'OK' : s === 'warn' ? 'Slow' : 'Down'; }
      else if (kind < 8) { trs[r].classList.toggle('sel'); }
      else if (kind < 9) { trs[r].setAttribute('data-updated', String(bench.ticks)); trs[r].title = 'Updated ' + bench.ticks; }
      else {
        var line = document.createElement('div');
        line.innerHTML = '<span>' + ${JSON.stringify(options.logText)} + '</span> <b>#' + (logged++) + '</b>';
        log.appendChild(line);
        if (log.firstChild) log.firstChild.remove();
      }
      bench.mutations++;
    }
    bench.ticks++;
  }
  // One tick per frame: every frame renders the same amount of change, so busy time per tick does not depend on how
  // timer ticks happen to fall between frames.
  function frame() { tick(); bench.timer = requestAnimationFrame(frame); }
  bench.start = function () { if (!bench.timer) bench.timer = requestAnimationFrame(frame); };
  bench.stop = function () { cancelAnimationFrame(bench.timer); bench.timer = 0; };
})();
</script></body></html>`;
}
