// Command benchjson reads one JSON object on stdin and prints the named
// top-level fields, one a line, for the benchmark scripts (jq is not on
// every machine). A number or string prints as itself, an array as its
// length, a missing field as "-". With -items FIELD it prints instead
// each element of that array on a line of its own, as compact JSON.
//
// Usage: benchjson FIELD...   |   benchjson -items FIELD
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	args := os.Args[1:]
	if len(args) == 0 || (args[0] == "-items" && len(args) != 2) {
		fmt.Fprintln(os.Stderr, "usage: benchjson FIELD... | benchjson -items FIELD")
		os.Exit(2)
	}
	var doc map[string]json.RawMessage
	dec := json.NewDecoder(os.Stdin)
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		fmt.Fprintln(os.Stderr, "benchjson: stdin is not a JSON object:", err)
		os.Exit(1)
	}
	if args[0] == "-items" {
		var items []json.RawMessage
		if raw, ok := doc[args[1]]; ok {
			if err := json.Unmarshal(raw, &items); err != nil {
				fmt.Fprintf(os.Stderr, "benchjson: %s is not an array\n", args[1])
				os.Exit(1)
			}
		}
		for _, it := range items {
			var b bytes.Buffer
			if err := json.Compact(&b, it); err != nil {
				b.Write(it)
			}
			fmt.Println(b.String())
		}
		return
	}
	for _, f := range args {
		fmt.Println(value(doc[f]))
	}
}

// value renders one field as the scripts want it.
func value(raw json.RawMessage) string {
	if raw == nil {
		return "-"
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return "-"
	}
	switch x := v.(type) {
	case []any:
		return fmt.Sprint(len(x))
	case map[string]any:
		return fmt.Sprint(len(x))
	case nil:
		return "-"
	}
	return fmt.Sprint(v)
}
