package report

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/foicheck/foicheck/compare"
)

// browsers are the names a headless Chromium goes by: Debian's package,
// Ubuntu's older one, and Google's builds.
var browsers = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

func findBrowser(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("renders the report in a browser: not in -short")
	}
	for _, name := range browsers {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skipf("no browser on PATH (looked for %v): the report's rendering is not checked", browsers)
	return ""
}

// runBrowser runs the browser headless with its own profile in dir, so
// that runs never share state, and returns its standard output.
func runBrowser(t *testing.T, bin, dir string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--no-default-browser-check", "--mute-audio",
		"--user-data-dir=" + filepath.Join(dir, "profile")}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", filepath.Base(bin), args, err, stderr.Bytes())
	}
	return stdout.Bytes()
}

func writePage(t *testing.T, dir, name string, r ReportResult) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(reportHTML(t, r)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func fileURL(path string) string { return "file://" + filepath.ToSlash(path) }

// TestReportScreenshots renders the sample report at a desktop's and a
// phone's width and checks that something was drawn.
func TestReportScreenshots(t *testing.T) {
	bin := findBrowser(t)
	t.Parallel() // a browser run is slow, and each has its own profile
	dir := t.TempDir()
	page := writePage(t, dir, "report.html", sampleReport())
	for _, width := range []int{1280, 390} {
		shot := filepath.Join(dir, fmt.Sprintf("report-%d.png", width))
		runBrowser(t, bin, dir, "--hide-scrollbars", "--virtual-time-budget=2000", "--run-all-compositor-stages-before-draw",
			"--screenshot="+shot, fmt.Sprintf("--window-size=%d,2000", width), fileURL(page))
		f, err := os.Open(shot)
		if err != nil {
			t.Fatalf("width %d: no screenshot: %v", width, err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("width %d: the screenshot does not decode: %v", width, err)
		}
		colours, inked := paint(img)
		t.Logf("width %d: screenshot %dx%d, %d colours, %.1f%% not background", width,
			img.Bounds().Dx(), img.Bounds().Dy(), colours, 100*inked)
		// Text, tiles and the timeline's stance colours give hundreds of
		// colours; a blank or failed page gives one or two.
		if colours < 16 || inked < 0.02 {
			t.Errorf("width %d: the screenshot looks blank (%d colours, %.1f%% drawn)", width, colours, 100*inked)
		}
	}
}

// paint counts img's distinct colours (up to a thousand) and the share of
// its pixels that differ from the top-left one, the page's background.
func paint(img image.Image) (colours int, inked float64) {
	b := img.Bounds()
	bg := img.At(b.Min.X, b.Min.Y)
	br, bgG, bb, _ := bg.RGBA()
	seen := map[[3]uint32]bool{}
	drawn := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if len(seen) < 1000 {
				seen[[3]uint32{r, g, bl}] = true
			}
			if r != br || g != bgG || bl != bb {
				drawn++
			}
		}
	}
	return len(seen), float64(drawn) / float64(b.Dx()*b.Dy())
}

// frame is one page framed at one width, and what the measure found.
type frame struct {
	name, page string
	width      int
	// scroll and client are the framed document's scrollWidth and
	// clientWidth; right is the right-most edge of any element, and
	// widest names that element.
	scroll, client, right int
	widest                string
}

// probeResult is a line the measuring page writes into its DOM.
var probeResult = regexp.MustCompile(`probe (\d+) scroll=(\d+) client=(\d+) right=(\d+) widest=([^<\n]*)`)
var probeLines = regexp.MustCompile(`probe [^\n<]*`)

// measure frames each page in an iframe exactly as wide as asked, all in
// one browser run, and fills in how wide each page's content is against
// the width it has. The report itself has no script; the measuring page
// that frames it (written only here, in the test's directory) has one,
// which writes the numbers into its DOM for --dump-dom to print. An
// iframe, unlike a headless window, can be narrower than a desktop
// window's minimum, and its width is what the report's media queries see.
func measure(t *testing.T, bin, dir string, frames []frame) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="margin:0">
`)
	for i, f := range frames {
		src, err := os.ReadFile(f.page)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "<iframe data-i=\"%d\" style=\"display:block;border:0;width:%dpx;height:1500px\" srcdoc=\"%s\"></iframe>\n",
			i, f.width, html.EscapeString(string(src)))
	}
	b.WriteString(`<pre id="out"></pre>
<script>
// The window's load comes after every frame's, however quickly a frame
// loaded.
window.addEventListener("load", function () {
  document.querySelectorAll("iframe").forEach(function (f) {
    var d = f.contentDocument, right = 0, widest = "";
    d.querySelectorAll("body *").forEach(function (e) {
      var r = e.getBoundingClientRect();
      if (r.right > right) {
        right = r.right;
        widest = e.tagName.toLowerCase() + (typeof e.className === "string" && e.className ? "." + e.className : "");
      }
    });
    document.getElementById("out").textContent += "probe " + f.dataset.i + " scroll=" + d.documentElement.scrollWidth +
      " client=" + d.documentElement.clientWidth + " right=" + Math.ceil(right) + " widest=" + widest + "\n";
  });
});
</script>
</body></html>
`)
	path := filepath.Join(dir, "measure.html")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runBrowser(t, bin, dir, "--virtual-time-budget=10000", "--window-size=1400,1600", "--dump-dom", fileURL(path))
	found := 0
	for _, m := range probeResult.FindAllSubmatch(dom, -1) {
		i, _ := strconv.Atoi(string(m[1]))
		if i < 0 || i >= len(frames) {
			continue
		}
		f := &frames[i]
		f.scroll, _ = strconv.Atoi(string(m[2]))
		f.client, _ = strconv.Atoi(string(m[3]))
		f.right, _ = strconv.Atoi(string(m[4]))
		f.widest = string(m[5])
		found++
	}
	if found != len(frames) {
		t.Fatalf("the measuring page measured %d of %d frames:\n%s", found, len(frames), probeLines.FindAll(dom, -1))
	}
}

// TestReportNoHorizontalOverflow checks that nothing on the page is wider
// than the window, from a desktop down to a small phone: long references,
// letter text without spaces and the timelines all fit.
func TestReportNoHorizontalOverflow(t *testing.T) {
	bin := findBrowser(t)
	t.Parallel() // a browser run is slow, and each has its own profile
	dir := t.TempDir()
	wide := sampleReport()
	// A reference and an answer with no space to break at, and a timeline
	// of a dozen letters.
	long := "FOI-2024-000000000000000000000000000000000000000000000000000001"
	wide.Findings[0].Previous.Answer = long + long + long
	wide.Findings[0].Reference = long
	wide.Timelines[0].Reference = long
	for len(wide.Timelines[0].Letters) < 12 {
		tl := &wide.Timelines[0]
		tl.Letters = append([]compare.TimelineLetter{{Reference: long, Date: tl.Letters[0].Date}}, tl.Letters...)
		for i := range tl.Rows {
			tl.Rows[i].Stances = append(tl.Rows[i].Stances[:1:1], tl.Rows[i].Stances...)
		}
	}
	// The control must overflow: it keeps the measure honest.
	control := filepath.Join(dir, "control.html")
	if err := os.WriteFile(control, []byte(`<!DOCTYPE html><p style="width:700px">too wide</p>`), 0o644); err != nil {
		t.Fatal(err)
	}
	frames := []frame{{name: "control", page: control, width: 390}}
	for _, p := range []struct {
		name string
		r    ReportResult
	}{{"sample", sampleReport()}, {"wide", wide}, {"empty", emptyReport()}} {
		page := writePage(t, dir, p.name+".html", p.r)
		for _, width := range []int{1280, 390, 320} {
			frames = append(frames, frame{name: p.name, page: page, width: width})
		}
	}
	measure(t, bin, dir, frames)
	if c := frames[0]; c.scroll <= c.client || c.right <= c.client {
		t.Fatalf("the measure misses a 700px paragraph at 390px: content %d, width %d, right edge %d", c.scroll, c.client, c.right)
	}
	for _, f := range frames[1:] {
		t.Logf("%s at %dpx: content %dpx wide in %dpx, right-most edge %dpx (%s)", f.name, f.width, f.scroll, f.client, f.right, f.widest)
		if f.client <= 0 || f.client > f.width {
			t.Errorf("%s at %dpx: the page had %dpx", f.name, f.width, f.client)
		}
		if f.scroll > f.client {
			t.Errorf("%s at %dpx: the page scrolls sideways (%dpx of content in %dpx)", f.name, f.width, f.scroll, f.client)
		}
		if f.right > f.client {
			t.Errorf("%s at %dpx: %s reaches %dpx, past the %dpx edge", f.name, f.width, f.widest, f.right, f.client)
		}
	}
}

// TestReportPrints prints the sample report to PDF, as an officer would
// print it to A4.
func TestReportPrints(t *testing.T) {
	bin := findBrowser(t)
	t.Parallel() // a browser run is slow, and each has its own profile
	dir := t.TempDir()
	page := writePage(t, dir, "report.html", sampleReport())
	pdf := filepath.Join(dir, "report.pdf")
	runBrowser(t, bin, dir, "--virtual-time-budget=2000", "--no-pdf-header-footer", "--print-to-pdf="+pdf, fileURL(page))
	b, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatalf("no PDF: %v", err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) || len(b) < 2000 {
		t.Errorf("not a printed page: %d bytes starting %q", len(b), b[:min(len(b), 8)])
	}
	// Every page is the size the report's @page asks for: A4, 595 by 842
	// points (Chromium writes 594.96 by 841.92).
	boxes := mediaBox.FindAllSubmatch(b, -1)
	if len(boxes) == 0 {
		t.Fatal("the PDF has no page")
	}
	for _, m := range boxes {
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		h, _ := strconv.ParseFloat(string(m[2]), 64)
		if w < 594 || w > 596 || h < 841 || h > 843 {
			t.Errorf("a page of %.1f by %.1f points, want A4", w, h)
		}
	}
	t.Logf("printed: %d A4 pages, %d bytes", len(boxes), len(b))
}

var mediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]`)
