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

// probeResult is what the measuring page writes into its DOM.
var probeResult = regexp.MustCompile(`probe scroll=(\d+) client=(\d+) right=(\d+) widest=([^<\n]*)`)

// measure loads page in an iframe exactly width pixels wide and returns
// how wide the report's content is against the width it has. The report
// itself has no script; the measuring page that frames it (written only
// here, in the test's directory) has one, which writes the numbers into
// its DOM for --dump-dom to print. The iframe, unlike a headless window,
// can be narrower than a desktop window's minimum, and its width is what
// the report's media queries see.
func measure(t *testing.T, bin, dir, page string, width int) (scroll, client, right int, widest string) {
	t.Helper()
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	wrapper := fmt.Sprintf(`<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" style="border:0;width:%dpx;height:1500px" srcdoc="%s"></iframe>
<pre id="out">probe pending</pre>
<script>
document.getElementById("f").addEventListener("load", function () {
  var d = this.contentDocument, right = 0, widest = "";
  d.querySelectorAll("body *").forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > right) { right = r.right; widest = e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? "." + e.className : ""); }
  });
  document.getElementById("out").textContent = "probe scroll=" + d.documentElement.scrollWidth +
    " client=" + d.documentElement.clientWidth + " right=" + Math.ceil(right) + " widest=" + widest;
});
</script>
</body></html>
`, width, html.EscapeString(string(src)))
	path := filepath.Join(dir, fmt.Sprintf("measure-%d-%s", width, filepath.Base(page)))
	if err := os.WriteFile(path, []byte(wrapper), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runBrowser(t, bin, dir, "--virtual-time-budget=5000", "--window-size=1400,1600", "--dump-dom", fileURL(path))
	m := probeResult.FindSubmatch(dom)
	if m == nil {
		t.Fatalf("width %d: the measuring page wrote no result:\n%.2000s", width, dom)
	}
	scroll, _ = strconv.Atoi(string(m[1]))
	client, _ = strconv.Atoi(string(m[2]))
	right, _ = strconv.Atoi(string(m[3]))
	return scroll, client, right, string(m[4])
}

// TestReportNoHorizontalOverflow checks that nothing on the page is wider
// than the window, from a desktop down to a small phone: long references,
// letter text without spaces and the timelines all fit.
func TestReportNoHorizontalOverflow(t *testing.T) {
	bin := findBrowser(t)
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
	// The measure itself must see an overflow when there is one.
	control := filepath.Join(dir, "control.html")
	if err := os.WriteFile(control, []byte(`<!DOCTYPE html><p style="width:700px">too wide</p>`), 0o644); err != nil {
		t.Fatal(err)
	}
	if scroll, client, right, _ := measure(t, bin, dir, control, 390); scroll <= client || right <= client {
		t.Fatalf("the measure misses a 700px paragraph at 390px: content %d, width %d, right edge %d", scroll, client, right)
	}
	pages := map[string]string{
		"sample": writePage(t, dir, "sample.html", sampleReport()),
		"wide":   writePage(t, dir, "wide.html", wide),
		"empty":  writePage(t, dir, "empty.html", emptyReport()),
	}
	for name, page := range pages {
		for _, width := range []int{1280, 390, 320} {
			scroll, client, right, widest := measure(t, bin, dir, page, width)
			t.Logf("%s at %dpx: content %dpx wide in %dpx, right-most edge %dpx (%s)", name, width, scroll, client, right, widest)
			if client <= 0 || client > width {
				t.Errorf("%s at %dpx: the page had %dpx", name, width, client)
			}
			if scroll > client {
				t.Errorf("%s at %dpx: the page scrolls sideways (%dpx of content in %dpx)", name, width, scroll, client)
			}
			if right > client {
				t.Errorf("%s at %dpx: %s reaches %dpx, past the %dpx edge", name, width, widest, right, client)
			}
		}
	}
}

// TestReportPrints prints the sample report to PDF, as an officer would
// print it to A4.
func TestReportPrints(t *testing.T) {
	bin := findBrowser(t)
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
