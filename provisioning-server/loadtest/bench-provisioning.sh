#!/usr/bin/env bash
# Measures per-device config throughput of the provisioning server beside nginx serving the
# same bytes as static files over TLS with the same certificate, on loopback only: once over
# keep-alive connections and once with a new TLS connection (full handshake) per request.
# Each wrk run is bounded (DURATION); everything started here is stopped on exit.
#
#   provisioning-server/loadtest/bench-provisioning.sh [DURATION] [CONNECTIONS] [DEVICES]
#
# Needs: a JDK 17+, Maven (the module and its dependencies built or in ~/.m2), wrk, nginx.
set -euo pipefail

DURATION=${1:-10s}
CONNECTIONS=${2:-64}
DEVICES=${3:-1000}
THREADS=${WRK_THREADS:-2}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/deskprov-bench.XXXXXX)
SERVER_PID=""
NGINX_PID=""
FLOOR_PID=""

cleanup() {
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
    [[ -n "$FLOOR_PID" ]] && kill "$FLOOR_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk nginx java mvn; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install wrk nginx)" >&2; exit 1; }
done

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

echo "Building the module and its test classes..."
# Maven prints its errors on standard output: kept in a file, shown when the build fails.
if ! (cd "$ROOT" && mvn -B -q -pl provisioning-server -am install -DskipTests -Dcheckstyle.skip \
      && mvn -B -q -pl provisioning-server dependency:build-classpath -Dmdep.includeScope=test \
             -Dmdep.outputFile="$WORK/classpath.txt") > "$WORK/build.log" 2>&1; then
    cat "$WORK/build.log" >&2
    echo "bench: the build failed" >&2
    exit 1
fi
CLASSPATH="$ROOT/provisioning-server/target/test-classes:$ROOT/provisioning-server/target/classes:$(cat "$WORK/classpath.txt")"

# Access lines go to a file, as nginx's go to its access log; the server queues them off its
# event loops itself, as it does in production.
cat > "$WORK/logback.xml" <<XML
<configuration>
  <appender name="access" class="ch.qos.logback.core.FileAppender">
    <file>$WORK/access.log</file>
    <encoder><pattern>%d{ISO8601} %msg%n</pattern></encoder>
  </appender>
  <appender name="console" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{ISO8601} %-5level %logger{20} %msg%n</pattern></encoder>
  </appender>
  <logger name="deskprov.access" level="INFO" additivity="false"><appender-ref ref="access"/></logger>
  <logger name="io.deskprov.provisioning.ProvisioningServer" level="INFO"/>
  <root level="WARN"><appender-ref ref="console"/></root>
</configuration>
XML

SERVER_PORT=$(free_port)
java -Xms512m -Xmx512m -Dlogback.configurationFile="$WORK/logback.xml" -cp "$CLASSPATH" \
     io.deskprov.provisioning.bench.BenchServer "$WORK" "$SERVER_PORT" "$DEVICES" > "$WORK/server.out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    grep -q READY "$WORK/server.out" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.out" >&2; exit 1; }
    sleep 0.5
done
grep -q READY "$WORK/server.out" || { echo "bench: the server did not start" >&2; exit 1; }

# Netty alone with the same TLS, transport and files: what the platform costs before our work.
FLOOR_PORT=$(free_port)
java -Xms512m -Xmx512m -cp "$CLASSPATH" io.deskprov.provisioning.bench.BenchFloor "$WORK" "$FLOOR_PORT" \
     > "$WORK/floor.out" 2>&1 &
FLOOR_PID=$!
for _ in $(seq 1 60); do
    grep -q READY "$WORK/floor.out" 2>/dev/null && break
    sleep 0.5
done
grep -q READY "$WORK/floor.out" || { cat "$WORK/floor.out" >&2; echo "bench: the floor did not start" >&2; exit 1; }

NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx"
# nginx workers drop to an unprivileged user when started as root; they must reach the files.
chmod 755 "$WORK" "$WORK/static"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
    access_log $WORK/nginx/access.log combined buffer=64k;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$NGINX_PORT ssl;
        ssl_certificate $WORK/server.crt;
        ssl_certificate_key $WORK/server.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        root $WORK/static;
        default_type text/plain;
        etag on;
    }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
sleep 1

cat > "$WORK/rotate.lua" <<'LUA'
dofile(os.getenv("BENCH_REQUESTS"))
local counter = 0
request = function()
    counter = counter + 1
    local entry = requests[(counter % #requests) + 1]
    -- wrk.format sends only the headers it is given, so the ones from -H (Connection: close in
    -- the handshake runs) are added here.
    local headers = {["Authorization"] = entry[2], ["User-Agent"] = "Yealink SIP-T46U 108.86.0.75"}
    for name, value in pairs(wrk.headers) do
        headers[name] = value
    end
    return wrk.format("GET", entry[1], headers)
end
LUA
export BENCH_REQUESTS="$WORK/requests.lua"

# CPU time (clock ticks, user + system) used so far by a process and its children's threads.
cpu_ticks() {
    local total=0 pid
    for pid in "$@" $(pgrep -P "$1" || true); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}

run() { # name pid port extra-args... -> prints requests/s; CPU microseconds per request go to NAME.cpu
    local out before after requests
    before=$(cpu_ticks "$2")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/rotate.lua" "${@:4}" \
              "https://127.0.0.1:$3/" 2>&1)
    after=$(cpu_ticks "$2")
    echo "$out" > "$WORK/$1.txt"
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v r="$requests" \
        'BEGIN { printf "%.1f", t * 1e6 / hz / r }' > "$WORK/$1.cpu"
    echo "$out" | awk '/Requests\/sec/ {print $2}'
}

echo "Checking both servers answer the same bytes..."
FIRST=$(grep -o -m1 '"/[0-9a-f]*\.cfg", "Basic [^"]*"' "$WORK/requests.lua")
FILE=$(echo "$FIRST" | cut -d'"' -f2); AUTH=$(echo "$FIRST" | cut -d'"' -f4)
curl -s -k -o "$WORK/from-deskprov" -H "Authorization: $AUTH" "https://127.0.0.1:$SERVER_PORT$FILE"
curl -s -k -o "$WORK/from-nginx" "https://127.0.0.1:$NGINX_PORT$FILE"
if ! cmp -s "$WORK/from-deskprov" "$WORK/from-nginx"; then
    echo "bench: the servers answer $FILE differently:" >&2
    head -c 300 "$WORK/from-deskprov" "$WORK/from-nginx" >&2
    exit 1
fi

# The JIT compiles for about half a minute on two busy cores; both modes are warmed so that
# neither server is measured while still compiling for it.
WARMUP=${WARMUP:-20s}
echo "Warming up ($WARMUP per server and mode)..."
for port in "$SERVER_PORT" "$FLOOR_PORT" "$NGINX_PORT"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/rotate.lua" "https://127.0.0.1:$port/" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/rotate.lua" -H "Connection: close" \
        "https://127.0.0.1:$port/" >/dev/null
done

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "Measuring: $DURATION per run, $CONNECTIONS connections, $THREADS wrk threads, $DEVICES devices"
DP_KEEP=$(run deskprov-keepalive "$SERVER_PID" "$SERVER_PORT")
NG_KEEP=$(run nginx-keepalive "$NGINX_PID" "$NGINX_PORT")
DP_CLOSE=$(run deskprov-handshake "$SERVER_PID" "$SERVER_PORT" -H "Connection: close")
NG_CLOSE=$(run nginx-handshake "$NGINX_PID" "$NGINX_PORT" -H "Connection: close")
FL_KEEP=$(run floor-keepalive "$FLOOR_PID" "$FLOOR_PORT")
FL_CLOSE=$(run floor-handshake "$FLOOR_PID" "$FLOOR_PORT" -H "Connection: close")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
p99() { awk '/ 99%/ {print $2}' "$WORK/$1.txt"; }
non2xx() { awk '/Non-2xx/ {print $4}' "$WORK/$1.txt"; }
printf '\n%-28s %14s %14s %8s\n' "run" "deskprov req/s" "nginx req/s" "ratio"
printf '%-28s %14s %14s %8s\n' "keep-alive" "$DP_KEEP" "$NG_KEEP" "$(ratio "$DP_KEEP" "$NG_KEEP")"
printf '%-28s %14s %14s %8s\n' "new TLS connection each" "$DP_CLOSE" "$NG_CLOSE" "$(ratio "$DP_CLOSE" "$NG_CLOSE")"
cpu() { cat "$WORK/$1.cpu"; }
printf '\nCPU per request (server only): deskprov %s us / nginx %s us (keep-alive), %s us / %s us (handshake)\n' \
    "$(cpu deskprov-keepalive)" "$(cpu nginx-keepalive)" "$(cpu deskprov-handshake)" "$(cpu nginx-handshake)"
printf 'Netty floor (same TLS and codec, no work of ours): %s req/s, %s us (keep-alive); %s req/s, %s us (handshake)\n' \
    "$FL_KEEP" "$(cpu floor-keepalive)" "$FL_CLOSE" "$(cpu floor-handshake)"
printf 'p99 latency: deskprov %s / nginx %s (keep-alive), deskprov %s / nginx %s (handshake)\n' \
    "$(p99 deskprov-keepalive)" "$(p99 nginx-keepalive)" "$(p99 deskprov-handshake)" "$(p99 nginx-handshake)"
for name in deskprov-keepalive deskprov-handshake nginx-keepalive nginx-handshake floor-keepalive floor-handshake; do
    errors=$(non2xx "$name")
    [[ -n "$errors" ]] && echo "warning: $name had $errors non-2xx answers"
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Server: $(grep -o 'TLS by [^)]*' "$WORK/server.out" || echo 'see server log')"
