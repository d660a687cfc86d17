package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	info := func(version string, settings ...string) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			bi := &debug.BuildInfo{GoVersion: "go1.26.1", Main: debug.Module{Path: "github.com/foicheck/foicheck", Version: version}}
			for i := 0; i+1 < len(settings); i += 2 {
				bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
			}
			return bi, true
		}
	}
	tests := []struct {
		name    string
		read    func() (*debug.BuildInfo, bool)
		version string
		goVer   string
	}{
		{"released module", info("v1.2.0"), "v1.2.0", "go1.26.1"},
		{"clean checkout", info("(devel)", "vcs.revision", "0123456789abcdef0123", "vcs.modified", "false"), "0123456789ab", "go1.26.1"},
		{"dirty checkout", info("(devel)", "vcs.revision", "0123456789abcdef0123", "vcs.modified", "true"), "0123456789ab-dirty", "go1.26.1"},
		{"short revision", info("", "vcs.revision", "abc"), "abc", "go1.26.1"},
		{"no vcs", info("(devel)"), "devel", "go1.26.1"},
		{"no build info", func() (*debug.BuildInfo, bool) { return nil, false }, "devel", runtime.Version()},
		{"nil reader", nil, "devel", runtime.Version()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := versionOf(tt.read)
			if v.Version != tt.version || v.Go != tt.goVer || v.Platform != runtime.GOOS+"/"+runtime.GOARCH {
				t.Errorf("versionOf = %+v, want version %q go %q", v, tt.version, tt.goVer)
			}
		})
	}
}
