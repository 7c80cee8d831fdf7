"""Settling payments: the one fulfilment function, and everything that calls it (Stripe's webhook, the buyer's
return from the payment page, the sweep). It composes orders with what follows a sale: ledger, certificates,
downloads."""
