// The floor of the pan and zoom figures: a page that draws one rectangle per input, at the next animation frame.
// Whatever it measures is the harness and the browser (event delivery, frame pacing), not drawing: no renderer
// can show a lower figure on this machine.
const container = document.getElementById('graph')!;
const canvas = document.getElementById('surface') as HTMLCanvasElement;
canvas.width = container.clientWidth;
canvas.height = container.clientHeight;
const ctx = canvas.getContext('2d')!;
let offset = 0;
let pending = false;

function redraw(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.fillRect(offset % (canvas.width - 40), 20, 40, 40);
  });
}

canvas.addEventListener(
  'wheel',
  (event) => {
    event.preventDefault();
    offset += 10;
    redraw();
  },
  { passive: false },
);
canvas.addEventListener('mousemove', (event) => {
  if (event.buttons === 0) return;
  offset += 5;
  redraw();
});
