/** The audit log (audit): who changed what, filtered by user, target and time. */
package io.pyrotorrent.adapter.web.audit;
