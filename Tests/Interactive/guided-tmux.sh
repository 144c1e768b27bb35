#!/usr/bin/env bash
# Drives the guided dialogue in a real terminal (tmux, 80 columns), answering at its prompts,
# and checks that it ends with the same action card as the equivalent options.
# Usage: Tests/Interactive/guided-tmux.sh path/to/thresholds
set -euo pipefail
binary=${1:?give the thresholds binary}
command -v tmux >/dev/null || { echo "skipped: tmux is not installed"; exit 0; }
work=$(mktemp -d)
trap 'tmux kill-session -t thresholds-guided 2>/dev/null || true; rm -rf "$work"' EXIT
tmux new-session -d -s thresholds-guided -x 80 -y 40 \
  "'$binary' assess --authority camden --age 9 --guided > '$work/card.txt' 2> '$work/dialogue.txt'; echo done > '$work/finished'"
send() {
  sleep 0.6
  tmux send-keys -t thresholds-guided "$1" Enter
}
send "young carer"
send "1"
send "inconsistent family relationships"
send "1"
send ""
for _ in $(seq 50); do [ -f "$work/finished" ] && break; sleep 0.2; done
[ -f "$work/finished" ] || { echo "the dialogue did not finish"; tmux capture-pane -p -t thresholds-guided; exit 1; }
line=$(grep '^The same with options: thresholds ' "$work/dialogue.txt")
read -r -a arguments <<< "${line#The same with options: thresholds }"
"$binary" "${arguments[@]}" > "$work/flags.txt"
if ! diff -u "$work/flags.txt" "$work/card.txt"; then
  echo "the guided card differs from the options' card"
  exit 1
fi
grep -q "WHAT TO DO" "$work/card.txt"
echo "ok: the guided dialogue in tmux reached the same card as: thresholds ${arguments[*]}"
