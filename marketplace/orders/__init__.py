"""Carts, orders and their fulfilment."""
