// How far one turn of the wheel zooms, the same in both renderers: about 13% a notch, whether the wheel reports
// lines (a mouse in some browsers) or pixels (touchpads, most mice).
export function wheelZoomFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
  const delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
  return Math.pow(2, -delta / 500);
}
