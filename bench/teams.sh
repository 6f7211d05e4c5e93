#!/usr/bin/env bash
# Benchmark: the team views for teams of 10, 100, 1,000 and 10,000 members. Each team's members,
# their levels on every skill (self-assessed, a third validated, a fifth gone stale), goals and
# target roles are generated directly in PostgreSQL (not through the throttled registration API);
# each lead registers and logs in through the API. For each size it prints the median of RUNS
# requests (after a warm-up) of: a heatmap page (50 members sorted by fit, which needs every
# member's fit), coverage, the training plan (n/a while the route does not exist) and the heatmap
# CSV (every member, every skill); the SQL statements one heatmap request runs, counted from
# PostgreSQL's statement log (the same for every size); then, between consecutive sizes, the
# ratio of each time next to the ratio of cells (members x skills): cost must grow no faster
# than the cells.
#   bench/teams.sh [runs] [sizes...]
# Needs the jar (./mvnw -DskipTests package); installs postgresql, curl and jq if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
shift || true
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10 100 1000 10000)
APP_PORT=${APP_PORT:-18112}
PG_PORT=${PG_PORT:-18199}
BASE="http://127.0.0.1:$APP_PORT"
. bench/lib.sh

# A lead registered through the API, leading a team of SIZE members (the lead included)
# generated in the database; prints the team's id.
team() {
  local size=$1 jar="$work/cookies-$1"
  curl -s -c "$jar" -b "$jar" "$BASE/api/auth/csrf" >/dev/null
  local lead
  lead=$(curl -sf -c "$jar" -b "$jar" -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $(token "$jar")" \
    -d "{\"email\":\"lead-$size@bench.example\",\"password\":\"bench lead password $size\",\"displayName\":\"Lead $size\"}" \
    "$BASE/api/auth/register" | jq -r .id)
  curl -s -c "$jar" -b "$jar" "$BASE/api/auth/csrf" >/dev/null
  local id
  id=$(psql -c "select gen_random_uuid()")
  psql >/dev/null <<SQL
insert into team (id, name, created_by) values ('$id', 'Bench team $size', '$lead');
insert into team_member (id, team_id, account_id, role, status, answered_at)
values (gen_random_uuid(), '$id', '$lead', 'lead', 'active', now());
with people as (
  insert into account (id, email, display_name, password_hash, locale)
  select gen_random_uuid(), 'member-$size-' || n || '@bench.example', 'Member $size-' || n, 'not-a-login', 'ja'
  from generate_series(1, $size - 1) n returning id
), members as (
  insert into team_member (id, team_id, account_id, role, status, answered_at, target_role, target_source)
  select gen_random_uuid(), '$id', p.id, 'member', 'active', now(),
         case when abs(hashtext(p.id::text)) % 3 = 0 then 'server-engineer' end,
         case when abs(hashtext(p.id::text)) % 3 = 0 then 'lead' end
  from people p returning account_id
), levels as (
  insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)
  select m.account_id, s.code, abs(hashtext(s.code || m.account_id::text)) % 6, 'self', m.account_id,
         now() - case when abs(hashtext(m.account_id::text || s.code)) % 5 = 0 then interval '300 days'
                      else interval '30 days' end
  from members m cross join (select code from skill where retired_at is null) s
  returning account_id, skill_code, level
), validated as (
  insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)
  select account_id, skill_code, greatest(0, level - 1), 'mentor', '$lead', now() - interval '1 day'
  from levels where abs(hashtext(skill_code || account_id::text)) % 3 = 0 returning account_id
)
insert into learning_goal (account_id, role_code, target_date)
select account_id, 'cloud-engineer', current_date + 300 from members where abs(hashtext(account_id::text)) % 2 = 0;
analyze;
SQL
  echo "$id"
}

# the statements of one request: the log lines of the app's connections written meanwhile
statements() {
  local jar=$1 url=$2 before after
  before=$(wc -l <"$work/pg/server.log")
  curl -sf -o /dev/null -b "$jar" "$url"
  sleep 0.3
  after=$(wc -l <"$work/pg/server.log")
  sed -n "$((before + 1)),${after}p" "$work/pg/server.log" | grep '^skillgap-bench|' \
    | grep -E 'LOG:  (statement|execute [^:]*):' | grep -viE 'spring_session|S.PRIMARY_ID|event_publication' \
    | grep -cvE ': (BEGIN|COMMIT|ROLLBACK|SET |SHOW )' || true
}

# the median time in ms of RUNS requests after two warm-ups, or n/a when the route answers 404
median() {
  local jar=$1 url=$2 code
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$url")
  if [ "$code" = "404" ]; then echo "n/a"; return; fi
  [ "$code" = "200" ] || { echo "GET $url answered $code" >&2; exit 1; }
  curl -sf -o /dev/null -b "$jar" "$url"
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -b "$jar" "$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { printf "%.1f", $1 * 1000 }'
}

skills=$(psql -c "select count(*) from skill where retired_at is null")
declare -A result
printf '%-8s %9s %11s %11s %11s %11s %11s\n' members cells heatmap_ms coverage_ms plan_ms csv_ms statements
for size in "${SIZES[@]}"; do
  id=$(team "$size")
  jar="$work/cookies-$size"
  api="$BASE/api/teams/$id"
  total=$(curl -sf -b "$jar" "$api/heatmap?size=50&sort=fit&direction=desc" | jq .page.totalElements)
  [ "$total" = "$size" ] || { echo "expected $size members on the heatmap, got $total" >&2; exit 1; }
  h=$(median "$jar" "$api/heatmap?page=0&size=50&sort=fit&direction=desc")
  c=$(median "$jar" "$api/coverage")
  p=$(median "$jar" "$api/training-plan")
  x=$(median "$jar" "$api/heatmap.csv")
  best=""
  for _ in 1 2 3; do
    n=$(statements "$jar" "$api/heatmap?page=0&size=50&sort=fit&direction=desc")
    if [ -z "$best" ] || [ "$n" -lt "$best" ]; then best=$n; fi
  done
  result[$size]="$h $c $p $x"
  printf '%-8s %9s %11s %11s %11s %11s %11s\n' "$size" "$((size * skills))" "$h" "$c" "$p" "$x" "$best"
done

echo
echo "ratio to the previous size (cells grow by the members' ratio; each time should grow no faster)"
printf '%-14s %7s %9s %9s %9s %9s\n' sizes cells heatmap coverage plan csv
prev=""
for size in "${SIZES[@]}"; do
  if [ -n "$prev" ]; then
    read -r -a now <<<"${result[$size]}"
    read -r -a before <<<"${result[$prev]}"
    line=$(printf '%-14s %7s' "$prev->$size" "$(awk -v a="$size" -v b="$prev" 'BEGIN { printf "%.1f", a / b }')")
    for i in 0 1 2 3; do
      line+=$(awk -v a="${now[$i]}" -v b="${before[$i]}" \
        'BEGIN { if (a == "n/a" || b == "n/a" || b == 0) printf " %9s", "n/a"; else printf " %9.1f", a / b }')
    done
    echo "$line"
  fi
  prev=$size
done
