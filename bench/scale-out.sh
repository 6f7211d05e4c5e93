#!/usr/bin/env bash
# Two app instances on one PostgreSQL behind HAProxy (all from Debian's packages, loopback only), with the
# repository's HAProxy configuration (bench/haproxy.cfg). Clients log in and write through the load balancer
# (a level with PUT, a saved posting with POST and an Idempotency-Key, as the SPA sends); one instance is
# killed (kill -9) in the middle of the run. Prints requests sent and failed, sessions lost, acknowledged
# writes lost and writes stored twice; exits non-zero unless all four are 0.
#   bench/scale-out.sh [seconds] [clients]
# Needs the jar (./mvnw -DskipTests package); installs haproxy, postgresql, curl and jq if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30}
CLIENTS=${2:-6}
LB_PORT=${LB_PORT:-18100}
APP_PORTS=(${APP_PORTS:-18101 18102})
PG_PORT=${PG_PORT:-18199}
BASE="http://127.0.0.1:$LB_PORT"
BENCH_PACKAGES=haproxy . bench/needs.sh

work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/haproxy.pid" ] && kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true
  [ -d "$work/pg" ] && su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $work/pg -m fast -w stop" >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "PostgreSQL ($pgbin) on 127.0.0.1:$PG_PORT"
mkdir -p "$work/pg" && chown postgres "$work/pg"
su postgres -s /bin/sh -c "$pgbin/initdb -D $work/pg -A trust -U postgres -E UTF8 >/dev/null"
su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $work/pg -o '-p $PG_PORT -c listen_addresses=127.0.0.1 -k $work/pg' -l $work/pg/server.log -w start >/dev/null"

start_instance() {
  local port=$1
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
    PORT=$port SKILLGAP_REGISTRATIONS_PER_ADDRESS=${SKILLGAP_REGISTRATIONS_PER_ADDRESS:-1000} \
    java -jar "$jar" >"$work/app-$port.log" 2>&1 &
  pids+=($!)
  echo $! >"$work/app-$port.pid"
}
for port in "${APP_PORTS[@]}"; do start_instance "$port"; done
for port in "${APP_PORTS[@]}"; do
  for _ in $(seq 1 ${START_WAIT:-600}); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null || { tail -30 "$work/app-$port.log"; exit 1; }
  echo "instance on :$port ready"
done

cat >"$work/backend.cfg" <<EOF
backend app
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  default-server inter 500ms fall 1 rise 2
  server a 127.0.0.1:${APP_PORTS[0]} check
  server b 127.0.0.1:${APP_PORTS[1]} check
EOF
LB_BIND="127.0.0.1:$LB_PORT" haproxy -D -p "$work/haproxy.pid" -f bench/haproxy.cfg -f "$work/backend.cfg"
echo "HAProxy on $BASE (round robin over :${APP_PORTS[0]} and :${APP_PORTS[1]})"

# client N: registers, then writes a level (PUT, a unique evidence note), saves a posting (POST with an
# Idempotency-Key, a unique title) and checks its session, for DURATION seconds; records every answer.
client() {
  local n=$1 jar="$work/cookies-$n" log="$work/client-$n.log" i=0 status
  local token
  token() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1; }
  key() { cat /proc/sys/kernel/random/uuid; }
  curl -s -c "$jar" -b "$jar" "$BASE/api/auth/csrf" >/dev/null
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
    -H "X-XSRF-TOKEN: $(token)" -H "Idempotency-Key: $(key)" \
    -d "{\"email\":\"scale-$n-$RANDOM$RANDOM@example.com\",\"password\":\"scale out password $RANDOM$RANDOM\",\"displayName\":\"Scale $n\"}" \
    "$BASE/api/auth/register")
  [ "$status" = 201 ] || { echo "register $status" >>"$log"; return; }
  curl -s -c "$jar" -b "$jar" "$BASE/api/auth/csrf" >/dev/null
  local end=$((SECONDS + DURATION))
  while [ $SECONDS -lt $end ]; do
    i=$((i + 1))
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -X PUT -H 'Content-Type: application/json' \
      -H "X-XSRF-TOKEN: $(token)" -d "{\"level\":$((i % 6)),\"evidence\":\"scale-$n-$i\"}" --max-time 10 \
      "$BASE/api/me/skills/linux-administration" || echo 000)
    echo "write $status scale-$n-$i" >>"$log"
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H 'Content-Type: application/json' \
      -H "X-XSRF-TOKEN: $(token)" -H "Idempotency-Key: $(key)" --max-time 10 \
      -d "{\"title\":\"posting-$n-$i\",\"text\":\"Server engineer (posting $n-$i)\\nRequired: Linux server administration, 3 years\"}" \
      "$BASE/api/me/postings" || echo 000)
    echo "post $status posting-$n-$i" >>"$log"
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --max-time 10 "$BASE/api/auth/me" || echo 000)
    echo "me $status" >>"$log"
  done
  curl -s -b "$jar" --max-time 10 "$BASE/api/me/skills/history" | jq -r 'if type == "array" then .[].evidence // empty else empty end' \
    >"$work/present-$n"
  curl -s -b "$jar" --max-time 10 "$BASE/api/me/postings" | jq -r 'if type == "array" then .[].title // empty else empty end' \
    >"$work/postings-$n"
  curl -s -o /dev/null -w 'final-me %{http_code}\n' -b "$jar" "$BASE/api/auth/me" >>"$log"
}

clients=()
for n in $(seq 1 "$CLIENTS"); do
  client "$n" &
  clients+=($!)
done
sleep $((DURATION / 2))
victim=$(cat "$work/app-${APP_PORTS[0]}.pid")
echo "kill -9 of the instance on :${APP_PORTS[0]} (pid $victim) at $((DURATION / 2)) s"
kill -9 "$victim"
wait "${clients[@]}" || true

requests=0 failed=0 sessions_lost=0 acked=0 lost=0 duplicated=0
for n in $(seq 1 "$CLIENTS"); do
  log="$work/client-$n.log"
  requests=$((requests + $(grep -cE '^(write|post|me) ' "$log" || true)))
  failed=$((failed + $(grep -E '^(write|post|me) ' "$log" | grep -vcE '^(write 200 |post 201 |me 200$)' || true)))
  if grep -qE '^(me 401|final-me 401|register)' "$log"; then sessions_lost=$((sessions_lost + 1)); fi
  { grep -E '^write 200 ' "$log" | awk '{ print $3 }'; grep -E '^post 201 ' "$log" | awk '{ print $3 }'; } \
    | sort -u >"$work/acked-$n"
  acked=$((acked + $(wc -l <"$work/acked-$n")))
  sort -u "$work/present-$n" "$work/postings-$n" >"$work/present-sorted-$n"
  lost=$((lost + $(comm -23 "$work/acked-$n" "$work/present-sorted-$n" | wc -l)))
  # a posting saved twice (a POST retried after its first try was stored) shows its title twice
  duplicated=$((duplicated + $(sort "$work/postings-$n" | uniq -d | wc -l)))
done
echo "clients:                  $CLIENTS, $DURATION s"
echo "requests:                 $requests"
echo "requests failed:          $failed"
echo "sessions lost:            $sessions_lost"
echo "acknowledged writes:      $acked"
echo "acknowledged writes lost: $lost"
echo "writes stored twice:      $duplicated"
[ "$failed" -eq 0 ] && [ "$sessions_lost" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$duplicated" -eq 0 ]
