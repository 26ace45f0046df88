package rawexposure

import (
	"go/ast"
	"go/types"
)

// The package's summaries (funcs), raw fields and raw globals are computed
// to a fixed point with a worklist over readers, as x/tools' printf check
// re-analyzes the callers of a function whose summary changed: analyzing a
// unit records which functions' summaries, fields and globals it read; when
// one of them rises, the units that read it are analyzed again. Units are
// first analyzed callees first (a postorder of the package's static
// references between its functions), so a chain of wrappers converges in
// one analysis of each, whatever order it is declared in.
//
// It terminates without a cap: a unit's analysis is a function of what it
// reads, and what is stored only rises (mergeSummary, storeField,
// storeVar), in a lattice of finite height: per function, each result's
// kind rises at most three times and its parameter bits and its parameter
// sinks at most 64 times each; per field and global, the kind at most three
// times. Each analysis after the first of a unit follows a rise, so the
// analyses number at most units + readers × (that height), and in practice
// units plus a few.

// work is the worklist's state.
type work struct {
	cur    int                    // the unit being analyzed, -1 outside the fixed point
	readBy map[types.Object][]int // summary, field or global → units that read it
	seen   map[readKey]bool
	queue  []int
	queued []bool
	onRise func(unit int) // if set, called when a unit's summary rises

	storeGuards map[storeKey]bool // guards.go: stores found guarded
}

type readKey struct {
	obj  types.Object
	unit int
}

// reads records that the unit being analyzed reads obj's summary or value.
func (w *work) reads(obj types.Object) {
	if w.readBy == nil || w.cur < 0 {
		return
	}
	k := readKey{obj, w.cur}
	if w.seen[k] {
		return
	}
	w.seen[k] = true
	w.readBy[obj] = append(w.readBy[obj], w.cur)
}

// touch queues again the units that read obj, which has just risen.
func (w *work) touch(obj types.Object) {
	if w.readBy == nil {
		return
	}
	for _, u := range w.readBy[obj] {
		if u != w.cur {
			w.push(u)
		}
	}
}

// fixpoint analyzes units, first in order (calleesFirst), until no
// summary, field or global rises.
func (st *state) fixpoint(units []unit, order []int) {
	if roundsForTest {
		st.rounds(units)
		return
	}
	st.startWork(len(units))
	for _, i := range order {
		st.push(i)
	}
	st.drain(units)
}

// roundsForTest makes fixpoint analyze every unit in declaration order,
// round after round, until a round changes nothing: the plain iteration the
// worklist must agree with (worklist_test.go).
var roundsForTest bool

func (st *state) rounds(units []unit) {
	st.startWork(len(units))
	for {
		st.changed = false
		for i, u := range units {
			st.cur = i
			st.analyze(u, false)
		}
		if !st.changed {
			break
		}
	}
	st.cur = -1
}

// startWork prepares the worklist for n units, none queued.
func (st *state) startWork(n int) {
	st.work = work{
		storeGuards: st.storeGuards,
		cur:         -1,
		readBy:      map[types.Object][]int{},
		seen:        map[readKey]bool{},
		queued:      make([]bool, n),
	}
}

// push queues unit i unless it is queued already.
func (w *work) push(i int) {
	if !w.queued[i] {
		w.queued[i] = true
		w.queue = append(w.queue, i)
	}
}

// drain analyzes the queued units, and those queued again as they go, to
// the fixed point.
func (st *state) drain(units []unit) {
	for len(st.queue) > 0 {
		i := st.queue[0]
		st.queue = st.queue[1:]
		st.queued[i] = false
		st.cur = i
		st.analyze(units[i], false)
	}
	st.cur = -1
}

// calleesFirst orders the units so that a function comes after the
// functions of the package it refers to (calls, method values, function
// values), recursion aside; declarations keep their order otherwise.
func (st *state) calleesFirst(units []unit) []int {
	index := unitIndex(units)
	const (
		unseen = iota
		active
		done
	)
	mark := make([]uint8, len(units))
	order := make([]int, 0, len(units))
	var visit func(i int)
	visit = func(i int) {
		mark[i] = active
		st.eachCallee(units[i].node, index, func(j int) {
			if mark[j] == unseen {
				visit(j)
			}
		})
		mark[i] = done
		order = append(order, i)
	}
	for i := range units {
		if mark[i] == unseen {
			visit(i)
		}
	}
	return order
}

// unitIndex maps each function unit's function to its index.
func unitIndex(units []unit) map[*types.Func]int {
	index := map[*types.Func]int{}
	for i, u := range units {
		if u.fn != nil {
			index[u.fn] = i
		}
	}
	return index
}

// eachCallee calls f with the index of every unit (by index) that node
// refers to: the package's functions it calls or takes as values.
func (st *state) eachCallee(node ast.Node, index map[*types.Func]int, f func(j int)) {
	info := st.pass.TypesInfo
	ast.Inspect(node, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if fn, ok := info.Uses[id].(*types.Func); ok && fn.Pkg() == st.pass.Pkg {
				if j, ok := index[fn.Origin()]; ok {
					f(j)
				}
			}
		}
		return true
	})
}
