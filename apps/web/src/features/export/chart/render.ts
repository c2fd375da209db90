import type { jsPDF } from "jspdf";
import { PDF_FAMILY, registerPdfFonts } from "../fonts/pdf-fonts";
import { type FontCoverage, layoutLine, wrapText } from "../fonts/script-runs";
import { chartCsv } from "./chart-csv";
import { type ChartExportData, exportedByLine, filtersInWords, pageLabel } from "./chart-export";

/**
 * Browser-only rendering of one chart: its <svg> copied with the computed styles written onto each
 * element (the copy no longer needs the page's CSS or variables), then drawn on a canvas at 2× for
 * the PNG, or as vectors into an A4 landscape PDF with jsPDF + svg2pdf.js. No network is used.
 */

const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;
const COLOR_PROPS = new Set(["fill", "stroke"]);
/** Recharts' hover state: the tooltip cursor band and the highlighted dots under the pointer. */
const TRANSIENT = ".recharts-tooltip-cursor, .recharts-active-dot, .recharts-active-dot *";

let probe: CanvasRenderingContext2D | null = null;
const colorCache = new Map<string, { rgb: string; alpha: number } | null>();

/** Any CSS colour (oklch, var-resolved, named) as rgb() and an alpha, by painting one pixel. */
function toRgb(color: string): { rgb: string; alpha: number } | null {
  if (colorCache.has(color)) return colorCache.get(color) ?? null;
  if (!probe) {
    const c = document.createElement("canvas");
    c.width = 1;
    c.height = 1;
    probe = c.getContext("2d", { willReadFrequently: true });
  }
  let out: { rgb: string; alpha: number } | null = null;
  if (probe) {
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = "#000";
    probe.fillStyle = color;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
    out = { rgb: `rgb(${r}, ${g}, ${b})`, alpha: Math.round(((a ?? 255) / 255) * 1000) / 1000 };
  }
  colorCache.set(color, out);
  return out;
}

/** The chart's drawing: the largest <svg> inside the target (icons are small svgs too). */
export function findChartSvg(root: HTMLElement | null): SVGSVGElement | null {
  if (!root) return null;
  const svgs = [...root.querySelectorAll<SVGSVGElement>("svg")].filter((s) => !s.parentElement?.closest("svg"));
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const s of svgs) {
    const r = s.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = s;
    }
  }
  return best;
}

export interface InlinedSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/**
 * A detached copy of the svg with every used style written on its elements, sized as on screen. With
 * `pdfFonts` (the coverage of the fonts registered with the PDF), its text is set up for svg2pdf.
 */
export function inlineSvg(
  source: SVGSVGElement,
  { pdfFonts, light = false }: { pdfFonts?: FontCoverage; light?: boolean } = {},
): InlinedSvg {
  return light ? withLightTheme(() => inlineWithStyles(source, pdfFonts)) : inlineWithStyles(source, pdfFonts);
}

/**
 * Runs `read` with the light theme's colours in force (a PDF is printed on white, even when the screen
 * is dark). The class is put back in the same task, so nothing repaints in between; colour transitions
 * (the map's shapes have them) would report the old colour, so they are off meanwhile.
 */
function withLightTheme<T>(read: () => T): T {
  const root = document.documentElement;
  if (!root.classList.contains("dark")) return read();
  const still = document.createElement("style");
  still.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
  document.head.append(still);
  root.classList.remove("dark");
  try {
    return read();
  } finally {
    root.classList.add("dark");
    // Settle the styles before transitions come back, so nothing animates back to the dark colours.
    for (const el of document.querySelectorAll("svg, svg *")) void getComputedStyle(el).fill;
    still.remove();
  }
}

/** CSS colours (var(--chart-1), oklch…) as rgb triples, as the light theme has them. */
function resolveColors(colors: readonly string[]): [number, number, number][] {
  return withLightTheme(() =>
    colors.map((c) => {
      // A fresh element per colour: its computed style is worked out from scratch.
      const el = document.createElement("span");
      el.style.setProperty("color", c);
      document.body.append(el);
      const computed = getComputedStyle(el).getPropertyValue("color");
      el.remove();
      const rgb = toRgb(computed)?.rgb ?? "rgb(60, 60, 60)";
      const [r = 60, g = 60, b = 60] = (rgb.match(/\d+/g) ?? []).map(Number);
      return [r, g, b];
    }),
  );
}

function inlineWithStyles(source: SVGSVGElement, pdfFonts: FontCoverage | undefined): InlinedSvg {
  const box = source.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  const remove: Element[] = [];
  originals.forEach((orig, i) => {
    const copy = copies[i];
    if (!copy || !(copy instanceof SVGElement)) return;
    const cs = getComputedStyle(orig);
    // Hidden parts, and what the pointer was doing when the menu closed (hover band, active dots).
    if (cs.display === "none" || orig.matches(TRANSIENT)) {
      remove.push(copy);
      return;
    }
    copy.removeAttribute("class");
    for (const prop of STYLE_PROPS) {
      let value = cs.getPropertyValue(prop);
      if (!value) continue;
      // Computed styles quote references (url("#id")); svg2pdf only follows the bare form.
      if (value.startsWith("url(")) value = value.replace(/^url\(\s*["']?([^"')]+)["']?\s*\)$/, "url($1)");
      if (COLOR_PROPS.has(prop) && value !== "none" && !value.startsWith("url(")) {
        const c = toRgb(value);
        if (!c) continue;
        // Fully transparent paint ("transparent", hit areas) is no paint; as rgb() it would print black.
        value = c.alpha === 0 ? "none" : c.rgb;
        if (c.alpha > 0 && c.alpha < 1) {
          const opacityProp = `${prop}-opacity`;
          const base = Number.parseFloat(cs.getPropertyValue(opacityProp) || "1") || 1;
          copy.style.setProperty(opacityProp, String(base * c.alpha));
          copy.setAttribute(opacityProp, String(base * c.alpha));
        }
      }
      copy.style.setProperty(prop, value);
      if (prop !== "visibility") copy.setAttribute(prop, value);
    }
    if (copy.tagName.toLowerCase() === "text" || copy.tagName.toLowerCase() === "tspan") {
      if (pdfFonts) setPdfText(copy, pdfFonts);
      else {
        copy.style.setProperty("font-family", "Inter, Helvetica, Arial, sans-serif");
        copy.setAttribute("font-family", "Inter, Helvetica, Arial, sans-serif");
      }
    }
  });
  for (const el of remove) el.remove();
  if (pdfFonts) flattenPatterns(clone);
  renameIds(clone);
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.style.removeProperty("width");
  clone.style.removeProperty("height");
  return { svg: clone, width, height };
}

/**
 * Points a text element of the copy at the fonts registered with the PDF (svg2pdf falls back to an
 * unembedded standard font for any family or weight jsPDF does not have): Inter, and for text with
 * Arabic script one <tspan> per run as in the PDF's own lines (Latin in Inter, shaped Arabic script in
 * Vazirmatn, in reading order; jsPDF reverses a right-to-left run as it draws it). Weights become
 * normal or bold, the two cuts embedded. A character neither font has becomes "?".
 */
function setPdfText(el: SVGElement, covers: FontCoverage) {
  setFontFamily(el, PDF_FAMILY.latin);
  const weight = el.getAttribute("font-weight") ?? "400";
  const bold = weight === "bold" || weight === "bolder" || Number.parseInt(weight, 10) >= 600;
  el.style.setProperty("font-weight", bold ? "bold" : "normal");
  el.setAttribute("font-weight", bold ? "bold" : "normal");
  for (const node of [...el.childNodes]) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const runs = layoutLine(node.nodeValue ?? "", covers);
    if (runs.every((r) => r.font === "latin")) {
      node.nodeValue = runs.map((r) => r.text).join("");
      continue;
    }
    const parts = runs.map((run) => {
      const span = document.createElementNS("http://www.w3.org/2000/svg", "tspan");
      setFontFamily(span, PDF_FAMILY[run.font]);
      // svg2pdf drops a space at the edge of a tspan; a no-break space (both fonts have one) stays.
      span.textContent = run.text.replace(/^ +| +$/g, (spaces) => "\u00a0".repeat(spaces.length));
      return span;
    });
    node.replaceWith(...parts);
  }
}

function setFontFamily(el: SVGElement, family: string) {
  el.style.setProperty("font-family", family);
  el.setAttribute("font-family", family);
}

/**
 * svg2pdf draws small rotated pattern tiles (the maps' "no data" hatching) as near-solid dark areas, so
 * in the PDF an area filled with a pattern gets the pattern's own background colour instead: pale, and
 * still apart from every colour of the scale.
 */
function flattenPatterns(svg: SVGSVGElement) {
  const colors = new Map<string, string>();
  for (const p of svg.querySelectorAll("pattern[id]")) {
    colors.set(p.id, p.querySelector("rect")?.getAttribute("fill") ?? "rgb(236, 238, 241)");
  }
  if (colors.size === 0) return;
  for (const el of svg.querySelectorAll<SVGElement>("[fill^='url(']")) {
    const id = /^url\(#([^)]+)\)$/.exec(el.getAttribute("fill") ?? "")?.[1];
    const color = id ? colors.get(id) : undefined;
    if (!color) continue;
    el.setAttribute("fill", color);
    el.style.setProperty("fill", color);
  }
}

/**
 * Gives the copy's ids a prefix and points its references (url(#…), href="#…") at them, so a renderer
 * that looks ids up in the whole document finds the copy's patterns and clips, not the on-screen ones.
 */
function renameIds(svg: SVGSVGElement) {
  const ids = new Map<string, string>();
  for (const el of svg.querySelectorAll("[id]")) {
    const next = `export-${el.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    ids.set(el.id, next);
    el.id = next;
  }
  if (ids.size === 0) return;
  const swap = (text: string) =>
    text.replace(/url\(\s*["']?#([^"')]+)["']?\s*\)/g, (whole, id: string) => {
      const next = ids.get(id);
      return next ? `url(#${next})` : whole;
    });
  for (const el of [svg, ...svg.querySelectorAll("*")]) {
    for (const attr of [...el.attributes]) {
      if (attr.name === "href" || attr.name === "xlink:href") {
        const next = attr.value.startsWith("#") ? ids.get(attr.value.slice(1)) : undefined;
        if (next) el.setAttribute(attr.name, `#${next}`);
      } else if (attr.value.includes("url(")) {
        el.setAttribute(attr.name, swap(attr.value));
      }
    }
  }
}

/** The page's background colour, so the image has the chart's own backdrop rather than transparency. */
function backgroundOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const c = toRgb(getComputedStyle(node).backgroundColor);
    if (c && c.alpha > 0.5) return c.rgb;
    node = node.parentElement;
  }
  return "rgb(255, 255, 255)";
}

/** A PNG of the chart at `scale`× its on-screen size (2× by default, for sharp slides). */
export async function chartPng(source: SVGSVGElement, scale = 2): Promise<Blob> {
  const { svg, width, height } = inlineSvg(source);
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("The browser could not draw the chart as an image."));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw on a canvas.");
    ctx.fillStyle = backgroundOf(source);
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The browser could not encode the PNG."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function chartCsvBlob(data: ChartExportData): Blob {
  return new Blob([chartCsv(data.columns, data.rows)], { type: "text/csv;charset=utf-8" });
}

type Weight = "normal" | "bold";

/**
 * Runs svg2pdf with text widths taken from the PDF's own fonts. svg2pdf places tspans one after another
 * and applies text-anchor with widths the browser measures (a canvas, or an SVG text's bounding box) in
 * the named family; the page has no face called Vazirmatn, and none draws the stand-in code points of
 * the Pashto forms, so a name would overlap what follows it. For text in the PDF's families, both
 * measurements answer with jsPDF's metrics while svg2pdf runs; everything else is measured as before.
 */
async function withPdfTextMeasure<T>(doc: jsPDF, draw: () => Promise<T>): Promise<T> {
  const families = new Set(Object.values(PDF_FAMILY).map((f) => f.toLowerCase()));
  const measure = (text: string, family: string, weight: string, size: string): number | null => {
    const name = family.trim().replace(/^["']|["']$/g, "");
    if (!families.has(name.toLowerCase())) return null;
    const previous = doc.getFont();
    doc.setFont(name, weight === "bold" || Number.parseInt(weight, 10) >= 600 ? "bold" : "normal");
    const width = doc.getStringUnitWidth(text) * Number.parseFloat(size);
    doc.setFont(previous.fontName, previous.fontStyle);
    return width;
  };
  const canvasMeasure = CanvasRenderingContext2D.prototype.measureText;
  const bbox = SVGGraphicsElement.prototype.getBBox;
  CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
    // svg2pdf sets "style weight size family"; the browser reads it back without the "normal"s.
    const font = /^(.*?)([\d.]+)px(?:\/\S+)?\s+(.+)$/.exec(this.font);
    const width = font ? measure(text, font[3] ?? "", /\b(bold|[6-9]00)\b/.test(font[1] ?? "") ? "bold" : "normal", font[2] ?? "16") : null;
    return width === null ? canvasMeasure.call(this, text) : ({ width } as TextMetrics);
  };
  SVGGraphicsElement.prototype.getBBox = function (this: SVGGraphicsElement, options?: SVGBoundingBoxOptions) {
    const family = this.getAttribute("font-family");
    const width =
      this.tagName === "text" && family
        ? measure(this.textContent ?? "", family, this.getAttribute("font-weight") ?? "normal", this.getAttribute("font-size") ?? "16px")
        : null;
    return width === null ? bbox.call(this, options) : new DOMRect(0, 0, width, 0);
  };
  try {
    return await draw();
  } finally {
    CanvasRenderingContext2D.prototype.measureText = canvasMeasure;
    SVGGraphicsElement.prototype.getBBox = bbox;
  }
}

/** The width of a line drawn in runs (see drawLine). */
function lineWidth(doc: jsPDF, covers: FontCoverage, text: string, weight: Weight): number {
  let w = 0;
  for (const run of layoutLine(text, covers)) {
    doc.setFont(PDF_FAMILY[run.font], weight);
    w += doc.getTextWidth(run.text);
  }
  return w;
}

/**
 * Draws one line as its font runs, left to right from x (or ending at x when right-aligned): Latin in
 * Inter, Arabic script shaped in Vazirmatn, so every glyph comes from an embedded font.
 */
function drawLine(doc: jsPDF, covers: FontCoverage, text: string, x: number, y: number, weight: Weight, align: "left" | "right" = "left") {
  let cx = align === "right" ? x - lineWidth(doc, covers, text, weight) : x;
  for (const run of layoutLine(text, covers)) {
    doc.setFont(PDF_FAMILY[run.font], weight);
    doc.text(run.text, cx, y);
    cx += doc.getTextWidth(run.text);
  }
}

/**
 * A vector PDF, A4 landscape: the title, the filters in words, the data's coverage, the chart (its text
 * stays text), the map attribution where given, the sources, and on every page who exported it and when
 * and "Page n of N".
 */
export async function chartPdf(source: SVGSVGElement, data: ChartExportData, user: { name: string | null; email: string }, at: Date) {
  const [{ jsPDF }] = await Promise.all([import("jspdf"), import("svg2pdf.js")]);
  // Only the fonts drawn with are listed: jsPDF would otherwise reference all 14 standard (never embedded) fonts.
  const doc = new jsPDF({ orientation: "landscape", unit: "pt", format: "a4", compress: true, putOnlyUsedFonts: true });
  const fonts = await registerPdfFonts(doc);
  const { covers } = fonts;
  doc.setProperties({ title: data.title, subject: filtersInWords(data.filters), creator: "Militancy Monitor" });
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  const margin = 40;
  const contentW = pageW - margin * 2;
  const bottom = pageH - margin - 18;
  let y = margin;

  const write = (text: string, size: number, weight: Weight = "normal", color: [number, number, number] = [30, 33, 40]) => {
    doc.setFontSize(size);
    doc.setTextColor(...color);
    for (const line of wrapText(text, contentW, (s) => lineWidth(doc, covers, s, weight))) {
      if (y + size > bottom) {
        doc.addPage();
        y = margin;
      }
      drawLine(doc, covers, line, margin, y + size * 0.8, weight);
      y += size * 1.3;
    }
  };

  write("Militancy Monitor", 9, "bold", [90, 96, 110]);
  y += 2;
  write(data.title, 16, "bold");
  y += 4;
  write(`Filters: ${filtersInWords(data.filters)}`, 10);
  write(`Data as of: ${data.asOf}`, 10);
  y += 8;

  const { svg, width, height } = inlineSvg(source, { pdfFonts: covers, light: true });
  const maxH = Math.min(bottom - y - (data.attribution ? 40 : 0), pageH * 0.58);
  const k = Math.min(contentW / width, maxH / height);
  const w = width * k;
  const h = height * k;
  // svg2pdf reads the copy's attributes; keep it in the document (out of sight) while it draws.
  const holder = document.createElement("div");
  holder.style.cssText = "position:fixed;left:-10000px;top:0;width:0;height:0;overflow:hidden";
  holder.append(svg);
  document.body.append(holder);
  try {
    await withPdfTextMeasure(doc, () => doc.svg(svg, { x: margin + (contentW - w) / 2, y, width: w, height: h }));
  } finally {
    holder.remove();
  }
  y += h + 10;

  if (data.legend?.length) {
    // The chart's series names sit beside the drawing on screen; here they go under it, with their colours.
    const colors = resolveColors(data.legend.map((l) => l.color));
    doc.setFontSize(9);
    let x = margin;
    data.legend.forEach((item, i) => {
      const label = item.label;
      const w = 14 + lineWidth(doc, covers, label, "normal") + 16;
      if (x + w > margin + contentW && x > margin) {
        x = margin;
        y += 14;
      }
      const [r, g, b] = colors[i] ?? [60, 60, 60];
      doc.setFillColor(r, g, b);
      doc.rect(x, y + 1, 9, 9, "F");
      doc.setTextColor(30, 33, 40);
      drawLine(doc, covers, label, x + 13, y + 8.5, "normal");
      x += w;
    });
    y += 20;
  }
  if (data.attribution) write(data.attribution, 8.5, "normal", [70, 76, 90]);
  y += 6;
  if (data.sources.length) {
    write("Sources", 11, "bold");
    for (const s of data.sources) write(`• ${s}`, 9);
  }

  const pages = doc.getNumberOfPages();
  const by = exportedByLine(user, at);
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFontSize(8.5);
    doc.setTextColor(90, 96, 110);
    doc.setDrawColor(210, 214, 222);
    doc.line(margin, pageH - margin + 2, pageW - margin, pageH - margin + 2);
    drawLine(doc, covers, by, margin, pageH - margin + 14, "normal");
    drawLine(doc, covers, pageLabel(p, pages), pageW - margin, pageH - margin + 14, "normal", "right");
  }
  fonts.finish();
  return doc.output("blob");
}
