/** The briefings' print stylesheet: A4, figures kept whole, table headers repeated on each page. */
export const PRINT_CSS = `
@page { size: A4; margin: 18mm 14mm; }
html, body { background: #fff !important; color: #111 !important; }
.briefing { font-family: var(--font-inter), Inter, sans-serif; font-size: 10pt; line-height: 1.45; max-width: 182mm; margin: 0 auto; padding: 0; color: #111; }
.briefing h1 { font-size: 22pt; font-weight: 650; letter-spacing: -0.01em; margin: 6mm 0 3mm; }
.briefing h2 { font-size: 13pt; font-weight: 650; margin: 0 0 2.5mm; break-after: avoid; }
.briefing h3 { font-size: 10.5pt; font-weight: 600; margin: 3mm 0 1mm; break-after: avoid; }
.briefing a::after { content: none !important; }
.briefing table { break-inside: auto; }
.briefing a { color: #1d4ea3; text-decoration: underline; text-decoration-thickness: 0.5px; text-underline-offset: 1.5px; }
.cover { min-height: 230mm; break-after: page; display: flex; flex-direction: column; gap: 4mm; padding-top: 30mm; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.12em; font-size: 9pt; color: #555; }
.cover .filters { font-size: 14pt; font-weight: 500; }
.cover dl { display: grid; grid-template-columns: 32mm 1fr; gap: 2mm 4mm; margin: 6mm 0; }
.cover dt { color: #555; }
.cover dd { margin: 0; overflow-wrap: anywhere; }
.block { margin: 0 0 8mm; }
.figure { break-inside: avoid; page-break-inside: avoid; }
.chart, .map { break-inside: avoid; page-break-inside: avoid; }
.map { max-width: 120mm; margin: 0 auto 3mm; }
.map a { pointer-events: none; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; font-size: 9pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: 600; border-bottom: 1.2px solid #333; padding: 1.4mm 2mm; background: #f1f3f6; }
td { border-bottom: 0.5px solid #ccc; padding: 1.4mm 2mm; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.strong { font-weight: 650; }
.nowrap { white-space: nowrap; }
.small { font-size: 8.5pt; }
.muted { color: #555; }
.cite { color: #333; }
.source-line { font-size: 8.5pt; color: #444; margin: 1.5mm 0 0; }
.logline { font-size: 9pt; border: 0.75px dashed #999; padding: 2mm 3mm; margin: 3mm 0 0; break-inside: avoid; }
.appendix { break-before: page; }
.source { break-inside: avoid-page; margin-bottom: 4mm; }
.quotes { list-style: none; padding: 0; margin: 0; font-size: 9pt; }
.quotes li { margin: 0 0 1.5mm; break-inside: avoid; }
.qn { font-weight: 600; }
.attribution blockquote { border-left: 2px solid #1d4ea3; margin: 0; padding: 2mm 4mm; background: #f5f7fb; break-inside: avoid; }
[data-print="hide"], nextjs-portal { display: none !important; }
.bars-legend { display: flex; flex-wrap: wrap; gap: 1mm 4mm; font-size: 8.5pt; margin: 1mm 0 2mm; }
.bars-legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.2mm; vertical-align: -0.4mm; }
.facts { display: grid; grid-template-columns: 38mm 1fr; gap: 1.5mm 4mm; margin: 0 0 3mm; font-size: 9.5pt; }
.facts dt { color: #555; }
.facts dd { margin: 0; }
.claim { margin: 0 0 2.5mm; break-inside: avoid; }
.claim p { margin: 0; }
`;
