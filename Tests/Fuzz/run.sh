#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (swiftc -sanitize=fuzzer,address; not SwiftPM, and
# never in the package's .build: everything is built in .build-fuzz), each for DURATION seconds
# (default 600), from the seed corpus in Tests/Fuzz/corpus/<target>/ and the dictionary
# Tests/Fuzz/<target>.dict. Crashes, invariant failures and slow inputs are written to
# Tests/Fuzz/.work/<target>/ (ignored by git), beside the corpus the run grew; minimise one
# with `.build-fuzz/fuzz-<target> -minimize_crash=1 -runs=100000 CRASH` and keep it in
# Tests/Fuzz/corpus/<target>/ so that every later run replays it.
#
# The targets:
#   json       FuzzJSON.swift: the bytes as a stream of JSON cases (and through JSONValue.parse,
#              CaseText(json:) and Case(json:)). No crash; in summary and JSON one line a case
#              (lines counted against the stream's totals), each a JSON object; the same output
#              whether read whole, in chunks of 1 + size % 13 bytes or of 64; the parallel
#              reader (runInParallel) writes exactly the sequential reader's bytes; CSV output is
#              RFC 4180 with a header and one row a case, every row as long; text, full text,
#              Markdown and HTML hold no raw control character (C0 but \n, DEL, or the UTF-8 of
#              U+0080-U+009F). The checks are in StreamChecks.swift.
#   csv        FuzzCSV.swift: the bytes as CSV input (--input-format csv): when the first byte
#              is even, the rest after a fixed valid header; when odd, the rest as it is. The
#              same checks as json: one answer or error record a row, chunking-independent,
#              parallel equals sequential, CSV output that parses back, no raw control
#              characters in the text formats.
#   rules      FuzzRules.swift: the bytes as a rule-set file read by RuleSetReader (--rules,
#              rules check). No crash; a refusal names a problem; a file that reads passes the
#              checker, is exported by RuleSetWriter, reads back with no difference
#              (RuleSetDiff) and exports again to identical bytes; added to the registry, its
#              examples run and cases made from it pass the stream checks.
#   arguments  FuzzArguments.swift (with the command line's sources compiled in): the bytes
#              split into arguments at NUL bytes and newlines, run through the whole tool in
#              memory (stdin, stdout, stderr and files; no real file). The exit code is 0, 1, 64
#              or 65; a usage error (64) writes nothing to stdout; neither stdout nor stderr holds
#              a raw control character.
#
# The corpus keeps the inputs that found a fault, so every run replays them first: a CSV header
# written twice by the parallel reader from a pipe (csv-header-twice-from-a-pipe.json), a header
# written before JSON was found to be CSV (looks-like-csv-from-a-pipe-writes-header.json), and
# CSV rows at the size limit answered by how they were read (unclosed-quote-past-case-limit.csv,
# row-past-case-limit-case-count-depends-on-reads.csv), and carriage returns before a CSV
# header's first field that the parallel reader dropped as a blank line
# (carriage-returns-before-header-dropped-by-parallel-reader.csv), and an array whose first
# value is not a case, on a line that looks like a CSV header, which the parallel reader read as
# cases while the sequential reader refuses it as CSV
# (array-opening-a-csv-like-line-read-in-parallel.json). Each is also a test in StreamTests.
#
#   Tests/Fuzz/run.sh [json|csv|rules|arguments|all]    # DURATION=60 for a quick run
#
# Exits non-zero if any target found something.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
which=${1:-all}
duration=${DURATION:-600}
build="$root/.build-fuzz"
work="$root/Tests/Fuzz/.work"
fuzz="$root/Tests/Fuzz"
case "$which" in
  json | csv | rules | arguments | all) ;;
  *)
    echo "usage: $0 [json|csv|rules|arguments|all]" >&2
    exit 64
    ;;
esac
mkdir -p "$build" "$work"
# Swift 6 mode, as Package.swift builds the package.
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)
# The toolchain's lld links without gold's warnings about the sanitizer's local symbols.
if [ -x "$(dirname "$(command -v swiftc)")/ld.lld" ] || command -v ld.lld > /dev/null; then
  flags+=(-use-ld=lld)
fi
# Let the sanitizers report crashes themselves.
export SWIFT_BACKTRACE=enable=no
# Boxes LeakSanitizer cannot see pointers to are not leaks (see lsan.supp).
export LSAN_OPTIONS="suppressions=$fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# ThresholdCore is built once as a library (again when a source is newer or the flags
# changed); the targets use its public API.
core_sources=$(find "$root/Sources/ThresholdCore" -name '*.swift' | sort)
stamp="$build/ThresholdCore.flags"
if [ ! -f "$build/libThresholdCore.a" ] || [ "$(cat "$stamp" 2> /dev/null)" != "${flags[*]}" ] \
  || [ -n "$(find "$root/Sources/ThresholdCore" -name '*.swift' -newer "$build/libThresholdCore.a")" ]; then
  echo "Building ThresholdCore with the fuzzer and address sanitizers..." >&2
  # shellcheck disable=SC2086
  swiftc "${flags[@]}" -module-name ThresholdCore -emit-module \
    -emit-module-path "$build/ThresholdCore.swiftmodule" \
    -emit-library -static -o "$build/libThresholdCore.a" $core_sources
  echo "${flags[*]}" > "$stamp"
fi

build_target() {
  local name=$1
  shift
  echo "Building fuzz-$name..." >&2
  swiftc "${flags[@]}" -I "$build" -L "$build" -lThresholdCore -module-name "Fuzz_$name" \
    "$@" -o "$build/fuzz-$name"
}

found=()
run_target() {
  local name=$1
  shift
  mkdir -p "$work/$name/corpus"
  cp -n "$fuzz/corpus/$name/"* "$work/$name/corpus/" 2> /dev/null || true
  local options=(-max_total_time="$duration" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1)
  if [ -f "$fuzz/$name.dict" ]; then options+=(-dict="$fuzz/$name.dict"); fi
  echo "Fuzzing $name for $duration s..." >&2
  # Crashes and slow inputs are written to the working directory, .work/<target>/.
  if ! (cd "$work/$name" && "$build/fuzz-$name" "${options[@]}" "$@" corpus); then
    found+=("$name")
  fi
}

if [ "$which" = json ] || [ "$which" = all ]; then
  build_target json "$fuzz/StreamChecks.swift" "$fuzz/FuzzJSON.swift"
  run_target json
fi
if [ "$which" = csv ] || [ "$which" = all ]; then
  build_target csv "$fuzz/StreamChecks.swift" "$fuzz/FuzzCSV.swift"
  run_target csv
fi
if [ "$which" = rules ] || [ "$which" = all ]; then
  build_target rules "$fuzz/StreamChecks.swift" "$fuzz/FuzzRules.swift"
  # Rule-set files are larger than cases: let inputs grow to 16 KiB.
  run_target rules -max_len=16384
fi
if [ "$which" = arguments ] || [ "$which" = all ]; then
  # The command line's sources are compiled into the fuzz target's own module.
  # shellcheck disable=SC2046
  build_target arguments $(find "$root/Sources/ThresholdCommandLine" -name '*.swift' | sort) \
    "$fuzz/FuzzArguments.swift"
  run_target arguments
fi
if [ ${#found[@]} -gt 0 ]; then
  echo "Found something (see Tests/Fuzz/.work/<target>/): ${found[*]}" >&2
  exit 1
fi
