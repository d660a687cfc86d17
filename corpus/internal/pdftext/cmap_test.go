package pdftext

import "testing"

func TestParseCMap(t *testing.T) {
	tests := []struct {
		name string
		cmap string
		want map[uint32]string
	}{
		{"bfchar", "2 beginbfchar <01> <0041> <0002> <00660069> endbfchar",
			map[uint32]string{1: "A", 2: "fi"}},
		{"bfrange counts up", "1 beginbfrange <0010> <0012> <0061> endbfrange",
			map[uint32]string{0x10: "a", 0x11: "b", 0x12: "c"}},
		{"bfrange carries into the high byte", "1 beginbfrange <01> <02> <00FF> endbfrange",
			map[uint32]string{1: "\u00ff", 2: "\u0100"}},
		{"bfrange array", "1 beginbfrange <05> <06> [<0058> <fb01>] endbfrange",
			map[uint32]string{5: "X", 6: "\ufb01"}},
		{"surrogate pair", "1 beginbfchar <07> <D835DC00> endbfchar",
			map[uint32]string{7: "\U0001d400"}},
		{"comments and strings skipped", "%comment <01> <0041>\n/CMapName /X def (a string <01> <0042>) pop\n1 beginbfchar <03> <0043> endbfchar",
			map[uint32]string{3: "C"}},
		{"range too wide is skipped", "1 beginbfrange <00000000> <00FFFFFF> <0041> endbfrange", map[uint32]string{}},
		{"truncated", "1 beginbfchar <01> <00", map[uint32]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseCMap([]byte(tt.cmap)).text
			if len(got) != len(tt.want) {
				t.Errorf("got %d entries %v, want %v", len(got), got, tt.want)
			}
			for c, s := range tt.want {
				if got[c] != s {
					t.Errorf("code %#x = %q, want %q", c, got[c], s)
				}
			}
		})
	}
}

func TestParseCMapCodespace(t *testing.T) {
	m := parseCMap([]byte("2 begincodespacerange <00> <80> <8140> <FFFF> endcodespacerange"))
	if !m.widths[1] || !m.widths[2] || m.widths[3] {
		t.Errorf("widths = %v, want one- and two-byte codes", m.widths)
	}
}

func FuzzParseCMap(f *testing.F) {
	f.Add([]byte("1 beginbfrange <0010> <0012> [<0061> <0062>] endbfrange"))
	f.Add([]byte("2 beginbfchar <01> <0041> <0002> <00660069> endbfchar"))
	f.Fuzz(func(t *testing.T, data []byte) {
		parseCMap(data)
	})
}
