<?php
// PHP's built-in web server in front of Debian's WordPress (tests/wordpress/serve.sh): static files as
// they are, PHP files as themselves, every other path through index.php (as Apache's rewrite would).
$_SERVER['WORDPRESS_CONFIG'] = getenv('XSTORY_WP_CONFIG');
$root = '/usr/share/wordpress';
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if ($path === '/health') {
	echo 'ok';
	return true;
}
$file = realpath($root . $path);
if ($file !== false && is_dir($file)) $file = is_file("$file/index.php") ? "$file/index.php" : false;
if ($file === false || !str_starts_with($file, $root . '/') && !str_starts_with($file, '/var/lib/wordpress/')) {
	$file = "$root/index.php";
}
if (!str_ends_with($file, '.php')) return false; // a static file: the server sends it
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen($root)) ?: '/index.php';
chdir(dirname($file));
require $file;
