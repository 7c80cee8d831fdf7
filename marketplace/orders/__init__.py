"""Carts, checkout, orders, their shipments, and the emails about them."""
