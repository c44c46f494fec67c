/** What every API route shares: reading request bodies and parameters, writing JSON, and the one error shape with its mapping from domain failures. */
package io.pyrotorrent.adapter.api.http;
