// The note page's body map: tapping an area ticks it in the list below (and so saves the
// draft); avoided areas are hatched and cannot be chosen. Without script the list works alone.
(function () {
  function paint(area, chosen) {
    document.querySelectorAll('.note-map [data-area="' + area + '"]').forEach(function (path) {
      path.classList.toggle('bm-chosen', chosen);
    });
  }
  document.addEventListener('click', function (event) {
    var path = event.target.closest ? event.target.closest('.note-map [data-area]') : null;
    if (!path || path.getAttribute('aria-disabled') === 'true') {
      return;
    }
    var box = document.getElementById('area-' + path.getAttribute('data-area'));
    if (!box || box.disabled) {
      return;
    }
    box.checked = !box.checked;
    paint(box.value, box.checked);
    box.dispatchEvent(new Event('change', { bubbles: true }));
  });
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box && box.name === 'areas') {
      paint(box.value, box.checked);
    }
  });
})();
