// Reading the text that a rendered frame shows from the page that Remotion captured.

/** One piece of text as drawn: a label, a table cell, a typeset formula or an SVG text. */
export type VisibleText = {
  /**
   * The text of the element and its inline children in document order. Text set smaller
   * than the element and raised (a superscript) follows a "^", and text set smaller and
   * lowered (a subscript or an index) follows a "_": "1.97 × 10^434", "z_1 = 2".
   */
  readonly text: string;
  /** CSS colour of the text (`fill` for SVG text) as the browser computes it, e.g. "rgb(86, 180, 233)". */
  readonly color: string;
  /** Product of the opacities of the element and its ancestors, from 0 to 1. */
  readonly opacity: number;
  /** Bounding box of the text in CSS pixels of the composition. */
  readonly box: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
};

/**
 * A script for page.evaluate that returns VisibleText[] for the current page. It is plain
 * JavaScript in a string so that no transpiler helper ends up in the browser.
 *
 * Text inside KaTeX's hidden MathML copy, in <style> or <script>, with zero size or with
 * an effective opacity under 0.01 is left out. A text element is the nearest `.katex`
 * element, SVG <text>, or HTML element whose display is not inline, and its text is split
 * by colour: "(2, 1)" with coloured numbers gives "(, )", "2" and "1".
 */
export const VISIBLE_TEXT_SCRIPT = String.raw`(() => {
  const opacityOf = (element) => {
    let opacity = 1;
    for (let current = element; current !== null; current = current.parentElement) {
      const style = getComputedStyle(current);
      if (style.display === 'none' || style.visibility === 'hidden') {
        return 0;
      }
      opacity *= Number(style.opacity);
    }
    return opacity;
  };
  const containerOf = (element) => {
    const katex = element.closest('.katex');
    if (katex !== null) {
      return katex;
    }
    const svgText = element.closest('text');
    if (svgText !== null) {
      return svgText;
    }
    let current = element;
    while (current.parentElement !== null && getComputedStyle(current).display === 'inline') {
      current = current.parentElement;
    }
    return current;
  };
  const groups = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || node.textContent.trim() === '' || parent.closest('.katex-mathml, style, script') !== null) {
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    const opacity = opacityOf(parent);
    if (rect.width === 0 || rect.height === 0 || opacity < 0.01) {
      continue;
    }
    const container = containerOf(parent);
    const parentStyle = getComputedStyle(parent);
    const color = parent instanceof SVGElement ? parentStyle.fill : parentStyle.color;
    let byColor = groups.get(container);
    if (byColor === undefined) {
      byColor = new Map();
      groups.set(container, byColor);
    }
    let group = byColor.get(color);
    if (group === undefined) {
      group = { parts: [], color, opacity };
      byColor.set(color, group);
    }
    group.opacity = Math.min(group.opacity, opacity);
    group.parts.push({ text: node.textContent, rect, fontSize: parseFloat(getComputedStyle(parent).fontSize) });
  }
  const result = [];
  for (const group of [...groups.values()].flatMap((byColor) => [...byColor.values()])) {
    const left = Math.min(...group.parts.map((part) => part.rect.left));
    const top = Math.min(...group.parts.map((part) => part.rect.top));
    const right = Math.max(...group.parts.map((part) => part.rect.right));
    const bottom = Math.max(...group.parts.map((part) => part.rect.bottom));
    const baseSize = Math.max(...group.parts.map((part) => part.fontSize));
    // A small part is raised or lowered relative to the full-size part before it, so a
    // label that wraps to a second line still reads as one line of text. A full-size
    // part below the previous one starts a new line and is joined with a space.
    let previousBase = null;
    const text = group.parts
      .map((part) => {
        const partMiddle = (part.rect.top + part.rect.bottom) / 2;
        if (part.fontSize >= baseSize * 0.8) {
          const newLine = previousBase !== null && part.rect.top > previousBase.rect.top + previousBase.rect.height * 0.5;
          previousBase = part;
          return (newLine ? ' ' : '') + part.text;
        }
        const reference = previousBase === null ? (top + bottom) / 2 : (previousBase.rect.top + previousBase.rect.bottom) / 2;
        return (partMiddle < reference ? '^' : '_') + part.text;
      })
      .join('')
      .replace(/ {2,}/g, ' ');
    result.push({
      text,
      color: group.color,
      opacity: group.opacity,
      box: { left, top, width: right - left, height: bottom - top },
    });
  }
  return result;
})()`;
