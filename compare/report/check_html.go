package report

import (
	"html/template"
	"io"
	"strings"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
)

// checkPage is one self-contained page: inline CSS, no scripts, every piece
// of letter text escaped by html/template.
var checkPage = template.Must(template.New("check").Funcs(template.FuncMap{
	"stance": stanceText,
	"kindClass": func(s corpus.Stance) string {
		return "k-" + string(kindOf(s))
	},
	"upper":  strings.ToUpper,
	"dash":   orDash,
	"clip":   func(s string, n int) string { return truncate(oneLine(s), n) },
	"sevRow": func(s compare.Severity) string { return "sev-" + string(s) },
}).Parse(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consistency check: {{dash .Draft.Reference}}</title>
<style>
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; line-height: 1.4; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
.meta { color: #555; margin-top: 0; }
.summary { font-weight: 600; margin: 1rem 0; }
.q { border: 1px solid #ddd; border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; overflow-wrap: anywhere; }
.q h2 { font-size: 1rem; margin: 0 0 .3rem; }
.text { margin: .2rem 0 .4rem; }
.before { color: #444; font-size: .92rem; margin: .15rem 0; }
.stance { display: inline-block; padding: 0 .4rem; border-radius: 4px; font-size: .85rem; font-weight: 600; }
.k-released { background: #dff3e3; } .k-partially_released { background: #fdf0c8; } .k-withheld, .k-refused { background: #fbdcdc; }
.k-ncnd { background: #e6defa; } .k-not_held { background: #e3e8ef; } .k-unknown { background: #eee; }
.finding { margin: .4rem 0 0; padding: .4rem .6rem; border-left: 4px solid; border-radius: 3px; }
.sev-high { border-color: #c62828; background: #fdeeee; } .sev-medium { border-color: #d49b00; background: #fff8e1; } .sev-low { border-color: #1565c0; background: #eef4fc; }
.none { color: #777; font-style: italic; }
</style>
</head>
<body>
<h1>Consistency check: {{dash .Draft.Reference}}</h1>
<p class="meta">{{dash .Draft.Authority}} · {{dash .Draft.Date.String}} · {{.Draft.Source}} · history before {{.AsOfText}}</p>
<p class="summary">{{.Summary}}</p>
{{range .Questions}}<section class="q">
<h2>{{.ID}} <span class="stance {{kindClass .Stance}}">{{stance .Stance}}</span></h2>
<p class="text">{{.Text}}</p>
{{if .Answer}}<p class="before">Draft answer: {{clip .Answer 300}}</p>{{end}}
{{range .Previous}}<p class="before">Before: {{dash .Reference}} ({{.Date}}) {{.QuestionID}} <span class="stance {{kindClass .Stance}}">{{stance .Stance}}</span> {{clip .Answer 200}} <small>score {{printf "%.2f" .Score}}</small></p>
{{else}}<p class="none">Not asked before.</p>
{{end}}{{range .Findings}}<p class="finding {{sevRow .Severity}}"><strong>{{upper (print .Severity)}} {{.Kind}}</strong>: {{.Message}}</p>
{{end}}</section>
{{end}}</body>
</html>
`))

type htmlQuestion struct {
	corpus.Question
	Previous []compare.Previous
	Findings []compare.Finding
}

func (c Config) checkHTML(w io.Writer, r CheckResult) error {
	data := struct {
		CheckResult
		AsOfText  string
		Summary   string
		Questions []htmlQuestion
	}{CheckResult: r, AsOfText: dateOr(r.AsOf, "today")}
	byQuestion := map[string][]compare.Finding{}
	for _, f := range r.Findings {
		byQuestion[f.QuestionID] = append(byQuestion[f.QuestionID], f)
	}
	matched := 0
	for i, q := range r.Draft.Questions {
		hq := htmlQuestion{Question: q, Findings: byQuestion[q.ID]}
		if i < len(r.Matches) {
			hq.Previous = r.Matches[i].Previous
		}
		if len(hq.Previous) > 3 {
			hq.Previous = hq.Previous[:3]
		}
		if len(hq.Previous) > 0 {
			matched++
		}
		data.Questions = append(data.Questions, hq)
	}
	data.Summary = checkSummary(r, matched)
	return checkPage.Execute(w, data)
}
