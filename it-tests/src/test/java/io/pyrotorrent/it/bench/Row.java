package io.pyrotorrent.it.bench;

/** One timed measurement: what, its samples, its floor, calls per request, bytes to the client. */
record Row(String key, String label, Samples samples, String floorKey, double callsPerRequest, long bytes) {}
