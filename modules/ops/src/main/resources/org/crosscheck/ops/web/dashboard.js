// crosscheck operations dashboard: plain browser JavaScript, no build step, no library, nothing fetched
// from elsewhere. Alerts come as server-sent events (/api/stream) after a first load of /api/alerts;
// counters from /api/stats and lag from /api/lag are polled. Every text from the data is set with
// textContent, and only http(s) article urls become links.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var MAX_ALERTS = 200;
  var STATS_EVERY_MS = 2000;
  var COLORS = ['#2f5fb3', '#c0392b', '#1f8a4c', '#b7791f', '#7b4fb3', '#16839c',
                '#d35400', '#5d6d7e', '#a93266', '#2e7d32', '#8e6c1f', '#34495e'];

  var lagMode = 'records';
  var lastLag = null;
  var prevStats = null;

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function fmtInt(n) { return Number(n || 0).toLocaleString('en-US'); }

  function fmtTime(ms) {
    var d = new Date(ms);
    function two(x) { return (x < 10 ? '0' : '') + x; }
    return two(d.getHours()) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds());
  }

  function lower(s) { return s ? String(s).toLowerCase().replace(/_/g, ' ') : ''; }

  function safeUrl(u) {
    return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null;
  }

  // ---- alerts ----------------------------------------------------------------------------------

  function figure(claim) {
    var c = claim.count || {};
    var n;
    switch (c.qualifier) {
      case 'AT_LEAST': n = 'at least ' + fmtInt(c.low); break;
      case 'AT_MOST': n = 'at most ' + fmtInt(c.high !== null && c.high !== undefined ? c.high : c.low); break;
      case 'APPROX': n = 'about ' + fmtInt(c.low); break;
      case 'RANGE': n = fmtInt(c.low) + '–' + fmtInt(c.high); break;
      case 'NONE': n = ''; break;
      default: n = fmtInt(c.low);
    }
    var what = (n ? n + ' ' : '') + lower(claim.category) + ' ' + lower(claim.outcome);
    if (claim.polarity === 'DENIES') { return 'denies ' + lower(claim.category) + ' ' + lower(claim.outcome); }
    if (claim.polarity === 'DISPUTES') { return 'disputes ' + (claim.trend ? 'a ' + lower(claim.trend) + ' trend' : 'the figures'); }
    if (claim.trend) { what += ' (' + lower(claim.trend) + ')'; }
    return what;
  }

  function period(p) {
    if (!p || (!p.start && !p.end)) { return ''; }
    if (p.start && p.end && p.start !== p.end) { return p.start + ' – ' + p.end; }
    return p.start || p.end;
  }

  function claimantNames(alert) {
    var seen = [];
    (alert.claims || []).forEach(function (c) {
      var name = c.claimant && c.claimant.name ? c.claimant.name : (c.claimant ? c.claimant.id : '?');
      if (seen.indexOf(name) < 0) { seen.push(name); }
    });
    return seen.join(' vs ');
  }

  function renderAlert(entry) {
    var a = entry.alert;
    var urls = entry.article_urls || {};
    var li = el('li', 'alert s-' + a.status);
    li.setAttribute('data-alert-id', a.alert_id);
    li.setAttribute('data-status', a.status);

    var head = el('div', 'head');
    head.appendChild(el('span', 'badge status ' + a.status, a.status));
    head.appendChild(el('span', 'badge kind', a.kind));
    head.appendChild(el('span', 'who', claimantNames(a)));
    var sev = el('span', 'sev');
    sev.title = 'severity, 0 to 1: how large the gap is and who stands against whom';
    var bar = el('span', 'bar');
    var fill = el('span');
    fill.style.width = Math.round(Math.max(0, Math.min(1, a.severity)) * 100) + '%';
    bar.appendChild(fill);
    sev.appendChild(el('span', null, 'severity ' + Number(a.severity).toFixed(2)));
    sev.appendChild(bar);
    head.appendChild(sev);
    li.appendChild(head);

    var ev = a.event || {};
    var where = [ev.location ? ev.location.name : '', period(ev.period), lower(ev.outcome)]
      .filter(function (x) { return x; }).join(' · ');
    li.appendChild(el('div', 'where', where));

    var ul = el('ul', 'claims');
    (a.claims || []).forEach(function (c) {
      var item = el('li');
      var who = c.claimant ? c.claimant.name : '?';
      if (c.claimant && c.claimant.speaker) { who += ' (' + c.claimant.speaker + ')'; }
      item.appendChild(el('span', 'claimant', who + ': '));
      item.appendChild(el('span', 'figure', figure(c)));
      if (c.location && c.location.name) { item.appendChild(document.createTextNode(' in ' + c.location.name)); }
      var src = el('span', 'src');
      src.appendChild(document.createTextNode(' — '));
      var url = safeUrl(urls[c.article_id]);
      if (url) {
        var link = el('a', 'article', c.outlet || c.article_id);
        link.href = url;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        link.title = 'article ' + c.article_id;
        src.appendChild(link);
      } else {
        src.appendChild(document.createTextNode((c.outlet ? c.outlet + ', ' : '') + 'article ' + c.article_id));
      }
      item.appendChild(src);
      ul.appendChild(item);
    });
    li.appendChild(ul);
    if (a.summary) { li.appendChild(el('p', 'summary', a.summary)); }
    var when = entry.received_at ? fmtTime(Date.parse(entry.received_at)) : '';
    li.appendChild(el('div', 'meta', 'seen ' + when + ' · event ' + (ev.id || '') + ' · alert ' + a.alert_id));
    return li;
  }

  function upsertAlert(entry, fresh) {
    var list = $('alerts');
    var id = entry.alert.alert_id;
    var old = list.querySelector('li[data-alert-id="' + CSS.escape(id) + '"]');
    if (old) { list.removeChild(old); }
    var li = renderAlert(entry);
    if (fresh) { li.classList.add('fresh'); }
    list.insertBefore(li, list.firstChild);
    while (list.children.length > MAX_ALERTS) { list.removeChild(list.lastChild); }
    $('no-alerts').hidden = list.children.length > 0;
  }

  function loadAlerts() {
    return fetch('/api/alerts').then(function (r) { return r.json(); }).then(function (entries) {
      for (var i = entries.length - 1; i >= 0; i--) { upsertAlert(entries[i], false); }
    }).catch(function () { /* the stream and the next reconnect fill in */ });
  }

  function connectStream() {
    var live = $('live');
    var source = new EventSource('/api/stream');
    source.addEventListener('open', function () {
      live.textContent = 'live';
      live.className = 'pill ok';
      live.title = 'New alerts appear as they are raised';
      loadAlerts(); // whatever came while disconnected
    });
    source.addEventListener('alert', function (e) {
      try { upsertAlert(JSON.parse(e.data), true); } catch (err) { /* a malformed event is ignored */ }
    });
    source.addEventListener('error', function () {
      live.textContent = 'reconnecting…';
      live.className = 'pill warn';
    });
  }

  // ---- counters ----------------------------------------------------------------------------------

  function pollStats() {
    fetch('/api/stats').then(function (r) { return r.json(); }).then(function (s) {
      var state = $('state');
      state.textContent = 'pipeline ' + s.state;
      state.className = 'pill ' + (s.state === 'RUNNING' ? 'ok' : (s.state === 'REBALANCING' || s.state === 'CREATED' ? 'warn' : 'bad'));
      $('articles-read').textContent = fmtInt(s.articles_read);
      $('claims').textContent = fmtInt(s.claims_extracted);
      $('alerts-raised').textContent = fmtInt(s.alerts_raised);
      $('dead-letters').textContent = fmtInt(s.dead_letters);
      var reasons = Object.keys(s.dead_letters_by_reason || {}).filter(function (k) { return s.dead_letters_by_reason[k] > 0; })
        .map(function (k) { return lower(k) + ' ' + s.dead_letters_by_reason[k]; });
      $('dead-letter-reasons').textContent = reasons.length ? reasons.join(' · ') : 'none: every record was usable';
      $('dead-letter-tile').classList.toggle('alarm', s.dead_letters > 0);
      var top = Object.keys(s.claims_by_claimant || {}).sort(function (x, y) {
        return s.claims_by_claimant[y] - s.claims_by_claimant[x];
      }).slice(0, 3).map(function (k) { return k + ' ' + s.claims_by_claimant[k]; });
      $('claimants').textContent = top.length ? 'most from ' + top.join(', ') : '\u00a0';
      if (prevStats && s.at > prevStats.at) {
        var rate = (s.articles_read - prevStats.articles_read) / ((s.at - prevStats.at) / 1000);
        $('throughput').textContent = rate >= 10 ? Math.round(rate).toString() : Math.max(0, rate).toFixed(1);
      }
      prevStats = s;
    }).catch(function () {
      var state = $('state');
      state.textContent = 'pipeline unreachable';
      state.className = 'pill bad';
    });
  }

  // ---- lag -----------------------------------------------------------------------------------------

  function shortTopic(t) { return String(t).replace(/^crosscheck\./, '').replace(/\.v\d+$/, ''); }

  function pollLag() {
    fetch('/api/lag').then(function (r) { return r.json(); }).then(function (lag) {
      lastLag = lag;
      drawLag();
      var wait = Math.max(1000, Math.min(lag.interval_ms || 5000, 5000));
      setTimeout(pollLag, wait);
    }).catch(function () { setTimeout(pollLag, 5000); });
  }

  function drawLag() {
    var lag = lastLag;
    if (!lag) { return; }
    var err = $('lag-error');
    err.hidden = !lag.error;
    err.textContent = lag.error ? 'Last measurement failed: ' + lag.error : '';

    var total = 0, maxSec = 0, rows = $('lag-rows');
    rows.textContent = '';
    (lag.reports || []).forEach(function (rep) {
      (rep.partitions || []).forEach(function (p) {
        total += p.lag;
        if (p.lag_seconds !== null && p.lag_seconds > maxSec) { maxSec = p.lag_seconds; }
        var tr = el('tr', p.lag > 0 ? 'behind' : null);
        [rep.group, shortTopic(p.topic), p.partition, p.committed === null ? '–' : fmtInt(p.committed),
          fmtInt(p.end), fmtInt(p.lag), p.lag_seconds === null ? '?' : p.lag_seconds.toFixed(1)]
          .forEach(function (v) { tr.appendChild(el('td', null, v)); });
        rows.appendChild(tr);
      });
    });
    $('lag-records').textContent = (lag.reports || []).length ? fmtInt(total) : '–';
    $('lag-seconds').textContent = (lag.reports || []).length ? maxSec.toFixed(1) : '–';
    $('lag-tile').classList.toggle('slow', maxSec >= 30);
    drawChart(lag.series || []);
  }

  function drawChart(series) {
    var box = $('lag-chart');
    var legend = $('lag-legend');
    var width = Math.max(320, box.clientWidth || 600), height = 220;
    var m = { l: 48, r: 10, t: 10, b: 24 };
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('preserveAspectRatio', 'none');
    var idx = lagMode === 'records' ? 1 : 2;

    var tMin = Infinity, tMax = -Infinity, vMax = 0, points = 0;
    series.forEach(function (s) {
      s.points.forEach(function (p) {
        tMin = Math.min(tMin, p[0]); tMax = Math.max(tMax, p[0]);
        if (p[idx] !== null) { vMax = Math.max(vMax, p[idx]); }
        points++;
      });
    });
    box.setAttribute('data-series', String(series.length));
    box.setAttribute('data-points', String(points));
    box.textContent = '';
    legend.textContent = '';
    if (points === 0) {
      var t = document.createElementNS(SVG, 'text');
      t.setAttribute('x', width / 2); t.setAttribute('y', height / 2);
      t.setAttribute('text-anchor', 'middle'); t.setAttribute('class', 'nodata');
      t.textContent = 'waiting for the first lag measurement…';
      svg.appendChild(t);
      box.appendChild(svg);
      return;
    }
    if (tMax === tMin) { tMin = tMax - 60000; }
    vMax = niceMax(vMax);
    var w = width - m.l - m.r, h = height - m.t - m.b;
    function x(t) { return m.l + (t - tMin) / (tMax - tMin) * w; }
    function y(v) { return m.t + h - v / vMax * h; }

    for (var i = 0; i <= 4; i++) {
      var v = vMax * i / 4, yy = y(v);
      line(svg, m.l, yy, m.l + w, yy, i === 0 ? 'axis' : 'grid');
      text(svg, m.l - 6, yy + 3, fmtNum(v), 'end');
    }
    line(svg, m.l, m.t, m.l, m.t + h, 'axis');
    for (var j = 0; j <= 3; j++) {
      var tt = tMin + (tMax - tMin) * j / 3;
      text(svg, x(tt), height - 6, fmtTime(tt), j === 0 ? 'start' : (j === 3 ? 'end' : 'middle'));
    }
    text(svg, m.l + 4, m.t + 10, lagMode === 'records' ? 'records waiting' : 'seconds behind', 'start');

    series.forEach(function (s, k) {
      var color = COLORS[k % COLORS.length];
      var pts = s.points.filter(function (p) { return p[idx] !== null; })
        .map(function (p) { return x(p[0]).toFixed(1) + ',' + y(p[idx]).toFixed(1); });
      if (pts.length === 0) { return; }
      var pl = document.createElementNS(SVG, 'polyline');
      pl.setAttribute('points', pts.join(' '));
      pl.setAttribute('fill', 'none');
      pl.setAttribute('stroke', color);
      pl.setAttribute('stroke-width', '1.6');
      pl.setAttribute('class', 'series');
      var title = document.createElementNS(SVG, 'title');
      var lastP = s.points[s.points.length - 1];
      title.textContent = s.group + ' · ' + s.topic + ' p' + s.partition + ': ' + lastP[1] + ' records, '
        + (lastP[2] === null ? '?' : lastP[2].toFixed(1)) + ' s';
      pl.appendChild(title);
      svg.appendChild(pl);
      var item = el('span');
      var sw = el('i');
      sw.style.background = color;
      item.appendChild(sw);
      item.appendChild(document.createTextNode(shortTopic(s.topic) + ' p' + s.partition));
      legend.appendChild(item);
    });
    box.appendChild(svg);
  }

  function niceMax(v) {
    if (v <= 0) { return lagMode === 'records' ? 4 : 1; }
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var f = v / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
  }

  function fmtNum(v) { return v >= 1000 ? Math.round(v).toLocaleString('en-US') : (Math.round(v * 10) / 10).toString(); }

  function line(svg, x1, y1, x2, y2, cls) {
    var l = document.createElementNS(SVG, 'line');
    l.setAttribute('x1', x1); l.setAttribute('y1', y1); l.setAttribute('x2', x2); l.setAttribute('y2', y2);
    l.setAttribute('class', cls);
    svg.appendChild(l);
  }

  function text(svg, x, y, s, anchor) {
    var t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', x); t.setAttribute('y', y); t.setAttribute('text-anchor', anchor);
    t.textContent = s;
    svg.appendChild(t);
  }

  function setMode(mode) {
    lagMode = mode;
    $('lag-mode-records').classList.toggle('on', mode === 'records');
    $('lag-mode-seconds').classList.toggle('on', mode === 'seconds');
    drawLag();
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('lag-mode-records').addEventListener('click', function () { setMode('records'); });
    $('lag-mode-seconds').addEventListener('click', function () { setMode('seconds'); });
    window.addEventListener('resize', drawLag);
    loadAlerts();
    connectStream();
    pollStats();
    setInterval(pollStats, STATS_EVERY_MS);
    pollLag();
  });
}());
