#!/bin/bash
# Verifies the newest backup of caretaker-db by restoring it: the base backup from object storage, the
# archived WAL replayed to its end, PostgreSQL started on the copy inside this pod, and the copy checked
# (Caretaker's schema complete, its tables readable, counts printed). Exit status non-zero on any failure:
# the Job fails and the alert CaretakerBackupVerifyFailed fires after two days without a success.
# Environment: BACKUP_DESTINATION (s3://...), SERVER_NAME (the cluster's name), DATABASE, and the object
# store's credentials as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
set -euo pipefail
: "${BACKUP_DESTINATION:?}" "${SERVER_NAME:?}" "${DATABASE:=caretaker}"
data=/restore/pgdata
conf=/tmp/verify
mkdir -p "$conf"
started=$(date +%s)
say() { printf '%s [%4ss] %s\n' "$(date -u +%FT%TZ)" "$(( $(date +%s) - started ))" "$*"; }

say "backups of $SERVER_NAME in $BACKUP_DESTINATION:"
barman-cloud-backup-list "$BACKUP_DESTINATION" "$SERVER_NAME"
say "restoring the newest base backup"
rm -rf "$data"
barman-cloud-restore "$BACKUP_DESTINATION" "$SERVER_NAME" latest "$data"
chmod 700 "$data"
du -sh "$data"

# A configuration of our own: the backup's postgresql.conf belongs to the operator (certificates, paths of
# the database pods). Local socket only; replay every archived WAL segment, then open the copy.
cat > "$conf/pg_hba.conf" <<HBA
local all all trust
HBA
cat > "$conf/postgresql.conf" <<CONF
data_directory = '$data'
hba_file = '$conf/pg_hba.conf'
listen_addresses = ''
unix_socket_directories = '/tmp'
shared_buffers = 256MB
restore_command = 'barman-cloud-wal-restore $BACKUP_DESTINATION $SERVER_NAME %f %p'
recovery_target_action = 'promote'
CONF
touch "$data/recovery.signal"
say "replaying archived WAL"
pg_ctl -D "$data" -o "-c config_file=$conf/postgresql.conf" -l /tmp/postgres.log -w -t 3600 start \
  || { tail -n 50 /tmp/postgres.log; exit 1; }
trap 'pg_ctl -D "$data" -m fast stop >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 3600); do
  [ "$(psql -h /tmp -U postgres -Atc 'select pg_is_in_recovery()')" = f ] && break
  sleep 1
done
[ "$(psql -h /tmp -U postgres -Atc 'select pg_is_in_recovery()')" = f ] \
  || { say "recovery did not finish"; tail -n 50 /tmp/postgres.log; exit 1; }
say "recovered up to $(psql -h /tmp -U postgres -Atc 'select pg_last_xact_replay_timestamp()')"

q() { psql -h /tmp -U postgres -d "$DATABASE" -v ON_ERROR_STOP=1 -Atc "$1"; }
schema=$(q "select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1")
failed=$(q "select count(*) from flyway_schema_history where not success")
[ -n "$schema" ] || { say "no applied migration: this is not Caretaker's database"; exit 1; }
[ "$failed" = 0 ] || { say "the backup holds $failed failed migration(s)"; exit 1; }
say "schema version $schema"
for table in app_user bug bug_comment feature_request runbook article; do
  say "$table: $(q "select count(*) from $table") rows"
done
say "newest bug change: $(q "select coalesce(max(updated_at)::text, 'none') from bug")"
say "backup verified"
