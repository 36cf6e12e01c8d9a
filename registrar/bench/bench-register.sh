#!/usr/bin/env bash
# REGISTER-with-digest-challenge rate at zero failures: deskprov's registrar beside Kamailio, both
# on loopback with the same users, driven by SIPp. Bounded: each step stops by itself.
#   registrar/bench/bench-register.sh [calls-per-step] [users]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
calls=${1:-20000}
users=${2:-200}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need sipp sip-tester
need kamailio kamailio
free_port() { python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

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

dport=$(free_port)
mvn -B -q -o -pl registrar test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
java -cp "registrar/target/test-classes:registrar/target/classes:$(cat "$work/cp")" \
     io.deskprov.registrar.BenchRegistrar "$dport" "$users" > "$work/deskprov.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q READY "$work/deskprov.log" && break; sleep 1; done
grep -q READY "$work/deskprov.log" || { cat "$work/deskprov.log"; exit 1; }

# Highest rate (REGISTER+challenge pairs per second) that SIPp reaches with no failed call.
run() {
  local target=$1 rate=$2 started ended
  started=$(date +%s.%N)
  if timeout 120 sipp -sf registrar/src/test/resources/sipp/bench-register.xml -inf "$work/users.csv" \
       -i 127.0.0.1 -p "$(free_port)" -m "$calls" -r "$rate" -l 2000 -timeout 90s -nostdin \
       "$target" > "$work/sipp-$rate.log" 2>&1; then
    ended=$(date +%s.%N)
    # SIPp exits 0 only when every call succeeded.
    awk -v n="$calls" -v a="$started" -v b="$ended" 'BEGIN { printf "%d\n", n / (b - a) }'
  else
    echo 0
  fi
}
best() {
  local target=$1 best=0
  for rate in 500 1000 2000 4000 8000; do
    local got; got=$(run "$target" "$rate")
    [ "$got" = 0 ] && break
    # A step can pass yet run slower than asked (retransmissions): keep the best, not the last.
    [ "$got" -gt "$best" ] && best=$got
  done
  echo "$best"
}
k=$(best "127.0.0.1:$kport")
d=$(best "127.0.0.1:$dport")
echo "calls per step: $calls, users: $users"
echo "kamailio $(kamailio -v | head -1 | awk '{print $3}'): $k REGISTER/s with challenge, zero failures"
echo "deskprov: $d REGISTER/s with challenge, zero failures"
awk -v d="$d" -v k="$k" 'BEGIN { if (k > 0) printf "ratio deskprov/kamailio: %.2f\n", d / k }'
