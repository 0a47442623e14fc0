-- wrk's summary gives p50/p75/p90/p99; search targets are stated at p95.
done = function(summary, latency, requests)
  io.write(string.format("P95_US %d\n", latency:percentile(95.0)))
end
