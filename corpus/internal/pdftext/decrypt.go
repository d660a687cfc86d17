package pdftext

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// decrypt returns data decrypted with the empty user password, for the
// encryption methods the parsing library cannot undo (AES-256, short RC4
// keys); letters are often published "protected" against editing only.
// It works in memory and writes no files. Errors wrap ErrPassword when the
// empty password is not the user password.
func decrypt(data []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("decrypting: %v", r)
		}
	}()
	// Without this pdfcpu creates a configuration folder in the user's
	// home on first use.
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	var buf bytes.Buffer
	if err := api.Decrypt(bytes.NewReader(data), &buf, conf); err != nil {
		if strings.Contains(err.Error(), "password") {
			return nil, ErrPassword
		}
		return nil, fmt.Errorf("decrypting: %w", err)
	}
	return buf.Bytes(), nil
}
