#!/usr/bin/env bash
# Installs the system packages the tests use, from Debian's repositories:
# Chromium (end-to-end tests of the renderer) and LibreOffice + poppler
# (independent readers of the Word and Excel files the app writes), with
# Calibri's metric twin Carlito.
# Skips what is already there, so running it twice costs nothing.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
# Carlito has Calibri's metrics: LibreOffice then lays the Word documents out as Word does,
# so the page checks (headings kept with what follows, header words whole) see what a reader sees.
dpkg -s fonts-crosextra-carlito >/dev/null 2>&1 || need+=(fonts-crosextra-carlito)

if [ ${#need[@]} -eq 0 ]; then
  echo "Systeempakketten zijn al aanwezig."
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
    echo "Nodig: ${need[*]}. Voer dit script uit als root of installeer sudo." >&2
    exit 1
  fi
fi

echo "Installeren: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
