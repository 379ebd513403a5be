// Injected before any page script by the benchmark (page.addInitScript). It counts only frames that really drew:
// a requestAnimationFrame callback during which a 2D canvas or WebGL draw call ran (clearing alone does not count:
// renderers clear idle layers on frames that draw nothing). Each such frame records when
// its callback started and ended, and when the next animation frame came (the frame was then presented).
// Also records input event times, long tasks, and offers waits the harness calls through page.evaluate.
(() => {
  const frames = [];
  const inputs = { click: [], mousemove: [], wheel: [], mousedown: [] };
  const longtasks = [];
  let draws = 0;
  let inCallback = false;
  let pendingSync = null;
  // A draw outside any animation frame callback (a renderer drawing synchronously, e.g. in its constructor):
  // one frame per such burst, from its first draw call until the next animation frame.
  function syncDraw() {
    if (pendingSync) return;
    const now = performance.now();
    pendingSync = { start: now, end: now, presented: null };
    frames.push(pendingSync);
    raf(() => {
      pendingSync.end = pendingSync.presented = performance.now();
      pendingSync = null;
    });
  }

  const count = (proto, names) => {
    if (!proto) return;
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        draws++;
        if (!inCallback) syncDraw();
        return original.apply(this, args);
      };
    }
  };
  count(window.CanvasRenderingContext2D && CanvasRenderingContext2D.prototype, [
    'fill',
    'stroke',
    'fillText',
    'fillRect',
    'drawImage',
    // A drawing written as pixels (the app's specks.ts for a huge graph seen whole) is a draw too.
    'putImageData',
  ]);
  for (const gl of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    count(gl && gl.prototype, ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']);
  }

  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((timestamp) => {
      const before = draws;
      const start = performance.now();
      inCallback = true;
      try {
        callback(timestamp);
      } finally {
        inCallback = false;
        if (draws !== before) {
          const frame = { start, end: performance.now(), presented: null };
          frames.push(frame);
          if (frames.length > 20000) frames.splice(0, 10000);
          raf(() => {
            frame.presented = performance.now();
          });
        }
      }
    });

  for (const type of Object.keys(inputs)) {
    window.addEventListener(type, (event) => inputs[type].push(event.timeStamp), { capture: true, passive: true });
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the figure is reported as missing.
  }

  // PNG exports end when the image is handed to URL.createObjectURL (the app downloads it through a link; the
  // reference pages do the same), so every page's export is timed in the page, from the click to the same point.
  const pngs = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    if (object instanceof Blob && object.type === 'image/png') {
      const png = { time: performance.now(), bytes: object.size, width: null, height: null };
      pngs.push(png);
      // IHDR: width and height are big-endian 32-bit integers at bytes 16 and 20 of the file.
      void object
        .slice(16, 24)
        .arrayBuffer()
        .then((header) => {
          const view = new DataView(header);
          png.width = view.getUint32(0);
          png.height = view.getUint32(4);
        });
    }
    return createObjectURL(object);
  };

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  async function until(test, timeoutMs) {
    const limit = performance.now() + timeoutMs;
    for (;;) {
      const value = test();
      if (value) return value;
      if (performance.now() > limit) return null;
      await sleep(5);
    }
  }
  const markAfter = (name, since) =>
    performance.getEntriesByName(name, 'mark').find((m) => m.startTime >= since) || null;
  const frameAfter = (since) => {
    const frame = frames.find((f) => f.start >= since);
    return frame && frame.presented !== null ? frame : null;
  };

  window.__bench = {
    frames,
    longtasks,
    inputCount: (type) => inputs[type].length,
    /** The time of the index-th input of a type, once it has arrived. */
    input: (type, index, timeoutMs) => until(() => inputs[type][index], timeoutMs),
    mark: (name, since, timeoutMs) =>
      until(() => markAfter(name, since), timeoutMs).then((m) => (m ? { time: m.startTime, detail: m.detail } : null)),
    /** The first drawn frame that started at or after `since`, once presented. */
    frame: (since, timeoutMs) => until(() => frameAfter(since), timeoutMs).then((f) => (f ? { ...f } : null)),
    drawnFramesBetween: (from, to) => frames.filter((f) => f.start >= from && f.start <= to).length,
    longestTask: (from, to) =>
      longtasks
        .filter((t) => t.start + t.duration >= from && t.start <= to)
        .reduce((max, t) => Math.max(max, t.duration), 0),
    /** The first PNG handed to URL.createObjectURL at or after `since`, once its size is read. */
    png: (since, timeoutMs) => until(() => pngs.find((p) => p.time >= since && p.width !== null), timeoutMs),
    now: () => performance.now(),
  };
})();
