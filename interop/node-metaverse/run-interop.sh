#!/usr/bin/env bash
# Interop check: node-metaverse (@caspertech/node-metaverse, a client no one here wrote) logs in to
# `./rituals serve`: one bot, then BOTS bots at once. Each check prints PASS/FAIL; the last line is
# "interop: N passed, N failed"; the exit code is non-zero on any failure.
# Environment: STAY (seconds in the region, default 10), BOTS (default 10), READY_TIMEOUT (seconds
# to wait for the server, default 60), EXPECT_TERRAIN (a RAW32 heightmap the server loads and every
# bot must decode; default: a deterministic landscape that make-terrain.mjs writes),
# KEEP=1 (keep the temp folder with the server's data and logs even when everything passed),
# RITUALS (the launcher to test, default the repository's ./rituals).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rituals="${RITUALS:-$root/rituals}"
STAY="${STAY:-10}"
BOTS="${BOTS:-10}"
READY_TIMEOUT="${READY_TIMEOUT:-60}"
PASSWORD=secret
passed=0
failed=0
server_pid=""
work="$(mktemp -d "${TMPDIR:-/tmp}/rituals-interop-nmv.XXXXXX")"
data="$work/data"
server_out="$work/server.out"
server_err="$work/server.err"

pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1${2:+ -- $2}"; failed=$((failed + 1)); }
# check NAME DETAIL COMMAND...: PASS when COMMAND succeeds, else FAIL with DETAIL (may be empty).
check() { local name="$1" detail="$2"; shift 2; if "$@"; then pass "$name"; else fail "$name" "$detail"; fi; }

stop_server() {
  [ -n "$server_pid" ] || return 0
  kill -TERM "$server_pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$server_pid" 2>/dev/null
  wait "$server_pid" 2>/dev/null
  server_pid=""
}

finish() {
  stop_server
  rmdir "$work" 2>/dev/null # nothing was written yet
  if [ ! -d "$work" ]; then
    :
  elif [ "$failed" -gt 0 ] || [ "${KEEP:-}" = 1 ]; then
    echo "server data and logs kept in $work"
    if [ -s "$server_err" ] || [ -s "$server_out" ]; then
      echo "--- last lines of the server's output ---"
      tail -n 40 "$server_out" "$server_err" 2>/dev/null
    fi
  else
    rm -rf "$work"
  fi
  echo "interop: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
trap 'finish; exit $?' EXIT
trap 'exit 130' INT TERM

server_log() { cat "$server_out" "$server_err" 2>/dev/null; }

# --- prerequisites -------------------------------------------------------------------------------
command -v node >/dev/null || { fail "Node.js is installed" "node is not on PATH (Node.js 20 is needed)"; exit 1; }
if [ ! -d "$here/node_modules/@caspertech/node-metaverse" ]; then
  echo "installing node-metaverse (npm ci) in $here"
  (cd "$here" && npm ci --no-audit --no-fund) || { fail "npm ci in interop/node-metaverse"; exit 1; }
fi
echo "checking $rituals (it builds itself on first use)"
# `rituals help CMD...` exits non-zero for an unknown command ("serve --help" would not: picocli
# answers the top-level --help first).
if ! help="$("$rituals" help serve 2>&1)"; then
  fail "./rituals serve exists" "this build has no 'serve' command: $(echo "$help" | head -n 1)"
  exit 1
fi
if ! help="$("$rituals" help user create 2>&1)"; then
  fail "./rituals user create exists" "this build has no 'user create' command: $(echo "$help" | head -n 1)"
  exit 1
fi

# --- users and server ----------------------------------------------------------------------------
users=("Test User")
for i in $(seq "$BOTS"); do users+=("Bot$i Bot"); done
for user in "${users[@]}"; do
  read -r first last <<<"$user"
  if ! made="$("$rituals" user create "$first" "$last" --password "$PASSWORD" --data "$data" 2>&1)"; then
    fail "create user $user" "$(echo "$made" | tail -n 3 | tr '\n' ' ')"
    exit 1
  fi
done
echo "created ${#users[@]} users in $data"

# "The bot's region holds our terrain" is a comparison: the server loads this height map and every bot
# must decode the same heights, within the LayerData quantisation error.
if [ -z "${EXPECT_TERRAIN:-}" ]; then
  EXPECT_TERRAIN="$work/interop.r32"
  node "$here/make-terrain.mjs" "$EXPECT_TERRAIN" || { fail "write the test height map $EXPECT_TERRAIN"; exit 1; }
fi
echo "terrain: $EXPECT_TERRAIN"

"$rituals" serve --data "$data" --http-port 0 --udp-port 0 --bind 127.0.0.1 --terrain "$EXPECT_TERRAIN" \
  >"$server_out" 2>"$server_err" &
server_pid=$!
uri=""
for _ in $(seq $((READY_TIMEOUT * 5))); do
  uri="$(sed -n 's#^Login URI: \(http://127\.0\.0\.1:[0-9]*/\)$#\1#p' "$server_out" | head -n 1)"
  if [ -n "$uri" ] && grep -q '^Region ".*" at [0-9]*,[0-9]*, UDP 127\.0\.0\.1:[0-9]*' "$server_out"; then break; fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$uri" ] || ! grep -q '^Region ".*" at .*, UDP ' "$server_out"; then
  kill -0 "$server_pid" 2>/dev/null && why="not ready after $READY_TIMEOUT s" || why="it exited"
  fail "server ready (Login URI and Region lines on stdout)" "$why"
  exit 1
fi
pass "server ready: $uri, $(grep -m1 '^Region ' "$server_out")"

# --- the bots ------------------------------------------------------------------------------------
# run_bots LABEL ARGS...: runs bot.mjs with a hard time limit, its output to the console and a file.
run_bots() {
  local label="$1"; shift
  echo "=== $label"
  timeout --kill-after=10 $((STAY + 240)) node "$here/bot.mjs" --uri "$uri" --password "$PASSWORD" \
    --stay "$STAY" --expect-terrain "$EXPECT_TERRAIN" "$@" 2>&1 | tee "$work/bots-$label.log"
  return "${PIPESTATUS[0]}"
}
# all_ok LOG N STEP...: the log holds N RESULT lines and each has STEP=ok for every STEP given.
all_ok() {
  local log="$1" n="$2"; shift 2
  [ "$(grep -c '^RESULT ' "$log")" -eq "$n" ] || return 1
  for step in "$@"; do
    [ "$(grep '^RESULT ' "$log" | grep -c " $step=ok")" -eq "$n" ] || return 1
  done
}
fingerprints() { grep -o 'terrain-fingerprint=[0-9a-f]*' "$1" | sort -u; }
saw_logout() { server_log | grep -Eq "Got a logout request for $1( |\$)"; }
no_timeouts() { ! server_log | grep -q 'No packets received from'; }

run_bots one --first Test --last User
rc=$?
one="$work/bots-one.log"
check "one bot: login succeeded" "" all_ok "$one" 1 login
check "one bot: in the region (circuit up, region handshake done)" "" all_ok "$one" 1 connect handshake
check "one bot: the region holds our terrain (all 256 patches, matches $(basename "$EXPECT_TERRAIN"))" "" \
  all_ok "$one" 1 terrain
check "one bot: stayed connected for $STAY s (every ping answered, never dropped)" "" all_ok "$one" 1 stay
check "one bot: logged out cleanly (the bot got LogoutReply)" "" all_ok "$one" 1 logout
check "one bot: the server saw LogoutRequest" "" saw_logout "Test User"
check "one bot: no circuit timeout on the server" "" no_timeouts
check "one bot: bot.mjs exited 0 (every step, no library errors)" "exit code $rc" test "$rc" -eq 0

run_bots many --count "$BOTS" --prefix Bot --last Bot
rc=$?
many="$work/bots-many.log"
check "$BOTS bots: all logged in" "" all_ok "$many" "$BOTS" login
check "$BOTS bots: all in the region with our terrain (all 256 patches, matches)" "" all_ok "$many" "$BOTS" connect handshake terrain
check "$BOTS bots: all stayed connected for $STAY s" "" all_ok "$many" "$BOTS" stay
check "$BOTS bots: all logged out cleanly (LogoutReply)" "" all_ok "$many" "$BOTS" logout
missing=""
for i in $(seq "$BOTS"); do saw_logout "Bot$i Bot" || missing="$missing Bot$i"; done
check "$BOTS bots: the server saw LogoutRequest from each" "none from:$missing" test -z "$missing"
prints="$(cat <(fingerprints "$one") <(fingerprints "$many") | sort -u)"
check "$BOTS bots: every bot decoded the same terrain as the single bot" "fingerprints: $(echo $prints)" \
  test "$(echo "$prints" | grep -c .)" -eq 1
check "$BOTS bots: no circuit timeout on the server" "" no_timeouts
check "$BOTS bots: bot.mjs exited 0 (every step, no library errors)" "exit code $rc" test "$rc" -eq 0
