#!/usr/bin/env bash
# Installs the Debian package built by scripts/package.sh with apt-get (dependencies
# included), indexes sample_corpus/ and searches it with the installed programs, checks the
# man pages and bash completion are where man and bash-completion look, then removes the
# package again, also on failure. Needs root or sudo.
#   scripts/check-deb.sh [build/newsindex_VERSION_ARCH.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:-$(ls "${BUILD_DIR:-build}"/newsindex_*.deb | head -n 1)}")
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
if dpkg-query -W -f='${Status}' newsindex 2>/dev/null | grep -q "install ok installed"; then
  echo "check-deb: newsindex is already installed here; not touching it" >&2
  exit 1
fi
work=$(mktemp -d)
cleanup() {
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq newsindex >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$deb" \
  >"$work/apt.log" || { cat "$work/apt.log" >&2; exit 1; }
cd "$work"
export NEWSINDEX_CONFIG=
# 4: the broken/ examples of the sample corpus are reported (on stderr, kept in index.err)
/usr/bin/newsindex --quiet --db index.db "$OLDPWD/sample_corpus" 2>index.err || [ $? -eq 4 ]
/usr/bin/newsquery --db index.db --format csv --limit 1 'person:"Khawaja Asif"' | tee found.csv
grep -q "Khawaja Asif" found.csv
man -w newsindex newsquery
grep -q -- 'move\\-root' "$(man -w newsindex)"
bash -c 'source /usr/share/bash-completion/bash_completion && _completion_loader newsquery;
         complete -p newsquery' | grep -q _newsindex_complete
echo "check-deb: $(basename "$deb") installed, indexed, searched and removed"
