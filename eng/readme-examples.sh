#!/usr/bin/env bash
# Builds and runs every README example against the packed packages, in a fresh console app outside the
# repository (so no Directory.Build.props or central package versions apply), exactly as a package user would.
#
#   eng/readme-examples.sh PACKAGES-FOLDER
#
# An example is a ```csharp block of README.md whose first line is "// Example: NAME": a whole Program.cs.
# Each runs with no arguments in a folder holding the sample trust's files as trust/ (the examples' default).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
packages=$(cd "${1:?usage: eng/readme-examples.sh PACKAGES-FOLDER}" && pwd)
version=$(ls "$packages"/Wres.Core.*.nupkg | grep -v symbols | head -n 1 | sed 's/.*Wres\.Core\.\(.*\)\.nupkg/\1/')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Split README.md into one file per example.
awk -v out="$work" '
  /^```csharp$/ { inblock = 1; first = 1; next }
  inblock && /^```$/ { inblock = 0; if (name != "") close(file); name = ""; next }
  inblock && first { first = 0; if ($0 ~ /^\/\/ Example: /) { name = $3; file = out "/" name ".cs" } }
  inblock && name != "" { print > file }
' README.md

shopt -s nullglob
examples=("$work"/*.cs)
if [ ${#examples[@]} -eq 0 ]; then
  echo "readme-examples: README.md has no '// Example:' blocks" >&2
  exit 1
fi

# The packed folder beside the user's own sources (a nuget.config above the apps adds to them). Restored into a
# packages folder of its own, so a Wres package of the same version restored before is never used instead; the
# machine's package cache is a source too, so the libraries' own dependencies need no network when present.
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="wres-local" value="$packages" />
    <add key="machine-cache" value="${NUGET_PACKAGES:-$HOME/.nuget/packages}" />
  </packageSources>
</configuration>
XML

for example in "${examples[@]}"; do
  name=$(basename "$example" .cs)
  app="$work/$name"
  mkdir -p "$app"
  cp "$example" "$app/Program.cs"
  cat > "$app/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Wres.Core" Version="$version" />
    <PackageReference Include="Wres.Esr" Version="$version" />
    <PackageReference Include="Wres.Reporting" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.0" />
  </ItemGroup>
</Project>
XML
  echo "== README example '$name' (packages $version)"
  (cd "$app" && dotnet build -c Release --nologo -v quiet -p:RestorePackagesPath="$work/packages" >build.log 2>&1) || { cat "$app/build.log" >&2; echo "readme-examples: '$name' does not build" >&2; exit 1; }
  cp -r "$root/src/Wres.Cli/Sample" "$app/trust"
  (cd "$app" && dotnet bin/Release/net10.0/"$name".dll) || { echo "readme-examples: '$name' failed" >&2; exit 1; }
done
echo "readme-examples: ${#examples[@]} examples built and ran"
