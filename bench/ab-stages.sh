#!/usr/bin/env bash
# Side-by-side stage timings of two builds: BASE (a git revision) and the working tree run `--stages` at the same time,
# one process per core, so that the machine's drift (up to 40% between runs on a shared VM) hits both alike.
# Usage: bench/ab-stages.sh BASE_REV [ROUNDS] [STAGE_REGEX]   e.g. bench/ab-stages.sh 21d65a4 3 'Whole extraction|Work mode'
# The baseline is built in a worktree beside the repository (../rolescope-ab-base), so that ../shared resolves for it too.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: bench/ab-stages.sh BASE_REV [ROUNDS] [STAGE_REGEX]}
rounds=${2:-3}
pattern=${3:-Whole extraction}
project=bench/RoleScope.Benchmarks/RoleScope.Benchmarks.csproj
base_dir=$(cd .. && pwd)/rolescope-ab-base
# Resolved here, in the repository: inside the worktree "HEAD" would name the worktree's own checkout, not this one's.
base=$(git rev-parse --verify "$base^{commit}")
if [ ! -d "$base_dir" ]; then git worktree add --detach "$base_dir" "$base" >&2; else git -C "$base_dir" checkout -q --detach "$base"; fi
echo "building $base and the working tree (Release) ..." >&2
dotnet build "$base_dir/$project" -c Release --nologo -v q >&2
dotnet build "$project" -c Release --nologo -v q >&2
base_dll=$(dotnet msbuild "$base_dir/$project" -p:Configuration=Release -getProperty:TargetPath)
head_dll=$(dotnet msbuild "$project" -p:Configuration=Release -getProperty:TargetPath)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for r in $(seq "$rounds"); do
  dotnet "$base_dll" --stages --passes 10 >"$out/base" 2>/dev/null &
  dotnet "$head_dll" --stages --passes 10 >"$out/head" 2>/dev/null &
  wait
  for side in base head; do
    awk -v side="$side" -v pat="$pattern" '/^[a-z]+:/ { corpus = $1 } $0 ~ pat { sub(/^ +/, ""); gsub(/  +/, " "); printf "%s %s %s | ", side, corpus, $0 } END { print "" }' "$out/$side"
  done
done
