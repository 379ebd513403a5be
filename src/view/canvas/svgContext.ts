// A stand-in for CanvasRenderingContext2D that writes SVG: drawScene draws into it exactly as on screen, so the
// SVG export of a big graph shows what the PNG shows. Only the calls drawScene makes are supported.
// Labels are written as escaped text nodes: nothing in a label can become markup.

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (value: number) => (Math.round(value * 100) / 100).toString();

export class SvgContext {
  fillStyle = '#000000';
  strokeStyle = '#000000';
  lineWidth = 1;
  globalAlpha = 1;
  font = '10px sans-serif';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  lineJoin: CanvasLineJoin = 'miter';
  /** A class for the text written next (the publication export marks node names with it); not a canvas property. */
  textClass: string | undefined = undefined;
  private dash: number[] = [];
  private path: string[] = [];
  private readonly parts: string[] = [];
  private readonly saved: (Pick<SvgContext, 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'globalAlpha' | 'font'> & {
    groups: number;
  })[] = [];
  /** Clipped groups open (clip() opens one, restore() closes those opened since the matching save()). */
  private groups = 0;
  private clips = 0;

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  save(): void {
    const { fillStyle, strokeStyle, lineWidth, globalAlpha, font } = this;
    this.saved.push({ fillStyle, strokeStyle, lineWidth, globalAlpha, font, groups: this.groups });
  }
  restore(): void {
    const state = this.saved.pop();
    if (!state) return;
    const { groups, ...style } = state;
    for (; this.groups > groups; this.groups--) this.parts.push('</g>');
    Object.assign(this, style);
  }
  /** Clips what follows to the current path, until the matching restore(). */
  clip(): void {
    const id = `clip${++this.clips}`;
    this.parts.push(`<clipPath id="${id}"><path d="${this.path.join('')}"/></clipPath><g clip-path="url(#${id})">`);
    this.groups++;
  }
  clearRect(): void {}
  setLineDash(segments: number[]): void {
    this.dash = segments.filter((d) => Number.isFinite(d) && d >= 0);
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    this.parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${escapeXml(this.fillStyle)}"${this.opacity()}/>`,
    );
  }
  beginPath(): void {
    this.path = [];
  }
  moveTo(x: number, y: number): void {
    this.path.push(`M${n(x)} ${n(y)}`);
  }
  lineTo(x: number, y: number): void {
    this.path.push(`L${n(x)} ${n(y)}`);
  }
  closePath(): void {
    this.path.push('Z');
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.path.push(`M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z`);
  }
  /** Full circles only (the scene's round nodes), already started at (x + r, y) by moveTo. */
  arc(x: number, y: number, r: number): void {
    this.path.push(`A${n(r)} ${n(r)} 0 1 0 ${n(x - r)} ${n(y)}A${n(r)} ${n(r)} 0 1 0 ${n(x + r)} ${n(y)}`);
  }
  fill(): void {
    if (this.path.length)
      this.parts.push(`<path d="${this.path.join('')}" fill="${escapeXml(this.fillStyle)}"${this.opacity()}/>`);
  }
  stroke(): void {
    if (this.path.length)
      this.parts.push(
        `<path d="${this.path.join('')}" fill="none" stroke="${escapeXml(this.strokeStyle)}" stroke-width="${n(this.lineWidth)}"${this.dashArray()}${this.opacity()}/>`,
      );
  }
  private dashArray(): string {
    return this.dash.length > 0 ? ` stroke-dasharray="${this.dash.map(n).join(' ')}"` : '';
  }
  strokeText(): void {
    // fillText writes the halo too (paint-order), so one element per label.
  }
  fillText(text: string, x: number, y: number): void {
    const anchor =
      this.textAlign === 'center' ? 'middle' : this.textAlign === 'right' || this.textAlign === 'end' ? 'end' : 'start';
    const baseline =
      this.textBaseline === 'top' ? 'hanging' : this.textBaseline === 'bottom' ? 'text-after-edge' : 'alphabetic';
    const marked = this.textClass ? ` class="${escapeXml(this.textClass)}"` : '';
    this.parts.push(
      `<text${marked} x="${n(x)}" y="${n(y)}" text-anchor="${anchor}" dominant-baseline="${baseline}" style="font:${escapeXml(this.font)}" fill="${escapeXml(this.fillStyle)}" ` +
        `stroke="${escapeXml(this.strokeStyle)}" stroke-width="${n(this.lineWidth)}" paint-order="stroke"${this.opacity()}>${escapeXml(text)}</text>`,
    );
  }

  toString(): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n(this.width)}" height="${n(this.height)}" viewBox="0 0 ${n(this.width)} ${n(this.height)}">` +
      this.parts.join('\n') +
      '</g>'.repeat(this.groups) +
      '</svg>'
    );
  }

  private opacity(): string {
    return this.globalAlpha < 1 ? ` opacity="${n(this.globalAlpha)}"` : '';
  }
}
