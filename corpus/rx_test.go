package corpus

import (
	"fmt"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// packageExprs returns every expression the package gives mustRx and the
// constructors built on it, read from its source: string literals joined
// with +, the package's string constants and the String of an expression
// so made. The test then covers expressions added later without being
// told of them. As expressions are compiled on first use, one it cannot
// read would first be compiled (and fail) in use: that is an error here.
func packageExprs(t testing.TB) []string {
	t.Helper()
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		file, err := goparser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	// The package-level constants and variables, by name.
	env := exprEnv{}
	for _, file := range files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					env[name.Name] = vs.Values[i]
				}
			}
		}
	}
	var out []string
	for _, file := range files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && isExprConstructor(fd.Name.Name) {
				// The constructors pass their argument on.
				continue
			}
			ast.Inspect(decl, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				id, ok := call.Fun.(*ast.Ident)
				if !ok || !isExprConstructor(id.Name) {
					return true
				}
				s, ok := env.string(call.Args[0], 0)
				if !ok {
					t.Errorf("%s: %s is given an expression this test cannot read; build it from string literals and constants, so that the tests compile it", fset.Position(call.Pos()), id.Name)
					return true
				}
				out = append(out, s)
				return true
			})
		}
	}
	if len(out) < 100 {
		t.Fatalf("found only %d expressions in the package source", len(out))
	}
	return out
}

func isExprConstructor(name string) bool {
	switch name {
	case "mustRx", "mustGated", "mustAlternation", "mustLead":
		return true
	}
	return false
}

// exprEnv holds the package-level constants and variables by name.
type exprEnv map[string]ast.Expr

// string evaluates e, a string built of literals joined with +, names of
// constants so built, and X.String() of a variable made by a constructor.
func (env exprEnv) string(e ast.Expr, depth int) (string, bool) {
	if depth > 1000 { // no source nests this deep; a guard against a loop
		return "", false
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok1 := env.string(e.X, depth+1)
		y, ok2 := env.string(e.Y, depth+1)
		return x + y, ok1 && ok2
	case *ast.ParenExpr:
		return env.string(e.X, depth+1)
	case *ast.Ident:
		v, ok := env[e.Name]
		if !ok {
			return "", false
		}
		return env.string(v, depth+1)
	case *ast.CallExpr:
		// authRE.String(), authRE being mustRx(...).
		sel, ok := e.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "String" || len(e.Args) != 0 {
			return "", false
		}
		x, ok := sel.X.(*ast.Ident)
		if !ok {
			return "", false
		}
		made, ok := env[x.Name].(*ast.CallExpr)
		if !ok || len(made.Args) != 1 {
			return "", false
		}
		if fn, ok := made.Fun.(*ast.Ident); !ok || !isExprConstructor(fn.Name) {
			return "", false
		}
		return env.string(made.Args[0], depth+1)
	}
	return "", false
}

// rxTexts are texts to compare the two engines on: the lines, sentences
// and whole text of letter fixtures, and texts made to catch the edges a
// start test could get wrong.
func rxTexts(t testing.TB) []string {
	t.Helper()
	texts := []string{
		"",
		"a",
		"Section 31(1)(a) applies.",
		"\nsection 40(2)\n",
		"Question 3 is exempt under s.43(2) and questions 7-8 are withheld.",
		"résumé Section 12 exceeds",
		"ſection 31 — the Kelvin \u212a sign, ſ and K",
		"\xff\xfesection 12\xc3",
		"word\xe2\x80\x99s exempt",
		"_exempt exempt_ 9exempt",
		"EXEMPT WITHHELD NEITHER CONFIRM NOR DENY",
		"I am writing. We have withheld it. The Force does not hold it.",
		"Ref: FOI 0456/22\nDate: 2 May 2022\nReceived: 14 April 2022",
		"Q1. How many?\nQ2: Which supplier?\n3) When?\n(4) Why?",
	}
	paths, _ := filepath.Glob("testdata/letters/*.txt")
	more, _ := filepath.Glob("testdata/eval/*.txt")
	if len(more) > 4 {
		more = more[:4]
	}
	for k, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if k < 3 {
			// Whole letters are slow to compare on: a few show the
			// long texts, the rest their lines and sentences.
			texts = append(texts, s)
		}
		for _, ln := range strings.Split(s, "\n") {
			if strings.TrimSpace(ln) != "" {
				texts = append(texts, ln)
			}
		}
		texts = append(texts, splitSentences(s)...)
	}
	seen := map[string]bool{}
	return slices.DeleteFunc(texts, func(s string) bool {
		dup := seen[s]
		seen[s] = true
		return dup
	})
}

// TestRxSameAsRegexp checks that every expression of the package gives, as
// an rx, the answers the regexp package gives, method by method.
func TestRxSameAsRegexp(t *testing.T) {
	exprs := packageExprs(t)
	texts := rxTexts(t)
	fast := 0
	for _, expr := range exprs {
		r := mustRx(expr)
		r.build()
		if r.fast && r.anchoredAt() != nil {
			fast++
		}
	}
	t.Logf("%d expressions, %d run only where a match can begin, %d texts", len(exprs), fast, len(texts))
	// Those anchored at the text start are left to the regexp package,
	// as are those whose matches can begin at too many places.
	if fast < len(exprs)*2/5 {
		t.Errorf("only %d of %d expressions are sped up", fast, len(exprs))
	}
	const shards = 4
	for k := range shards {
		t.Run(fmt.Sprint("shard", k), func(t *testing.T) {
			t.Parallel()
			for i := k; i < len(exprs); i += shards {
				expr := exprs[i]
				r, a, std := mustRx(expr), mustAlternation(expr), regexp.MustCompile(expr)
				for _, s := range texts {
					if diff := compareRx(r, a, std, s); diff != "" {
						t.Fatalf("%q on %q: %s", expr, s, diff)
					}
				}
			}
		})
	}
}

// compareRx returns what an rx (and an alternation) of an expression
// answer differently from the regexp package on s, or "".
func compareRx(r *rx, a *alternation, std *regexp.Regexp, s string) string {
	type pair struct {
		name      string
		got, want any
	}
	pairs := []pair{
		{"MatchString", r.MatchString(s), std.MatchString(s)},
		{"alternation MatchString", a.MatchString(s), std.MatchString(s)},
		{"FindStringIndex", r.FindStringIndex(s), std.FindStringIndex(s)},
		{"FindString", r.FindString(s), std.FindString(s)},
		{"FindStringSubmatchIndex", r.FindStringSubmatchIndex(s), std.FindStringSubmatchIndex(s)},
		{"FindStringSubmatch", r.FindStringSubmatch(s), std.FindStringSubmatch(s)},
		{"FindAllStringIndex", r.FindAllStringIndex(s, -1), std.FindAllStringIndex(s, -1)},
		{"FindAllStringIndex 2", r.FindAllStringIndex(s, 2), std.FindAllStringIndex(s, 2)},
		{"FindAllString", r.FindAllString(s, -1), std.FindAllString(s, -1)},
		{"FindAllStringSubmatchIndex", r.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1)},
		{"FindAllStringSubmatch", r.FindAllStringSubmatch(s, 3), std.FindAllStringSubmatch(s, 3)},
		{"ReplaceAllString", r.ReplaceAllString(s, "<$1>"), std.ReplaceAllString(s, "<$1>")},
		{"ReplaceAllString plain", r.ReplaceAllString(s, "#"), std.ReplaceAllString(s, "#")},
		{"ReplaceAllStringFunc", r.ReplaceAllStringFunc(s, strings.ToUpper), std.ReplaceAllStringFunc(s, strings.ToUpper)},
		{"Split", r.Split(s, -1), std.Split(s, -1)},
		{"Split 2", r.Split(s, 2), std.Split(s, 2)},
		{"Split 0", r.Split(s, 0), std.Split(s, 0)},
	}
	if lower := asciiLower(s); lower == s {
		pairs = append(pairs, pair{"alternation MatchLower", a.MatchLower(s), std.MatchString(s)})
	}
	for _, p := range pairs {
		if !reflect.DeepEqual(p.got, p.want) {
			return fmt.Sprintf("%s: got %#v, want %#v", p.name, p.got, p.want)
		}
	}
	return ""
}

// FuzzRx compares an rx with the regexp package on any text, for an
// expression of the package chosen by number.
func FuzzRx(f *testing.F) {
	exprs := packageExprs(f)
	for i, s := range rxTexts(f)[:20] {
		f.Add(uint16(i), s)
	}
	rxs := make([]*rx, len(exprs))
	alts := make([]*alternation, len(exprs))
	stds := make([]*regexp.Regexp, len(exprs))
	for i, e := range exprs {
		rxs[i], alts[i], stds[i] = mustRx(e), mustAlternation(e), regexp.MustCompile(e)
	}
	f.Fuzz(func(t *testing.T, k uint16, s string) {
		i := int(k) % len(exprs)
		if diff := compareRx(rxs[i], alts[i], stds[i], s); diff != "" {
			t.Fatalf("%q on %q: %s", exprs[i], s, diff)
		}
	})
}

// TestRxLongMatch checks matches that run further than a run reads
// (matchWindow), which the regexp package settles, at the start of the
// text and after it, for expressions sped up and anchored.
func TestRxLongMatch(t *testing.T) {
	long := strings.Repeat("a", matchWindow+40)
	exprs := []string{
		`\bfoo([^!]*)bar\b`,
		`(?i)^foo(a+)(bar)?`,
		`(?m)^foo\s*(a*)$`,
		`\bfoo(?:a|b)+?bar`,
	}
	texts := []string{
		"foo" + long + "bar",
		"x foo" + long + "bar and foo" + long,
		"FOO" + long + "BAR",
		"x\nfoo " + long + "\nfoo" + long + "bar",
		"foo" + long,
	}
	for _, expr := range exprs {
		r, a, std := mustRx(expr), mustAlternation(expr), regexp.MustCompile(expr)
		r.build()
		if !r.fast && !r.anchored {
			t.Errorf("%q: not sped up", expr)
		}
		for _, s := range texts {
			if diff := compareRx(r, a, std, s); diff != "" {
				t.Errorf("%q on %.20q...: %s", expr, s, diff)
			}
		}
	}
}
