#!/usr/bin/env bash
# Benchmarks thresholds and prints the figures side by side, in one run (a benchmark, not a
# test: nothing here fails on a number). Needs the Swift toolchain; uses jq, python3,
# hyperfine, taskset and GNU time where present, and says so where one is missing.
#
#   Tests/Benchmarks/run.sh [cases]                 # default 1000000
#   BASELINE=/path/to/older/thresholds Tests/Benchmarks/run.sh
#                                                   # also time an older build's full output
#   ROUNDS=5 Tests/Benchmarks/run.sh                # alternating rounds (default 3)
#
# What it measures, each as the median of alternating rounds so every command sees the same
# machine (this is a shared 2-core VM whose speed drifts; ratios within a round are what count):
#  1. Throughput on one core (taskset -c 0) and on two: assess --summary, jq (parse and
#     project only), a Python script doing the same lookup (Tests/Benchmarks/lookup.py), a
#     minimal C program doing less of it (Tests/Benchmarks/lookup.c: the floor on this machine),
#     assess --format json, --format json --routes-by-reference, --format csv, and BASELINE's
#     --format json; then one run of the default text (action card) stream.
#  2. Memory and scaling: peak RSS for --summary and full JSON, for 1 GiB of whitespace
#     through a pipe, and for one 14.5 MB case with 1.2 million unknown keys; that case from a
#     file and through a pipe.
#  3. Start-up: one assessment and --help against a minimal Swift hello, for the fully static
#     binary that README's install builds and for the dynamically linked one; instructions
#     counted by callgrind where valgrind is present; and the cost of loading
#     Rules/medway.json with --rules.
# Everything is written under a temporary directory that is removed at the end.
set -euo pipefail
cases=${1:-1000000}
rounds=${ROUNDS:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/thresholds-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "Building (release, fully static: Swift and C libraries linked in, as README installs it)..." >&2
swift build -c release --static-swift-stdlib -Xswiftc -static-executable \
  --scratch-path "$root/.build-static" --package-path "$root" >&2
static="$root/.build-static/release/thresholds"
echo "Building (release, dynamically linked)..." >&2
swift build -c release --package-path "$root" >&2
dynamic="$root/.build/release/thresholds"
swiftc -O "$root/Tests/Benchmarks/generate.swift" -o "$work/generate" >&2
printf 'print("hello")\n' > "$work/hello.swift"
if command -v cc > /dev/null && command -v python3 > /dev/null; then
  cc -O2 -o "$work/lookup" "$root/Tests/Benchmarks/lookup.c" >&2 \
    || echo "(lookup.c did not build: the minimal C floor is not measured)" >&2
  python3 - "$root/Rules" > "$work/levels.txt" << 'EOF'
import json, sys
for name in ["camden", "hertfordshire", "herefordshire", "llr", "medway"]:
    for indicator in json.load(open(f"{sys.argv[1]}/{name}.json"))["indicators"]:
        print(indicator["id"], indicator["level"])
EOF
else
  echo "(no C compiler or python3: the minimal C floor is not measured)" >&2
fi
swiftc -O "$work/hello.swift" -o "$work/hello" >&2
bin=$static

echo "Generating $cases cases..." >&2
"$work/generate" "$root/Rules" "$cases" 1 --valid-json > "$work/cases.jsonl"
bytes=$(wc -c < "$work/cases.jsonl")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')

have() { command -v "$1" > /dev/null; }
now() { date +%s.%N; }
# Seconds for one run of a command, output discarded.
timed() {
  local t0 t1
  t0=$(now); "$@" > /dev/null 2>&1 || true; t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
peak_rss() {
  if [ -x /usr/bin/time ]; then
    { /usr/bin/time -f '%M' "$@" > /dev/null 2> "$work/time.err"; } 2> /dev/null || true
    tail -1 "$work/time.err" | awk '{ printf "%.1f MiB", $1 / 1024 }'
  else
    echo "n/a (no GNU time)"
  fi
}
one_core=()
have taskset && one_core=(taskset -c 0)

declare -A times
record() { times[$1]="${times[$1]:-} $2"; }
med() { printf '%s\n' ${times[$1]} | median; }

commands=(summary jq python c full reference csv baseline)
run() {
  local prefix=$1; shift
  case $1 in
    summary) "${@:2}" "$bin" assess --input "$work/cases.jsonl" --summary ;;
    jq) "${@:2}" jq -c '{id, n: (.indicators|length)}' "$work/cases.jsonl" ;;
    python) "${@:2}" python3 "$root/Tests/Benchmarks/lookup.py" "$root/Rules" < "$work/cases.jsonl" ;;
    c) "${@:2}" "$work/lookup" "$work/levels.txt" "$work/cases.jsonl" ;;
    full) "${@:2}" "$bin" assess --input "$work/cases.jsonl" --format json ;;
    reference) "${@:2}" "$bin" assess --input "$work/cases.jsonl" --format json --routes-by-reference ;;
    csv) "${@:2}" "$bin" assess --input "$work/cases.jsonl" --format csv ;;
    baseline) "${@:2}" "$BASELINE" assess --input "$work/cases.jsonl" --format json ;;
  esac
}
available() {
  case $1 in
    jq) have jq ;;
    python) have python3 ;;
    c) [ -x "$work/lookup" ] ;;
    baseline) [ -n "${BASELINE:-}" ] && [ -x "${BASELINE:-}" ] ;;
    *) true ;;
  esac
}
for round in $(seq "$rounds"); do
  for cores in one two; do
    echo "Round $round of $rounds, $cores core(s)..." >&2
    for command in "${commands[@]}"; do
      available "$command" || continue
      if [ "$cores" = one ]; then
        [ ${#one_core[@]} -gt 0 ] || continue
        t=$(timed run x "$command" "${one_core[@]}")
      else
        t=$(timed run x "$command" env)
      fi
      record "$cores.$command" "$t"
    done
  done
done

echo
echo "thresholds benchmark: $cases cases, $mb MiB ($bytes bytes), $rounds alternating rounds, medians"
answered=$("$bin" assess --input "$work/cases.jsonl" --summary 2> /dev/null | wc -l || true)
rejected=$("$bin" assess --input "$work/cases.jsonl" --summary 2> /dev/null | grep -c '^{"error"' || true)
echo "  output lines: $answered (one per case), of which error records: $rejected"
full_bytes=$("$bin" assess --input "$work/cases.jsonl" --format json 2> /dev/null | wc -c || true)
ref_bytes=$("$bin" assess --input "$work/cases.jsonl" --format json --routes-by-reference 2> /dev/null | wc -c || true)
echo "  full JSON: $(awk -v b="$full_bytes" -v n="$cases" 'BEGIN { printf "%.0f", b / n }') bytes a case;" \
  "--routes-by-reference: $(awk -v b="$ref_bytes" -v n="$cases" 'BEGIN { printf "%.0f", b / n }') bytes a case" \
  "($(ratio "$full_bytes" "$ref_bytes")x smaller; the routes are in 'rules export')"
for cores in one two; do
  [ -n "${times[$cores.summary]:-}" ] || continue
  echo
  if [ "$cores" = one ]; then echo "  On one core (taskset -c 0):"; else echo "  On two cores:"; fi
  s=$(med "$cores.summary")
  for command in "${commands[@]}"; do
    [ -n "${times[$cores.$command]:-}" ] || continue
    t=$(med "$cores.$command")
    label=$command
    case $command in
      summary) label="assess --summary" ;;
      jq) label="jq -c '{id, n}' (parse only)" ;;
      python) label="python3 lookup.py" ;;
      c) label="minimal C lookup.c (floor)" ;;
      full) label="assess --format json" ;;
      reference) label="... --routes-by-reference" ;;
      csv) label="assess --format csv" ;;
      baseline) label="BASELINE --format json" ;;
    esac
    printf '    %-30s %8.3f s  %9.0f cases/s  %7.1f MiB/s\n' "$label" "$t" \
      "$(awk -v n="$cases" -v t="$t" 'BEGIN { print n / t }')" "$(awk -v m="$mb" -v t="$t" 'BEGIN { print m / t }')"
  done
  if [ -n "${times[$cores.jq]:-}" ]; then
    echo "    --summary vs jq: $(ratio "$(med "$cores.jq")" "$s")x faster (target on one core: >= 12x)"
  fi
  if [ -n "${times[$cores.python]:-}" ]; then
    echo "    --summary vs Python: $(ratio "$(med "$cores.python")" "$s")x faster"
  fi
  if [ -n "${times[$cores.c]:-}" ]; then
    c=$(med "$cores.c")
    echo "    --summary vs minimal C: takes $(ratio "$s" "$c")x as long"
    if [ -n "${times[$cores.jq]:-}" ]; then
      echo "    minimal C vs jq: $(ratio "$(med "$cores.jq")" "$c")x faster" \
        "(12x jq would be $(awk -v j="$(med "$cores.jq")" 'BEGIN { printf "%.3f", j / 12 }') s)"
    fi
  fi
  if [ -n "${times[$cores.baseline]:-}" ]; then
    echo "    full JSON vs BASELINE: $(ratio "$(med "$cores.baseline")" "$(med "$cores.full")")x faster (target: >= 2x)"
  fi
done

echo
echo "  Memory (peak RSS) and scaling:"
echo "    assess --summary, $cases cases:        $(peak_rss "$bin" assess --input "$work/cases.jsonl" --summary)"
echo "    assess --format json, $cases cases:    $(peak_rss "$bin" assess --input "$work/cases.jsonl" --format json)"
t0=$(now)
rss=$(peak_rss sh -c "head -c 1073741824 /dev/zero | tr '\\0' ' ' | '$bin' assess --input - --summary")
t1=$(now)
echo "    1 GiB of spaces through a pipe:        $rss (largest process of the pipeline; $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s)"
python3 - "$work/keys.json" << 'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write('{"authority": "camden", "age": 9, ' + ", ".join(f'"k{i}": 1' for i in range(1200000)) + "}\n")
EOF
key_mb=$(awk -v b="$(wc -c < "$work/keys.json")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "    one $key_mb MiB case, 1.2M unknown keys: $(peak_rss "$bin" assess --input "$work/keys.json" --summary)"
file_t=$(timed "$bin" assess --input "$work/keys.json" --summary)
pipe_t=$(timed sh -c "cat '$work/keys.json' | '$bin' assess --input - --summary")
echo "    that case from a file: ${file_t} s; through a pipe: ${pipe_t} s ($(ratio "$pipe_t" "$file_t")x)"
text_t=$(timed "$bin" assess --input "$work/cases.jsonl")
echo "    default text (action cards), $cases cases: ${text_t} s, $(peak_rss "$bin" assess --input "$work/cases.jsonl")"

echo
echo "  Start-up (one process each):"
single=(assess --authority camden --age 9 --indicator camden-young-carers,camden-5-13-inconsistent-family-relationships)
python3 - "$root/Rules/medway.json" "$work/medway-copy.json" << 'EOF'
import json, sys
rule_set = json.load(open(sys.argv[1]))
rule_set["replaces"] = "medway"
json.dump(rule_set, open(sys.argv[2], "w"))
EOF
medway=(assess --authority medway --age 6 --indicator medway-suspected-inflicted-or-unexplained-injuries)
if have hyperfine; then
  hyperfine -N -w 20 -r "${RUNS:-300}" --export-json "$work/latency.json" \
    "$work/hello" "$static ${single[*]}" "$dynamic ${single[*]}" "$static --help" \
    "$static ${medway[*]}" "$static ${medway[*]} --rules $work/medway-copy.json" > /dev/null 2>&1
  python3 - "$work/latency.json" > "$work/medians" << 'EOF'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(result["median"])
EOF
  mapfile -t m < "$work/medians"
  hello=${m[0]}; one=${m[1]}; one_dynamic=${m[2]}; help=${m[3]}; medway_builtin=${m[4]}; medway_loaded=${m[5]}
else
  echo "    (hyperfine not found: a shell loop of 200 runs each)"
  loop() { local t0 t1; t0=$(now); for _ in $(seq 200); do "$@" > /dev/null; done; t1=$(now); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", (b - a) / 200 }'; }
  hello=$(loop "$work/hello"); one=$(loop "$static" "${single[@]}"); one_dynamic=$(loop "$dynamic" "${single[@]}")
  help=$(loop "$static" --help); medway_builtin=$(loop "$static" "${medway[@]}")
  medway_loaded=$(loop "$static" "${medway[@]}" --rules "$work/medway-copy.json")
fi
ms() { awk -v t="$1" 'BEGIN { printf "%7.2f ms", t * 1000 }'; }
echo "    hello (swiftc -O, dynamic)             $(ms "$hello")"
echo "    assess, 1 case (static, as installed)  $(ms "$one")  $(ratio "$one" "$hello")x hello (target <= 1.2x)"
echo "    assess, 1 case (dynamically linked)    $(ms "$one_dynamic")  $(ratio "$one_dynamic" "$hello")x hello"
echo "    --help (static)                        $(ms "$help")  $(ratio "$help" "$hello")x hello"
if have valgrind; then
  instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null \
      | awk '/refs:/ { gsub(",", "", $NF); printf "%.2f", $NF / 1e6 }'
  }
  hello_i=$(instructions "$work/hello"); one_i=$(instructions "$static" "${single[@]}")
  echo "    instructions (callgrind): hello ${hello_i}M, one assessment (static) ${one_i}M ($(ratio "$one_i" "$hello_i")x)"
else
  echo "    (valgrind not found: no instruction counts)"
fi
echo "    Medway, built in                       $(ms "$medway_builtin")"
echo "    Medway, --rules Rules/medway.json      $(ms "$medway_loaded")  (+$(awk -v a="$medway_loaded" -v b="$medway_builtin" 'BEGIN { printf "%.2f", (a - b) * 1000 }') ms to read and check the file)"
