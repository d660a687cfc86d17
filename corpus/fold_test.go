package corpus

import "testing"

func TestAuthorityKey(t *testing.T) {
	same := [][2]string{
		{"Glannau Fire and Rescue Service", "Glannau Fire & Rescue Authority"},
		{"Cumbria Constabulary", "CUMBRIA POLICE"},
		{"Westvale Hospitals NHS Foundation Trust", "Westvale Hospitals NHS Trust"},
		{"NHS Wessex Downs Integrated Care Board", "NHS Wessex Downs ICB"},
		{"Wessex Downs Integrated Care Board", "NHS Wessex Downs Integrated Care Board"},
		{"The University of Castleford", "University of Castleford"},
		{"Bath and North East Somerset Council", "Bath & North East Somerset Council"},
		{"Harrowfield Homes Ltd", "HARROWFIELD HOMES"},
		{"Calder Homes Limited", "Calder Homes"},
		{"Caradon & Exe Water plc", "Caradon and Exe Water"},
		{"Holmeford Metropolitan Borough Council", "Holmeford Council"},
		{"Holmeford Metropolitan Borough Council", "HOLMEFORD BOROUGH COUNCIL"},
		{"London Borough of Haverleigh", "Haverleigh Council"},
		{"Royal Borough of Kenmoor", "Kenmoor Borough Council"},
		{"City of Edinburgh Council", "Edinburgh City Council"},
		{"Caerwen County Borough Council", "Caerwen Council"},
		{"OPHR Office for Ports and Harbours Regulation", "Office for Ports and Harbours Regulation"},
		{"Office for Ports and Harbours Regulation (OPHR)", "Office for Ports and Harbours Regulation"},
	}
	for _, p := range same {
		if a, b := AuthorityKey(p[0]), AuthorityKey(p[1]); a != b {
			t.Errorf("AuthorityKey(%q) = %q, AuthorityKey(%q) = %q: want one body", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{
		{"Cumbria Constabulary", "Office of the Police and Crime Commissioner for Cumbria"},
		{"Cumbria Constabulary", "Lancashire Constabulary"},
		{"Glannau Fire and Rescue Service", "Glannau County Council"},
		{"NHS Forth Glens", "NHS Forth Valley"},
		{"Police Scotland", "Scottish Police Authority"},
		{"Harrowfield Homes Ltd", "Harrowfield Borough Council"},
		{"Holmeford Council", "Holmeford Police"},
		{"Holmeford Council", "Holmeford Housing Council"},
		{"Office for Ports and Harbours Regulation", "Office for Rail Regulation"},
		{"City Council", "County Council"},
		{"London Borough of Haverleigh", "London Borough of Kenmoor"},
	}
	for _, p := range apart {
		if a, b := AuthorityKey(p[0]), AuthorityKey(p[1]); a == b {
			t.Errorf("AuthorityKey(%q) and AuthorityKey(%q) are both %q: want two bodies", p[0], p[1], a)
		}
	}
	if got := AuthorityKey(""); got != "" {
		t.Errorf("AuthorityKey(\"\") = %q", got)
	}
}
