#!/usr/bin/env bash
# Crash test of the default (embedded PostgreSQL) mode: writes through the API, kill -9 in the
# middle, start again on the same data, and count acknowledged writes that are gone.
#   bench/crash-restart.sh [rounds] [seconds-of-writes-per-round]
# Each round kills differently:
#   app     kill -9 of the JVM only (the watchdog stops PostgreSQL cleanly)
#   orphan  kill -9 of the JVM and its watchdog (PostgreSQL stays as an orphan; the next start stops it)
#   all     kill -9 of the JVM, the watchdog and PostgreSQL together (crash recovery from the WAL)
# Prints, per round: writes acknowledged, acknowledged writes lost (must be 0), whether the next
# start succeeded on the first attempt, and how long it took. Loopback only; needs the jar
# (./mvnw -DskipTests package) and curl + jq.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
WRITE_SECONDS=${2:-6}
PORT=${CRASH_PORT:-18082}
BASE="http://127.0.0.1:$PORT"
jar=$(ls target/skillgap-*.jar 2>/dev/null | head -1)
[ -n "$jar" ] || { echo "Build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }

work=$(mktemp -d)
data="$work/postgres"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  sleep 1
  rm -rf "$work"
}
trap cleanup EXIT

start_app() {
  local log="$work/app-$1.log"
  local started
  started=$(date +%s.%N)
  SKILLGAP_DATA_DIR="$data" PORT=$PORT java -jar "$jar" >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    if curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1; then
      took=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
  done
  took=FAILED
  tail -20 "$log" >&2
  return 1
}
took=""

cookies="$work/cookies"
token() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$cookies" | tail -1; }
email="crash-$(date +%s%N)@example.com"
password="crash test password $RANDOM$RANDOM"
login() {
  curl -sf -c "$cookies" -b "$cookies" "$BASE/api/auth/csrf" >/dev/null
  curl -sf -c "$cookies" -b "$cookies" -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $(token)" \
    -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Crash test\"}" \
    "$BASE/api/auth/$1" >/dev/null
  curl -sf -c "$cookies" -b "$cookies" "$BASE/api/auth/csrf" >/dev/null
}

# writer N: PUTs a level with a unique evidence note; appends the note to acked-N when answered 200
writer() {
  local n=$1 skill=$2 i=0 status
  while :; do
    i=$((i + 1))
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" -X PUT -H 'Content-Type: application/json' \
      -H "X-XSRF-TOKEN: $(token)" -d "{\"level\":$((i % 6)),\"evidence\":\"crash-w$n-$i\"}" \
      --max-time 5 "$BASE/api/me/skills/$skill" || true)
    [ "$status" = 200 ] && echo "crash-w$n-$i" >>"$work/acked"
  done
}

kinds=(app orphan all)
echo "Starting on a new data directory ($data)"
start_app 0
echo "first start: $took s"
login register
: >"$work/acked"
printf '%-7s %-9s %-6s %-22s %s\n' round kill acked "lost (acked, missing)" "next start"
for round in $(seq 1 "$ROUNDS"); do
  kind=${kinds[$(((round - 1) % 3))]}
  before=$(wc -l <"$work/acked")
  pids=()
  for n in 1 2 3; do
    skill=$(echo "linux-administration web-servers troubleshooting" | cut -d' ' -f$n)
    writer "$n" "$skill" &
    pids+=($!)
  done
  sleep "$WRITE_SECONDS"
  pg=$(head -1 "$data/postmaster.pid")
  watchdog=$(pgrep -f "skillgap-pg-watchdog $app_pid " || true)
  case $kind in
    app) kill -9 "$app_pid" ;;
    orphan) kill -9 "$app_pid" $watchdog ;;
    all) kill -9 "$app_pid" $watchdog "$pg" ;;
  esac
  wait "$app_pid" 2>/dev/null || true
  sleep 0.5
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  acked=$(($(wc -l <"$work/acked") - before))
  start_app "$round" || true
  [ "$took" = FAILED ] && { echo "round $round: the app did not start on the same data" >&2; exit 1; }
  login login
  curl -sf -b "$cookies" "$BASE/api/me/skills/history" | jq -r '.[].evidence // empty' | sort -u >"$work/present"
  lost=$(sort -u "$work/acked" | comm -23 - "$work/present" | wc -l)
  total_lost=${total_lost:-0}
  total_lost=$((total_lost + lost))
  printf '%-7s %-9s %-6s %-22s %s\n' "$round" "$kind" "$acked" "$lost" "started first try in ${took} s"
done
echo "acknowledged writes: $(wc -l <"$work/acked"), lost: $total_lost"
[ "$total_lost" -eq 0 ]
