#!/usr/bin/env bash
# Benchmark: GET /api/me/recommendations over a catalog of 10,000 learning items (generated
# here, never part of the product) against GET /api/me/fit, on one app with one session.
# Target: recommendations latency within 2x of fit. Starts its own app on a loopback port with
# a fresh data directory, and stops it at the end.
#   bench/recommendations.sh [items] [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS=${1:-10000}
SECONDS_PER_RUN=${2:-15}
CONNECTIONS=${3:-4}
PORT=18081
BASE="http://127.0.0.1:$PORT"
if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
jar=$(ls target/skillgap-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/skillgap-*.jar | head -1)
fi

work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# the product's reference data plus ITEMS generated learning items
mkdir -p "$work/reference"
cp db/reference/*.yaml "$work/reference/"
python3 - "$work/reference/learning-items.yaml" "$ITEMS" <<'PY'
import random, re, sys
path, count = sys.argv[1], int(sys.argv[2])
text = open('db/reference/skills.yaml', encoding='utf-8').read()
skills = re.findall(r'^  - code: (\S+)', text[text.index('\nskills:'):], re.M)
rnd = random.Random(42)
with open(path, 'a', encoding='utf-8') as out:
    for n in range(count):
        out.write(f'  - code: bench-{n:05d}\n    kind: course\n')
        out.write(f'    title: {{en: "Benchmark course {n}", ja: "ベンチマーク講座 {n}"}}\n')
        out.write('    provider: "Benchmark"\n    languages: [en]\n')
        out.write(f'    hours: {rnd.randint(5, 200)}\n    cost: free\n    raises:\n')
        for skill in rnd.sample(skills, rnd.randint(1, 3)):
            start = rnd.randint(0, 4)
            out.write(f'      - {{skill: {skill}, from: {start}, to: {min(5, start + rnd.randint(1, 2))}}}\n')
PY

echo "Starting the app with $ITEMS extra learning items on port $PORT"
SKILLGAP_DATA_DIR="$work/data" java -jar "$jar" --server.port=$PORT \
  --skillgap.reference-data.location="file:$work/reference/" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "$BASE/actuator/health/readiness" >/dev/null || { tail -50 "$work/app.log"; exit 1; }

jar_cookies="$work/cookies"
token() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar_cookies" | tail -1; }
curl -sf -c "$jar_cookies" -b "$jar_cookies" "$BASE/api/auth/csrf" >/dev/null
curl -sf -c "$jar_cookies" -b "$jar_cookies" -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $(token)" \
  -d '{"email":"bench@example.com","password":"benchmark password 42","displayName":"Bench"}' \
  "$BASE/api/auth/register" >/dev/null
curl -sf -c "$jar_cookies" -b "$jar_cookies" "$BASE/api/auth/csrf" >/dev/null
for entry in linux-administration:4 troubleshooting:4 web-servers:3 server-hardening:3 backup-recovery:3 \
  network-fundamentals:2 aws:1 shell-scripting:3 monitoring:3 mail-servers:2; do
  curl -sf -c "$jar_cookies" -b "$jar_cookies" -X PUT -H 'Content-Type: application/json' \
    -H "X-XSRF-TOKEN: $(token)" -d "{\"level\":${entry##*:}}" "$BASE/api/me/skills/${entry%%:*}" >/dev/null
done
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar_cookies")
total=$(curl -sf -b "$jar_cookies" "$BASE/api/me/recommendations?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "Recommendations computed over the catalog: $total items help this user now"

latency() { # prints the mean latency in ms
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "Cookie: JSESSIONID=$session" "$BASE$1" \
    | awk '$1 == "Latency" && NF >= 4 { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } print v; exit }'
}
latency /api/me/fit >/dev/null                      # warm-up
latency "/api/me/recommendations" >/dev/null
fit=$(latency /api/me/fit)
rec=$(latency "/api/me/recommendations")
ratio=$(awk -v a="$rec" -v b="$fit" 'BEGIN { printf "%.2f", a / b }')
echo "GET /api/me/fit               mean latency ${fit} ms"
echo "GET /api/me/recommendations   mean latency ${rec} ms  (catalog: $ITEMS generated + the real items)"
echo "recommendations/fit latency   ${ratio}x (target <= 2.00)"
