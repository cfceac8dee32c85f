#!/usr/bin/env bash
# A throwaway PostgreSQL server: bash scripts/pg-cluster.sh [COMMAND ...]
#
# Creates a cluster in a temporary folder, starts it listening only on a Unix socket in that
# folder (so it takes no port and meets no other server), creates the database `liver_quiz`, and
# runs COMMAND with DATABASE_URL and TEST_DATABASE_URL pointing at it. Without a command it prints
# the address and waits for Ctrl-C. Either way the server is stopped and the folder removed on exit,
# and the command's status is the script's.
#
# The server comes from PG_BIN, or the newest /usr/lib/postgresql/*/bin; on Debian, running as
# root, Debian's postgresql package is installed when none is found. initdb refuses to run as
# root, so as root the cluster belongs to the `postgres` user that package creates.
set -euo pipefail

find_bin() {
	if [ -n "${PG_BIN:-}" ]; then
		echo "$PG_BIN"
		return
	fi
	local dir
	dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
	if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
		echo "$dir"
	elif command -v initdb >/dev/null 2>&1; then
		dirname "$(command -v initdb)"
	fi
}

bin=$(find_bin)
if [ -z "$bin" ]; then
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
		echo "No PostgreSQL server found; installing Debian's postgresql package..." >&2
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
		bin=$(find_bin)
	fi
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
	echo "No PostgreSQL server found (initdb, pg_ctl). Install Debian's postgresql package" >&2
	echo "(sudo apt-get install -y postgresql) or set PG_BIN to the folder holding initdb." >&2
	exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/pg-cluster.XXXXXX")
run_as=()
if [ "$(id -u)" = "0" ]; then
	if ! id postgres >/dev/null 2>&1; then
		echo "Running as root, and there is no postgres user to own the cluster." >&2
		rm -rf "$dir"
		exit 1
	fi
	chown postgres: "$dir"
	run_as=(runuser -u postgres --)
fi

sleeper=
stop() {
	if [ -n "$sleeper" ]; then kill "$sleeper" 2>/dev/null || true; fi
	if [ -f "$dir/data/postmaster.pid" ]; then
		"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Throwaway data: no fsync (unless PG_DURABLE=1, as the benchmark's figures need: commits on disk,
# as a production server makes them), and C collation so results do not depend on the locales.
"${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync \
	>"$dir/initdb.log" 2>&1 || {
	cat "$dir/initdb.log" >&2
	exit 1
}
settings="-c listen_addresses= -k $dir"
if [ "${PG_DURABLE:-0}" != "1" ]; then
	settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "$settings" \
	start >/dev/null || {
	cat "$dir/server.log" >&2
	exit 1
}
"$bin/createdb" -h "$dir" -U postgres liver_quiz

url="postgres://postgres@localhost/liver_quiz?host=$dir"
export DATABASE_URL="$url" TEST_DATABASE_URL="$url"

if [ $# -eq 0 ]; then
	echo "PostgreSQL is running ($("$bin/postgres" --version)); Ctrl-C stops it and deletes its data."
	echo "DATABASE_URL=$url"
	# Waiting on a background sleep lets a signal end the script at once.
	sleep infinity &
	sleeper=$!
	wait "$sleeper" || true
	exit 0
fi

status=0
"$@" || status=$?
exit "$status"
