"""Production refuses rate-limit counters in memory when it may run several processes, and a Stripe address
on this machine however it is written."""

import pytest

from marketplace.config import InsecureConfiguration, load_config
from tests.support.production import PRODUCTION_ENV

WITHOUT_REDIS = {name: value for name, value in PRODUCTION_ENV.items() if name != "REDIS_URL"}


def refusal(env: dict) -> str:
    with pytest.raises(InsecureConfiguration) as error:
        load_config("production", env=env)
    return str(error.value)


@pytest.mark.parametrize("workers", [None, "", "4", "2"])
def test_counters_in_memory_are_refused_unless_one_process(workers):
    env = dict(WITHOUT_REDIS) if workers is None else {**WITHOUT_REDIS, "WEB_CONCURRENCY": workers}
    assert "REDIS_URL must be set" in refusal(env)


def test_redis_or_a_single_process_is_accepted():
    assert PRODUCTION_ENV["REDIS_URL"] == load_config("production", env=PRODUCTION_ENV).RATELIMIT_STORAGE_URI
    single = load_config("production", env={**WITHOUT_REDIS, "WEB_CONCURRENCY": "1"})
    assert single.RATELIMIT_STORAGE_URI == "memory://"


@pytest.mark.parametrize(
    "address",
    [
        "http://127.0.0.1:12111", "http://localhost:12111", "http://LOCALHOST.:12111", "http://127.0.0.2",
        "http://127.1:12111", "http://2130706433/", "http://[::1]:12111", "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0:12111", "http://stripe.localhost/", "127.0.0.1:12111",
    ],
)  # fmt: skip
def test_a_stripe_address_on_this_machine_is_refused(address):
    assert "STRIPE_API_BASE" in refusal({**PRODUCTION_ENV, "STRIPE_API_BASE": address})


@pytest.mark.parametrize("address", ["https://api.stripe.com", "https://stripe-proxy.internal:8443"])
def test_a_stripe_address_elsewhere_is_accepted(address):
    config = load_config("production", env={**PRODUCTION_ENV, "STRIPE_API_BASE": address})
    assert address == config.STRIPE_API_BASE
