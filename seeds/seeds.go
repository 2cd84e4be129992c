// Package seeds embeds the sample corpus a new workspace starts with: five real news
// articles about Russia's culture minister in North Korea (June 2025) and a 2024 Russian
// delegation, chosen because they hold what Claimdesk exists for — one claim with
// different figures in different outlets, relative dates, claims traced back to one
// state news agency, and aliases.
package seeds

import "embed"

// Files holds the seed articles as shipped, one .txt file each, title on the first line.
//
//go:embed *.txt
var Files embed.FS
