# Sourced by the benchmarks, from the repository's root: the jar ($jar; it stops when there is
# none), and postgresql, curl, jq and the commands in BENCH_PACKAGES (each Debian's package of
# that name) installed from Debian's packages if missing; $pgbin is PostgreSQL's bin directory.
jar=$(ls target/skillgap-*.jar 2>/dev/null | head -1)
[ -n "$jar" ] || { echo "Build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v jq >/dev/null || need+=(jq)
command -v curl >/dev/null || need+=(curl)
for package in ${BENCH_PACKAGES:-}; do command -v "$package" >/dev/null || need+=("$package"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
