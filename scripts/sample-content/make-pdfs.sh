#!/usr/bin/env bash
# make-pdfs.sh – regenerates the sample PDFs of the publications library.
#
# Prints every HTML file in pdf-src/ to PDF with headless Chromium and copies it
# into the publication folder it belongs to (see the MAP below). Each PDF says on
# its first page that it is a sample file, not the original publication.
#
# Run from anywhere:  bash scripts/sample-content/make-pdfs.sh [output-root]
# (output-root defaults to the repository root, two folders above this script).
# Needs: chromium (or set CHROMIUM=/path/to/chrome).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${1:-$here/../..}" && pwd)"
chromium="${CHROMIUM:-chromium}"
pub="$root/input/content/publications"

# html source (without .html) -> publication folder
declare -A MAP=(
  [kleines-1x1-fachkraefteeinwanderung]=kleines-1x1-fachkraefteeinwanderung
  [deutsch-habe-ich-im-betrieb-gelernt]=deutsch-habe-ich-im-betrieb-gelernt
  [kenne-deine-rechte-de]=kenne-deine-rechte
  [kenne-deine-rechte-en]=kenne-deine-rechte
  [portraetbroschuere-in-sachsen-arbeiten]=portraetbroschuere-in-sachsen-arbeiten
  [sprachsensibel-beraten]=sprachsensibel-beraten
)

for name in "${!MAP[@]}"; do
  src="$here/pdf-src/$name.html"
  out="$pub/${MAP[$name]}/$name.pdf"
  mkdir -p "$(dirname "$out")"
  "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out" "file://$src" 2>/dev/null
  pages=$(grep -ac '/Type /Page\b' "$out" || true)
  printf '%-45s %3s pages  %6s bytes\n' "$name.pdf" "$pages" "$(stat -c %s "$out")"
done
