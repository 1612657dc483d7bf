#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json, settings in stryker-config.json).
# Run by hand, never by CI: a run takes minutes per folder on a two-core machine.
#
#   eng/mutation.sh [--esr] [--label NAME] [PATH-GLOB...] [-- STRYKER-OPTION...]
#
#   PATH-GLOB  files to mutate, relative to the project folder: a folder (Statistics), a glob in quotes
#              ('Workforce/Grade.cs', 'Ethnicity/*.cs') or an exclusion ('!Indicators/ReportBuilder.cs').
#              None: the whole project.
#   --esr      mutate src/Wres.Esr with tests/Wres.Esr.Tests instead of src/Wres.Core with tests/Wres.Core.Tests.
#   --label    the report folder's name (default: the globs, or "all").
#   -- ...     passed to Stryker as they are, for example -- --concurrency 1.
#
# Reports: artifacts/mutation/<core|esr>/<label>/reports/mutation-report.{json,html}.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

project=Wres.Core
tests=tests/Wres.Core.Tests
area=core
label=
globs=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --esr) project=Wres.Esr; tests=tests/Wres.Esr.Tests; area=esr; shift ;;
    --label) label=${2:?--label needs a name}; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "mutation.sh: unknown option $1 (options for Stryker go after --)" >&2; exit 2 ;;
    *) globs+=("$1"); shift ;;
  esac
done

mutate=()
for glob in "${globs[@]}"; do
  negate=
  if [ "${glob#!}" != "$glob" ]; then negate='!'; glob=${glob#!}; fi
  glob=${glob#src/$project/}
  glob=${glob%/}
  # A bare folder name means every file under it.
  if [ "${glob%.cs}" = "$glob" ] && [ "${glob//\*/}" = "$glob" ]; then glob="$glob/**/*.cs"; fi
  mutate+=(--mutate "$negate**/$glob")
done

if [ -z "$label" ]; then
  if [ ${#globs[@]} -eq 0 ]; then label=all; else label=$(printf '%s_' "${globs[@]}" | tr -c 'A-Za-z0-9_.-' '-' | sed 's/_$//'); fi
fi
output="$root/artifacts/mutation/$area/$label"
mkdir -p "$output"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null

# Stryker runs from the test project's folder (at the root it would take the solution and every project in it).
cd "$root/$tests"
start=$(date +%s)
status=0
nice -n 19 dotnet tool run dotnet-stryker --config-file "$root/stryker-config.json" --project "$project.csproj" \
  --output "$output" "${mutate[@]}" "${extra[@]}" || status=$?
echo "mutation.sh: $project ${globs[*]:-(all files)} took $(( ($(date +%s) - start) / 60 )) min; reports in ${output#"$root/"}/reports" >&2
exit $status
