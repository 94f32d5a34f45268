#!/usr/bin/env bash
# A real WordPress for tests/e2e/wordpress.spec.ts: Debian's `wordpress` package (its stock
# Twenty Twenty-Three theme), MariaDB and PHP's built-in web server, all from apt, nothing else
# downloaded. Started by Playwright (playwright.config.ts, webServer) and stopped with it; every run
# gets a fresh database in a temporary directory.
#   usage: tests/wordpress/serve.sh WP_PORT STORY_PORT
# Needs root the first time, to install the packages (CI: .ci/run) and to write the site's config
# file in /etc/wordpress (Debian's wp-config.php reads its config from there only).
set -euo pipefail
started=$(date +%s%N)
wp_port="${1:-4179}"
story_port="${2:-4173}"
here="$(cd "$(dirname "$0")" && pwd)"
packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)

missing=()
# "installed", not merely known to dpkg (a removed package keeps its config files and a status).
for p in "${packages[@]}"; do [[ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" == installed ]] || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "wordpress: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

rm -rf "/tmp/xstory-wp-$wp_port".* # left by a run that was killed outright (this port is this checkout's)
dir="$(mktemp -d "/tmp/xstory-wp-$wp_port.XXXXXX")"
name="xstory-$wp_port" # Debian's wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php
config="/etc/wordpress/config-$name.php"
db_pid=""
web_pid=""
cleanup() {
  # The built-in server leads a process group of its own with its workers: all of them, or they keep the port.
  [[ -n "$web_pid" ]] && kill -TERM -- "-$web_pid" 2>/dev/null || true
  [[ -n "$db_pid" ]] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null || true
  rm -rf "$dir" "$config"
}
trap cleanup EXIT
trap 'exit 0' INT TERM

# MariaDB on a socket of its own, no TCP port: other checkouts on the machine can run theirs.
mariadb-install-db --no-defaults --datadir="$dir/db" --user=root --auth-root-authentication-method=socket --skip-test-db >"$dir/db-install.log" 2>&1
mariadbd --no-defaults --datadir="$dir/db" --socket="$dir/db.sock" --pid-file="$dir/db.pid" --skip-networking --user=root --log-error="$dir/db.err" &
db_pid=$!
for _ in $(seq 1 100); do mariadb-admin --no-defaults --socket="$dir/db.sock" -uroot ping >/dev/null 2>&1 && break; sleep 0.2; done
mariadb --no-defaults --socket="$dir/db.sock" -uroot -e "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"

mkdir -p "$dir/mu-plugins"
cat >"$config" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:$dir/db.sock');
define('WP_HOME', 'http://127.0.0.1:$wp_port');
define('WP_SITEURL', 'http://127.0.0.1:$wp_port');
define('WPMU_PLUGIN_DIR', '$dir/mu-plugins');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// No request leaves the machine (update checks, the themes directory): only this site and the story.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('XSTORY_STORY_PORT', $story_port);
PHP
cp "$here/story-port.php" "$dir/mu-plugins/"

export XSTORY_WP_CONFIG="$name"
php "$here/install.php" "$wp_port" "$story_port"

# Several workers: a page that embeds a URL from this site would otherwise wait for itself.
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$wp_port" -t /usr/share/wordpress "$here/router.php" >"$dir/web.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 100); do php -r 'exit(@file_get_contents($argv[1]) === "ok" ? 0 : 1);' "http://127.0.0.1:$wp_port/health" && break; sleep 0.1; done
echo "wordpress: ready at http://127.0.0.1:$wp_port/ in $(( ($(date +%s%N) - started) / 1000000 )) ms"
wait "$web_pid"
