#!/usr/bin/env bash
# Load test against a running app (start it first: ./mvnw spring-boot:run).
# Measures GET /api/me/fit against GET /api/auth/me with the same session on the same app
# and prints the throughput ratio (target: fit >= 0.5 x me). Loopback only.
#   bench/load.sh [base-url] [seconds] [connections]
set -euo pipefail
BASE=${1:-http://localhost:8080}
SECONDS_PER_RUN=${2:-15}
CONNECTIONS=${3:-8}
case "$BASE" in
  http://localhost*|http://127.*) ;;
  *) echo "Only loopback targets are allowed: $BASE" >&2; exit 2 ;;
esac
if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

jar=$(mktemp); trap 'rm -f "$jar"' EXIT
curl -sf -c "$jar" -b "$jar" "$BASE/api/auth/csrf" >/dev/null
token() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1; }
email="bench-$(date +%s%N)@example.com"
curl -sf -c "$jar" -b "$jar" -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $(token)" \
  -d "{\"email\":\"$email\",\"password\":\"bench password $RANDOM$RANDOM\",\"displayName\":\"Bench\"}" \
  "$BASE/api/auth/register" >/dev/null
curl -sf -c "$jar" -b "$jar" "$BASE/api/auth/csrf" >/dev/null
for entry in linux-administration:4 troubleshooting:4 web-servers:3 server-hardening:3 backup-recovery:3 \
  network-fundamentals:2 aws:1 shell-scripting:3 monitoring:3 mail-servers:2; do
  curl -sf -c "$jar" -b "$jar" -X PUT -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $(token)" \
    -d "{\"level\":${entry##*:}}" "$BASE/api/me/skills/${entry%%:*}" >/dev/null
done
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")

run() {
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -H "Cookie: JSESSIONID=$session" "$BASE$1" \
    | awk '/Requests\/sec/ { print $2 }'
}
run /api/auth/me >/dev/null   # warm-up
run /api/me/fit >/dev/null
me=$(run /api/auth/me)
fit=$(run /api/me/fit)
ratio=$(awk -v a="$fit" -v b="$me" 'BEGIN { printf "%.2f", a / b }')
echo "GET /api/auth/me  ${me} req/s"
echo "GET /api/me/fit   ${fit} req/s"
echo "fit/me ratio      ${ratio} (target >= 0.50)"
