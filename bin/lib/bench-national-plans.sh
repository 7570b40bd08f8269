# Plans and periodic reports of the national dataset (issue #9, part 1). Sourced by bin/lib/bench-national, which
# defines PG, PGHOST, PGPORT, KAFKA, ROOT, LIB, SCALE, SEED, say, die, now_ms, super, recreate_db.
#
#   generate-plans   [--scale N] [--seed S]  plan-service (real jar) on $NAT_PLAN_DB, port $NAT_PLAN_PORT, and
#                                            reporting-service on $NAT_GEN_REPORTING_DB, port $NAT_GEN_REPORTING_PORT,
#                                            both on fresh topics; province and commune plans through plan-service's
#                                            API; waits until reporting-service expects their reports
#   generate-reports [--seed S]              fills, submits and decides the reports through reporting-service's API
#   plans-digest                             digest of the generated rows without service-generated ids and times
#   plans-stop                               stops the two services
#
# Environment: NAT_PLAN_DB (nat_plan), NAT_GEN_REPORTING_DB (nat_gen_reporting), NAT_PLAN_PORT (8191),
# NAT_GEN_REPORTING_PORT (8192), NAT_GEN_WORKERS (parallel requests, 8), NAT_GEN_WORK (working directory),
# NAT_GEN_WAIT (seconds to wait for reporting-service to apply the plans, 1800), NAT_PLAN_APP / NAT_GEN_REPORTING_APP
# (quarkus-app directories; default the builds of this checkout: ./mvnw -B -o -pl plan-service,reporting-service -am
# package -DskipTests), NAT_PLANS=1 makes `generate` and `all` also generate plans and reports.

PLAN_DB="${NAT_PLAN_DB:-nat_plan}"
GEN_REPORTING_DB="${NAT_GEN_REPORTING_DB:-nat_gen_reporting}"
PLAN_PORT="${NAT_PLAN_PORT:-8191}"
GEN_REPORTING_PORT="${NAT_GEN_REPORTING_PORT:-8192}"
GEN_WORKERS="${NAT_GEN_WORKERS:-8}"
GEN_WAIT="${NAT_GEN_WAIT:-1800}"
GEN_WORK="${NAT_GEN_WORK:-$ROOT/plan-service/target/bench-national-plans}"

plan_sql() { PGPASSWORD=plan_service psql -h "$PGHOST" -p "$PGPORT" -U plan_service -d "$PLAN_DB" \
  -v ON_ERROR_STOP=1 -X -q "$@"; }
gen_reporting_sql() { PGPASSWORD=reporting_service psql -h "$PGHOST" -p "$PGPORT" -U reporting_service \
  -d "$GEN_REPORTING_DB" -v ON_ERROR_STOP=1 -X -q "$@"; }

gen_service_up() { # name app-dir port db topic-suffix
  local name="$1" jar="$2/quarkus-run.jar" port="$3" db="$4" suffix="$5" pidfile="$GEN_WORK/$1.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then return; fi
  [ -f "$jar" ] || die "build $name first: ./mvnw -B -o -pl plan-service,reporting-service -am package -DskipTests"
  say "starting $name on :$port against $db (topics *$suffix)"
  TREEM_DB_URL="jdbc:postgresql://$PG/$db" TREEM_KAFKA_BOOTSTRAP="$KAFKA" TREEM_JWT_ISSUER=urn:treem:dev \
  TREEM_JWT_PUBLIC_KEY_LOCATION="$ROOT/platform/src/test/resources/testing/test-verify-key.pem" \
    nohup java -Xmx512m -Dquarkus.http.port="$port" -Dtreem.topic-suffix="$suffix" -Dquarkus.otel.enabled=false \
      -Dquarkus.datasource.jdbc.acquisition-timeout=60S -Dquarkus.log.level=WARN -jar "$jar" \
      > "$GEN_WORK/$name.log" 2>&1 &
  echo $! > "$pidfile"
  local i
  for i in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then return; fi
    kill -0 "$(cat "$pidfile")" 2>/dev/null || { tail -40 "$GEN_WORK/$name.log" >&2; die "$name died"; }
    sleep 1
  done
  die "$name not ready after 240 s (see $GEN_WORK/$name.log)"
}

gen_services_up() {
  local suffix; suffix=$(cat "$GEN_WORK/topic-suffix")
  gen_service_up plan-service "${NAT_PLAN_APP:-$ROOT/plan-service/target/quarkus-app}" "$PLAN_PORT" "$PLAN_DB" \
    "$suffix" &
  local plan_pid=$!
  gen_service_up reporting-service "${NAT_GEN_REPORTING_APP:-$ROOT/reporting-service/target/quarkus-app}" \
    "$GEN_REPORTING_PORT" "$GEN_REPORTING_DB" "$suffix"
  wait "$plan_pid"
}

cmd_plans_stop() {
  local name pid
  for name in plan-service reporting-service; do
    pid=$(cat "$GEN_WORK/$name.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
    rm -f "$GEN_WORK/$name.pid"
  done
}

# code<TAB>parent of every unit of both hierarchies (the approver of a commune's own plan is its province)
# (read in order, the later line wins)
gen_units_tsv() {
  local dir="$ROOT/platform/src/main/resources/admin-units"
  # the old hierarchy first: a code of both (a commune that kept its code) takes its parent of today
  { jq -r '.[] | .Code as $p | .District[]? | ([.Code, $p] | @tsv), (.Code as $d | .Ward[]? | [.Code, $d] | @tsv)' \
      "$dir/units-2025-03.json"
    jq -r '.[] | .Code as $p | .Wards[] | [.Code, $p] | @tsv' "$dir/units-2026.json"; } > "$GEN_WORK/units.tsv"
}

cmd_generate_plans() {
  mkdir -p "$GEN_WORK"
  say "generate-plans: scale $SCALE, seed $SEED, into $PLAN_DB and $GEN_REPORTING_DB"
  cmd_plans_stop
  recreate_db "$PLAN_DB" plan_service
  recreate_db "$GEN_REPORTING_DB" reporting_service
  # fresh topics at every run: a re-run must not see the plan events of an earlier one
  echo "-nat-gen-$(date +%s)" > "$GEN_WORK/topic-suffix"
  local t0; t0=$(now_ms)
  gen_services_up
  local t1; t1=$(now_ms)
  python3 "$LIB/bench-national-plans.py" plans --scale "$SCALE" --seed "$SEED" --workers "$GEN_WORKERS" \
    --plan-url "http://127.0.0.1:$PLAN_PORT" --out "$GEN_WORK" > "$GEN_WORK/plans.out"
  local t2; t2=$(now_ms)
  local plans; plans=$(wc -l < "$GEN_WORK/plans.tsv")
  say "waiting for reporting-service to apply the $plans plans' events"
  local i series=0
  for i in $(seq 1 "$GEN_WAIT"); do
    series=$(gen_reporting_sql -At -c "select count(*) from report_series where plan_id is not null")
    [ "$series" -ge "$plans" ] && break
    sleep 1
  done
  [ "$series" -ge "$plans" ] || die "reporting-service applied $series of $plans plans after $GEN_WAIT s"
  local t3; t3=$(now_ms)
  {
    printf 'plans: scale %s seed %s: services up %.1f s, %s plans through plan-service %.1f s, events applied by reporting-service %.1f s later\n' \
      "$SCALE" "$SEED" "$(echo "($t1-$t0)/1000" | bc -l)" "$plans" "$(echo "($t2-$t1)/1000" | bc -l)" \
      "$(echo "($t3-$t2)/1000" | bc -l)"
    cat "$GEN_WORK/plans.out"
    plan_sql -At -F ' ' -c "select 'plans', count(*), 'issued', count(*) filter (where status = 'ISSUED'),
      'derived', count(*) filter (where parent_plan_id is not null) from plan"
    gen_reporting_sql -At -F ' ' -c "select 'reports expected', count(*) from periodic_report"
  } | tee "$GEN_WORK/generate-plans.txt" >&2
}

cmd_generate_reports() {
  mkdir -p "$GEN_WORK"
  [ -f "$GEN_WORK/topic-suffix" ] || die "run generate-plans first"
  gen_services_up
  gen_units_tsv
  local t0; t0=$(now_ms)
  python3 "$LIB/bench-national-plans.py" reports --seed "$SEED" --workers "$GEN_WORKERS" \
    --report-url "http://127.0.0.1:$GEN_REPORTING_PORT" --units-tsv "$GEN_WORK/units.tsv" --out "$GEN_WORK" \
    > "$GEN_WORK/reports.out"
  local t1; t1=$(now_ms)
  # The API records the time of the request as the submission (and decision) time: the generated history's times
  # are written afterwards, so completeness and timeliness over 2022-2026 have on-time and late reports.
  gen_reporting_sql <<SQL
create temp table backdate (id uuid, submitted_at timestamptz, decided_at text);
\copy backdate from '$GEN_WORK/backdate.tsv'
update periodic_report r set submitted_at = b.submitted_at,
    decided_at = case when r.decided_at is null then null else nullif(b.decided_at, '')::timestamptz end
from backdate b where b.id = r.id;
SQL
  local t2; t2=$(now_ms)
  {
    printf 'reports: seed %s: through reporting-service %.1f s, submission times written %.1f s\n' "$SEED" \
      "$(echo "($t1-$t0)/1000" | bc -l)" "$(echo "($t2-$t1)/1000" | bc -l)"
    cat "$GEN_WORK/reports.out"
    gen_reporting_sql -At -F ' ' -c "select status, count(*) from periodic_report group by 1 order by 1"
  } | tee "$GEN_WORK/generate-reports.txt" >&2
}

# A digest of what was generated, without what the services generate themselves (ids, creation times, the
# publication's timestamps): the same seed and scale must give the same digest.
UUID_RE='[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
cmd_plans_digest() {
  local plans reports
  plans=$(plan_sql -At -c "select count(*) || ' plans ' || md5(string_agg(t, E'\n' order by t)) from (
    select regexp_replace((to_jsonb(p) - array['id', 'created_at', 'updated_at', 'issued_at', 'parent_plan_id',
        'series_id', 'created_by'])::text, '$UUID_RE', '', 'g') as t from plan p) x")
  reports=$(gen_reporting_sql -At -c "select count(*) || ' reports ' || md5(string_agg(t, E'\n' order by t)) from (
    select concat_ws('|', recipient_unit, recipient, reporting_unit, reporter_agency, regime, period_code, due_date,
        status, progress, indicator_values, submitted_at, decided_at, decision_comment, version) as t
    from periodic_report) x")
  printf 'digest (seed %s): %s; %s\n' "$SEED" "$plans" "$reports" | tee -a "$GEN_WORK/digest.txt"
}
