#!/usr/bin/env bash
# Benchmarks thresholds and prints figures (it is a benchmark, not a test: nothing here fails
# on a number). Needs only the Swift toolchain; uses jq, hyperfine and GNU time when present.
#
#   Tests/Benchmarks/run.sh [cases]      # default 1000000
#
# 1. Builds thresholds in release mode, and a minimal Swift "hello" with the same flags.
# 2. Generates a deterministic stream of cases from the real catalog (Rules/*.json): every
#    area, ages 0-18 and unborn, 1-8 indicators, functional needs scores, and ~1% cases that
#    must be rejected (all well-formed JSON, so jq can read the same file).
# 3. Times, alternating runs so both see the same machine: thresholds assess --summary,
#    thresholds assess --format json, and jq -c '{id, n: (.indicators|length)}'.
# 4. Times a single assessment and --help against the hello binary.
# Everything is written under a temporary directory that is removed at the end.
set -euo pipefail
cases=${1:-1000000}
rounds=${ROUNDS:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/thresholds-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "Building (release)..." >&2
swift build -c release --package-path "$root" >&2
bin="$root/.build/release/thresholds"
swiftc -O "$root/Tests/Benchmarks/generate.swift" -o "$work/generate" >&2
printf 'print("hello")\n' > "$work/hello.swift"
swiftc -O "$work/hello.swift" -o "$work/hello" >&2

echo "Generating $cases cases..." >&2
"$work/generate" "$root/Rules" "$cases" 1 --valid-json > "$work/cases.jsonl"
bytes=$(wc -c < "$work/cases.jsonl")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')

now() { date +%s.%N; }
# seconds for one run of a command (output discarded)
timed() { local t0 t1; t0=$(now); "$@" > /dev/null 2>&1 || true; t1=$(now); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
peak_rss() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' "$@" 2>&1 > /dev/null | tail -1 | awk '{ printf "%.1f MiB", $1 / 1024 }'
  else
    echo "n/a (no GNU time)"
  fi
}

has_jq=false; command -v jq > /dev/null && has_jq=true
summary_times=(); full_times=(); jq_times=(); ratios=()
for round in $(seq "$rounds"); do
  echo "Round $round of $rounds..." >&2
  s=$(timed "$bin" assess --input "$work/cases.jsonl" --summary)
  f=$(timed "$bin" assess --input "$work/cases.jsonl" --format json)
  summary_times+=("$s"); full_times+=("$f")
  if $has_jq; then
    j=$(timed jq -c '{id, n: (.indicators|length)}' "$work/cases.jsonl")
    jq_times+=("$j")
    ratios+=("$(awk -v j="$j" -v s="$s" 'BEGIN { printf "%.2f", j / s }')")
  fi
done
s=$(printf '%s\n' "${summary_times[@]}" | median)
f=$(printf '%s\n' "${full_times[@]}" | median)
answered=$("$bin" assess --input "$work/cases.jsonl" --summary 2> /dev/null | wc -l || true)
rejected=$("$bin" assess --input "$work/cases.jsonl" --summary 2> /dev/null | grep -c '^{"error"' || true)

echo
echo "thresholds benchmark: $cases cases, $mb MB ($bytes bytes), $rounds alternating rounds, medians"
echo "  output lines: $answered (one per case), of which error records: $rejected"
printf '  assess --summary      %8.3f s  %10.0f cases/s  %7.1f MB/s  peak RSS %s\n' "$s" \
  "$(awk -v n="$cases" -v t="$s" 'BEGIN { print n / t }')" "$(awk -v m="$mb" -v t="$s" 'BEGIN { print m / t }')" \
  "$(peak_rss "$bin" assess --input "$work/cases.jsonl" --summary)"
printf '  assess --format json  %8.3f s  %10.0f cases/s  %7.1f MB/s  peak RSS %s\n' "$f" \
  "$(awk -v n="$cases" -v t="$f" 'BEGIN { print n / t }')" "$(awk -v m="$mb" -v t="$f" 'BEGIN { print m / t }')" \
  "$(peak_rss "$bin" assess --input "$work/cases.jsonl" --format json)"
if $has_jq; then
  j=$(printf '%s\n' "${jq_times[@]}" | median)
  r=$(printf '%s\n' "${ratios[@]}" | median)
  printf "  jq -c '{id, n: ...}'  %8.3f s  %10.0f cases/s  %7.1f MB/s  peak RSS %s\n" "$j" \
    "$(awk -v n="$cases" -v t="$j" 'BEGIN { print n / t }')" "$(awk -v m="$mb" -v t="$j" 'BEGIN { print m / t }')" \
    "$(peak_rss jq -c '{id, n: (.indicators|length)}' "$work/cases.jsonl")"
  echo "  --summary vs jq: ${r}x faster (median of per-round ratios: ${ratios[*]}; target >= 10x)"
else
  echo "  jq not found: no jq comparison"
fi

echo
single=(assess --authority camden --age 9 --indicator camden-young-carers,camden-5-13-inconsistent-family-relationships)
if command -v hyperfine > /dev/null; then
  hyperfine -N -w 10 -r "${RUNS:-200}" --export-json "$work/latency.json" \
    "$work/hello" "$bin ${single[*]}" "$bin --help" > /dev/null 2>&1
  awk '/"command"/ { c = $0 } /"median"/ { gsub(/[",]/, "", $2); print $2 }' "$work/latency.json" > "$work/medians"
  hello=$(sed -n 1p "$work/medians"); one=$(sed -n 2p "$work/medians"); help=$(sed -n 3p "$work/medians")
else
  loop() { local t0 t1; t0=$(now); for _ in $(seq 200); do "$@" > /dev/null; done; t1=$(now); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", (b - a) / 200 }'; }
  hello=$(loop "$work/hello"); one=$(loop "$bin" "${single[@]}"); help=$(loop "$bin" --help)
fi
printf '  hello (swiftc -O)           %7.2f ms\n' "$(awk -v t="$hello" 'BEGIN { print t * 1000 }')"
printf '  thresholds assess (1 case)  %7.2f ms  %.2fx hello (target <= 1.5x)\n' \
  "$(awk -v t="$one" 'BEGIN { print t * 1000 }')" "$(awk -v a="$one" -v h="$hello" 'BEGIN { print a / h }')"
printf '  thresholds --help           %7.2f ms  %.2fx hello (target <= 1.5x)\n' \
  "$(awk -v t="$help" 'BEGIN { print t * 1000 }')" "$(awk -v a="$help" -v h="$hello" 'BEGIN { print a / h }')"
