// Intake form: shows and hides questions as answers change (the same enableWhen rules the
// server applies), and keeps "None of these" exclusive. Without this script the server
// decides on every step save, so the form works without it.
(function () {
  'use strict';
  var form = document.querySelector('[data-intake-form]');
  if (!form) {
    return;
  }

  function value(name) {
    var wrapper = form.querySelector('[data-question="' + name + '"]');
    if (!wrapper) {
      return undefined; // answered on another step: leave the server's decision
    }
    if (wrapper.hidden) {
      return null;
    }
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    var out = null;
    inputs.forEach(function (input) {
      if ((input.type === 'radio' || input.type === 'checkbox')) {
        if (input.checked) {
          out = input.value;
        }
      } else if (input.value.trim() !== '') {
        out = input.value.trim();
      }
    });
    if (out === 'true') { return true; }
    if (out === 'false') { return false; }
    if (out !== null && /^[+-]?\d+([.,]\d+)?$/.test(out)) { return parseFloat(out.replace(',', '.')); }
    return out;
  }

  function holds(condition) {
    var v = value(condition.question);
    if (v === undefined) { return undefined; }
    if (v === null) { return false; }
    switch (condition.operator) {
      case '=': return v === condition.answer;
      case '!=': return v !== condition.answer;
      case '>=': return typeof v === 'number' && v >= condition.answer;
      case '<=': return typeof v === 'number' && v <= condition.answer;
      case 'in': return condition.answer.indexOf(v) >= 0;
      default: return false;
    }
  }

  function update() {
    form.querySelectorAll('[data-enable-when]').forEach(function (wrapper) {
      var rule = JSON.parse(wrapper.getAttribute('data-enable-when'));
      var results = rule.conditions.map(holds);
      if (results.indexOf(undefined) >= 0) { return; }
      var on = rule.any ? results.indexOf(true) >= 0 : results.indexOf(false) < 0;
      wrapper.hidden = !on;
    });
  }

  form.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type === 'checkbox' && input.checked) {
      var group = form.querySelectorAll('[name="' + input.name + '"]');
      group.forEach(function (other) {
        if (other !== input && (input.hasAttribute('data-none') || other.hasAttribute('data-none'))) {
          other.checked = false;
        }
      });
    }
    update();
  });
  form.addEventListener('input', update);
}());

// Body-area pickers: tapping an area on the figure ticks its box (the boxes stay the
// accessible control; the figure is a shortcut and hidden from assistive technology).
(function () {
  'use strict';
  document.querySelectorAll('[data-area-picker]').forEach(function (picker) {
    var name = picker.getAttribute('data-area-picker');
    var field = picker.parentNode;
    function box(area) {
      return field.querySelector('input[name="' + name + '"][value="' + area + '"]');
    }
    function paint() {
      picker.querySelectorAll('[data-area]').forEach(function (shape) {
        var input = box(shape.getAttribute('data-area'));
        shape.classList.toggle('bm-chosen', !!(input && input.checked));
      });
    }
    picker.hidden = false;
    picker.addEventListener('click', function (event) {
      var area = event.target.getAttribute && event.target.getAttribute('data-area');
      var input = area && box(area);
      if (input) {
        input.checked = !input.checked;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    field.addEventListener('change', paint);
    paint();
  });
}());
