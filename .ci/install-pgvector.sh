#!/usr/bin/env bash
# Builds pgvector for the local PostgreSQL 15 from Debian's next release source package.
# Skipped when the extension is already installed.
set -euo pipefail
PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
sharedir=$("$PG_CONFIG" --sharedir)
if [ -f "$sharedir/extension/vector.control" ]; then
  echo "pgvector: already installed"
  exit 0
fi
src_list=/etc/apt/sources.list.d/pgvector-trixie-src.sources
if [ ! -f "$src_list" ]; then
  # Copy the URIs of the main Debian source (never hard-code a host here).
  uris=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 | sed 's/^URIs:[[:space:]]*//')
  if [ -z "$uris" ] && [ -f /etc/apt/sources.list ]; then
    uris=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
  fi
  [ -n "$uris" ] || { echo "pgvector: could not find the Debian apt URIs" >&2; exit 1; }
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uris" > "$src_list"
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql-server-dev-15 dpkg-dev >/dev/null
work=$(mktemp -d)
cd "$work"
apt-get source -qq pgvector
cd pgvector-*/
make -s PG_CONFIG="$PG_CONFIG"
make -s install PG_CONFIG="$PG_CONFIG"
echo "pgvector: installed"
