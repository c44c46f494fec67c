# Median latency against the number of torrents, from latency-by-n.csv (written by the benchmark,
# it-tests/bin/run-benchmark). Run in this directory: gnuplot latency.gp -> latency.png
# latency-before-by-n.csv (same columns, kept by hand) holds the run before the hand-written
# XML-RPC decoder (2026-11-24 03:28 UTC); its three main lines are drawn thin and dotted.
# Columns: n, floor_overview, floor_list, floor_legacy, floor_torrent, json_list, legacy, overview,
#          overview_gzip, torrent_page (median milliseconds).
set datafile separator ","
set datafile columnheaders
set terminal pngcairo size 1000,760 font "sans,11"
set output "latency.png"
set title "pyroTorrent vs the raw rTorrent call (median of the timed runs; loopback, paused torrents)"
set logscale xy
set xlabel "torrents in rTorrent"
set ylabel "latency, ms (log scale)"
set format x "%.0f"
set xtics (1000, 2000, 5000, 10000, 20000)
set xrange [700:30000]
set grid xtics ytics mytics
set key outside bottom center horizontal maxrows 4 box width -6
set bmargin 11
set pointsize 1.2
plot "latency-by-n.csv" using 1:2 with linespoints lw 3 dt 2 pt 7 lc rgb "#000000" title "floor: raw d.multicall2 + status (SCGI wire time)", \
     ""                 using 1:6 with linespoints lw 2 pt 5 lc rgb "#1f77b4" title "GET /api/v1/.../torrents (limit 1000: capped page)", \
     ""                 using 1:7 with linespoints lw 2 pt 9 lc rgb "#ff7f0e" title "legacy POST /api torrentrequester (all rows)", \
     ""                 using 1:8 with linespoints lw 2 pt 11 lc rgb "#2ca02c" title "HTML overview (100 rows)", \
     ""                 using 1:10 with linespoints lw 2 pt 13 lc rgb "#d62728" title "HTML torrent page", \
     ""                 using 1:5 with linespoints lw 1 dt 3 pt 6 lc rgb "#d62728" title "floor: the torrent page's call", \
     "latency-before-by-n.csv" using 1:6 with linespoints lw 1 dt 3 pt 4 lc rgb "#1f77b4" title "before: JSON list", \
     ""                 using 1:7 with linespoints lw 1 dt 3 pt 8 lc rgb "#ff7f0e" title "before: legacy POST /api", \
     ""                 using 1:8 with linespoints lw 1 dt 3 pt 10 lc rgb "#2ca02c" title "before: HTML overview"
