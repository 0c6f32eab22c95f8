#!/usr/bin/env bash
# Debian packages the project needs beyond Python: gettext (translations), WeasyPrint's Pango/HarfBuzz and the
# Liberation Serif 2 fonts (printed slips, Times-metric), poppler-utils (pdftoppm: tests render issued PDFs), the PostgreSQL client of the
# server's major version (backups), Chromium (browser tests, with WITH_BROWSER=1), wrk (benchmarks, with
# WITH_BENCH=1). Installs only what is missing; needs root (CI and the development machines run as root).
set -euo pipefail

packages=(gettext libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation2 poppler-utils)
packages+=("postgresql-client-${PG_MAJOR:-15}")
if [ "${WITH_BROWSER:-0}" = "1" ]; then
  packages+=(chromium)
  # npm fetches axe-core for the accessibility tests; Debian's package only where no Node.js is installed.
  command -v npm > /dev/null || packages+=(npm)
fi
# wrk, the load generator of the HTTP benchmarks (bench/), with WITH_BENCH=1.
[ "${WITH_BENCH:-0}" = "1" ] && packages+=(wrk)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]} (run: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
