#!/usr/bin/env bash
# Ingest throughput, extraction included: `rolescope ingest` of COUNT synthetic postings (rolescope sample: SYNTHETIC, seeded)
# into a new SQLite file and into a new database on a throwaway local PostgreSQL server, each timed as a whole command.
# Usage: bench/ingest.sh [COUNT=1000000]   (PostgreSQL needs Debian's postgresql package; skipped with a note when missing)
# docs/benchmarks.md records the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
work=$(mktemp -d /tmp/rolescope-ingest.XXXXXX)
chmod 755 "$work"
pg_data=""
cleanup() {
  if [ -n "$pg_data" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "building Release ..." >&2
dotnet build src/RoleScope.Cli -c Release --nologo -v q >&2
cli=$(dotnet msbuild src/RoleScope.Cli/RoleScope.Cli.csproj -p:Configuration=Release -getProperty:TargetPath)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$cli" sample --count "$count" --out "$work/sample.jsonl" 2>/dev/null
echo "sample: $count synthetic postings, $(du -m "$work/sample.jsonl" | cut -f1) MB of JSON lines"

measure() { # NAME DB
  local name=$1 db=$2 start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S %M" -o "$work/time" dotnet "$cli" ingest "$work/sample.jsonl" --db "$db" --json >"$work/summary.json" 2>/dev/null
  end=$(date +%s.%N)
  read -r user sys rss <"$work/time"
  python3 - "$name" "$start" "$end" "$user" "$sys" "$rss" "$work/summary.json" <<'PY'
import json, sys
name, start, end, user, sys_, rss, path = sys.argv[1:]
s = json.load(open(path)); wall = float(end) - float(start)
print(f"{name}: read {s['read']:,}, stored {s['stored']:,} ({s['near_duplicates']:,} near-duplicates linked), rejected {s['rejected']:,}; "
      f"wall {wall:.1f} s = {s['read'] / wall:,.0f} postings/s; CPU user+sys {float(user) + float(sys_):.1f} s "
      f"({(float(user) + float(sys_)) / wall:.2f} cores busy); peak RSS {int(rss) // 1024} MB")
PY
}

measure "sqlite (new file)" "$work/ingest.db"
echo "sqlite file: $(du -m "$work/ingest.db" | cut -f1) MB"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "postgresql: skipped (install Debian's postgresql package)"
  exit 0
fi
pg_data="$work/pg"
mkdir -m 700 "$pg_data"
chown postgres "$pg_data" "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$work/pg.log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_data" start >/dev/null
runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres rolescope
measure "postgresql $("$pg_bin/postgres" --version | awk '{print $3}') (loopback, new database)" "Host=127.0.0.1;Port=$port;Username=postgres;Database=rolescope"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
