package report

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
)

// reportPage is the periodic report as one self-contained page: inline CSS
// and inline SVG, no script, no font, image or link to fetch, so that it
// can be mailed, archived or printed as it is. Every piece of letter text
// goes through html/template's escaping; none is marked as safe HTML.
var reportPage = template.Must(template.New("report").Funcs(template.FuncMap{
	"stance": stanceText,
	"kindClass": func(s corpus.Stance) string {
		return "k-" + string(kindOf(s))
	},
	"upper":  strings.ToUpper,
	"dash":   orDash,
	"words":  func(k compare.Kind) string { return strings.ReplaceAll(string(k), "_", " ") },
	"clip":   truncate,
	"day":    func(d corpus.Date) string { return dateOr(d, "undated") },
	"plural": plural,
}).Parse(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consistency report, {{.Since}} to {{.Until}}</title>
<style>
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; background: #fff; line-height: 1.4; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.15rem; margin: 0 0 .3rem; }
h3 { font-size: 1rem; margin: 0 0 .4rem; }
.meta { color: #555; margin: 0 0 1rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.tile { border-radius: 8px; padding: .6rem .8rem; border: 1px solid transparent; min-width: 0; }
.tile .n { display: block; font-size: 2rem; font-weight: 700; line-height: 1.1; }
.tile .l { display: block; font-weight: 600; }
.tile .u { display: block; font-size: .85rem; }
.t-all { background: #eef1f5; border-color: #c9d1dc; }
.t-high { background: #fdeaea; border-color: #e4a5a5; color: #8e1b1b; }
.t-medium { background: #fff4d6; border-color: #e8c66a; color: #6b4e00; }
.t-low { background: #e8f1fc; border-color: #9fbfe6; color: #0d3f7a; }
.t-explained { background: #e7f5ea; border-color: #a9d5b2; color: #1d5a2b; }
.tile.zero { background: #f6f6f6; border-color: #e2e2e2; color: #777; }
.kinds { margin: 0 0 1.5rem; }
.kinds ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr)); gap: .25rem 1.5rem; }
.kinds li { display: grid; grid-template-columns: 10rem 1fr 2rem; align-items: center; gap: .5rem; font-size: .92rem; }
.kinds li.zero { color: #888; }
.bar { display: block; height: .7rem; background: #eef0f3; border-radius: 4px; overflow: hidden; }
.bar span { display: block; height: 100%; background: #5a6f8c; }
.kinds .c { text-align: right; font-variant-numeric: tabular-nums; }
.response { border-top: 2px solid #d5dbe3; padding-top: 1rem; margin-top: 1.5rem; }
.response .meta { margin-bottom: .6rem; }
figure { margin: .4rem 0 1rem; }
svg.timeline { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .82rem; color: #444; margin-top: .3rem; }
.legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
.legend li { display: inline-flex; align-items: center; gap: .3rem; }
.legend svg { flex: none; }
.card { border: 1px solid #d9dde3; border-left: 6px solid #999; border-radius: 6px; padding: .7rem .9rem; margin: .8rem 0; background: #fff; }
.card.sev-high { border-left-color: #c62828; }
.card.sev-medium { border-left-color: #d49b00; }
.card.sev-low { border-left-color: #1565c0; }
.card.explained { background: #f7f7f7; color: #555; border-left-style: dashed; }
.card.explained .badge, .card.explained .stance { opacity: .75; }
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem .6rem; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 4px; font-size: .8rem; font-weight: 700; letter-spacing: .02em; }
.b-high { background: #c62828; color: #fff; }
.b-medium { background: #f2b600; color: #2b2000; }
.b-low { background: #1565c0; color: #fff; }
.b-explained { background: #2e7d32; color: #fff; }
.kind { font-weight: 600; }
.where { color: #555; font-size: .9rem; }
.msg { margin: .4rem 0 .6rem; font-weight: 500; }
.compare { display: grid; grid-template-columns: 1fr 1fr; gap: .7rem; }
.side { min-width: 0; border: 1px solid #e3e6ea; border-radius: 5px; padding: .5rem .7rem; background: #fbfcfd; }
.card.explained .side { background: #f3f3f3; }
.side h4 { margin: 0 0 .3rem; font-size: .9rem; }
.side h4 .where { font-weight: 400; }
.side .l { margin: .35rem 0 0; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: #666; }
.side .v { margin: .05rem 0 0; white-space: pre-line; }
.side .none { color: #888; font-style: italic; }
.stance { display: inline-block; padding: 0 .4rem; border-radius: 4px; font-size: .85rem; font-weight: 600; }
.k-released { background: #dff3e3; } .k-partially_released { background: #fdf0c8; } .k-withheld { background: #fbdcdc; }
.k-refused { background: #f1c9c9; } .k-ncnd { background: #e6defa; } .k-not_held { background: #e1e8f0; } .k-unknown { background: #eee; }
.expl { margin: .6rem 0 0; padding: .4rem .6rem; border-left: 3px solid #2e7d32; background: #eef6ef; color: #333; }
.empty { border: 1px dashed #b9c2cc; border-radius: 8px; padding: 1.2rem; text-align: center; color: #444; background: #f8fafc; margin: 1.5rem 0; font-size: 1.05rem; }
.empty.ok { border-color: #a9d5b2; background: #eef7f0; color: #1d5a2b; }
footer { margin-top: 2rem; color: #777; font-size: .8rem; }
@media (max-width: 40rem) {
  body { margin: .8rem auto; padding: 0 .6rem; }
  .compare { grid-template-columns: 1fr; }
  .kinds li { grid-template-columns: minmax(0, 8rem) 1fr 2rem; }
  .tile .n { font-size: 1.6rem; }
}
@page { size: A4; margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  .tile, .badge, .stance, .bar span, .card, .side, .expl, .empty { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .card, figure, .tiles, .kinds { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
</style>
</head>
<body>
<header>
<h1>Consistency report</h1>
<p class="meta">{{.Since}} to {{.Until}} · {{plural .Responses "response"}} dated in the period</p>
</header>
{{if .Empty}}<p class="empty{{if .Responses}} ok{{end}}">{{.Empty}}</p>
{{else}}<section class="tiles" aria-label="Findings by severity">
{{range .Tiles}}<div class="tile {{.Class}}{{if not .N}} zero{{end}}"><span class="n">{{.N}}</span><span class="l">{{.Label}}</span><span class="u">{{.Note}}</span></div>
{{end}}</section>
<section class="kinds">
<h2>By kind</h2>
<ul>
{{range .Kinds}}<li{{if not .N}} class="zero"{{end}}><span>{{words .Kind}}</span><span class="bar"><span style="width: {{.Pct}}%"></span></span><span class="c">{{.N}}</span></li>
{{end}}</ul>
</section>
{{range .Groups}}<section class="response">
<h2>{{dash .Reference}}</h2>
<p class="meta">{{day .Date}}{{if .Authority}} · {{.Authority}}{{end}}{{if .Title}} · {{.Title}}{{end}} · {{plural (len .Findings) "finding"}}{{if .Explained}}, {{.Explained}} explained{{end}}</p>
{{with .Timeline}}<figure>
<h3>Stance timeline</h3>
<svg class="timeline" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}" role="img" font-family="system-ui, Segoe UI, Arial, sans-serif">
<title>How each question of {{dash .Reference}} was answered in earlier letters</title>
<rect x="{{.Current.X}}" y="0" width="{{.Current.W}}" height="{{.Height}}" rx="4" fill="#eef2f8"/>
{{range .Cols}}<g><title>{{dash .Reference}}, {{day .Date}}</title><text x="{{.Mid}}" y="14" font-size="11" text-anchor="middle" fill="#222"{{if .Current}} font-weight="700"{{end}}>{{.Label}}</text><text x="{{.Mid}}" y="29" font-size="10" text-anchor="middle" fill="#555">{{.When}}</text></g>
{{end}}{{range .Rows}}<g><title>{{.QuestionID}}: {{clip .Question 400}}</title><text x="0" y="{{.TextY}}" font-size="11" fill="#222">{{.Label}}</text></g>
{{range .Cells}}<g><title>{{.Title}}</title><rect x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" rx="3" fill="{{.Fill}}" stroke="{{.Stroke}}"/>{{if .Short}}<text x="{{.Mid}}" y="{{.TextY}}" font-size="10" text-anchor="middle" fill="{{.Ink}}">{{.Short}}</text>{{end}}</g>
{{end}}{{end}}</svg>
<figcaption><ul class="legend">{{range $.Legend}}<li><svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><rect x=".5" y=".5" width="11" height="11" rx="2" fill="{{.Fill}}" stroke="{{.Stroke}}"/></svg>{{.Label}}</li>{{end}}</ul></figcaption>
</figure>
{{end}}{{range .Findings}}<article class="card sev-{{.Severity}}{{if .Explained}} explained{{end}}">
<div class="head"><span class="badge b-{{.Severity}}">{{upper (print .Severity)}}</span><span class="kind">{{words .Kind}}</span><span class="where">{{.QuestionID}} · {{dash .Reference}} · {{day .Date}}{{if .Authority}} · {{.Authority}}{{end}}</span>{{if .Explained}}<span class="badge b-explained">EXPLAINED</span>{{end}}</div>
<p class="msg">{{.Message}}</p>
<div class="compare">
<section class="side"><h4>Earlier: {{dash .Previous.Reference}} · {{day .Previous.Date}} · {{dash .Previous.QuestionID}}{{if .Previous.Score}} <span class="where">match {{printf "%.2f" .Previous.Score}}</span>{{end}}</h4>
<p class="l">Question</p>{{if .Previous.Question}}<p class="v">{{clip .Previous.Question 1000}}</p>{{else}}<p class="v none">Not recorded.</p>{{end}}
<p class="l">Answer</p>{{if .Previous.Answer}}<p class="v">{{clip .Previous.Answer 1500}}</p>{{else}}<p class="v none">No answer text.</p>{{end}}
<p class="l">Stance</p><p class="v"><span class="stance {{kindClass .Previous.Stance}}">{{stance .Previous.Stance}}</span></p>
</section>
<section class="side"><h4>Now: {{dash .Reference}} · {{day .Date}} · {{.QuestionID}}</h4>
<p class="l">Question</p>{{if .Question}}<p class="v">{{clip .Question 1000}}</p>{{else}}<p class="v none">Not recorded.</p>{{end}}
<p class="l">Answer</p>{{if .CurrentAnswer}}<p class="v">{{clip .CurrentAnswer 1500}}</p>{{else}}<p class="v none">No answer text.</p>{{end}}
<p class="l">Stance</p><p class="v"><span class="stance {{kindClass .Current}}">{{stance .Current}}</span></p>
</section>
</div>
{{with .Explained}}<p class="expl"><strong>Explained</strong>{{if .ID}} ({{.ID}}){{end}}: {{.Reason}} <span class="where">Recorded by {{dash .By}}{{if not .At.IsZero}} on {{.At.Format "2006-01-02"}}{{end}}.</span></p>
{{end}}</article>
{{end}}</section>
{{end}}{{end}}<footer>foicheck consistency report: each response compared with its authority's letters before it.</footer>
</body>
</html>
`))

// htmlReport is what the page shows, laid out in Go so that the template
// only places it.
type htmlReport struct {
	Since, Until string
	Responses    int
	// Empty is the message shown instead of totals and findings when
	// there are none.
	Empty  string
	Tiles  []htmlTile
	Kinds  []htmlKind
	Groups []htmlGroup
	Legend []stanceStyle
}

type htmlTile struct {
	Class, Label, Note string
	N                  int
}

type htmlKind struct {
	Kind compare.Kind
	N    int
	// Pct is the bar's length, against the most frequent kind.
	Pct int
}

// htmlGroup is one audited response: its findings and its timeline.
type htmlGroup struct {
	Reference, Authority, Title string
	Date                        corpus.Date
	Findings                    []compare.AuditFinding
	Explained                   int
	Timeline                    *svgTimeline
}

// writeReportHTML writes the report as one self-contained HTML page.
func writeReportHTML(w io.Writer, r ReportResult) error {
	return reportPage.Execute(w, htmlReportOf(r))
}

func htmlReportOf(r ReportResult) htmlReport {
	t := totalsOf(r)
	h := htmlReport{
		Since:     dateOr(r.Period.Since, "the start"),
		Until:     dateOr(r.Period.Until, "today"),
		Responses: r.Responses,
		Legend:    stanceStyles,
	}
	switch {
	case r.Responses == 0 && len(r.Findings) == 0:
		h.Empty = "No responses are dated in this period."
	case len(r.Findings) == 0:
		h.Empty = "Every response in the period is consistent with the history before it."
	}
	h.Tiles = append(h.Tiles, htmlTile{Class: "t-all", Label: "findings", N: t.Findings,
		Note: fmt.Sprintf("%d unexplained", t.Findings-t.Explained)})
	for _, s := range compare.Severities {
		h.Tiles = append(h.Tiles, htmlTile{Class: "t-" + string(s), Label: string(s), N: t.BySeverity[s],
			Note: fmt.Sprintf("%d unexplained", t.Unexplained[s])})
	}
	h.Tiles = append(h.Tiles, htmlTile{Class: "t-explained", Label: "explained", N: t.Explained,
		Note: "of " + plural(t.Findings, "finding")})
	most := 0
	for _, k := range compare.Kinds {
		most = max(most, t.ByKind[k])
	}
	for _, k := range compare.Kinds {
		hk := htmlKind{Kind: k, N: t.ByKind[k]}
		if most > 0 {
			hk.Pct = hk.N * 100 / most
		}
		h.Kinds = append(h.Kinds, hk)
	}
	h.Groups = groupFindings(r.Findings, r.Timelines)
	return h
}

// groupFindings groups findings by response, in their order (newest
// response first), each with its timeline; a timeline whose response has
// no finding in the list is still shown, after them.
func groupFindings(fs []compare.AuditFinding, tls []compare.Timeline) []htmlGroup {
	var gs []htmlGroup
	last := ""
	for _, f := range fs {
		key := f.SHA256 + "\x00" + f.Reference
		if len(gs) == 0 || key != last {
			last = key
			gs = append(gs, htmlGroup{Reference: f.Reference, Authority: f.Authority, Date: f.Date})
		}
		g := &gs[len(gs)-1]
		g.Findings = append(g.Findings, f)
		if f.Explained != nil {
			g.Explained++
		}
	}
	used := make([]bool, len(tls))
	for i := range gs {
		for j, tl := range tls {
			if !used[j] && tl.Reference == gs[i].Reference && tl.Date == gs[i].Date {
				used[j] = true
				gs[i].Timeline = layoutTimeline(tl)
				gs[i].Title = tl.Title
				break
			}
		}
	}
	for j, tl := range tls {
		if !used[j] {
			gs = append(gs, htmlGroup{Reference: tl.Reference, Authority: tl.Authority, Date: tl.Date, Title: tl.Title,
				Timeline: layoutTimeline(tl)})
		}
	}
	return gs
}

// stanceStyle is how the timeline draws a stance: a fill, an outline, and
// a short label in the cell so that a grey print or a colour-blind reader
// can still tell the stances apart.
type stanceStyle struct {
	Kind              corpus.StanceKind
	Label, Short      string
	Fill, Stroke, Ink string
}

// stanceStyles are in the legend's order: from released to refused, then
// unknown, then "" (the letter did not ask the question).
var stanceStyles = []stanceStyle{
	{corpus.Released, "released", "rel", "#2e7d32", "#1f5a23", "#fff"},
	{corpus.PartiallyReleased, "partially released", "part", "#f2a900", "#b37d00", "#222"},
	{corpus.Withheld, "withheld", "wh", "#d32f2f", "#9f1f1f", "#fff"},
	{corpus.NCND, "neither confirmed nor denied", "ncnd", "#7b1fa2", "#571574", "#fff"},
	{corpus.NotHeld, "not held", "n/h", "#6b8cae", "#4d6a88", "#fff"},
	{corpus.Refused, "refused", "ref", "#7f0000", "#4f0000", "#fff"},
	{corpus.Unknown, "unknown", "?", "#d9d9d9", "#b3b3b3", "#333"},
	{"", "not asked", "", "#fff", "#b0b0b0", "#333"},
}

func styleOf(k corpus.StanceKind) stanceStyle {
	for _, s := range stanceStyles {
		if s.Kind == k {
			return s
		}
	}
	return styleOf(corpus.Unknown)
}

// The timeline's geometry, in SVG user units (pixels at full size). A
// column holds a reference of about a dozen characters at 11px; longer
// references are cut, whole in the column's tooltip.
const (
	tlLabelW   = 64 // question identifiers
	tlCellW    = 78
	tlCellH    = 22
	tlGap      = 4
	tlHeadH    = 40 // reference and date above each column
	tlPad      = 4
	tlRefRunes = 12
	tlIDRunes  = 9
)

// svgTimeline is a Timeline laid out: every coordinate computed here, so
// that the SVG's viewBox fits the data exactly and the page scales it
// down to the width it has.
type svgTimeline struct {
	Reference     string
	Date          corpus.Date
	Width, Height int
	Cols          []svgCol
	Rows          []svgRow
	Current       svgCol
}

type svgCol struct {
	Reference   string
	Date        corpus.Date
	Label, When string
	X, W, Mid   int
	Current     bool
}

type svgRow struct {
	QuestionID, Question, Label string
	TextY                       int
	Cells                       []svgCell
}

type svgCell struct {
	X, Y, W, H, Mid, TextY   int
	Fill, Stroke, Ink, Short string
	Title                    string
}

func layoutTimeline(t compare.Timeline) *svgTimeline {
	n := len(t.Letters)
	if n == 0 {
		return nil
	}
	s := &svgTimeline{Reference: t.Reference, Date: t.Date,
		Width:  tlLabelW + n*(tlCellW+tlGap) - tlGap + tlPad,
		Height: tlHeadH + max(len(t.Rows), 1)*(tlCellH+tlGap) - tlGap + tlPad}
	for c, l := range t.Letters {
		x := tlLabelW + c*(tlCellW+tlGap)
		col := svgCol{Reference: l.Reference, Date: l.Date, Label: truncate(oneLine(orDash(l.Reference)), tlRefRunes),
			When: dateOr(l.Date, "undated"), X: x, W: tlCellW, Mid: x + tlCellW/2, Current: c == n-1}
		s.Cols = append(s.Cols, col)
	}
	s.Current = s.Cols[n-1]
	for r, row := range t.Rows {
		y := tlHeadH + r*(tlCellH+tlGap)
		sr := svgRow{QuestionID: row.QuestionID, Question: oneLine(row.Question),
			Label: truncate(orDash(row.QuestionID), tlIDRunes), TextY: y + 15}
		for c, col := range s.Cols {
			var k corpus.StanceKind
			if c < len(row.Stances) {
				k = row.Stances[c]
			}
			st := styleOf(k)
			sr.Cells = append(sr.Cells, svgCell{X: col.X, Y: y, W: tlCellW, H: tlCellH, Mid: col.Mid, TextY: y + 15,
				Fill: st.Fill, Stroke: st.Stroke, Ink: st.Ink, Short: st.Short,
				Title: orDash(row.QuestionID) + " in " + orDash(col.Reference) + " (" + col.When + "): " + st.Label})
		}
		s.Rows = append(s.Rows, sr)
	}
	return s
}
