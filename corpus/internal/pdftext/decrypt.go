package pdftext

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/fault"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"
)

// disableConfigDir stops pdfcpu creating a configuration folder in the
// user's home on first use; once, as the setting is a package variable.
var disableConfigDir sync.Once

// decrypt returns data decrypted with the empty user password, for the
// encryption methods the parsing library cannot undo (AES-256, short RC4
// keys); letters are often published "protected" against editing only.
// It works in memory and writes no files. Errors wrap ErrPassword when the
// empty password is not the user password.
//
// It runs the steps of pdfcpu's api.Decrypt (read, validate, optimize,
// write) through the packages that do them, as importing pdfcpu's api
// package brings in its form filling and with it a terminal-width table
// built at start-up, tens of milliseconds of CPU in every process that
// reads a letter, encrypted or not.
func decrypt(data []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("decrypting: %v", r)
		}
	}()
	disableConfigDir.Do(func() { model.ConfigPath = "disable" })
	conf := model.NewDefaultConfiguration()
	conf.Cmd = model.DECRYPT
	var buf bytes.Buffer
	if err := decryptTo(data, &buf, conf); err != nil {
		if strings.Contains(err.Error(), "password") {
			return nil, ErrPassword
		}
		return nil, fmt.Errorf("decrypting: %w", err)
	}
	return buf.Bytes(), nil
}

// decryptTo is api.Decrypt for a configuration with Cmd DECRYPT, with the
// same error wrapping.
func decryptTo(data []byte, w *bytes.Buffer, conf *model.Configuration) (err error) {
	defer fault.Catch(&err)
	ctx, err := readValidateAndOptimize(data, conf)
	if err != nil {
		return fmt.Errorf("decrypt: %w", err)
	}
	ctx.Write.Writer = bufio.NewWriter(w)
	defer func() {
		err = errors.Join(err, ctx.Write.Flush())
	}()
	if err := pdfcpu.WriteContext(ctx); err != nil {
		return fmt.Errorf("decrypt: write output: %w", err)
	}
	return nil
}

func readValidateAndOptimize(data []byte, conf *model.Configuration) (ctx *model.Context, err error) {
	defer fault.Catch(&err)
	ctx, err = readAndValidate(data, conf)
	if err != nil {
		return nil, fmt.Errorf("prepare PDF context: %w", err)
	}
	// api.ReadValidateAndOptimize optimizes when the configuration asks,
	// and decrypting leaves no signatures to remove.
	if conf.Optimize {
		if err = pdfcpu.OptimizeXRefTable(ctx); err != nil {
			return nil, fmt.Errorf("optimize context: %w", err)
		}
	}
	if err := pdfcpu.CacheFormFonts(ctx); err != nil {
		return nil, fmt.Errorf("cache form fonts: %w", err)
	}
	return ctx, nil
}

func readAndValidate(data []byte, conf *model.Configuration) (ctx *model.Context, err error) {
	defer fault.Catch(&err)
	if ctx, err = readContext(data, conf); err != nil {
		return nil, fmt.Errorf("read context: %w", err)
	}
	if ctx.XRefTable == nil {
		return nil, pdfcpu.ErrMissingXRefTable
	}
	if err := validate.XRefTable(ctx); err != nil {
		return nil, fmt.Errorf("validation error (obj#:%d)%s: %w", ctx.CurObj, modeHint(conf.ValidationMode), err)
	}
	return ctx, nil
}

func readContext(data []byte, conf *model.Configuration) (ctx *model.Context, err error) {
	defer fault.Catch(&err)
	return pdfcpu.Read(bytes.NewReader(data), conf)
}

// modeHint is the hint pdfcpu's api adds to a validation error.
func modeHint(mode int) string {
	if mode != model.ValidationStrict {
		return ""
	}
	return " (try --mode=relaxed)"
}
