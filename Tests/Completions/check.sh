#!/usr/bin/env bash
# Loads the zsh and fish completion scripts in the real shells (where installed) and checks
# that each completes an indicator identifier of the area on the line.
# Usage: Tests/Completions/check.sh path/to/thresholds
set -euo pipefail
binary=${1:?give the thresholds binary}
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")" "$bin/thresholds"
export PATH="$bin:$PATH"
status=0
if command -v zsh >/dev/null; then
  out=$(zsh -f -c '
    source <(thresholds completions zsh)
    COMP_WORDS=(thresholds assess --authority camden --indicator camden-young-c); COMP_CWORD=5
    _thresholds
    print -l $COMPREPLY' 2>&1)
  if [[ "$out" == *camden-young-carers* ]]; then echo "ok: zsh"; else echo "zsh failed: $out"; status=1; fi
else
  echo "skipped: zsh is not installed"
fi
if command -v fish >/dev/null; then
  out=$(fish -c 'thresholds completions fish | source; complete -C "thresholds assess --authority camden --indicator camden-young-c"' 2>&1)
  if [[ "$out" == *camden-young-carers* ]]; then echo "ok: fish"; else echo "fish failed: $out"; status=1; fi
else
  echo "skipped: fish is not installed"
fi
exit $status
