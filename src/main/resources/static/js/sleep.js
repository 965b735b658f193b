// Sleep page chart: the last 14 nights from the page's JSON endpoint (data-src on the canvas).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('sleep-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var d = canvas.dataset;
  fetch(d.src, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data) {
        return;
      }
      new Chart(canvas, {
        data: {
          labels: data.labels,
          datasets: [
            { type: 'bar', label: d.labelTst, data: data.tst, yAxisID: 'minutes', backgroundColor: 'rgba(59,58,143,0.35)' },
            { type: 'line', label: d.labelSol, data: data.sol, yAxisID: 'minutes', borderColor: '#b35c00', backgroundColor: '#b35c00' },
            { type: 'line', label: d.labelWaso, data: data.waso, yAxisID: 'minutes', borderColor: '#a01c2c', backgroundColor: '#a01c2c' },
            { type: 'line', label: d.labelSe, data: data.se, yAxisID: 'percent', borderColor: '#1f6b43', backgroundColor: '#1f6b43', borderDash: [6, 3] }
          ]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            minutes: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: d.labelMinutes } },
            percent: { type: 'linear', position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '%' } }
          }
        }
      });
    });
});
