// The self-care routine player (issue 14): one step at a time with a countdown, pause /
// back / next, a soft chime at each step's end (can be muted), the screen kept awake
// while it runs (Screen Wake Lock API where the browser has it), and the stop rules one
// tap away. No server round trips during the routine: the steps are in the page. Where
// it stands is kept in localStorage, so a reload or a phone call resumes at the step it
// left. data-speed > 1 runs the clock faster (browser tests).
(function () {
  'use strict';
  var player = document.getElementById('player');
  if (!player) {
    return;
  }
  var steps = Array.prototype.slice.call(player.querySelectorAll('.player-step'));
  var finalIndex = steps.length - 1;
  var speed = Math.max(1, Number(player.getAttribute('data-speed')) || 1);
  var key = player.getAttribute('data-key') || 'drift.routine';
  var muteKey = 'drift.routine.muted';
  var countdown = player.querySelector('.countdown');
  var progress = player.querySelector('.player-progress');
  var toggle = player.querySelector('[data-action=toggle]');
  var muteButton = player.querySelector('[data-action=mute]');
  var form = document.getElementById('log-form');
  var state = { index: 0, remaining: seconds(0) * 1000, done: 0, completed: true };
  var running = false;
  var last = 0;
  var saved = 0;
  var timer = null;
  var wakeLock = null;
  var audio = null;
  var muted = read(muteKey) === 'true';

  player.classList.add('js-player');

  function seconds(i) {
    return Number(steps[i].getAttribute('data-seconds')) || 0;
  }

  function read(name) {
    try {
      return window.localStorage.getItem(name);
    } catch (e) {
      return null;
    }
  }

  function write(name, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(name);
      } else {
        window.localStorage.setItem(name, value);
      }
    } catch (e) {
      // private mode: the routine still runs, it just cannot resume
    }
  }

  function save() {
    write(key, JSON.stringify({ index: state.index, remaining: state.remaining, done: state.done,
      completed: state.completed, at: Date.now() }));
  }

  function format(ms) {
    var total = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(total / 60);
    var s = total % 60;
    return (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  function show(index) {
    state.index = Math.max(0, Math.min(index, finalIndex));
    steps.forEach(function (step, i) {
      step.hidden = i !== state.index;
      step.classList.toggle('current', i === state.index);
    });
    var atEnd = state.index === finalIndex;
    player.classList.toggle('at-end', atEnd);
    progress.textContent = atEnd ? '' : (player.getAttribute('data-step-label') || '')
      .replace('{n}', String(state.index + 1)).replace('{total}', String(finalIndex));
    countdown.textContent = atEnd ? '' : format(state.remaining);
    var heading = steps[state.index].querySelector('h2');
    if (heading && document.activeElement !== toggle) {
      heading.focus({ preventScroll: false });
    }
  }

  function go(index) {
    var target = Math.max(0, Math.min(index, finalIndex));
    state.remaining = seconds(target) * 1000;
    show(target);
    if (target === finalIndex) {
      finish();
    }
    save();
  }

  function tick() {
    var now = Date.now();
    var elapsed = (now - last) * speed;
    last = now;
    if (!running) {
      return;
    }
    var used = Math.min(elapsed, state.remaining);
    state.remaining -= elapsed;
    state.done += used;
    if (state.remaining <= 0) {
      chime();
      go(state.index + 1);
      return;
    }
    countdown.textContent = format(state.remaining);
    if (now - saved > 1000) {
      saved = now;
      save();
    }
  }

  function start() {
    if (state.index === finalIndex) {
      return;
    }
    running = true;
    last = Date.now();
    toggle.textContent = player.getAttribute('data-pause');
    player.classList.add('running');
    if (!timer) {
      timer = window.setInterval(tick, 200);
    }
    keepAwake();
  }

  function pause() {
    running = false;
    toggle.textContent = player.getAttribute('data-resume');
    player.classList.remove('running');
    save();
    letSleep();
  }

  function finish() {
    running = false;
    player.classList.remove('running');
    toggle.disabled = true;
    if (form) {
      form.elements.completed.value = state.completed ? 'true' : 'false';
      form.elements.seconds.value = String(Math.max(1, Math.round(state.done / 1000)));
    }
    letSleep();
  }

  function stopNow() {
    state.completed = false;
    go(finalIndex);
  }

  function keepAwake() {
    if (!('wakeLock' in navigator) || wakeLock) {
      return;
    }
    navigator.wakeLock.request('screen').then(function (lock) {
      wakeLock = lock;
      lock.addEventListener('release', function () {
        wakeLock = null;
      });
    }).catch(function () {
      wakeLock = null;
    });
  }

  function letSleep() {
    if (wakeLock) {
      wakeLock.release().catch(function () {});
      wakeLock = null;
    }
  }

  function chime() {
    if (muted) {
      return;
    }
    try {
      var Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) {
        return;
      }
      audio = audio || new Context();
      var now = audio.currentTime;
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.type = 'sine';
      tone.frequency.value = 528;
      gain.gain.setValueAtTime(0.0001, now);
      gain.gain.exponentialRampToValueAtTime(0.12, now + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + 1.2);
      tone.connect(gain).connect(audio.destination);
      tone.start(now);
      tone.stop(now + 1.25);
    } catch (e) {
      // no sound available: the step still changes on screen
    }
  }

  function showMute() {
    muteButton.textContent = player.getAttribute(muted ? 'data-unmute' : 'data-mute');
    muteButton.setAttribute('aria-pressed', muted ? 'true' : 'false');
  }

  player.addEventListener('click', function (event) {
    var button = event.target.closest('[data-action]');
    if (!button) {
      return;
    }
    var action = button.getAttribute('data-action');
    if (action === 'toggle') {
      if (running) {
        pause();
      } else {
        start();
      }
    } else if (action === 'next') {
      go(state.index + 1);
    } else if (action === 'back') {
      go(state.index - 1);
    } else if (action === 'mute') {
      muted = !muted;
      write(muteKey, muted ? 'true' : 'false');
      showMute();
    } else if (action === 'stop') {
      stopNow();
    }
  });

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && running) {
      keepAwake();
    }
  });

  if (form) {
    form.addEventListener('submit', function () {
      write(key, null);
    });
  }

  showMute();
  var resumed = null;
  try {
    resumed = JSON.parse(read(key) || 'null');
  } catch (e) {
    resumed = null;
  }
  if (resumed && resumed.index >= 0 && resumed.index < finalIndex && resumed.done > 0
      && Date.now() - resumed.at < 6 * 3600 * 1000) {
    state.index = resumed.index;
    state.remaining = resumed.remaining;
    state.done = resumed.done;
    state.completed = resumed.completed !== false;
    show(state.index);
    pause();
    player.querySelector('.player-resumed').hidden = false;
  } else if (resumed && resumed.index === finalIndex) {
    state = { index: finalIndex, remaining: 0, done: resumed.done, completed: resumed.completed !== false };
    show(finalIndex);
    finish();
  } else {
    show(0);
    toggle.textContent = player.getAttribute('data-start');
    if (player.getAttribute('data-autostart') === 'true') {
      start();
    }
  }
}());
