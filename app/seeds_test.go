package app

import "claimdesk/seeds"

func seedsFile(name string) ([]byte, error) { return seeds.Files.ReadFile(name) }
