package main

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The three forms a vectors file comes in give the same words and numbers,
// most frequent first, cut at top.
func TestReadVectorsForms(t *testing.T) {
	dir := t.TempDir()
	glove := "the 0.5 -1 2\nharbour 0.25 0 -0.75\nquay 1 1 1\n"
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := filepath.Join(dir, "glove.txt.gz")
	f, err := os.Create(gz)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(glove))
	zw.Close()
	f.Close()
	files := map[string]string{
		"GloVe text":        write("glove.txt", glove),
		"word2vec header":   write("w2v.txt", "3 3\n"+glove),
		"gzip":              gz,
		"wink package JSON": write("wink.json", `{"precision":8,"dimensions":3,"size":3,"words":["the","harbour","quay"],"vectors":{"the":[0.5,-1,2,2.29,0],"harbour":[0.25,0,-0.75,0.79,1],"quay":[1,1,1,1.73,2]},"unkVector":[0]}`),
	}
	for name, path := range files {
		words, vecs, err := readVectors(path, 2)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !slices.Equal(words, []string{"the", "harbour"}) {
			t.Errorf("%s: words %v", name, words)
		}
		if len(vecs) != 2 || !slices.Equal(vecs[1], []float32{0.25, 0, -0.75}) {
			t.Errorf("%s: vectors %v", name, vecs)
		}
	}
}

// A damaged vectors file is refused with a message that says where.
func TestReadVectorsRefusesDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	for name, tc := range map[string]struct{ text, want string }{
		"ragged line":   {"the 1 2 3\nof 1 2\n", "line 2"},
		"not a number":  {"the 1 x 3\n", "line 1"},
		"empty":         {"", "empty"},
		"short in JSON": {`{"dimensions":3,"words":["the"],"vectors":{"the":[1,2]}}`, `"the"`},
	} {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
		os.WriteFile(p, []byte(tc.text), 0o644)
		_, _, err := readVectors(p, 10)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one naming %s", name, err, tc.want)
		}
	}
}
