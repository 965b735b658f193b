// Sleep questionnaires: ISI and PSQI history charts with their category bands.
// Data comes from the JSON endpoint named by data-chart-url (CSP: no inline script).
(function () {
  'use strict';

  var BAND_COLOURS = {
    NO_CLINICALLY_SIGNIFICANT_INSOMNIA: 'rgba(46, 125, 50, 0.12)',
    SUBTHRESHOLD_INSOMNIA: 'rgba(249, 168, 37, 0.14)',
    CLINICAL_INSOMNIA_MODERATE: 'rgba(239, 108, 0, 0.14)',
    CLINICAL_INSOMNIA_SEVERE: 'rgba(198, 40, 40, 0.14)',
    GOOD_SLEEPER: 'rgba(46, 125, 50, 0.12)',
    POOR_SLEEPER: 'rgba(198, 40, 40, 0.12)'
  };

  // Shades each band [from − 0.5, to + 0.5] behind the line and writes its label.
  var bandsPlugin = {
    id: 'driftBands',
    beforeDatasetsDraw: function (chart, args, options) {
      var area = chart.chartArea;
      var y = chart.scales.y;
      var ctx = chart.ctx;
      ctx.save();
      (options.bands || []).forEach(function (band) {
        var top = y.getPixelForValue(Math.min(band.to + 0.5, y.max));
        var bottom = y.getPixelForValue(Math.max(band.from - 0.5, y.min));
        ctx.fillStyle = BAND_COLOURS[band.category] || 'rgba(0,0,0,0.05)';
        ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
        ctx.fillStyle = '#444';
        ctx.font = '11px sans-serif';
        ctx.textBaseline = 'top';
        ctx.fillText(options.labels[band.category] || band.category, area.left + 4, top + 2);
      });
      ctx.restore();
    }
  };

  function labels(box) {
    var result = {};
    box.querySelectorAll('.q-band-labels [data-category]').forEach(function (item) {
      result[item.getAttribute('data-category')] = item.textContent;
    });
    return result;
  }

  function draw(canvas, points, bands, max, names, title) {
    // eslint-disable-next-line no-undef
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map(function (p) { return p.date; }),
        datasets: [{
          label: title,
          data: points.map(function (p) { return p.score; }),
          borderColor: '#3949ab',
          backgroundColor: '#3949ab',
          tension: 0.2
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { min: 0, max: max, ticks: { stepSize: max > 21 ? 4 : 3 } } },
        plugins: { legend: { display: false }, driftBands: { bands: bands, labels: names } }
      },
      plugins: [bandsPlugin]
    });
  }

  function init(box) {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    var names = labels(box);
    fetch(box.getAttribute('data-chart-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) {
          return;
        }
        var isi = box.querySelector('canvas[data-instrument="isi"]');
        var psqi = box.querySelector('canvas[data-instrument="psqi"]');
        if (isi) { draw(isi, data.isi, data.isiBands, 28, names, names.ISI); }
        if (psqi) { draw(psqi, data.psqi, data.psqiBands, 21, names, names.PSQI); }
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.q-charts[data-chart-url]').forEach(init);
  });
})();
