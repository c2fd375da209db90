/**
 * The colour key of a map, laid out in the map's own coordinates so it can be drawn inside the map's
 * <svg>: then a PNG or PDF of the svg, and the printed briefing, carry the key with the map. Pure: the
 * text widths are estimates (no DOM), generous enough that labels do not collide.
 */

/** One entry of the key: a colour swatch (any CSS fill, a pattern's url(#id) too) or the surge triangle. */
export interface MapKeyItem {
  label: string;
  fill: string;
  /** "triangle" draws the surge marker instead of a swatch. */
  shape?: "swatch" | "triangle";
  /** A swatch that needs an outline to show on the page (pale or hatched fills). */
  outlined?: boolean;
}

export interface PlacedKeyItem extends MapKeyItem {
  /** The swatch's top-left corner; the label starts at labelX on the swatch's middle line. */
  x: number;
  y: number;
  labelX: number;
}

export interface MapKeyLayout {
  /** The key's left edge. */
  x: number;
  /** The key's height in map units, padding included. */
  height: number;
  fontSize: number;
  swatch: { w: number; h: number };
  /** The title's lines and their baselines (y of each line's middle). */
  titleLines: { text: string; y: number }[];
  items: PlacedKeyItem[];
  /** Shown instead of items when the map has no values ("No values for this selection"). */
  note?: { text: string; y: number };
}

/** Average advance of a character of the UI font (Inter/Helvetica) as a share of its size; a little wide on purpose. */
const CHAR_WIDTH = 0.56;

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * CHAR_WIDTH * fontSize;
}

/** Words into lines no wider than `width` (a single long word keeps its own line). */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The key's layout across `width` map units starting at (x, y): the title (wrapped), then the swatches
 * with their labels left to right, wrapping onto further rows when the width runs out.
 */
export function layoutMapKey({
  x,
  y,
  width,
  fontSize,
  title,
  items,
  note,
}: {
  x: number;
  y: number;
  width: number;
  fontSize: number;
  title: string;
  items: readonly MapKeyItem[];
  note?: string;
}): MapKeyLayout {
  const fs = fontSize;
  const titleSize = fs;
  const line = fs * 1.35;
  const swatch = { w: fs * 1.9, h: fs * 0.95 };
  const gapLabel = fs * 0.45;
  const gapItem = fs * 1.3;
  const titleLines = wrapWords(title, width, titleSize).map((text, i) => ({ text, y: y + line * (i + 0.5) }));
  const rowsTop = y + line * titleLines.length + fs * 0.35;
  let cursorY = rowsTop;
  const rowH = Math.max(swatch.h, fs) * 1.45;
  const placed: PlacedKeyItem[] = [];
  let cx = x;
  let rows = items.length ? 1 : 0;
  for (const item of items) {
    const w = swatch.w + gapLabel + estimateTextWidth(item.label, fs);
    if (cx > x && cx + w > x + width) {
      cx = x;
      cursorY += rowH;
      rows += 1;
    }
    placed.push({ ...item, x: cx, y: cursorY + (rowH - swatch.h) / 2, labelX: cx + swatch.w + gapLabel });
    cx += w + gapItem;
  }
  const noteLine = note ? { text: note, y: rowsTop + rowH * rows + rowH / 2 } : undefined;
  const height = line * titleLines.length + fs * 0.35 + rowH * (rows + (note ? 1 : 0)) + fs * 0.6;
  return { x, height, fontSize: fs, swatch, titleLines, items: placed, note: noteLine };
}

/** The key in words, for screen readers: "Key, Attacks: 1–4, 5–9; hatched: no data; triangle: surge". */
export function describeMapKey(title: string, items: readonly MapKeyItem[]): string {
  return `Key, ${title}: ${items.map((i) => i.label).join("; ")}`;
}
