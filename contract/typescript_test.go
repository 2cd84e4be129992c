package contract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimdesk/contract"
	"claimdesk/contract/internal/other"
)

type Item struct {
	ID    int64 `json:"id"`
	Label string
}

type Base struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

type Detail struct {
	Base
	Name    []string        `json:"name"` // shadows Base.Name
	Parent  *Item           `json:"parent"`
	Items   []Item          `json:"items"`
	Others  []other.Item    `json:"others"`
	Counts  map[string]int  `json:"counts"`
	At      time.Time       `json:"at"`
	Raw     json.RawMessage `json:"raw"`
	Blob    []byte          `json:"blob"`
	Note    string          `json:"note,omitempty"`
	Maybe   *float64        `json:"maybe,omitempty"`
	Hidden  string          `json:"-"`
	private int
	Inline  struct{ A bool }  `json:"inline"`
	Grid    [][]*int          `json:"grid"`
	Any     any               `json:"any"`
	Meta    map[string][]Item `json:"meta"`
}

type Patch struct {
	Name  *string `json:"name"`
	Count int     `json:"count"`
	IDs   []int64 `json:"ids"`
}

type FixtureService struct{}

func (*FixtureService) Get(id int64) (Detail, error)                  { return Detail{}, nil }
func (*FixtureService) Update(in Patch, delete bool) (*Detail, error) { return nil, nil }
func (*FixtureService) Remove(id int64) error                         { return nil }
func (*FixtureService) Count() int                                    { return 0 }

type BadService struct{}

func (*BadService) Stream() chan int { return nil }

func TestTypeScriptFollowsEncodingJSON(t *testing.T) {
	docs := contract.Docs{
		Comments: map[string]string{"Detail": "Detail is a fixture.", "Detail.Note": "Said once.", "FixtureService.Get": "Get reads one."},
		Params:   map[string][]string{"FixtureService.Get": {"id"}, "FixtureService.Update": {"in", "delete"}},
	}
	events := map[string]any{"thing:changed": (*Item)(nil), "progress": Base{}}
	out, err := contract.TypeScript([]any{&FixtureService{}}, events, docs)
	if err != nil {
		t.Fatal(err)
	}
	ts := string(out)
	for _, want := range []string{
		"/** Detail is a fixture. */\nexport interface Detail extends Omit<Base, 'name'> {",
		"  name: string[];", "  parent: Contract_testItem | null;", "  items: Contract_testItem[];", "  others: OtherItem[];",
		"  counts: Record<string, number>;", "  at: string;", "  raw: unknown;", "  blob: string;",
		"  /** Said once. */\n  note?: string;", "  maybe?: number;", "  inline: { A: boolean };",
		"  grid: (number | null)[][];", "  any: unknown;", "  meta: Record<string, Contract_testItem[]>;",
		"export interface Contract_testItem {\n  id: number;\n  Label: string;\n}",
		"export interface OtherItem {\n  code: string;\n}",
		// An argument struct's fields may be left out (zero; nil for pointers and lists).
		"export interface Patch {\n  name?: string | null;\n  count?: number;\n  ids?: number[];\n}",
		"    /** Get reads one. */\n    Get(id: number): Promise<Detail>;",
		"    Update(inArg: Patch, deleteArg: boolean): Promise<Detail | null>;",
		"    Remove(arg1: number): Promise<void>;",
		"    Count(): Promise<number>;",
		"export interface Events {\n  'progress': Base;\n  'thing:changed': Contract_testItem | null;\n}",
	} {
		if !strings.Contains(ts, want) {
			t.Errorf("the contract lacks\n%s\n--- got:\n%s", want, ts)
		}
	}
	for _, never := range []string{"Hidden", "private", "\x00"} {
		if strings.Contains(ts, never) {
			t.Errorf("the contract has %q", never)
		}
	}
}

func TestTypeScriptRefusesWhatJSONCannotCarry(t *testing.T) {
	_, err := contract.TypeScript([]any{&BadService{}}, nil, contract.Docs{})
	if err == nil || !strings.Contains(err.Error(), "BadService.Stream") {
		t.Fatalf("a chan result gave %v, want an error naming BadService.Stream", err)
	}
	if _, err := contract.TypeScript([]any{FixtureService{}}, nil, contract.Docs{}); err == nil {
		t.Fatal("a binding that is not a pointer was accepted")
	}
	if _, err := contract.TypeScript(nil, map[string]any{"x": nil}, contract.Docs{}); err == nil {
		t.Fatal("an event without a typed value was accepted")
	}
}

func TestReadDocsFindsCommentsAndParameterNames(t *testing.T) {
	dir := t.TempDir()
	src := "package x\n\n// Thing is documented.\ntype Thing struct {\n\t// Size in bytes.\n\tSize int\n\tName string // its name\n}\n\n" +
		"type S struct{}\n\n// Do does it.\nfunc (s *S) Do(a, b int, _ string, c bool) error { return nil }\n"
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "x_test.go"), []byte("package x\n\n// Tested is not read.\ntype Tested struct{}\n"), 0o644)
	docs, err := contract.ReadDocs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(docs.Params["S.Do"], ","); got != "a,b,_,c" {
		t.Errorf("S.Do params = %q", got)
	}
	for key, want := range map[string]string{"Thing": "Thing is documented.\n", "Thing.Size": "Size in bytes.\n", "Thing.Name": "its name\n", "S.Do": "Do does it.\n", "Tested": ""} {
		if docs.Comments[key] != want {
			t.Errorf("comment %s = %q, want %q", key, docs.Comments[key], want)
		}
	}
}

// A struct no method returns (the error payload both doors send) is written when given.
func TestTypeScriptWritesTypesGivenBesideTheServices(t *testing.T) {
	ts, err := contract.TypeScript(nil, nil, contract.Docs{}, Base{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ts), "export interface Base {\n  id: number;\n  name: string;\n}") {
		t.Errorf("Base is not in the contract:\n%s", ts)
	}
}
