<?php
// Installs the test WordPress (tests/wordpress/serve.sh) through WordPress's own PHP API, as the
// install screen and the editor would: the site, the stock theme, an Editor and an Author, and their posts.
//   usage: php install.php WP_PORT STORY_PORT   (XSTORY_WP_CONFIG names the site's config file)
[$_, $wp_port, $story_port] = $argv;
$_SERVER['WORDPRESS_CONFIG'] = getenv('XSTORY_WP_CONFIG');
$_SERVER['HTTP_HOST'] = "127.0.0.1:$wp_port";
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$story = "http://127.0.0.1:$story_port/";
add_filter('pre_wp_mail', '__return_false'); // no mail server here: the "new site" e-mail is not sent
wp_install('The Daily Host', 'admin', 'admin@example.org', true, '', wp_generate_password(24));
switch_theme('twentytwentythree');

function xstory_user(string $login, string $role): int {
	$id = wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(24), 'user_email' => "$login@example.org", 'role' => $role, 'display_name' => ucfirst($login)]);
	if (is_wp_error($id)) throw new RuntimeException($id->get_error_message());
	return $id;
}

/** A post written by $user: WordPress filters its content by that user's capabilities (kses for an Author). */
function xstory_post(int $user, string $slug, string $title, string $content): int {
	wp_set_current_user($user);
	$id = wp_insert_post(['post_author' => $user, 'post_name' => $slug, 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish'], true);
	if (is_wp_error($id)) throw new RuntimeException($id->get_error_message());
	return $id;
}

$before = "The host's own paragraph before the piece. It runs long enough to wrap over two or three lines in the theme's content column, as a real paragraph does.";
$after = 'The host\'s own paragraph after the piece, with <a id="host-link-after" href="#colophon">a link of its own</a>.';
$p = fn(string $html) => "<!-- wp:paragraph -->\n<p>$html</p>\n<!-- /wp:paragraph -->";
// The snippet exactly as EMBEDDING.md gives it, pasted into a Custom HTML block.
$snippet = "<!-- wp:html -->\n<div class=\"xstory\" data-src=\"$story\"><a href=\"$story\">Open the interactive story</a></div>\n<script async src=\"{$story}embed.js\"></script>\n<!-- /wp:html -->";

$embed = "<!-- wp:embed {\"url\":\"$story\",\"type\":\"rich\",\"providerNameSlug\":\"127-0-0-1\",\"responsive\":true} -->\n<figure class=\"wp-block-embed is-type-rich is-provider-127-0-0-1 wp-block-embed-127-0-0-1\"><div class=\"wp-block-embed__wrapper\">\n$story\n</div></figure>\n<!-- /wp:embed -->";

$editor = xstory_user('editor', 'editor');
$author = xstory_user('author', 'author');
$posts = [
	'editor-snippet' => xstory_post($editor, 'editor-snippet', 'An Editor pastes the snippet', implode("\n\n", [$p($before), $snippet, $p($after)])),
	// Only the story's URL on its own line, as the block editor saves it when an Author pastes a URL (an
	// Embed block around the bare URL): WordPress's oEmbed discovery does the rest when the post is shown.
	'author-url' => xstory_post($author, 'author-url', 'An Author pastes the story\'s URL', implode("\n\n", [$p($before), $embed, $p($after)])),
	// The same URL on its own line in a classic post (the Classic Editor, or posts from before the blocks).
	'author-url-classic' => xstory_post($author, 'author-url-classic', 'An Author pastes the story\'s URL (classic)', "$before\n\n$story\n\n$after"),
	'author-snippet' => xstory_post($author, 'author-snippet', 'An Author pastes the snippet', implode("\n\n", [$p($before), $snippet, $p($after)])),
];
wp_set_current_user(0);

$theme = wp_get_theme();
echo json_encode(['wordpress' => $GLOBALS['wp_version'], 'theme' => $theme->get('Name') . ' ' . $theme->get('Version'), 'posts' => $posts]), "\n";
