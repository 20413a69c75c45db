-- wrk prints p50/p75/p90/p99 only; the read benchmark also wants p95 and the errors in one line.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("PERCENTILES p50=%.0fms p95=%.0fms p99=%.0fms timeouts=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.timeout, e.status + e.connect + e.read + e.write))
end
