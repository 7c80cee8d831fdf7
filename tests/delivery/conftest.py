from tests.finance.conftest import market, people  # noqa: F401  (the marketplace with its fake Stripe)
