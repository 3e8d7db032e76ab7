#!/usr/bin/env bash
# The README's test command on fresh clones of HEAD, with one core kept busy by another process
# (issue 11's condition): prints pytest's own time for each run. Takes ~4 minutes a run.
#
#   bash benchmarks/suite_time.sh [RUNS]        (default 3; clones go to a temporary folder)
set -u
runs=${1:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
command=$(awk '/^## Run the tests/{f=1} f && /^python3 -m venv/{print; exit}' "$repo/README.md")
python3 -c 'while True: pass' &
busy=$!
trap 'kill $busy; rm -rf "$work"' EXIT
echo "command: $command"
for i in $(seq "$runs"); do
  git clone -q "$repo" "$work/run$i"
  (cd "$work/run$i" && bash -c "$command") > "$work/run$i.log" 2>&1
  status=$?
  echo "run $i: exit $status; $(grep -E '^=+ .*(passed|failed).* in ' "$work/run$i.log" | tail -1 | tr -d '=')"
  grep -E '^(FAILED|ERROR) ' "$work/run$i.log"
done
