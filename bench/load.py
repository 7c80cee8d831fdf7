"""Load on one address for a while, as bench/catalog.py measures it: wrk when installed, else Python threads.

Both give the same figures: requests per second, p50 and p99 latency in seconds, requests that failed
(non-2xx/3xx answers, socket errors, timeouts).
"""

from __future__ import annotations

import http.client
import re
import shutil
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

WRK = shutil.which("wrk")
_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


@dataclass
class Load:
    requests_per_second: float
    p50: float
    p99: float
    requests: int
    failed: int
    tool: str

    @property
    def label(self) -> str:
        return f"{self.requests} requests, {self.tool}"


def measure(url: str, seconds: float, connections: int = 16, timeout: float = 60) -> Load:
    if WRK:
        return with_wrk(url, seconds, connections, timeout)
    return with_threads(url, seconds, connections, timeout)


def with_wrk(url: str, seconds: float, connections: int, timeout: float) -> Load:
    threads = min(2, connections)
    command = [
        WRK,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        f"--timeout={int(timeout)}s",
        "--latency",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + timeout + 30).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    done = re.search(r"(\d+) requests in", output)
    failed = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    failed += (
        int(re.search(r"Non-2xx or 3xx responses: (\d+)", output).group(1)) if "Non-2xx" in output else 0
    )
    return Load(
        requests_per_second=float(rate.group(1)) if rate else 0.0,
        p50=_percentile(output, "50%"),
        p99=_percentile(output, "99%"),
        requests=int(done.group(1)) if done else 0,
        failed=failed,
        tool=f"wrk {connections} connections",
    )


def _percentile(output: str, name: str) -> float:
    found = re.search(rf"^\s+{name}\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M)
    return float(found.group(1)) * _UNITS[found.group(2)] if found else float("nan")


def with_threads(url: str, seconds: float, connections: int, timeout: float = 60) -> Load:
    """``connections`` threads, each with its own keep-alive connection, asking until ``seconds`` passed;
    a request once started is always finished (so a page slower than ``seconds`` is still measured once
    per connection)."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def ask() -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                answer = connection.getresponse()
                answer.read()
                ok = answer.status < 400
                if answer.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
            with lock:
                latencies.append(time.perf_counter() - started)
                failures[0] += not ok

    started = time.perf_counter()
    threads = [threading.Thread(target=ask) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies) or [float("nan")]
    return Load(
        requests_per_second=len(latencies) / elapsed,
        p50=statistics.median(ordered),
        p99=ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
        requests=len(latencies),
        failed=failures[0],
        tool=f"Python {connections} connections",
    )


def fetch(url: str, timeout: float = 300) -> tuple[int, bytes, float]:
    """One request: status, body, seconds."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        answer = connection.getresponse()
        return answer.status, answer.read(), time.perf_counter() - started
    except (OSError, http.client.HTTPException):
        return 0, b"", time.perf_counter() - started
    finally:
        connection.close()
