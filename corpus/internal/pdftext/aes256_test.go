package pdftext

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAES256NeedsPassword(t *testing.T) {
	tests := []struct {
		file string
		want bool
	}{
		{"aes256.pdf", false},
		{"user-password-aes256.pdf", true},
		{"user-password.pdf", false}, // AES-128: the library tells
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "bad", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := aes256NeedsPassword(data); got != tt.want {
			t.Errorf("%s: aes256NeedsPassword = %v, want %v", tt.file, got, tt.want)
		}
	}
}

// TestHash2BEmptyPassword: the empty password checks out against the
// user entry of an AES-256 file written with no user password.
func TestHash2BEmptyPassword(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "bad", "aes256.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	loc := encryptUser.FindIndex(data)
	if loc == nil {
		t.Fatal("no /U entry")
	}
	u := pdfString(data[loc[1]-1:])
	if len(u) < 48 {
		t.Fatalf("/U is %d bytes", len(u))
	}
	if got := hash2B(nil, u[32:40]); string(got) != string(u[:32]) {
		t.Errorf("hash2B = %x, want %x", got, u[:32])
	}
}

func TestPDFString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<48 65 6c6c 6f> rest", "Hello"},
		{`(a\(b\)c\\d\101\n) rest`, "a(b)c\\dA\n"},
		{"(nested (parens) ok)", "nested (parens) ok"},
		{"(unterminated", "unterminated"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(pdfString([]byte(tt.in))); got != tt.want {
			t.Errorf("pdfString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOpenDecrypts(t *testing.T) {
	tests := []struct {
		file, repair string
		err          error
	}{
		{"aes256.pdf", "decrypted with the empty password", nil},
		{"rc4-40.pdf", "decrypted with the empty password", nil},
		{"aes128.pdf", "", nil},
		{"user-password-aes256.pdf", "", ErrPassword},
		{"user-password.pdf", "", ErrPassword},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "bad", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Open(data)
		if err != tt.err {
			t.Errorf("%s: Open error = %v, want %v", tt.file, err, tt.err)
			continue
		}
		if err == nil && doc.Repair != tt.repair {
			t.Errorf("%s: repair = %q, want %q", tt.file, doc.Repair, tt.repair)
		}
	}
}
