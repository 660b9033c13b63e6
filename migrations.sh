#!/usr/bin/env bash
# Adds a migration to both providers' sets: ./migrations.sh AddPeople
set -euo pipefail
name=${1:?usage: ./migrations.sh MigrationName}
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/DroitEmploi.Migrations.$provider" --output-dir Migrations
done
