"""A fake of the parts of Stripe's API the marketplace uses, for development and tests (never production)."""
