package corpus

import "flag"

// update makes golden tests rewrite their expected files instead of
// comparing with them: go test ./corpus -update.
var update = flag.Bool("update", false, "rewrite golden files")
