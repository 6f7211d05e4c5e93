# Shared by the benchmarks that count SQL statements (bench/mentor-dashboard.sh, bench/teams.sh):
# sourced after APP_PORT, PG_PORT and BASE are set, from the repository's root. It finds the jar
# and what the benchmark needs (bench/needs.sh); starts a throw-away PostgreSQL that
# logs every statement with the application name (so one request's statements can be counted:
# psql, $work/pg/server.log) and the jar on it (log in $work/app.log); stops both on exit
# (KEEP_WORK=1 keeps $work). token FILE prints the XSRF token of a curl cookie jar.
. bench/needs.sh

work=$(mktemp -d)
chmod 755 "$work"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  [ -d "$work/pg" ] && su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $work/pg -m fast -w stop" >/dev/null 2>&1 || true
  [ -n "${KEEP_WORK:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/pg" && chown postgres "$work/pg"
su postgres -s /bin/sh -c "$pgbin/initdb -D $work/pg -A trust -U postgres -E UTF8 >/dev/null"
su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $work/pg -o \"-p $PG_PORT -c listen_addresses=127.0.0.1 -k $work/pg \
  -c log_statement=all -c log_line_prefix='%a|'\" -l $work/pg/server.log -w start >/dev/null"
psql() { command "$pgbin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?ApplicationName=skillgap-bench" \
  SPRING_DATASOURCE_USERNAME=postgres PORT=$APP_PORT SKILLGAP_REGISTRATIONS_PER_ADDRESS=1000 \
  java -jar "$jar" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "$BASE/actuator/health/readiness" >/dev/null || { tail -30 "$work/app.log"; exit 1; }

token() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1" | tail -1; }
