<?php
/*
 * Plugin Name: xstory test: the story's port
 * Description: The tests serve the story on a test port on 127.0.0.1; WordPress's HTTP API fetches
 * only ports 80, 443 and 8080 (wp_http_validate_url), so oEmbed discovery would refuse it. A
 * published story is on 443, which WordPress allows without this. Nothing else is changed.
 */
add_filter('http_allowed_safe_ports', function ($ports) {
	$ports[] = (int) XSTORY_STORY_PORT;
	return $ports;
});
