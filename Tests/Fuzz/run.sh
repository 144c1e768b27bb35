#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (swiftc -sanitize=fuzzer,address), each for DURATION
# seconds (default 600), from the seed corpus in Tests/Fuzz/corpus. Crashes and slow inputs are
# written to Tests/Fuzz/.work/<target>/ (ignored by git); turn each crash into a regression test.
#
#   Tests/Fuzz/run.sh [json|arguments|all]    # DURATION=60 for a quick run
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
which=${1:-all}
duration=${DURATION:-600}
build="$root/.build-fuzz"
work="$root/Tests/Fuzz/.work"
mkdir -p "$build" "$work"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
# Let the sanitizers report crashes themselves.
export SWIFT_BACKTRACE=enable=no

echo "Building ThresholdCore with the fuzzer and address sanitizers..." >&2
swiftc "${flags[@]}" -module-name ThresholdCore -emit-module -emit-module-path "$build/ThresholdCore.swiftmodule" \
  -emit-library -static -o "$build/libThresholdCore.a" $(find "$root/Sources/ThresholdCore" -name '*.swift')

build_target() {
  local name=$1; shift
  swiftc "${flags[@]}" -I "$build" -L "$build" -lThresholdCore -module-name "Fuzz_$name" \
    "$@" -o "$build/fuzz-$name"
}
run_target() {
  local name=$1
  mkdir -p "$work/$name/corpus"
  cp -n "$root/Tests/Fuzz/corpus/$name/"* "$work/$name/corpus/" 2> /dev/null || true
  echo "Fuzzing $name for $duration s..." >&2
  (cd "$work/$name" && "$build/fuzz-$name" -max_total_time="$duration" -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 corpus)
}
if [ "$which" = json ] || [ "$which" = all ]; then
  build_target json "$root/Tests/Fuzz/FuzzJSON.swift"
  run_target json
fi
if [ "$which" = arguments ] || [ "$which" = all ]; then
  # The command line's sources are compiled into the fuzz target's own module.
  build_target arguments $(find "$root/Sources/ThresholdCommandLine" -name '*.swift') "$root/Tests/Fuzz/FuzzArguments.swift"
  run_target arguments
fi
