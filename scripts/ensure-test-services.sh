#!/usr/bin/env bash
# Makes sure what the test suite talks to is there: PostgreSQL on 127.0.0.1:5432 and Debian's
# Chromium for the browser tests. Idempotent; changes nothing when both are already present.
set -euo pipefail

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }

if [ "${REGLAMENT_TEST_DIALECTS:-sqlite,postgres}" != "sqlite" ] && ! pg_up; then
  echo "ensure-test-services: starting PostgreSQL" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || { echo "ensure-test-services: PostgreSQL did not start" >&2; exit 1; }
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-test-services: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
fi
