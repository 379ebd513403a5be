// The SVG stand-in for a canvas context: clipping wraps what follows until restore(), text keeps its class and
// stays text (escaped, never markup), and the document is well formed however many clips are left open.
import { describe, expect, it } from 'vitest';
import { SvgContext } from './svgContext';

describe('SvgContext', () => {
  it('clips what is drawn after clip() and before the matching restore()', () => {
    const svg = new SvgContext(100, 50);
    svg.save();
    svg.beginPath();
    svg.rect(10, 10, 30, 20);
    svg.clip();
    svg.fillRect(0, 0, 100, 50);
    svg.restore();
    svg.fillRect(1, 1, 2, 2);
    const text = svg.toString();
    expect(text).toMatch(
      /<clipPath id="clip1"><path d="M10 10h30v20h-30Z"\/><\/clipPath><g clip-path="url\(#clip1\)">/,
    );
    const inside = text.indexOf('width="100"', text.indexOf('<g clip-path'));
    const closed = text.indexOf('</g>');
    expect(inside).toBeGreaterThan(0);
    expect(closed).toBeGreaterThan(inside);
    expect(text.indexOf('x="1" y="1"')).toBeGreaterThan(closed);
  });

  it('writes text with its class as escaped text, and closes groups left open', () => {
    const svg = new SvgContext(10, 10);
    svg.textClass = 'node-label';
    svg.fillText('<b>A & B</b>', 1, 2);
    svg.textClass = undefined;
    svg.fillText('plain', 1, 2);
    svg.beginPath();
    svg.rect(0, 0, 1, 1);
    svg.clip();
    const text = svg.toString();
    expect(text).toContain('<text class="node-label" x="1" y="2"');
    expect(text).toContain('>&lt;b&gt;A &amp; B&lt;/b&gt;</text>');
    expect(text).toMatch(/<text x="1" y="2"[^>]*>plain<\/text>/);
    expect(text.endsWith('</g></svg>')).toBe(true);
  });
});
