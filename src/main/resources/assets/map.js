// notegraph's literature map: draws the subgraph of /map.json with ECharts (served from notegraph's
// own /assets, as this file is; the page's Content-Security-Policy allows no other script). Filters
// hide edges by relation, note, tag and confidence and nodes by kind; a node left with no edge is
// hidden too. Clicking an edge shows its evidence. Everything from the notes is set as text, never
// as markup. Test hook: #map carries data-ready, data-node-count and data-edge-count, and
// window.notegraphMap exposes the chart, the data and the click handler.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || typeof echarts === 'undefined') return;
  var status = document.getElementById('map-status');
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  var data = null;
  var byId = {};
  var shown = { nodes: [], edges: [] };

  function text(id, s) { document.getElementById(id).textContent = s == null ? '' : String(s); }
  function escapeHtml(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  // a pale fill of a kind's colour, for ghosts
  function pale(hex) {
    var v = parseInt(hex.slice(1), 16);
    return 'rgba(' + ((v >> 16) & 255) + ',' + ((v >> 8) & 255) + ',' + (v & 255) + ',0.25)';
  }
  function shorten(s, n) { s = String(s || ''); return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }
  function checked(fieldsetId) {
    var out = {};
    document.querySelectorAll('#' + fieldsetId + ' input[type=checkbox]').forEach(function (c) { if (c.checked) out[c.value] = true; });
    return out;
  }

  function checkbox(fieldsetId, kind) {
    var label = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = kind.name;
    box.name = fieldsetId + '-' + kind.name;
    box.addEventListener('change', render);
    var swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = kind.colour;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(kind.label));
    document.getElementById(fieldsetId).appendChild(label);
    document.getElementById(fieldsetId).appendChild(document.createElement('br'));
  }

  function options(selectId, values) {
    var select = document.getElementById(selectId);
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v;
      o.textContent = v;
      select.appendChild(o);
    });
    select.addEventListener('change', render);
  }

  function visible() {
    var rels = checked('filter-relations');
    var kinds = checked('filter-kinds');
    var note = document.getElementById('filter-note').value;
    var tag = document.getElementById('filter-tag').value;
    var min = parseFloat(document.getElementById('filter-confidence').value);
    var ghosts = document.getElementById('filter-ghosts').checked;
    function nodeOk(n) { return n && kinds[n.kind] && (ghosts || !n.ghost); }
    var edges = data.edges.filter(function (e) {
      return rels[e.relation] && (!note || e.path === note)
        && (!tag || e.tags.some(function (t) { return t === tag || t.indexOf(tag + '/') === 0; }))
        && (e.confidence === null || e.confidence >= min)
        && nodeOk(byId[e.source]) && nodeOk(byId[e.target]);
    });
    var touched = {};
    edges.forEach(function (e) { touched[e.source] = true; touched[e.target] = true; });
    var degree = {};
    data.edges.forEach(function (e) { degree[e.source] = (degree[e.source] || 0) + 1; degree[e.target] = (degree[e.target] || 0) + 1; });
    var nodes = data.nodes.filter(function (n) {
      return nodeOk(n) && (n.id === data.focus || touched[n.id] || !degree[n.id]);
    });
    return { nodes: nodes, edges: edges };
  }

  function render() {
    shown = visible();
    document.getElementById('confidence-value').textContent = document.getElementById('filter-confidence').value;
    var n = shown.nodes.length;
    var positions = {};
    shown.nodes.forEach(function (node, i) {
      // a fixed start on a circle (the focus in the middle), so the same map is drawn the same way
      var a = 2 * Math.PI * i / Math.max(1, n);
      positions[node.id] = node.id === data.focus ? [0, 0] : [300 * Math.cos(a), 300 * Math.sin(a)];
    });
    chart.setOption({
      animation: false,
      tooltip: {
        confine: true,
        formatter: function (p) {
          if (p.dataType === 'edge') {
            var e = p.data.edge;
            return escapeHtml(e.label) + ' \u00b7 ' + escapeHtml(e.where) + '<br>' + escapeHtml(shorten(e.quote, 200));
          }
          var node = p.data.node;
          return escapeHtml(node.label) + '<br>' + escapeHtml(node.kind) + (node.ghost ? ' (ghost: cited, never noted)' : '');
        }
      },
      series: [{
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        autoCurveness: true,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 7,
        force: { repulsion: 260, edgeLength: [60, 140], gravity: 0.08, friction: 0.2, layoutAnimation: false },
        emphasis: { focus: 'adjacency' },
        label: { show: true, position: 'right', fontSize: 11, formatter: function (p) { return shorten(p.data.node.label, 32); } },
        edgeLabel: { show: true, fontSize: 9, formatter: function (p) { return p.data.edge.label; } },
        data: shown.nodes.map(function (node) {
          var focus = node.id === data.focus;
          return {
            id: node.id,
            name: node.label,
            x: positions[node.id][0],
            y: positions[node.id][1],
            node: node,
            symbolSize: focus ? 28 : node.kind === 'note' ? 18 : node.kind === 'paper' ? 16 : 13,
            itemStyle: node.ghost
              ? { color: pale(node.colour), borderColor: node.colour, borderType: 'dashed', borderWidth: 2 }
              : { color: node.colour, borderColor: focus ? '#222' : '#fff', borderWidth: focus ? 3 : 1 },
            label: node.ghost ? { color: '#555', fontStyle: 'italic' } : {}
          };
        }),
        links: shown.edges.map(function (e) {
          return { source: e.source, target: e.target, edge: e, lineStyle: { color: e.colour, width: 1.6, opacity: 0.85 },
                   label: { color: e.colour } };
        })
      }]
    }, true);
    el.setAttribute('data-node-count', String(shown.nodes.length));
    el.setAttribute('data-edge-count', String(shown.edges.length));
    text('map-status', shown.nodes.length + ' nodes, ' + shown.edges.length + ' edges shown (of '
      + data.nodes.length + ', ' + data.edges.length + ')' + (data.truncated ? '; only the nearest nodes were drawn' : ''));
  }

  function showEvidence(edge) {
    var s = byId[edge.source], t = byId[edge.target];
    text('evidence-what', (s ? s.label : edge.source) + ' \u2014 ' + edge.label + ' \u2192 ' + (t ? t.label : edge.target));
    text('evidence-quote', edge.quote || '(no quote)');
    var note = document.getElementById('evidence-note');
    note.textContent = edge.where;
    if (edge.noteHref) note.setAttribute('href', edge.noteHref);
    var statement = document.getElementById('evidence-statement');
    if (edge.statementHref) statement.setAttribute('href', edge.statementHref);
    text('evidence-detail', (edge.confidence !== null ? ' \u00b7 confidence ' + edge.confidence : '') + (edge.rule ? ' \u00b7 rule ' + edge.rule : ''));
    document.getElementById('evidence').hidden = false;
    el.setAttribute('data-evidence', edge.id);
  }

  chart.on('click', function (p) {
    if (p.dataType === 'edge' && p.data && p.data.edge) showEvidence(p.data.edge);
  });
  // a double click on a node centres the map on it
  chart.on('dblclick', function (p) {
    if (p.dataType === 'node' && p.data && p.data.node && p.data.node.kind !== 'unresolved') {
      window.location.href = '/map?focus=' + encodeURIComponent(p.data.node.id) + '&depth=' + encodeURIComponent(data.depth || 2);
    }
  });
  window.addEventListener('resize', function () { chart.resize(); });

  window.notegraphMap = {
    chart: chart,
    data: function () { return data; },
    shown: function () { return shown; },
    showEvidence: function (id) {
      var e = shown.edges.filter(function (x) { return x.id === id; })[0];
      if (e) showEvidence(e);
      return !!e;
    },
    // where an edge's middle is drawn, in page pixels relative to #map (for a real click)
    edgeMiddle: function (id) {
      var graph = chart.getModel().getSeriesByIndex(0).getGraph();
      for (var i = 0; i < graph.edges.length; i++) {
        var edge = graph.edges[i];
        if (edge.getModel().option.edge.id !== id) continue;
        var a = chart.convertToPixel({ seriesIndex: 0 }, edge.node1.getLayout());
        var b = chart.convertToPixel({ seriesIndex: 0 }, edge.node2.getLayout());
        return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      }
      return null;
    }
  };

  fetch(el.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) throw new Error('the map data answered ' + r.status); return r.json(); })
    .then(function (json) {
      data = json;
      data.nodes.forEach(function (n) { byId[n.id] = n; });
      data.relations.forEach(function (k) { checkbox('filter-relations', k); });
      data.kinds.forEach(function (k) { checkbox('filter-kinds', k); });
      options('filter-note', data.notes);
      options('filter-tag', data.tags);
      document.getElementById('filter-confidence').addEventListener('input', render);
      document.getElementById('filter-ghosts').addEventListener('change', render);
      render();
      el.setAttribute('data-ready', 'true');
    })
    .catch(function (e) {
      text('map-status', 'The map could not be drawn: ' + e.message);
      el.setAttribute('data-ready', 'error');
    });
})();
