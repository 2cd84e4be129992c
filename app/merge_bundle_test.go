package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exportBundle writes ws's export bundle to a file and returns its path.
func exportBundle(t *testing.T, svc *Services, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if _, err := svc.Export.ExportToFile(path, false, ExportOptions{What: "bundle"}); err != nil {
		t.Fatal(err)
	}
	return path
}

// exportsOf is every table's JSONL export of ws, what a user would compare.
func exportsOf(t *testing.T, svc *Services) string {
	t.Helper()
	var all strings.Builder
	for _, what := range ExportWhat {
		var b bytes.Buffer
		if _, _, err := WriteExport(svc.Export, &b, ExportOptions{What: what, Format: "jsonl"}); err != nil {
			t.Fatal(err)
		}
		all.WriteString("== " + what + "\n" + b.String())
	}
	return all.String()
}

// Export bundle → merge into a copy of the other side → export: equal to merging the
// workspace file itself. Then the bundle merged again, or the file after the bundle,
// changes nothing.
func TestBundleMergeEqualsWorkspaceMerge(t *testing.T) {
	_, a, b, _, sb, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)
	take := []MergeResolution{{Key: key, Take: "theirs"}}
	bundle := exportBundle(t, sb, "theirs.jsonl")

	viaFile, sFile := copyOf(t, a, "via-file")
	filePlan, err := sFile.Merge.Merge(b.DB().Path, take)
	if err != nil {
		t.Fatal(err)
	}
	viaBundle, sBundle := copyOf(t, a, "via-bundle")
	preview, err := sBundle.Merge.Preview(bundle)
	if err != nil {
		t.Fatal(err)
	}
	if len(preview.Conflicts) != 1 || preview.Conflicts[0].Key != key {
		t.Fatalf("bundle preview conflicts: %+v", preview.Conflicts)
	}
	bundlePlan, err := sBundle.Merge.Merge(bundle, take)
	if err != nil {
		t.Fatal(err)
	}
	if bundlePlan.Changes() != filePlan.Changes() || bundlePlan.Changes() == 0 || bundlePlan.Added["merged_history"] == 0 {
		t.Fatalf("bundle merge %+v vs file merge %+v", bundlePlan, filePlan)
	}
	if bundlePlan.Theirs != "theirs.jsonl" {
		t.Fatalf("plan names %q", bundlePlan.Theirs)
	}
	sameDump(t, "bundle merge vs file merge", dump(t, viaFile), dump(t, viaBundle))
	if got, want := exportsOf(t, sBundle), exportsOf(t, sFile); got != want {
		t.Fatalf("exports differ after a bundle merge:\n%s\n-- vs file merge --\n%s", got, want)
	}
	// Their history came too, attributed to the workspace the bundle was exported from.
	hist, err := sBundle.History.ForRow("claims", claimID)
	if err != nil {
		t.Fatal(err)
	}
	fromTheirs := 0
	for _, e := range hist {
		if e.From == "theirs.db" {
			fromTheirs++
		}
	}
	if fromTheirs == 0 {
		t.Fatalf("no history from theirs.db in %+v", hist)
	}
	for _, again := range []string{bundle, b.DB().Path} {
		p, err := sBundle.Merge.Merge(again, nil)
		if err != nil || p.Changes() != 0 || len(p.Conflicts) != 0 {
			t.Fatalf("merging %s again: %+v, %v", filepath.Base(again), p, err)
		}
	}
	// One undo takes the bundle merge back.
	st, err := sBundle.History.State()
	if err != nil || st.UndoLabel != "merge theirs.jsonl" {
		t.Fatalf("history: %+v, %v", st, err)
	}
}

// A bundle that is not whole or not one is refused with a message naming the line, and
// the workspace is left as it was.
func TestBundleMergeRefusesBadBundles(t *testing.T) {
	_, a, _, sa, sb, _ := twoAnalysts(t)
	good, err := os.ReadFile(exportBundle(t, sb, "good.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(good), "\n"), "\n")
	before := dump(t, a)
	dir := t.TempDir()
	for _, c := range []struct{ name, content, want string }{
		{"header", strings.Join(lines[1:], "\n"), "not a Claimdesk bundle"},
		{"newer", strings.Replace(lines[0], `"schema":`, `"schema":9`, 1) + "\n" + strings.Join(lines[1:], "\n"), "newer Claimdesk"},
		{"table", lines[0] + "\n" + `{"table":"users","row":{"id":1}}`, `line 2: unknown table "users"`},
		{"broken", lines[0] + "\n" + lines[1] + "\n" + `{"table":"spans","row":`, "line 3: not a bundle line"},
		{"row", lines[0] + "\n" + `{"table":"spans","row":[1,2]}`, "line 2: the row of spans must be a JSON object"},
		// A span whose article is not in the bundle: its links do not hold.
		{"orphan", lines[0] + "\n" + onlyTable(lines, "spans"), "do not hold together"},
	} {
		path := filepath.Join(dir, c.name+".jsonl")
		if err := os.WriteFile(path, []byte(c.content), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := sa.Merge.Merge(path, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
		if e, ok := err.(*Error); !ok || e.Code != CodeInvalid {
			t.Errorf("%s: error %#v is not invalid", c.name, err)
		}
	}
	sameDump(t, "refused bundles change nothing", before, dump(t, a))
}

func onlyTable(lines []string, table string) string {
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, `{"table":"`+table+`"`) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
