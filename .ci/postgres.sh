# Sourced by .ci/run: a throw-away local PostgreSQL server for the tests' [postgresql] runs.
# Exports VDTRACKER_TEST_POSTGRES_URL (tests/engines.py) and stops the server on exit (a trap on
# EXIT: a later `trap ... EXIT` in .ci/run must call vdt_pg_stop too).
# It listens on a unix socket only: the test run allows no network socket (tests/no_network).
vdt_pg_bin=$(dirname "$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)")
if [ ! -x "$vdt_pg_bin/initdb" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    vdt_pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
fi
[ -x "$vdt_pg_bin/initdb" ] || { echo "ci: PostgreSQL (initdb) not found; install the postgresql package" >&2; exit 1; }

vdt_pg_dir=$(mktemp -d /tmp/vdt-pg.XXXXXX)  # short: a socket path may hold 107 bytes
vdt_pg_as=()
if [ "$(id -u)" = 0 ]; then  # initdb refuses to run as root
    chown postgres: "$vdt_pg_dir"
    vdt_pg_as=(runuser -u postgres --)
fi

vdt_pg_stop() {
    "${vdt_pg_as[@]}" "$vdt_pg_bin/pg_ctl" -D "$vdt_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$vdt_pg_dir"
}
trap vdt_pg_stop EXIT

# fsync and friends off: the data is thrown away, and CREATE DATABASE per test is 4x faster.
"${vdt_pg_as[@]}" "$vdt_pg_bin/initdb" -D "$vdt_pg_dir/data" -U postgres -A trust --no-sync \
    -E UTF8 --locale=C.UTF-8 >/dev/null
"${vdt_pg_as[@]}" "$vdt_pg_bin/pg_ctl" -D "$vdt_pg_dir/data" -l "$vdt_pg_dir/server.log" -w \
    -o "-k $vdt_pg_dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$vdt_pg_dir/server.log" >&2; exit 1; }
export VDTRACKER_TEST_POSTGRES_URL="postgresql+psycopg://postgres@/vdtracker_test?host=$vdt_pg_dir"
echo "ci: PostgreSQL $("$vdt_pg_bin/postgres" --version | awk '{print $3}') on $vdt_pg_dir (VDTRACKER_TEST_POSTGRES_URL)"
