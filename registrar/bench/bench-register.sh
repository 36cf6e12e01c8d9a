#!/usr/bin/env bash
# REGISTER-with-digest-challenge rate at zero failures: deskprov's registrar beside Kamailio, both
# on loopback with the same users, driven by SIPp. Bounded: each step stops by itself.
#   registrar/bench/bench-register.sh [calls-per-step] [users] [rounds]
# Environment: BENCH_JAVA_OPTS (JVM options for deskprov, e.g. a flight recording),
#              BENCH_RATES (target rates of the steps, default "500 1000 2000 4000 8000 16000").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
calls=${1:-5000}
users=${2:-200}
rounds=${3:-1}
rates=${BENCH_RATES:-500 1000 2000 4000 8000 16000}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need sipp sip-tester
need kamailio kamailio
free_port() { python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1 /proc/loadavg; }
# CPU time (clock ticks) used so far by a process and its children's processes (Kamailio forks).
cpu_ticks() { local pid; for pid in "$@" $(pgrep -P "$1" || true); do awk '{print $14 + $15}' "/proc/$pid/stat"; done | awk '{s += $1} END {print s}'; }

# The same users for both: u0..uN on bench.example.com with password bench-password-<n>.
printf 'SEQUENTIAL\n' > "$work/users.csv"
mkdir -p "$work/db"
printf 'id(int,auto) username(string) domain(string) password(string)\n' > "$work/db/subscriber"
printf 'table_name(string) table_version(int)\nsubscriber:7\nlocation:9\n' > "$work/db/version"
for i in $(seq 0 $((users - 1))); do
  printf 'u%d;bench.example.com;bench-password-%d;[authentication username=u%d password=bench-password-%d]\n' "$i" "$i" "$i" "$i" >> "$work/users.csv"
  printf '%d:u%d:bench.example.com:bench-password-%d\n' "$((i + 1))" "$i" "$i" >> "$work/db/subscriber"
done

kport=$(free_port)
sed "s|KAMAILIO_PORT|$kport|; s|KAMAILIO_DB|$work/db|" registrar/bench/kamailio.cfg > "$work/kamailio.cfg"
kamailio -f "$work/kamailio.cfg" -DD -E -m 256 > "$work/kamailio.log" 2>&1 &
pids+=($!)
kpid=$!

# Built with -am so the store's classes are this checkout's, not whatever ~/.m2 holds.
dport=$(free_port)
# Maven prints its errors on standard output: kept in a file, shown when the build fails.
if ! mvn -B -q -pl registrar -am test-compile dependency:build-classpath -Dcheckstyle.skip \
        -Dmdep.outputFile="$work/cp" > "$work/build.log" 2>&1; then
    cat "$work/build.log"
    echo "bench: the build failed"
    exit 1
fi
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
java ${BENCH_JAVA_OPTS:-} -cp "registrar/target/test-classes:registrar/target/classes:store/target/classes:store/target/test-classes:$(cat "$work/cp")" \
     io.deskprov.registrar.BenchRegistrar "$dport" "$users" > "$work/deskprov.log" 2>&1 &
pids+=($!)
dpid=$!
for _ in $(seq 1 60); do grep -qs READY "$work/deskprov.log" && break; sleep 1; done
grep -qs READY "$work/deskprov.log" || { cat "$work/deskprov.log"; exit 1; }

# One SIPp port per target for the whole run, so every step refreshes the same contacts rather
# than adding new ones (a registrar may cap the contacts per address-of-record).
declare -A sipp_port=([kamailio]=$(free_port) [deskprov]=$(free_port))
declare -A target=([kamailio]="127.0.0.1:$kport" [deskprov]="127.0.0.1:$dport")
declare -A server=([kamailio]=$kpid [deskprov]=$dpid)

# SIPp gets a large socket buffer, since packets it drops while descheduled would slow the
# server under test by 500 ms retransmissions that are not the server's doing.
# REGISTER+challenge pairs per second of one step, or 0 if any call failed. The server's CPU
# time per call goes to $work/cpu-NAME-RATE, in microseconds.
step() {
  local name=$1 rate=$2 started ended ticks
  ticks=$(cpu_ticks "${server[$name]}")
  started=$(date +%s.%N)
  if timeout 120 sipp -sf registrar/src/test/resources/sipp/bench-register.xml -inf "$work/users.csv" \
       -i 127.0.0.1 -p "${sipp_port[$name]}" -m "$calls" -r "$rate" -l 2000 -buff_size 4194304 -timeout 90s -nostdin \
       "${target[$name]}" > "$work/sipp-$name-$rate.log" 2>&1; then
    ended=$(date +%s.%N)
    awk -v a="$ticks" -v b="$(cpu_ticks "${server[$name]}")" -v n="$calls" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%d\n", (b - a) / hz * 1e6 / n }' > "$work/cpu-$name-$rate"
    # SIPp exits 0 only when every call succeeded.
    awk -v n="$calls" -v a="$started" -v b="$ended" 'BEGIN { printf "%d\n", n / (b - a) }'
  else
    # Kept for a look at what failed: SIPp's last screen and its error log.
    mkdir -p registrar/target/bench && cp "$work/sipp-$name-$rate.log" registrar/target/bench/
    echo 0
  fi
}

# Warm-up, not counted: the JVM compiles its hot paths and both fill their location tables.
for name in kamailio deskprov; do
  for rate in 1000 2000; do step "$name" "$rate" >/dev/null; done
done

cpu() { cat "$work/cpu-$1-1000" 2>/dev/null || echo "-"; }
echo "calls per step: $calls, users: $users, kamailio $(kamailio -v | head -1 | awk '{print $3}')"
for round in $(seq 1 "$rounds"); do
  declare -A best=([kamailio]=0 [deskprov]=0) failed=([kamailio]=no [deskprov]=no)
  rm -f "$work"/cpu-*
  load_before=$(load)
  steps=""
  # The two take turns at each rate, so that a burst of load from elsewhere hits both alike.
  for rate in $rates; do
    for name in kamailio deskprov; do
      [ "${failed[$name]}" = yes ] && continue
      got=$(step "$name" "$rate")
      steps="$steps $name@$rate=$got"
      # A failing step ends the climb; a step can pass yet run slower than asked
      # (retransmissions), so the figure is the best passing step, not the last.
      if [ "$got" = 0 ]; then failed[$name]=yes; elif [ "$got" -gt "${best[$name]}" ]; then best[$name]=$got; fi
    done
  done
  printf 'round %d: kamailio %d/s, deskprov %d/s, ratio %s; CPU per call at 1000/s: kamailio %s us, deskprov %s us; load %s -> %s;%s\n' \
         "$round" "${best[kamailio]}" "${best[deskprov]}" \
         "$(awk -v d="${best[deskprov]}" -v k="${best[kamailio]}" 'BEGIN { if (k > 0) printf "%.2f", d / k; else print "-" }')" \
         "$(cpu kamailio)" "$(cpu deskprov)" "$load_before" "$(load)" "$steps"
done
