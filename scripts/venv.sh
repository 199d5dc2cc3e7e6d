# Shared by scripts/start and scripts/test: a virtual environment in .venv, and Debian
# packages installed when missing (as root, or through sudo).
VENV="${VENV:-.venv}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_debian_package() {
  echo "Installing Debian's $1 ..." >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$1" >/dev/null
}

ensure_debian_package() {  # NAME FILE: install NAME unless FILE already exists
  [ -e "$2" ] || install_debian_package "$1"
}

ensure_venv() {
  [ -x "$VENV/bin/python" ] && return 0
  if ! python3 -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"  # Debian splits venv support into its own package
    install_debian_package python3-venv
    python3 -m venv "$VENV"
  fi
}
