#!/usr/bin/env bash
# Seconds from `npm start` to the first answered, signed-in GraphQL query on a fresh .data/
# (run it in a fresh clone after `npm ci`). Signs in as the demo analyst, reads one cohort count,
# then stops the server with SIGTERM and checks that it exits cleanly.
#   bash bench/first-query.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3222}"
rm -rf .data
start=$(date +%s%N)
PORT="$port" npm start > /tmp/alumni-graph-first-start.log 2>&1 &
pid=$!
login='{"query":"mutation { login(input: {email: \"analyst@alumni-graph.example\", password: \"demo-analyst-password\"}) { accessToken } }"}'
for _ in $(seq 1 1200); do
  if answer=$(curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d "$login" 2>/dev/null); then break; fi
  sleep 0.1
done
token=$(node -e 'console.log(JSON.parse(process.argv[1]).data.login.accessToken)' "$answer")
result=$(curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -H "authorization: Bearer $token" \
  -d '{"query":"{ cohorts(first: 1) { totalCount } }"}')
end=$(date +%s%N)
echo "first signed-in query answered $(( (end - start) / 1000000 )) ms after npm start: $result"
kill -TERM "$pid"
wait "$pid" && echo "npm start exited cleanly" || { echo "npm start exited with $?"; exit 1; }
