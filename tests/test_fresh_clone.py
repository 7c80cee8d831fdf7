"""The README's `make run` works from a fresh clone: set-up, migrations, demo data, a live site.

`make test` from a fresh clone is what CI (.ci/run) does itself.
"""

import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.support.servers import free_port

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(os.environ.get("MARKETPLACE_SKIP_CLONE_TEST") == "1", reason="asked to skip (local runs)")
def test_make_run_from_a_fresh_clone(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.fail("not a git checkout")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    port = free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MARKETPLACE_", "DATABASE_URL", "VIRTUAL_ENV"))
    }
    env["PORT"] = str(port)
    fake_port = free_port()
    env["FAKE_STRIPE_PORT"] = str(fake_port)
    log = (tmp_path / "run.log").open("w")
    process = subprocess.Popen(
        ["make", "run"], cwd=clone, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail("make run stopped:\n" + (tmp_path / "run.log").read_text()[-3000:])
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail("make run did not serve in time:\n" + (tmp_path / "run.log").read_text()[-3000:])
        with urllib.request.urlopen(f"{base}/zh/works/", timeout=10) as response:
            body = response.read().decode()
        assert 'lang="zh-Hans"' in body and "/media/" in body
        # The fake Stripe server runs beside it, so a newcomer can pay for a demo work.
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{fake_port}/pay/cs_test_unknown", timeout=5)
        except urllib.error.HTTPError as error:
            assert error.code == 404
        else:
            pytest.fail("the fake Stripe server answered an unknown session")
        assert (clone / "instance" / "marketplace.db").exists()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        shutil.rmtree(clone, ignore_errors=True)
