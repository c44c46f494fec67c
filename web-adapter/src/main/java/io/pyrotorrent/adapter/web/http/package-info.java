/**
 * What every page, form and live endpoint shares: the site's layout, header and templates, who is
 * asking, CSRF tokens, flash messages across redirects, the live endpoints' JSON, static files, and
 * values as people read them (units, bidi isolation).
 */
package io.pyrotorrent.adapter.web.http;
