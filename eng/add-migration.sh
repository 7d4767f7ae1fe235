#!/usr/bin/env bash
# Adds a migration to BOTH providers' migration sets: eng/add-migration.sh NAME
# Uses the ef.dll shipped in the Microsoft.EntityFrameworkCore.Tools package (the dotnet-ef global
# tool is not needed), with the CLI as the startup project.
set -euo pipefail
name=${1:?usage: eng/add-migration.sh MigrationName}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet build src/Semillero.Cli -c Debug -p:EfDesign=true -v q -nologo
out=src/Semillero.Cli/bin/Debug/net10.0
version=$(sed -n 's/.*Microsoft.EntityFrameworkCore.Tools" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
ef=$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.entityframeworkcore.tools/$version/tools" -name ef.dll | head -n 1)
for provider in Sqlite Postgres; do
  dotnet exec --depsfile "$out/Semillero.Cli.deps.json" --runtimeconfig "$out/Semillero.Cli.runtimeconfig.json" "$ef" \
    migrations add "$name" --assembly "$out/Semillero.dll" --startup-assembly "$out/Semillero.Cli.dll" \
    --project-dir src/Semillero --root-namespace Semillero --language C# \
    --output-dir "Data/Migrations/$provider" \
    --context "Semillero.Data.${provider}SemilleroDb"
done
rm -f design-time.db src/Semillero.Cli/design-time.db
