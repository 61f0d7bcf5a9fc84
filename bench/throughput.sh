#!/usr/bin/env bash
# Extraction throughput, one line per measurement (docs/benchmarks.md records the figures):
#   1. single thread, the real HN 2023h1 corpus (unique postings, loaded first; only Extract calls are timed)
#   2. single thread, SYNTHETIC_COUNT synthetic postings generated one at a time (generation not timed)
#   3. every core: `rolescope extract` over EXTRACT_COUNT synthetic postings written by `rolescope sample` (whole command timed)
# MB = 10^6 UTF-8 bytes of posting text (title + location + description as the source gives them).
# Usage: bench/throughput.sh   (SYNTHETIC_COUNT=1000000 EXTRACT_COUNT=200000 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

synthetic_count=${SYNTHETIC_COUNT:-1000000}
extract_count=${EXTRACT_COUNT:-200000}
bench_project=bench/RoleScope.Benchmarks/RoleScope.Benchmarks.csproj
cli_project=src/RoleScope.Cli/RoleScope.Cli.csproj

echo "building Release ..." >&2
dotnet build "$bench_project" -c Release --nologo -v q >&2
dotnet build "$cli_project" -c Release --nologo -v q >&2
bench_dll=$(dotnet msbuild "$bench_project" -p:Configuration=Release -getProperty:TargetPath)
cli_dll=$(dotnet msbuild "$cli_project" -p:Configuration=Release -getProperty:TargetPath)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 1 and 2: single-threaded, inside one process (see Throughput/ThroughputCommand.cs).
dotnet "$bench_dll" --throughput --synthetic "$synthetic_count"

# 3: the command as a user runs it, on every core.
work=$(mktemp -d /tmp/rolescope-throughput.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet "$cli_dll" sample --count "$extract_count" --out "$work/sample.jsonl" 2>/dev/null
read -r postings bytes < <(dotnet "$bench_dll" --text-bytes "$work/sample.jsonl")
TIMEFORMAT='%R %U %S'
{ time dotnet "$cli_dll" extract "$work/sample.jsonl" --out "$work/extracted.jsonl" >/dev/null 2>"$work/extract.log"; } 2>"$work/time"
read -r real user sys <"$work/time"
written=$(wc -l <"$work/extracted.jsonl")
awk -v n="$postings" -v b="$bytes" -v w="$written" -v r="$real" -v u="$user" -v s="$sys" -v cores="$(nproc)" 'BEGIN {
  printf "multi-thread rolescope extract, synthetic (sample --count %d): %d postings (%d written), %.1f MB text; wall %.2f s (whole command: start-up, read, extract, write): %.2f MB/s, %.0f postings/s; CPU user+sys %.2f s = %.2f of %d cores busy: %.2f MB/s per CPU-second\n",
    n, n, w, b / 1e6, r, b / 1e6 / r, n / r, u + s, (u + s) / r, cores, b / 1e6 / (u + s)
}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
