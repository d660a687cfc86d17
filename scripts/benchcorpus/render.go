package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// writeFODT writes l as a Flat ODT document: A4, Liberation Sans, a footer
// with the authority's web address and "Page X of Y", and a protective
// marking in the header when the letter has one, as LibreOffice prints
// real letters.
func writeFODT(w io.Writer, l letter) {
	header := ""
	if l.header != "" {
		header = `<style:header><text:p text:style-name="Header">` + esc(l.header) + `</text:p></style:header>`
	}
	footer := `<style:footer><text:p text:style-name="Footer">` + esc(l.auth.web) +
		`</text:p><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>`
	fmt.Fprintf(w, fodtHead, esc(l.ref+" "+l.title), l.size, header, footer)
	tables := 0
	for _, b := range l.blocks {
		switch b.kind {
		case "right", "para", "label", "quote", "h1", "h2":
			style := map[string]string{"right": "Right", "para": "Body", "label": "Label", "quote": "Quote", "h1": "H1", "h2": "H2"}[b.kind]
			fmt.Fprintf(w, "<text:p text:style-name=%q>%s</text:p>\n", style, joinLines(b.lines, "<text:line-break/>"))
		case "list":
			fmt.Fprint(w, `<text:list text:style-name="LNum">`)
			for j, it := range b.items {
				start := ""
				if j == 0 {
					start = fmt.Sprintf(` text:start-value="%d"`, b.start)
				}
				fmt.Fprintf(w, `<text:list-item%s><text:p text:style-name="ListPara">%s</text:p></text:list-item>`, start, esc(it))
			}
			fmt.Fprintln(w, "</text:list>")
		case "table":
			tables++
			fmt.Fprintf(w, `<table:table table:name="Table%d" table:style-name="Tbl"><table:table-column table:style-name="TblColQ"/><table:table-column table:style-name="TblColA"/>`, tables)
			for j, row := range b.rows {
				head := b.header && j == 0
				if head {
					fmt.Fprint(w, "<table:table-header-rows>")
				}
				fmt.Fprint(w, "<table:table-row>")
				for _, c := range row {
					style := "Cell"
					if head {
						style = "CellHead"
					}
					fmt.Fprintf(w, `<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name=%q>%s</text:p></table:table-cell>`, style, esc(c))
				}
				fmt.Fprint(w, "</table:table-row>")
				if head {
					fmt.Fprint(w, "</table:table-header-rows>")
				}
			}
			fmt.Fprintln(w, "</table:table>")
		}
	}
	fmt.Fprint(w, fodtTail)
}

func joinLines(lines []string, sep string) string {
	e := make([]string, len(lines))
	for j, s := range lines {
		e[j] = esc(s)
	}
	return strings.Join(e, sep)
}

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

const fodtHead = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="%dpt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.3cm" fo:line-height="115%%"/>
 </style:style>
 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.63cm" fo:margin-left="1.6cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="16.6cm" table:align="margins" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="TblColQ" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
 <style:style style:name="TblColA" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">%s%s</style:master-page>
</office:master-styles>
<office:body><office:text>
`

const fodtTail = `</office:text></office:body>
</office:document>
`

// writeText writes l as plain text wrapped at 78 columns, as a letter
// pasted into an email or a disclosure log's text file looks.
func writeText(w io.Writer, l letter) {
	if l.header != "" {
		fmt.Fprintf(w, "%s\n\n", l.header)
	}
	for _, b := range l.blocks {
		switch b.kind {
		case "right":
			for _, s := range b.lines {
				fmt.Fprintf(w, "%78s\n", s)
			}
		case "h1":
			fmt.Fprintln(w, strings.ToUpper(strings.Join(b.lines, " ")))
		case "h2":
			s := strings.Join(b.lines, " ")
			fmt.Fprintf(w, "%s\n%s\n", s, strings.Repeat("-", utf8.RuneCountInString(s)))
		case "quote":
			for _, s := range b.lines {
				wrap(w, s, "    ", "    ")
			}
		case "list":
			for j, it := range b.items {
				p := fmt.Sprintf("%4d. ", b.start+j)
				wrap(w, it, p, strings.Repeat(" ", len(p)))
			}
		case "table":
			for _, row := range b.rows[1:] {
				wrap(w, row[0], "", "")
				wrap(w, row[1], "    ", "    ")
			}
		default:
			for _, s := range b.lines {
				wrap(w, s, "", "")
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%s\n", l.auth.web)
}

func wrap(w io.Writer, s, first, rest string) {
	line := first
	n := utf8.RuneCountInString(line)
	empty := true
	for _, word := range strings.Fields(s) {
		k := utf8.RuneCountInString(word)
		if !empty && n+1+k > 78 {
			fmt.Fprintln(w, line)
			line, n, empty = rest, utf8.RuneCountInString(rest), true
		}
		if !empty {
			line += " "
			n++
		}
		line += word
		n += k
		empty = false
	}
	fmt.Fprintln(w, line)
}
