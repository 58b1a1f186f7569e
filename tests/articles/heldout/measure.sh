#!/usr/bin/env bash
# Drafts every held-out article of a folder as `dossier import` does and prints each bank, to read against
# the article's keys. Usage: tests/articles/heldout/measure.sh DOSSIER_BINARY ARTICLE_DIR OUT_DIR
# Writes OUT_DIR/<id>.ron, <id>.txt (the drafts), <id>.bank.txt (every question with its answer) and
# prints one line per article: words, questions, kinds. Nothing here is committed output.
set -euo pipefail
bin=$1 dir=$2 out=$3
mkdir -p "$out"
total=0
for f in "$dir"/*.txt; do
  id=$(basename "$f" .txt)
  if ! "$bin" import "$f" --id "$id" --out "$out" --replace > "$out/$id.import.log" 2>&1; then
    echo "$id: import failed: $(tail -1 "$out/$id.import.log")"
    continue
  fi
  "$bin" bank --pack "$out/$id.ron" > "$out/$id.bank.txt"
  n=$("$bin" bank --pack "$out/$id.ron" --format json | wc -l)
  kinds=$("$bin" bank --pack "$out/$id.ron" --format json | grep -o '"kind":"[a-z_]*"' | sort -u | wc -l)
  words=$(wc -w < "$f")
  total=$((total + n))
  printf '%-60s %5s words %4s questions %2s kinds\n' "$id" "$words" "$n" "$kinds"
done
echo "total questions: $total"
