"""Load one page of the app many times in this process, with the garbage collector on: run in a
subprocess by tests (a crash of the interpreter is then a failed test, not a dead pytest).

    python -m tests.support.page_load DATABASE_URL FOLDER REQUESTS URL [URL ...]

Exits 0 when every request answered 200; faulthandler prints the stack of a fatal error.
"""

from __future__ import annotations

import faulthandler
import gc
import sys
from pathlib import Path

from tests.support.database import build_app


def main(argv: list[str]) -> int:
    faulthandler.enable()
    gc.enable()
    database_url, folder, requests, *urls = argv
    app = build_app(database_url, Path(folder))
    client = app.test_client()
    for n in range(int(requests)):
        url = urls[n % len(urls)]
        status = client.get(url).status_code
        if status != 200:
            print(f"{url}: {status}", file=sys.stderr)
            return 1
    app.extensions["marketplace.db"]["engine"].dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
