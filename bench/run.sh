#!/usr/bin/env bash
# IqSite against Hugo on the same corpus, in one hyperfine run per size (issue 9).
#
#   bash bench/run.sh                         # N=1000 and N=5000 sheets per language
#   SIZES=1000 EDITS=5 bash bench/run.sh      # one size, fewer serve edits
#
# Generates the corpus with ../shared/bench/make_corpus.py, converts it into IqSite input
# (bench/convert_corpus.py), and per size prints:
# - full build: `iqsite build --no-search` against Hugo on ../shared/bench/hugo-site, medians in
#   one hyperfine run, ratios IqSite/Hugo, peak RSS of each, both page counts and IqSite's
#   per-stage timings. Each twice: IqSite cold (build cache removed and staging folder moved
#   aside before each run: every page is rendered and read for links, every file created) against
#   Hugo fresh (public/ moved aside: every file created), and IqSite warm (unchanged input again:
#   IqSite then writes no file and reads no page for links) against Hugo in place (its previous
#   public/ kept, whose files it rewrites);
# - rebuild after one changed sheet (bench/edit_sheet.py before each run), against the full build;
# - serve: one saved sheet until the reload event, median of EDITS edits of a sheet's text and of
#   FRONT_MATTER_EDITS edits of its teaser (bench/serve_latency.py);
# - search: the build's search stage against the Pagefind CLI alone on the same output, once
#   over the CLI's previous bundle and once writing a new one.
# Then, once, images: the benchmark corpus has none, so the sample site in input/ is built twice
# into a folder of the benchmark's with a build cache of its own, first empty (every photo and
# chart PNG made by sharp), then as the first build left it (all taken from the cache).
# Needs hugo, hyperfine and python3-yaml (installed with apt when run as root), the .NET SDK
# and the project's npm packages (npm install).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
bench="${BENCH_DIR:-$root/../shared/bench}"
sizes="${SIZES:-1000 5000}"
work="${WORK_DIR:-$(mktemp -d /tmp/iqsite-bench-XXXX)}"

missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v hyperfine >/dev/null || missing+=(hyperfine)
/usr/bin/python3 -c 'import yaml' 2>/dev/null || missing+=(python3-yaml)
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bench: please install ${missing[*]} (apt-get install -y ${missing[*]})" >&2
    exit 2
  fi
fi

echo "bench: work folder $work"
# ReadyToRun: precompiled code instead of JIT at start, measured 1.3 → 0.9 s on a 100-page site
# and about 30 % less CPU at N=1000; this is how IqSite would be shipped for CI and Netlify.
dotnet publish "$root/src/IqSite.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/iqsite" --nologo -v quiet >/dev/null
iqsite=(dotnet "$work/iqsite/IqSite.Cli.dll")
mkdir -p "$work/set-aside"
rm -rf "$work/sample-cache"
trap 'rm -rf "$work/set-aside"' EXIT
echo "bench: $(hugo version | cut -d' ' -f1-2), hyperfine $(hyperfine --version | cut -d' ' -f2), $(nproc) cores"

for n in $sizes; do
  echo
  echo "=== N=$n sheets per language ==="
  corpus="$work/corpus-$n"
  [[ -d "$corpus" ]] || /usr/bin/python3 "$bench/make_corpus.py" --n "$n" --out "$corpus" >/dev/null
  site="$work/iqsite-$n"
  rm -rf "$site" && /usr/bin/python3 "$root/bench/convert_corpus.py" --corpus "$corpus" --out "$site" >/dev/null
  # The search stage finds Pagefind in node_modules above the site, as in a project folder.
  ln -s "$root/node_modules" "$site/node_modules"
  hugo_site="$work/hugo-$n"
  rm -rf "$hugo_site" && cp -r "$bench/hugo-site" "$hugo_site" && cp -al "$corpus/content" "$hugo_site/content"

  hugo_cmd="hugo --source $hugo_site --quiet --minify=false"
  iq_cmd="cd $site && ${iqsite[*]} build --no-search --theme $root/themes/iq --cache $work/cache > /dev/null"
  # cold: without the build cache and the staging folder, so every page is read for links and
  # every file is created; warm: the same unchanged input again, as Hugo's repeated runs are.
  # The staging folder is moved aside, not deleted: creating 28,000 files and folders right after
  # deleting as many makes ext4 search past the recently freed inodes (at N=5000 15-20 s of
  # kernel time per build instead of 3-4 s), a cost of the benchmark, not of the build; Hugo's
  # runs rewrite their files in place. The folders moved aside are deleted at the end.
  cold="mv $site/output.staging $work/set-aside/\$(date +%s%N) 2>/dev/null || true; rm -rf $work/cache && sync"
  # Hugo twice as well: into an empty public/ (moved aside the same way), as IqSite's cold run
  # writes into an empty folder and as a CI build starts; and over its previous public/, as
  # IqSite's warm run. Rewriting its files in place made Hugo's runs about a third slower here.
  fresh="mv $hugo_site/public $work/set-aside/\$(date +%s%N) 2>/dev/null || true; sync"
  hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/times-$n.json" \
    --prepare "$fresh" -n "hugo fresh" "$hugo_cmd" --prepare sync -n "hugo in place" "$hugo_cmd" \
    --prepare "$cold" -n "iqsite cold" "$iq_cmd" --prepare sync -n "iqsite warm" "$iq_cmd"

  rss() { /usr/bin/time -f '%M' bash -c "$1" 2>&1 >/dev/null | tail -1; }
  eval "$fresh"
  hugo_rss=$(rss "$hugo_cmd")
  eval "$cold"
  cold_rss=$(rss "$iq_cmd")
  warm_rss=$(rss "$iq_cmd")
  hugo_pages=$(find "$hugo_site/public" -name '*.html' | wc -l)
  iq_pages=$(find "$site/output" -name '*.html' | wc -l)
  /usr/bin/python3 - "$work/times-$n.json" "$hugo_rss" "$cold_rss" "$warm_rss" "$hugo_pages" "$iq_pages" <<'EOF'
import json, sys
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
fresh, in_place = results["hugo fresh"], results["hugo in place"]
cold, warm = results["iqsite cold"], results["iqsite warm"]
hugo_rss, cold_rss, warm_rss = (int(v) / 1024 for v in sys.argv[2:5])
print(f"median wall time: hugo fresh {fresh:.2f} s, in place {in_place:.2f} s; "
      f"iqsite cold {cold:.2f} s (ratio to hugo fresh {cold / fresh:.2f}), warm {warm:.2f} s (ratio to hugo in place {warm / in_place:.2f})")
print(f"peak RSS: hugo fresh {hugo_rss:.0f} MiB; iqsite cold {cold_rss:.0f} MiB (ratio {cold_rss / hugo_rss:.2f}), warm {warm_rss:.0f} MiB (ratio {warm_rss / hugo_rss:.2f})")
print(f"HTML pages: hugo {sys.argv[5]}, iqsite {sys.argv[6]}")
EOF
  echo "iqsite stages, cold:"
  eval "$cold"
  (cd "$site" && "${iqsite[@]}" build --no-search --theme "$root/themes/iq" --cache "$work/cache" --timings | grep '│')

  echo
  echo "--- rebuild after one changed sheet (N=$n)"
  hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/incremental-$n.json" \
    -n "iqsite, one sheet changed" --prepare "/usr/bin/python3 $root/bench/edit_sheet.py $site" "$iq_cmd"
  /usr/bin/python3 - "$work/times-$n.json" "$work/incremental-$n.json" <<'EOF'
import json, sys
full = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}["iqsite cold"]["median"]
one = json.load(open(sys.argv[2]))["results"][0]["median"]
print(f"rebuild after one changed sheet: {one:.2f} s = {100 * one / full:.0f} % of the cold full build ({full:.2f} s)")
EOF

  echo
  echo "--- serve (N=$n)"
  /usr/bin/python3 "$root/bench/serve_latency.py" --site "$site" --theme "$root/themes/iq" --edits "${EDITS:-20}" -- "${iqsite[@]}"
  # A changed teaser is on list and term pages too: that takes the full rebuild.
  /usr/bin/python3 "$root/bench/serve_latency.py" --site "$site" --theme "$root/themes/iq" --edits "${FRONT_MATTER_EDITS:-5}" --front-matter -- "${iqsite[@]}"

  echo
  echo "--- search (N=$n)"
  search_ms=()
  for _ in 1 2 3; do
    search_ms+=("$(cd "$site" && "${iqsite[@]}" build --theme "$root/themes/iq" --cache "$work/cache" --timings \
      | sed -n 's/^│ search *│ *\([0-9.]*\) .*/\1/p')")
  done
  # The CLI twice: over the bundle of its previous run, where Pagefind skips every hashed file
  # (fragments, index chunks) that exists already and so neither compresses nor writes it; and
  # into a new folder after deleting the previous one, as the build stage writes its bundle
  # (the staging folder's old bundle is deleted first, see StagingFolder.Prune).
  pagefind="$root/node_modules/.bin/pagefind --site $site/output --quiet"
  hyperfine --warmup 1 --runs 3 --export-json "$work/pagefind-$n.json" \
    -n "pagefind CLI, over its previous bundle" "$pagefind --output-path $work/pagefind-cli-$n" \
    --prepare "rm -rf $work/pagefind-new-$n" -n "pagefind CLI, new bundle" "$pagefind --output-path $work/pagefind-new-$n"
  /usr/bin/python3 - "$work/pagefind-$n.json" "${search_ms[@]}" <<'EOF'
import json, statistics, sys
over, new = (r["median"] for r in json.load(open(sys.argv[1]))["results"])
stage = statistics.median(float(v) for v in sys.argv[2:]) / 1000
print(f"search: build stage {stage:.2f} s; Pagefind CLI alone {over:.2f} s over its previous bundle "
      f"(overhead {100 * (stage / over - 1):+.0f} %), {new:.2f} s writing a new one (overhead {100 * (stage / new - 1):+.0f} %)")
EOF
done

echo
echo "=== images (the sample site in input/) ==="
# The stage rows for photos (images) and chart PNGs (generate), without and with the build cache.
for run in "empty cache" "cache of the first build"; do
  row=$(cd "$root" && "${iqsite[@]}" build --no-search --output "$work/sample-output" --cache "$work/sample-cache" --timings \
    | grep -E '^│ (images|generate) ' | tr -s ' ' | tr '\n' ' ')
  echo "images, $run: $row"
done

