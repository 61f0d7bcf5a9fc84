#!/usr/bin/env bash
# Load test of GET /api/postings with varied filters on a 100,000-posting synthetic database, on loopback.
# Usage: bench/load/wrk.sh [POSTINGS=100000] [DURATION=30s] [CONNECTIONS=32] [THREADS=2]
# Needs wrk (Debian package 'wrk'). Builds the database once under $LOAD_DATA (default /tmp/rolescope-load) and reuses it.
set -euo pipefail
cd "$(dirname "$0")/../.."
postings=${1:-100000}
duration=${2:-30s}
connections=${3:-32}
threads=${4:-2}
port=${PORT:-5190}
data=${LOAD_DATA:-${TMPDIR:-/tmp}/rolescope-load}
db=$data/load-$postings.db
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

dotnet build -c Release src/RoleScope.Cli/RoleScope.Cli.csproj -o "$data/cli" >/dev/null
mkdir -p "$data"
if [ ! -f "$db" ]; then
  echo "building $db ($postings synthetic postings)..."
  dotnet "$data/cli/rolescope.dll" demo --count "$postings" --db "$db" >/dev/null
fi

dotnet "$data/cli/rolescope.dll" serve --db "$db" --urls "http://127.0.0.1:$port" > "$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health"; echo
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# Warm-up, then the measured run.
wrk -t"$threads" -c"$connections" -d5s -s bench/load/postings.lua "http://127.0.0.1:$port" >/dev/null
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/load/postings.lua "http://127.0.0.1:$port"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
