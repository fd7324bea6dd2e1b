/**
 * The script that runs in the report page: draws the charts from the embedded JSON with the
 * inlined Chart.js. Animation is off so that a screenshot taken at load shows the final bars;
 * `window.__chartsRendered` tells the e2e test how many charts were drawn.
 */
export const CHART_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var palette = ['#1f5fa8', '#e07b00', '#2e8b57', '#8e44ad', '#c0392b'];
  var rendered = 0;
  function bars(id, labels, series, options) {
    var canvas = document.getElementById(id);
    if (!canvas || labels.length === 0) return;
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: series.map(function (s, i) { return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length] }; })
      },
      options: Object.assign({ animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } } }, options || {})
    });
    rendered += 1;
  }
  var percentAxis = { scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } } } };
  bars('chart-by-tag', data.byTag.labels, data.byTag.series, percentAxis);
  bars('chart-latency', data.latency.labels, [{ label: data.latencyLabel, data: data.latency.counts }],
    { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } });
  bars('chart-peers', data.peers.labels, data.peers.series, percentAxis);
  window.__chartsRendered = rendered;
})();
`;
