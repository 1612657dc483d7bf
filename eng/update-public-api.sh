#!/usr/bin/env bash
# Records the current public API of the shipped projects in PublicAPI.Unshipped.txt.
# Run after an intentional public API change, review the diff, and commit it with the change.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for proj in src/*/; do
  name=$(basename "$proj")
  [ -f "$proj/PublicAPI.Unshipped.txt" ] || continue
  cp "$proj/PublicAPI.Unshipped.txt" "$proj/PublicAPI.Unshipped.bak"
  printf '#nullable enable\n' > "$proj/PublicAPI.Unshipped.txt"
  out=$(dotnet build "$proj/$name.csproj" -c Release -f net10.0 --no-incremental 2>&1)
  others=$(printf '%s\n' "$out" | grep -E ': error ' | grep -v 'RS0016' | sort -u)
  if [ -n "$others" ]; then
    mv "$proj/PublicAPI.Unshipped.bak" "$proj/PublicAPI.Unshipped.txt"
    printf '%s: the build has other errors; fix them first:\n%s\n' "$name" "$others" >&2
    status=1
    continue
  fi
  {
    printf '#nullable enable\n'
    printf '%s\n' "$out" | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u
  } > "$proj/PublicAPI.Unshipped.txt"
  rm -f "$proj/PublicAPI.Unshipped.bak"
  echo "$name: $(($(wc -l < "$proj/PublicAPI.Unshipped.txt") - 1)) symbols"
done
exit $status
