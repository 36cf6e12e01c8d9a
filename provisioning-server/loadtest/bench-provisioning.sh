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

# Access lines go to a file through a 64 KB buffer, as nginx's go to its access log
# (buffer=64k); the server queues them off its event loops itself, as it does in production.
cat > "$WORK/logback.xml" <<XML
<configuration>
  <appender name="access" class="ch.qos.logback.core.FileAppender">
    <file>$WORK/access.log</file>
    <immediateFlush>false</immediateFlush>
    <bufferSize>64KB</bufferSize>
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

# CPU ticks used so far by the JIT compiler threads of a JVM.
compiler_ticks() {
    local total=0 task
    for task in /proc/"$1"/task/*; do
        if grep -q 'CompilerThre' "$task/comm" 2>/dev/null; then
            total=$((total + $(awk '{print $14 + $15}' "$task/stat")))
        fi
    done
    echo "$total"
}

# A JVM server is warm once its JIT compilers used under 2 % of its CPU during a 10 s slice of
# load in both modes: measured while it still compiles, it pays for the compiler on the same
# two cores. At most WARMUP_SLICES slices; nginx gets one.
WARMUP_SLICES=${WARMUP_SLICES:-12}
warm() { # name pid port slices
    local slice jit_before cpu_before jit cpu
    for slice in $(seq 1 "$4"); do
        jit_before=$(compiler_ticks "$2"); cpu_before=$(cpu_ticks "$2")
        wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/rotate.lua" "https://127.0.0.1:$3/" >/dev/null
        wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/rotate.lua" -H "Connection: close" \
            "https://127.0.0.1:$3/" >/dev/null
        jit=$(($(compiler_ticks "$2") - jit_before)); cpu=$(($(cpu_ticks "$2") - cpu_before))
        if [[ $((jit * 50)) -le $cpu ]]; then
            echo "  $1 warm after ${slice}0 s (JIT $jit of $cpu ticks in the last slice)"
            return
        fi
    done
    echo "  $1 still compiling after ${4}0 s (JIT $jit of $cpu ticks in the last slice)"
}
echo "Warming up..."
warm deskprov "$SERVER_PID" "$SERVER_PORT" "$WARMUP_SLICES"
warm floor "$FLOOR_PID" "$FLOOR_PORT" "$WARMUP_SLICES"
warm nginx "$NGINX_PID" "$NGINX_PORT" 1

# The servers take turns within each round, so that a change in the machine's load during the
# run reaches all of them; each figure below is the median over the rounds.
ROUNDS=${ROUNDS:-3}
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "Measuring: $ROUNDS rounds of $DURATION per server and mode, $CONNECTIONS connections, $THREADS wrk threads, $DEVICES devices"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
declare -A RATE CPU
for round in $(seq 1 "$ROUNDS"); do
    for mode in keepalive handshake; do
        extra=()
        [[ $mode == handshake ]] && extra=(-H "Connection: close")
        for server in deskprov nginx floor; do
            case $server in
                deskprov) pid=$SERVER_PID port=$SERVER_PORT ;;
                nginx) pid=$NGINX_PID port=$NGINX_PORT ;;
                floor) pid=$FLOOR_PID port=$FLOOR_PORT ;;
            esac
            rate=$(run "$server-$mode-$round" "$pid" "$port" "${extra[@]}")
            RATE[$server-$mode]="${RATE[$server-$mode]:-} $rate"
            CPU[$server-$mode]="${CPU[$server-$mode]:-} $(cat "$WORK/$server-$mode-$round.cpu")"
            grep -q 'Non-2xx' "$WORK/$server-$mode-$round.txt" \
                && echo "warning: $server $mode round $round had $(awk '/Non-2xx/ {print $4}' "$WORK/$server-$mode-$round.txt") non-2xx answers"
        done
        echo "round $round $mode: deskprov $(echo "${RATE[deskprov-$mode]}" | awk '{print $NF}') req/s," \
             "nginx $(echo "${RATE[nginx-$mode]}" | awk '{print $NF}'), ratio" \
             "$(ratio "$(echo "${RATE[deskprov-$mode]}" | awk '{print $NF}')" "$(echo "${RATE[nginx-$mode]}" | awk '{print $NF}')")"
    done
done

printf '\n%-28s %14s %14s %8s %16s\n' "median of $ROUNDS rounds" "deskprov req/s" "nginx req/s" "ratio" "floor req/s"
for mode in keepalive handshake; do
    dp=$(echo "${RATE[deskprov-$mode]}" | median); ng=$(echo "${RATE[nginx-$mode]}" | median)
    fl=$(echo "${RATE[floor-$mode]}" | median)
    label=$([[ $mode == keepalive ]] && echo "keep-alive" || echo "new TLS connection each")
    printf '%-28s %14s %14s %8s %16s\n' "$label" "$dp" "$ng" "$(ratio "$dp" "$ng")" "$fl ($(ratio "$fl" "$ng"))"
done
printf '\nCPU per request (server only, median): deskprov %s us / nginx %s us / floor %s us (keep-alive); %s / %s / %s us (handshake)\n' \
    "$(echo "${CPU[deskprov-keepalive]}" | median)" "$(echo "${CPU[nginx-keepalive]}" | median)" \
    "$(echo "${CPU[floor-keepalive]}" | median)" "$(echo "${CPU[deskprov-handshake]}" | median)" \
    "$(echo "${CPU[nginx-handshake]}" | median)" "$(echo "${CPU[floor-handshake]}" | median)"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Server: $(grep -o 'TLS by [^)]*' "$WORK/server.out" || echo 'see server log')"
