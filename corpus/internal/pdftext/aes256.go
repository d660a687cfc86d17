package pdftext

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"regexp"
)

// The library cannot open AES-256 files (revisions 5 and 6 of the standard
// security handler) at all, so it cannot tell one that opens with the
// empty password (readable once decrypted, e.g. by qpdf --decrypt without
// a password) from one that needs a user password. This file checks the
// empty password itself, from the raw encryption dictionary.

var (
	standardFilter  = regexp.MustCompile(`/Filter\s*/Standard\b`)
	encryptRevision = regexp.MustCompile(`/R\s+(\d+)\b`)
	encryptUser     = regexp.MustCompile(`/U\s*(<|\()`)
)

// aes256NeedsPassword reports whether data has an AES-256 encryption
// dictionary whose user password is not empty. It returns false when it
// cannot tell.
func aes256NeedsPassword(data []byte) bool {
	f := standardFilter.FindIndex(data)
	if f == nil {
		return false
	}
	// The dictionary's entries lie around its /Filter, in any order.
	from, to := max(f[0]-2048, 0), min(f[1]+2048, len(data))
	window := data[from:to]
	rm := encryptRevision.FindSubmatch(window)
	if rm == nil || (string(rm[1]) != "5" && string(rm[1]) != "6") {
		return false
	}
	rev := rm[1][0]
	um := encryptUser.FindIndex(window)
	if um == nil {
		return false
	}
	u := pdfString(window[um[1]-1:])
	if len(u) < 48 {
		return false
	}
	salt := u[32:40]
	var got []byte
	if rev == '5' {
		h := sha256.Sum256(salt)
		got = h[:]
	} else {
		got = hash2B(nil, salt)
	}
	return !bytes.Equal(got, u[:32])
}

// hash2B is algorithm 2.B of ISO 32000-2 (the revision 6 password hash)
// for a user password with no user key data.
func hash2B(password, salt []byte) []byte {
	h := sha256.New()
	h.Write(password)
	h.Write(salt)
	k := h.Sum(nil)
	var e []byte
	for i := 0; i < 64 || int(e[len(e)-1]) > i-32; i++ {
		unit := append(append([]byte{}, password...), k...)
		k1 := bytes.Repeat(unit, 64)
		block, err := aes.NewCipher(k[:16])
		if err != nil {
			return nil
		}
		e = make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var next hash.Hash
		switch sum % 3 {
		case 0:
			next = sha256.New()
		case 1:
			next = sha512.New384()
		default:
			next = sha512.New()
		}
		next.Write(e)
		k = next.Sum(nil)
	}
	return k[:32]
}

// pdfString decodes the PDF string (hex or literal) at the start of b.
func pdfString(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	if b[0] == '<' {
		str, _ := readHex(b, 1)
		return []byte(str)
	}
	if b[0] != '(' {
		return nil
	}
	str, _ := readLiteral(b, 1)
	return []byte(str)
}
