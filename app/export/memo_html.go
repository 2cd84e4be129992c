package export

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"io"
	"strconv"
	"strings"
	"time"
)

// WriteMemoHTML writes m as one self-contained HTML document: no script, no outside
// resource, and a Content-Security-Policy that allows only its own style sheet (by hash),
// so nothing in it can run or call out even if a piece of article text tried. Every
// string goes through html/template's escaping as data; names sit in <bdi> so a
// right-to-left name does not reorder the sentence around it, and bidi controls are shown
// as marks (Shown). Print CSS: A4 or Letter (the margins fit both), rows and quotes never
// cut across pages, each claim of several on a new page, page numbers in the margin.
func WriteMemoHTML(w io.Writer, m Memo) error {
	return memoPage.Execute(w, memoView{Memo: m, CSS: template.CSS(memoCSS), CSP: memoCSP})
}

type memoView struct {
	Memo
	CSS template.CSS
	CSP string
}

// memoCSP forbids everything but the memo's own style element (by its hash): no script,
// image, font, frame, form or connection, and no <base> to re-point its links.
var memoCSP = func() string {
	sum := sha256.Sum256([]byte(memoCSS))
	return "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'; img-src 'none'; base-uri 'none'; form-action 'none'"
}()

// MemoCSP is the policy the HTML memo declares, for tests.
func MemoCSP() string { return memoCSP }

// memoTime writes a stored time ("2026-11-22T09:30:00.000Z") as "2026-11-22 09:30 UTC";
// anything else (a publication date "2025-06-29", an unparsed date) as it is.
func memoTime(s string) string {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC().Format("2006-01-02 15:04 UTC")
	}
	return s
}

// memoDate writes a publication date by its day when it has a time too.
func memoDate(s string) string {
	if len(s) > 10 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') {
		return s[:10]
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

var memoFuncs = template.FuncMap{
	// d is a name or a value inline among the memo's words: isolated and shown.
	"d": func(s string) template.HTML {
		return template.HTML("<bdi>" + template.HTMLEscapeString(Shown(s)) + "</bdi>")
	},
	"t":        Shown,
	"when":     memoTime,
	"date":     memoDate,
	"plural":   plural,
	"linkable": linkable,
	"stance":   stanceWords,
	"add":      func(a, b int) int { return a + b },
	"many":     func(cs []MemoClaim) bool { return len(cs) > 1 },
	"join":     strings.Join,
}

var memoPage = template.Must(template.New("memo").Funcs(memoFuncs).Parse(memoTemplate))

const memoTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Claimdesk {{.AppVersion}}">
<title>{{t .Title}}</title>
<style>{{.CSS}}</style>
</head>
<body>
<header class="memo-head">
<h1 dir="auto">{{t .Title}}</h1>
<p class="made" data-memo="made">Made {{when .MadeAt}}{{if .MadeBy}} by {{d .MadeBy}}{{end}} from the workspace “{{d .Workspace}}”{{if .StateID}}, as of its change #{{.StateID}} ({{when .StateAt}}){{else}}, which had no recorded change yet{{end}}. Claimdesk {{.AppVersion}}. Selection: {{d .Selection}}.</p>
</header>
{{if many .Claims}}<nav class="contents" aria-label="Contents">
<h2>Contents</h2>
<ol>{{range $i, $c := .Claims}}
<li><a href="#claim-{{$c.ID}}"><bdi>{{t $c.Statement}}</bdi></a> <span class="verdict-inline">{{if $c.Verdict}}{{$c.Verdict}}{{else}}not assessed{{end}}</span></li>{{end}}
</ol>
</nav>
{{end}}{{$n := len .Claims}}{{range $i, $c := .Claims}}
<article class="claim" id="claim-{{$c.ID}}" data-claim="{{$c.ID}}">
<p class="kicker">{{if gt $n 1}}Claim {{add $i 1}} of {{$n}} · {{end}}claim {{$c.ID}}</p>
<h2 class="statement" dir="auto" data-memo="statement">{{t $c.Statement}}</h2>
<table class="facts">
<tr><th scope="row">Verdict</th><td data-memo="verdict">{{if $c.Verdict}}<strong>{{$c.Verdict}}</strong>{{if $c.Grade}} · grade {{$c.Grade}}{{end}} · assessed by {{d $c.AssessedBy}} on {{when $c.AssessedAt}}{{else}}Not assessed yet{{end}}</td></tr>
{{if $c.Suggested}}<tr><th scope="row">Claimdesk suggests</th><td data-memo="suggested">{{$c.Suggested}}</td></tr>{{end}}
<tr><th scope="row">Independence</th><td data-memo="origins">{{d $c.OriginSummary}}</td></tr>
<tr><th scope="row">Mentions</th><td>{{plural $c.MentionsTotal "accepted mention"}}{{if $c.Pending}}; {{plural $c.Pending "machine-suggested mention"}} awaiting review, not in this memo{{end}}</td></tr>
<tr><th scope="row">Contradictions</th><td data-memo="contradictions">{{if $c.ContradictionsCount}}{{$c.ContradictionsCount}}{{else}}none found{{end}}</td></tr>
{{if $c.Tags}}<tr><th scope="row">Tags</th><td>{{range $k, $tag := $c.Tags}}{{if $k}}, {{end}}{{d $tag}}{{end}}</td></tr>{{end}}
<tr><th scope="row">Recorded</th><td>made by {{d $c.CreatedBy}} on {{when $c.CreatedAt}}; last changed {{when $c.UpdatedAt}}</td></tr>
</table>
{{if $c.Rationale}}<section class="rationale"><h3>The analyst’s rationale</h3><p class="text" dir="auto">{{t $c.Rationale}}</p></section>{{end}}
{{if $c.Reasons}}<section class="reasons"><h3>Why Claimdesk suggests {{$c.Suggested}}</h3><ul data-memo="reasons">{{range $c.Reasons}}<li dir="auto">{{t .}}</li>{{end}}</ul></section>{{end}}
<section class="origins"><h3>Independent origins</h3>
<p class="summary" data-memo="origin-summary">{{d $c.OriginSummary}}</p>
{{if $c.Origins}}<ol>{{range $c.Origins}}<li><strong>{{d .Name}}</strong> <span class="muted">({{.Kind}})</span>: {{plural .Mentions "mention"}} — {{range $k, $title := .Titles}}{{if $k}}; {{end}}{{d $title}}{{end}}{{if .MoreTitles}}; and {{.MoreTitles}} more{{end}}</li>{{end}}</ol>{{end}}
{{if $c.Unattributed}}<p class="muted">Unattributed (no origin counted): {{range $k, $title := $c.Unattributed}}{{if $k}}; {{end}}{{d $title}}{{end}}</p>{{end}}
</section>
<section class="contradictions"><h3>Contradictions</h3>
{{if $c.Contradictions}}<ol>{{range $c.Contradictions}}<li class="contradiction" data-memo="contradiction">{{template "pair" .}}</li>{{end}}</ol>
{{if $c.MoreContradictions}}<p class="more" data-memo="more-contradictions">and {{plural $c.MoreContradictions "more contradiction"}}, not listed here (the claim page lists them all).</p>{{end}}
{{else}}<p class="muted">No contradiction found among the accepted mentions.</p>{{end}}
{{if $c.Uncompared}}<p class="muted">{{t $c.Uncompared}}</p>{{end}}
</section>
{{if $c.UnitDifferences}}<section class="contradictions"><h3>Figures in other units <span class="muted">(not compared, no contradiction)</span></h3>
<ol>{{range $c.UnitDifferences}}<li class="contradiction" data-memo="unit-difference">{{template "pair" .}}</li>{{end}}</ol>
</section>{{end}}
<section class="mentions"><h3>Mentions</h3>
{{if $c.Mentions}}<ol>{{range $c.Mentions}}<li class="mention" data-memo="mention">
<p class="where">{{if .Outlet}}<strong>{{d .Outlet}}</strong> (reliability {{.Reliability}}){{else}}<strong>no outlet recorded</strong>{{end}}{{if .Published}} · {{date .Published}}{{end}} · {{stance .Stance}}{{if .Value}} · as written: “{{d .Value}}”{{end}}{{if .Hedge}} · hedge: “{{d .Hedge}}”{{end}}{{if .DirectQuote}} · direct quote{{end}}</p>
<p class="chain" data-memo="chain">{{if .Chain}}Chain: {{d .Chain}}{{else}}Chain: unattributed (adds no origin){{end}}{{if .Speaker}} · said by {{d .Speaker}}{{end}}{{if .Channel}} · channel: “{{d .Channel}}”{{end}}</p>
<blockquote dir="auto">{{t .Before}}<mark>{{t .Quote}}</mark>{{t .After}}</blockquote>
<p class="cite">— {{if linkable .URL}}<a href="{{.URL}}" rel="noreferrer noopener"><cite>{{d .Title}}</cite></a>{{else}}<cite>{{d .Title}}</cite>{{if .URL}} <span class="url">({{d .URL}})</span>{{end}}{{end}}</p>
</li>{{end}}</ol>
{{if $c.MoreMentions}}<p class="more" data-memo="more-mentions">and {{plural $c.MoreMentions "more accepted mention"}}, not listed here: the memo lists the first {{len $c.Mentions}}, as the claim page draws them (<code>claimdesk export --what mentions</code> lists every one).</p>{{end}}
{{else}}<p class="muted" data-memo="no-mentions">No accepted mention: this claim is not attached to any article text yet.</p>{{end}}
</section>
<section class="assessments"><h3>Assessments and evidence</h3>
{{if $c.Assessments}}<ol>{{range $c.Assessments}}<li class="assessment"><p><strong>{{.Verdict}}</strong>{{if .Latest}} (current){{end}} · {{d .Analyst}}{{if ne .Origin "analyst"}} (accepted from {{d .Origin}}){{end}} · {{when .At}}</p>
{{if .Rationale}}<p class="text" dir="auto">{{t .Rationale}}</p>{{end}}
{{if .Evidence}}<ul class="evidence">{{range .Evidence}}<li><strong>{{.Stance}}</strong>{{if .Title}}: <cite>{{d .Title}}</cite>{{end}}{{if .Quote}} <q dir="auto">{{t .Quote}}</q>{{end}}{{if .URL}} {{if linkable .URL}}<a href="{{.URL}}" rel="noreferrer noopener">{{d .URL}}</a>{{else}}<span class="url">{{d .URL}}</span>{{end}}{{end}}{{if .Note}}<br><span class="text" dir="auto">{{t .Note}}</span>{{end}}</li>{{end}}</ul>{{end}}
</li>{{end}}</ol>{{else}}<p class="muted">Not assessed yet.</p>{{end}}
</section>
{{if $c.Note}}<section class="note"><h3>Analyst’s note</h3><p class="text" dir="auto" data-memo="note">{{t $c.Note}}</p></section>{{end}}
</article>{{end}}
<footer><p class="muted">Verification memo made by Claimdesk. Article text is quoted as stored; bidirectional control characters in it are shown as ▸ ◂ ▪.</p></footer>
</body>
</html>
{{define "pair"}}<p><strong>{{.Kind}}</strong>: <span dir="auto">{{t .Message}}</span>{{if .SameOrigin}} <em>(both from one origin)</em>{{end}}{{if .Revised}} <em>(a revision of one article)</em>{{end}}</p>
<dl>{{template "side" .A}}{{template "side" .B}}</dl>{{if .Others}}<p class="muted">{{t .Others}}</p>{{end}}{{end}}
{{define "side"}}<dt>{{if .Outlet}}{{d .Outlet}}{{else}}no outlet{{end}}{{if .Published}}, {{date .Published}}{{end}}</dt><dd>{{if .Value}}“{{d .Value}}” · {{end}}{{stance .Stance}} — <q dir="auto">{{t .Quote}}</q>{{if .Title}} (<cite>{{d .Title}}</cite>){{end}}</dd>{{end}}
`

// memoCSS is the memo's only style sheet (its hash is in the CSP).
const memoCSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.45rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; margin: .2rem 0 .6rem; }
h3 { font: 600 .78rem/1.3 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; color: #444; margin: 1.2rem 0 .4rem; }
.made, .kicker, .muted, .more { color: #555; font-size: .9rem; }
.kicker { font: .8rem system-ui, sans-serif; margin: 0; }
.claim { border-top: 2px solid #111; margin-top: 2rem; padding-top: .6rem; }
.facts { border-collapse: collapse; width: 100%; font-size: .95rem; }
.facts th { text-align: left; vertical-align: top; width: 11rem; padding: .2rem .6rem .2rem 0; font-weight: 600; }
.facts td { padding: .2rem 0; }
.facts tr + tr th, .facts tr + tr td { border-top: 1px solid #ddd; }
ol, ul { padding-left: 1.4rem; }
li { margin: .35rem 0; }
.mention .where, .mention .chain, .mention .cite { margin: .1rem 0; font-size: .92rem; }
.chain { color: #333; }
blockquote { margin: .25rem 0; padding: .2rem .7rem; border-left: 3px solid #999; }
mark { background: #fff1a8; color: inherit; }
.text { white-space: pre-wrap; }
.url, a { word-break: break-all; }
a { color: #1a4fa0; }
dl { margin: .3rem 0; }
dt { font-weight: 600; margin-top: .2rem; }
dd { margin: 0 0 0 1rem; }
.contents ol { font-size: .95rem; }
.verdict-inline { color: #555; font-size: .85rem; }
footer { margin-top: 2.5rem; border-top: 1px solid #ccc; }
@page { margin: 16mm 14mm 18mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #555; } }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " <" attr(href) ">"; font-size: 8pt; color: #555; }
  .contents a[href]::after { content: none; }
  .claim { margin-top: 0; }
  .claim + .claim { break-before: page; }
  tr, li, blockquote, dt, dd, .facts, .contradiction dl { break-inside: avoid; }
  h2, h3, .kicker { break-after: avoid; }
  mark { background: none; font-weight: 600; text-decoration: underline; }
}
`
