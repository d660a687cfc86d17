package main

import "testing"

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestResolveIndex(t *testing.T) {
	tests := []struct {
		name   string
		flag   string
		getenv func(string) string
		want   indexLocation
	}{
		{"flag wins over env", "flagged", env(map[string]string{indexEnv: "fromenv"}), indexLocation{"flagged", "--index"}},
		{"flag alone", "/srv/foi/index/", env(nil), indexLocation{"/srv/foi/index", "--index"}},
		{"env without flag", "", env(map[string]string{indexEnv: "fromenv"}), indexLocation{"fromenv", indexEnv}},
		{"env cleaned", "", env(map[string]string{indexEnv: "./a/../idx/"}), indexLocation{"idx", indexEnv}},
		{"blank env ignored", "", env(map[string]string{indexEnv: "  "}), indexLocation{defaultIndexDir, "default"}},
		{"nothing set", "", env(nil), indexLocation{defaultIndexDir, "default"}},
		{"nil getenv", "", nil, indexLocation{defaultIndexDir, "default"}},
		{"other variables ignored", "", env(map[string]string{"INDEX": "x", "FOICHECK_INDEX_DIR": "y"}), indexLocation{defaultIndexDir, "default"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveIndex(tt.flag, tt.getenv); got != tt.want {
				t.Errorf("resolveIndex(%q) = %+v, want %+v", tt.flag, got, tt.want)
			}
		})
	}
}

func TestIndexFlagThroughCommandLine(t *testing.T) {
	tests := []struct {
		args []string
		env  map[string]string
		want indexLocation
	}{
		{[]string{"version"}, nil, indexLocation{defaultIndexDir, "default"}},
		{[]string{"version"}, map[string]string{indexEnv: "e"}, indexLocation{"e", indexEnv}},
		{[]string{"--index", "f", "version"}, map[string]string{indexEnv: "e"}, indexLocation{"f", "--index"}},
		{[]string{"version", "--index=f"}, nil, indexLocation{"f", "--index"}},
	}
	for _, tt := range tests {
		f, _, _ := testFactory(t)
		f.Getenv = env(tt.env)
		root := newRootCmd(f)
		root.SetArgs(tt.args)
		if err := root.Execute(); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if got := f.indexLocation(); got != tt.want {
			t.Errorf("%v with %v: index %+v, want %+v", tt.args, tt.env, got, tt.want)
		}
	}
}
