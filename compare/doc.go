// Package compare decides whether a response is consistent with the
// authority's earlier answers: it matches each question with the earlier
// questions that asked the same thing, and turns a change of stance into a
// finding, exactly as the contract's finding table says.
//
// It is pure: it reads history through the small History interface (which
// the index satisfies), never imports the index, and never sees a path, a
// clock or an output format.
package compare
