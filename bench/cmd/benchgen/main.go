// Command benchgen builds (once) the synthetic benchmark workspace and prints its path.
//
//	go run ./bench/cmd/benchgen [-dir build/bench] [-articles N -spans N -claims N -entities N]
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"

	"claimdesk/bench"
)

func main() {
	c := bench.Default()
	dir := flag.String("dir", "build/bench", "cache folder; the file name carries the generator version and sizes")
	flag.IntVar(&c.Articles, "articles", c.Articles, "articles (article 1 is the big one)")
	flag.IntVar(&c.Spans, "spans", c.Spans, "spans in all")
	flag.IntVar(&c.Claims, "claims", c.Claims, "claims (two mentions each)")
	flag.IntVar(&c.Entities, "entities", c.Entities, "entities (one alias each)")
	flag.IntVar(&c.BigArticleSpans, "big", c.BigArticleSpans, "overlapping spans on article 1")
	flag.Parse()
	logf := func(f string, a ...any) { fmt.Fprintf(os.Stderr, "benchgen: "+f+"\n", a...) }
	path, err := bench.Ensure(context.Background(), *dir, c, logf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(path)
}
