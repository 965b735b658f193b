// Drift's own script (no inline scripts: the Content-Security-Policy blocks them): asks before
// destructive actions (forms with data-confirm) and narrows the time-zone lists as the user types.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// A search box (input[data-filters=<select id>]) narrows its select's options to those whose
// name or id contains what was typed; a region with no match is hidden; the chosen zone stays.
document.querySelectorAll('input[data-filters]').forEach(function (search) {
  var select = document.getElementById(search.getAttribute('data-filters'));
  if (!select) {
    return;
  }
  search.closest('label').hidden = false;
  search.addEventListener('input', function () {
    var words = search.value.trim().toLowerCase().replace(/_/g, ' ');
    select.querySelectorAll('optgroup').forEach(function (group) {
      var shown = 0;
      group.querySelectorAll('option').forEach(function (option) {
        var text = (option.value + ' ' + option.textContent).toLowerCase().replace(/_/g, ' ');
        option.hidden = words !== '' && text.indexOf(words) < 0 && !option.selected;
        if (!option.hidden) {
          shown++;
        }
      });
      group.hidden = shown === 0;
    });
    var first = select.querySelector('option:not([hidden])');
    if (words !== '' && first && select.selectedOptions[0] && select.selectedOptions[0].hidden) {
      first.selected = true;
    }
  });
});
