"""Every domain's models, imported in one place so the metadata is complete (app, migrations, tests)."""

import marketplace.accounts.models  # noqa: F401
import marketplace.audit  # noqa: F401
import marketplace.catalog.models  # noqa: F401
import marketplace.certificates.models  # noqa: F401
import marketplace.delivery.models  # noqa: F401
import marketplace.downloads.models  # noqa: F401
import marketplace.exchange_rates.models  # noqa: F401
import marketplace.finance.models  # noqa: F401
import marketplace.orders.models  # noqa: F401
import marketplace.outbox  # noqa: F401
import marketplace.search.models  # noqa: F401
