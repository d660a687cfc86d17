package corpus

import (
	"reflect"
	"testing"
)

// TestRepairOCR holds the shapes recognised text confuses, and the look-
// alikes of clean letters that must be left as they are.
func TestRepairOCR(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"labels beside labels with digits",
			[]string{"Ql. What was spent?", "Al. £18.4 million.", "Q2. Of that, how much?", "A2. £2.1 million."},
			[]string{"Q1. What was spent?", "A1. £18.4 million.", "Q2. Of that, how much?", "A2. £2.1 million."}},
		{"a list number and a first table cell",
			[]string{"l) Total spend", "2) The names", "l\t2021/22 £412,760", "4\t37 households"},
			[]string{"1) Total spend", "2) The names", "1\t2021/22 £412,760", "4\t37 households"}},
		{"list numbers read with commas, brackets read as braces",
			[]string{"1, How many fires?", "2. How many alarms?", "withheld under Section 38(1}(b) and 40{2)"},
			[]string{"1. How many fires?", "2. How many alarms?", "withheld under Section 38(1)(b) and 40(2)"}},
		{"digits, references and page numbers",
			[]string{"Our ref: FOI/2O24/3318", "2023/24 £691,02O", "Kingsmere Trust          Page l", "Page I of 2", "exempt under section 2l"},
			[]string{"Our ref: FOI/2024/3318", "2023/24 £691,020", "Kingsmere Trust          Page 1", "Page 1 of 2", "exempt under section 21"}},
		{"capitals and word-initial l",
			[]string{"WESSEX VALE P0LICE", "F0I ref: KHT-2025-0144", "the FOl Act", "lf you are unhappy", "Freedom of lnformation Act"},
			[]string{"WESSEX VALE POLICE", "FOI ref: KHT-2025-0144", "the FOI Act", "If you are unhappy", "Freedom of Information Act"}},
		{"clean look-alikes stay",
			[]string{"O2 UK provides the mobile contract.", "3, 4 and 5 were answered.", "1. First", "2, Smith Street", "2. Second", "London SW1A 0AA", "supplier-ltd.co.uk", "I am writing to you.", "I. Introduction", "Windows 10 and Office 365", "Ipswich and Ilford", "A1 road", "IT staff", "COVID-19"},
			[]string{"O2 UK provides the mobile contract.", "3, 4 and 5 were answered.", "1. First", "2, Smith Street", "2. Second", "London SW1A 0AA", "supplier-ltd.co.uk", "I am writing to you.", "I. Introduction", "Windows 10 and Office 365", "Ipswich and Ilford", "A1 road", "IT staff", "COVID-19"}},
	}
	for _, tt := range tests {
		pages := [][]string{append([]string(nil), tt.in...)}
		repairOCR(pages)
		if !reflect.DeepEqual(pages[0], tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, pages[0], tt.want)
		}
	}
}
