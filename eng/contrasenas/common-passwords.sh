#!/usr/bin/env bash
# Writes src/Semillero/ReferenceData/contrasenas_comunes.txt, the list of common passwords the
# password policy refuses (src/Semillero/Accounts/PasswordPolicy.cs), one a line, most common first.
#
#   bash eng/contrasenas/common-passwords.sh
#
# Source: the common-password dictionary of zxcvbn-ts, src/passwords.json in the npm package
# @zxcvbn-ts/language-common@4.1.3 (MIT, © Dan Wheeler and Dropbox, Inc.; © zxcvbn-ts). The
# package's integrity and the file's SHA-256 are pinned so a regeneration is reproducible; a
# different list has to be a deliberate change of the pins. The license travels with the list in
# src/Semillero/ReferenceData/contrasenas_comunes.LICENSE.
set -euo pipefail

PACKAGE='@zxcvbn-ts/language-common@4.1.3'
PACKAGE_SHA256='bf3027c16c069d7877e25dc8751bc819e10e479afcc5ee1a323eb2ab73129ca9'
SOURCE_SHA256='f422773d94d630f27e08b26d7017e847bb1feb2a84809340e9c0b0c47b33e3f1'

root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
echo "$PACKAGE_SHA256  $(ls "$work"/*.tgz)" | sha256sum --check --quiet
tar -xzf "$work"/*.tgz -C "$work" package/src/passwords.json package/LICENSE.txt
echo "$SOURCE_SHA256  $work/package/src/passwords.json" | sha256sum --check --quiet

node -e '
const list = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
if (!Array.isArray(list) || list.some(p => typeof p !== "string" || /\s/.test(p))) throw new Error("unexpected shape");
process.stdout.write(list.join("\n") + "\n");
' "$work/package/src/passwords.json" > "$root/src/Semillero/ReferenceData/contrasenas_comunes.txt"
cp "$work/package/LICENSE.txt" "$root/src/Semillero/ReferenceData/contrasenas_comunes.LICENSE"
wc -l "$root/src/Semillero/ReferenceData/contrasenas_comunes.txt"
