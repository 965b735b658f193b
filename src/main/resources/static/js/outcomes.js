// Progress page: weekly means from the page's JSON endpoint (data-src on the canvas), with
// the number of attended sessions each week as bars; the print button prints the report.
document.addEventListener('DOMContentLoaded', function () {
  var print = document.getElementById('print-report');
  if (print) {
    print.addEventListener('click', function () { window.print(); });
  }
  var canvas = document.getElementById('outcomes-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var d = canvas.dataset;
  fetch(d.src, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data || !data.weeks) {
        return;
      }
      var weeks = data.weeks.slice().reverse();
      function mean(name) {
        return weeks.map(function (w) { return w.window.enoughData ? w.window.summary[name] : null; });
      }
      var sessions = weeks.map(function (w) {
        return data.sessions.filter(function (s) { return s.date >= w.window.from && s.date <= w.window.to; }).length;
      });
      new Chart(canvas, {
        data: {
          labels: weeks.map(function (w) { return w.window.to; }),
          datasets: [
            { type: 'bar', label: d.labelSessions, data: sessions, yAxisID: 'count', backgroundColor: 'rgba(59,58,143,0.25)' },
            { type: 'line', label: d.labelSol, data: mean('meanSolMinutes'), yAxisID: 'minutes', borderColor: '#b35c00', backgroundColor: '#b35c00' },
            { type: 'line', label: d.labelWaso, data: mean('meanWasoMinutes'), yAxisID: 'minutes', borderColor: '#a01c2c', backgroundColor: '#a01c2c' },
            { type: 'line', label: d.labelTst, data: mean('meanTstMinutes'), yAxisID: 'minutes', borderColor: '#1f4f8f', backgroundColor: '#1f4f8f' },
            { type: 'line', label: d.labelSe, data: mean('meanNightlySePercent'), yAxisID: 'minutes', borderColor: '#1f6b43', backgroundColor: '#1f6b43', borderDash: [6, 3] }
          ]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          spanGaps: true,
          interaction: { mode: 'index', intersect: false },
          scales: {
            minutes: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: d.labelMinutes } },
            count: { type: 'linear', position: 'right', beginAtZero: true, ticks: { precision: 0 }, grid: { drawOnChartArea: false }, title: { display: true, text: d.labelSessions } }
          }
        }
      });
    });
});
