#!/usr/bin/env bash
# Proves the Go↔UI contract fails at build time: in a scratch copy of the frontend, each
# change below is made to the generated contract.gen.ts, as `make generate` would write it
# after the same change in Go, and svelte-check must then fail naming what changed. The
# real tree is never touched. Usage: scripts/check-contract.sh (from the repository root).
set -euo pipefail
root=$(pwd)
scratch=$(mktemp -d -t claimdesk-contract.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
cp -r frontend/src frontend/tsconfig.json frontend/svelte.config.js frontend/vite.config.ts frontend/package.json "$scratch/"
ln -s "$root/frontend/node_modules" "$scratch/node_modules"
contract=$scratch/src/api/contract.gen.ts
pristine=$scratch/contract.pristine.ts
cp "$contract" "$pristine"

# name | sed program on contract.gen.ts | text svelte-check's errors must contain
cases=(
  "a field renamed (Mention.quote → Mention.excerpt)|/^export interface Mention {/,/^}/ s/^  quote: string;/  excerpt: string;/|'quote'"
  "a method renamed (ClaimService.ListPage → ClaimService.Page)|/^  ClaimService: {/,/^  };/ s/^    ListPage(/    Page(/|ListPage"
  "a field's type changed (ArticleSummary.charCount number → string)|/^export interface ArticleSummary {/,/^}/ s/^  charCount: number;/  charCount: string;/|not assignable to parameter of type 'number'"
  "a window event renamed (menu:undo → menu:undo-last)|/^export interface Events {/,/^}/ s/^  'menu:undo': undefined;/  'menu:undo-last': undefined;/|menu:undo"
)
failed=0
for c in "${cases[@]}"; do
  IFS='|' read -r name program want <<<"$c"
  sed "$program" "$pristine" >"$contract"
  if cmp -s "$contract" "$pristine"; then
    echo "FAIL $name: the edit matched nothing in contract.gen.ts (update this script)"; failed=1; continue
  fi
  out=$(cd "$scratch" && npx svelte-check --tsconfig ./tsconfig.json --output machine 2>&1 || true)
  errors=$(grep -c ' ERROR ' <<<"$out" || true)
  if [ "$errors" -gt 0 ] && grep ' ERROR ' <<<"$out" | grep -qF -- "$want"; then
    echo "ok   $name: npm run check fails ($errors errors, e.g. $(grep ' ERROR ' <<<"$out" | grep -F -- "$want" | head -1 | cut -d' ' -f3- | cut -c1-140))"
  else
    echo "FAIL $name: svelte-check found $errors errors, none with: $want"; grep ' ERROR ' <<<"$out" | head -3; failed=1
  fi
done
cp "$pristine" "$contract"
exit $failed
