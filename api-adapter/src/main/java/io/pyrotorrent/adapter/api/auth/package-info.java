/** Who is calling the API (session cookie or HTTP Basic), the guard around every route, and which targets the caller may name. */
package io.pyrotorrent.adapter.api.auth;
