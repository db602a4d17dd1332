#!/usr/bin/env bash
# Makes the engines the integration suites use available on a CI machine: ClickHouse from Debian's
# packages (18.16 on bookworm; started in the background) and the machine's own MariaDB.
set -uo pipefail

# Redis: the scale-out, rate-limit and event-bus suites need it. CI does not start or install it;
# without it the run stops here, loudly (and with CI=true those suites fail rather than skip).
redis_address() { # <redis URL> → host:port (no credentials, default port 6379)
  local rest="${1#*://}"; rest="${rest##*@}"; rest="${rest%%/*}"
  [ "${rest%:*}" = "$rest" ] && rest="$rest:6379"
  echo "$rest"
}
tcp_answers() { # <host:port>: true when something accepts TCP connections there within 2 s
  timeout 2 bash -c "exec 3<>/dev/tcp/${1%:*}/${1##*:}" 2>/dev/null
}
redis="$(redis_address "${REDIS_URL:-redis://127.0.0.1:6379}")"
if ! tcp_answers "$redis"; then
  echo "FAILED: Redis is not answering at $redis. Start it (or set REDIS_URL); CI does not run without it." >&2
  exit 1
fi
echo "  redis at $redis"

if ! curl -sf 'http://127.0.0.1:8123/?query=SELECT%201' >/dev/null 2>&1; then
  if ! command -v clickhouse-server >/dev/null 2>&1; then
    echo "installing clickhouse-server"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clickhouse-server clickhouse-client) >/tmp/ci-apt.log 2>&1 \
      || { echo "clickhouse-server could not be installed (see /tmp/ci-apt.log)"; exit 1; }
  fi
  (clickhouse-server --config-file=/etc/clickhouse-server/config.xml >/tmp/ci-clickhouse.log 2>&1 &)
  for _ in $(seq 1 60); do
    curl -sf 'http://127.0.0.1:8123/?query=SELECT%201' >/dev/null 2>&1 && break
    sleep 0.5
  done
fi
curl -sf 'http://127.0.0.1:8123/?query=SELECT%20version()' | sed 's/^/  clickhouse /' || { echo "ClickHouse is not answering"; exit 1; }

if ! mysqladmin -uroot ping >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do mysqladmin -uroot ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
mysql -uroot -N -e 'SELECT VERSION()' | sed 's/^/  mariadb /' || { echo "MariaDB is not answering"; exit 1; }

# The Compose client (Debian's docker-compose; no engine needed) to check docker-compose.yml.
if ! command -v docker-compose >/dev/null 2>&1 && ! docker compose version >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose) >/tmp/ci-apt-compose.log 2>&1 \
    || echo "docker-compose could not be installed (see /tmp/ci-apt-compose.log)"
fi
