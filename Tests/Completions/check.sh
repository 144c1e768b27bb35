#!/usr/bin/env bash
# Loads the completion scripts in the real shells, where installed, and checks that each
# completes a subcommand, an option and an indicator identifier of the area on the line:
#   zsh  - typed into an interactive zsh in tmux, with Tab, and the screen read back;
#   fish - asked with fish's own `complete -C`.
# Each shell that is not installed is skipped with a message; the script fails if a shell that
# is installed does not complete.
# Usage: Tests/Completions/check.sh path/to/thresholds
set -uo pipefail
binary=${1:?give the thresholds binary}
bin=$(mktemp -d)
session="thresholds-completions-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$bin"' EXIT
ln -s "$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")" "$bin/thresholds"
export PATH="$bin:$PATH"
status=0

# Types a line and Tab into the zsh session, and prints the line as the screen then shows it.
zsh_complete() {
  tmux send-keys -t "$session" C-u "$1" Tab
  local screen=""
  for _ in $(seq 50); do
    sleep 0.1
    screen=$(tmux capture-pane -t "$session" -p | grep '^% ' | tail -1)
    [[ "$screen" != "% $1" ]] && break
  done
  printf '%s\n' "${screen#% }"
}

if ! command -v zsh >/dev/null; then
  echo "skipped: zsh is not installed"
elif ! command -v tmux >/dev/null; then
  echo "skipped: zsh needs tmux to be driven"
else
  tmux new-session -d -s "$session" -x 160 -y 40 "env PATH='$PATH' zsh -f"
  tmux send-keys -t "$session" "PS1='%% '; source <(thresholds completions zsh); clear" Enter
  for _ in $(seq 50); do
    sleep 0.1
    tmux capture-pane -t "$session" -p | grep -q '^% $' && break
  done
  while IFS='|' read -r typed expected; do
    got=$(zsh_complete "$typed")
    if [[ "$got" == "$expected"* ]]; then
      echo "ok: zsh completes '$typed'"
    else
      echo "zsh failed: '$typed' became '$got', expected '$expected'"
      status=1
    fi
  done <<'EOF'
thresholds ass|thresholds assess
thresholds assess --autho|thresholds assess --authority
thresholds assess --authority rut|thresholds assess --authority rutland
thresholds assess --authority camden --indicator camden-young-c|thresholds assess --authority camden --indicator camden-young-carers
thresholds search hungry --authority med|thresholds search hungry --authority medway
EOF
fi

if ! command -v fish >/dev/null; then
  echo "skipped: fish is not installed"
else
  while IFS='|' read -r typed expected; do
    got=$(fish -c "thresholds completions fish | source; complete -C '$typed'" 2>&1 | cut -f1)
    if grep -qx -- "$expected" <<<"$got"; then
      echo "ok: fish completes '$typed'"
    else
      echo "fish failed: '$typed' offered: $(tr '\n' ' ' <<<"$got" | cut -c1-200)"
      status=1
    fi
  done <<'EOF'
thresholds ass|assess
thresholds assess --autho|--authority
thresholds assess --authority rut|rutland
thresholds assess --authority camden --indicator camden-young-c|camden-young-carers
thresholds assess --format |markdown
EOF
fi
exit $status
