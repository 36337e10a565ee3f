# Sourced by the test scripts: start_server BINARY [SERVE OPTIONS…] starts `tradecheck serve`
# on a free loopback port over a fresh database in a temporary folder, waits until it answers,
# and stops it when the script exits. Sets $port and $work.

start_server() {
    local binary="$1"
    shift
    work="$(mktemp -d)"
    server=""
    trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    XDG_DATA_HOME="$work" "$binary" serve --port "$port" "$@" >"$work/server.log" 2>&1 &
    server=$!
    # The first start builds the database from the bundled data (seconds), then listens.
    python3 - "$port" "$server" "$work/server.log" <<'PY'
import os, sys, time, urllib.request
port, pid, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
for _ in range(240):
    try:
        urllib.request.urlopen("http://127.0.0.1:%s/" % port, timeout=2)
        sys.exit(0)
    except Exception:
        try:
            os.kill(pid, 0)
        except OSError:
            print(open(log).read(), file=sys.stderr)
            sys.exit("the server exited before it listened")
        time.sleep(0.5)
print(open(log).read(), file=sys.stderr)
sys.exit("the server did not start within 120 s")
PY
}
