/** The login form, logging in and out, and the gate in front of every other route that sends a visitor without a session to the form. */
package io.pyrotorrent.adapter.web.login;
