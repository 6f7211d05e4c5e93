#!/usr/bin/env bash
# Benchmark: the mentor dashboard (GET /api/mentees) for mentors with 10, 100 and 1,000 active
# mentees. Mentees, their levels (self-assessed and validated), goals, plan items, activity and
# review requests are generated directly in PostgreSQL (not through the throttled registration
# API); each mentor registers and logs in through the API. For each size it prints the latency
# (median and p95 of RUNS requests, after a warm-up) and the number of SQL statements one request
# runs, counted from PostgreSQL's statement log: the count must be the same for every size. Left
# out of the count: transaction control and the session store's own statements (Spring Session
# loads the session once more when a large response is committed early: a matter of response
# size, not of the number of mentees).
#   bench/mentor-dashboard.sh [runs] [sizes...]
# Needs the jar (./mvnw -DskipTests package); installs postgresql, curl and jq if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-30}
shift || true
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10 100 1000)
APP_PORT=${APP_PORT:-18111}
PG_PORT=${PG_PORT:-18198}
BASE="http://127.0.0.1:$APP_PORT"
. bench/lib.sh

# A mentor registered through the API, with SIZE mentees generated in the database.
mentor() {
  local size=$1 jar="$work/cookies-$1"
  curl -s -c "$jar" -b "$jar" "$BASE/api/auth/csrf" >/dev/null
  local id
  id=$(curl -sf -c "$jar" -b "$jar" -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $(token "$jar")" \
    -d "{\"email\":\"mentor-$size@bench.example\",\"password\":\"bench mentor password $size\",\"displayName\":\"Mentor $size\"}" \
    "$BASE/api/auth/register" | jq -r .id)
  curl -s -c "$jar" -b "$jar" "$BASE/api/auth/csrf" >/dev/null
  psql <<SQL
with mentees as (
  insert into account (id, email, display_name, password_hash, locale)
  select gen_random_uuid(), 'mentee-$size-' || n || '@bench.example', 'Mentee $size-' || n, 'not-a-login', 'ja'
  from generate_series(1, $size) n returning id
), links as (
  insert into mentorship (id, mentee_id, mentor_id, invited_email, status, accepted_at)
  select gen_random_uuid(), m.id, '$id', 'mentor-$size@bench.example', 'active', now() from mentees m returning id, mentee_id
), levels as (
  insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)
  select l.mentee_id, s.code, 1 + (abs(hashtext(s.code || l.mentee_id::text)) % 5), 'self', l.mentee_id,
         now() - interval '30 days'
  from links l cross join (select code from skill where retired_at is null order by code limit 15) s
  returning account_id, skill_code, level
), validated as (
  insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)
  select account_id, skill_code, greatest(0, level - 1), 'mentor', '$id', now() - interval '1 day'
  from levels where abs(hashtext(skill_code)) % 3 = 0 returning account_id
), goals as (
  insert into learning_goal (account_id, role_code, target_date)
  select mentee_id, 'cloud-engineer', current_date + 300 from links returning account_id
), plans as (
  insert into learning_plan_item (account_id, item_code, position, status, hours_logged)
  select l.mentee_id, i.code, i.n, 'in-progress', 5
  from links l cross join (select code, row_number() over (order by code) as n from learning_item
                           where retired_at is null order by code limit 3) i returning account_id
), activity as (
  insert into account_activity (account_id, last_activity_at, kind, subject)
  select mentee_id, now() - interval '2 hours', 'skill-level-recorded', 'linux-administration' from links
  returning account_id
)
insert into review_request (id, mentorship_id, skill_codes)
select gen_random_uuid(), id, array['linux-administration']::varchar[] from links;
SQL
}

# the statements of one request: the log lines of the app's connections written meanwhile
statements() {
  local jar=$1 before after
  before=$(wc -l <"$work/pg/server.log")
  curl -sf -o /dev/null -b "$jar" "$BASE/api/mentees"
  sleep 0.3
  after=$(wc -l <"$work/pg/server.log")
  sed -n "$((before + 1)),${after}p" "$work/pg/server.log" | grep '^skillgap-bench|' \
    | grep -E 'LOG:  (statement|execute [^:]*):' | grep -viE 'spring_session|S.PRIMARY_ID|event_publication' \
    | tee -a "$work/statements-$(basename "$jar")" | grep -cvE ': (BEGIN|COMMIT|ROLLBACK|SET |SHOW )' || true
}

printf '%-8s %10s %10s %12s %10s\n' mentees median_ms p95_ms statements bytes
for size in "${SIZES[@]}"; do
  mentor "$size"
  jar="$work/cookies-$size"
  count=$(curl -sf -b "$jar" "$BASE/api/mentees" | jq length)
  [ "$count" = "$size" ] || { echo "expected $size mentees, got $count" >&2; exit 1; }
  for _ in 1 2 3 4 5; do curl -sf -o /dev/null -b "$jar" "$BASE/api/mentees"; done
  times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -b "$jar" "$BASE/api/mentees")")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { printf "%.1f", $1 * 1000 }')
  p95=$(echo "$sorted" | awk -v n="$RUNS" 'NR == int(n * 0.95 + 0.999) { printf "%.1f", $1 * 1000 }')
  # the fewest of three counts: a background job (event redelivery, session clean-up) may add to one
  best=""
  for _ in 1 2 3; do
    c=$(statements "$jar")
    if [ -z "$best" ] || [ "$c" -lt "$best" ]; then best=$c; fi
  done
  bytes=$(curl -sf -b "$jar" "$BASE/api/mentees" | wc -c)
  printf '%-8s %10s %10s %12s %10s\n' "$size" "$median" "$p95" "$best" "$bytes"
done
