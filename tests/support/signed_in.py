"""A shop that grows: one buyer, one artist (with other artists beside), and ``grow(n)`` adding n of
everything the signed-in pages list (works, cart lines, orders with shipments, collections, shipping
profiles, works waiting for review, users, payouts, refunds, disputes, emails), made with the models so
hundreds of rows take a moment. The first order (D2612-Q00001) gains a line and a parcel each time. The
query-count tests compare each page at two sizes."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from marketplace.accounts import services as accounts
from marketplace.accounts.models import Role
from marketplace.catalog.models import ArtistProfile, Collection, CollectionItem, Work, WorkImage
from marketplace.db import utcnow
from marketplace.delivery.models import ShippingProfile, ShippingRate
from marketplace.finance.models import Dispute, LedgerEntry, Payout, Refund
from marketplace.orders.models import Cart, CartLine, Order, OrderLine, Shipment
from marketplace.outbox import OutboxMessage
from tests.support.forms import PASSWORD, sign_in

ADDRESS = {
    "ship_name": "Fatou Ndiaye",
    "ship_line1": "12 rue Carnot",
    "ship_city": "Dakar",
    "ship_country": "SN",
}


class Shop:
    """Ids of the fixed people; ``grow(n)`` commits n more of every listed thing."""

    def __init__(self, app, db) -> None:
        self.app, self.db = app, db
        self._serial = itertools.count(1)
        with app.app_context(), db() as session:
            buyer = accounts.register(session, "buyer@example.org", PASSWORD, "Fatou", "fr")
            admin = accounts.register(session, "admin@example.org", PASSWORD, "Admin", "en")
            accounts.grant_role(session, admin, Role.ADMIN)
            curator = accounts.register(session, "curator@example.org", PASSWORD, "Curator", "en")
            accounts.grant_role(session, curator, Role.CURATOR)
            session.flush()
            self.buyer_id, self.admin_id = buyer.id, admin.id
            self.artist_id = self._artist(session, "artist@example.org").id
            session.add(Cart(user_id=buyer.id))

    def client(self, email: str):
        client = self.app.test_client()
        sign_in(client, email=email)
        return client

    def _artist(self, session, email: str, status: str = "approved") -> ArtistProfile:
        user = accounts.register(session, email, PASSWORD, "Njeri Kamau", "sw")
        if status == "approved":
            accounts.grant_role(session, user, Role.ARTIST)
        profile = ArtistProfile(
            user=user,
            slug="njeri-kamau",
            public_name="Njeri Kamau",
            country="KE",
            region="Nairobi",
            disciplines=["textile"],
            source_language="sw",
            bio="Msanii wa nguo.",
            status=status,
            approved_at=utcnow() if status == "approved" else None,
        )
        session.add(profile)
        session.flush()
        return profile

    def _work(self, session, artist: ArtistProfile, status: str = "approved", **values) -> Work:
        work = Work(
            artist=artist,
            slug="kanga-ya-bluu",
            source_language="sw",
            title="Kanga ya bluu",
            description="Kitambaa cha pamba.",
            category="textile",
            origin_country="KE",
            price_minor=450000,
            currency="KES",
            stock=5,
            edition_type="open",
            review_status=status,
            published_at=utcnow() if status == "approved" else None,
            **values,
        )
        work.images.append(WorkImage(position=0, key="img/00/missing", width=640, height=480, alt_text="K"))
        session.add(work)
        return work

    def grow(self, n: int) -> None:
        now = utcnow()
        with self.app.app_context(), self.db() as session:
            me = session.get(ArtistProfile, self.artist_id)
            cart = session.query(Cart).filter_by(user_id=self.buyer_id).one()
            for _ in range(n):
                k = next(self._serial)
                # Another artist, with a shipping profile, a work in the buyer's cart and one waiting.
                other = self._artist(session, f"artist{k}@example.org")
                self._artist(session, f"applicant{k}@example.org", status="applicant")
                profile = ShippingProfile(
                    artist_id=other.id, name=f"Parcel {k}", ships_from="KE", currency="KES"
                )
                profile.rates.append(
                    ShippingRate(
                        zone="world", first_item_minor=100000, transit_days_min=5, transit_days_max=12
                    )
                )
                session.add(profile)
                theirs = self._work(session, other, shipping_profile=profile)
                session.add(CartLine(cart=cart, work=theirs, quantity=1))
                self._work(session, other, status="submitted")
                accounts.register(session, f"user{k}@example.org", PASSWORD, f"User {k}", "en")

                # The artist's own: a work, a collection holding it, a shipping profile, a sale.
                mine_profile = ShippingProfile(
                    artist_id=me.id, name=f"Mine {k}", ships_from="KE", currency="KES"
                )
                mine_profile.rates.append(
                    ShippingRate(
                        zone="world", first_item_minor=90000, transit_days_min=5, transit_days_max=12
                    )
                )
                session.add(mine_profile)
                mine = self._work(session, me, shipping_profile=mine_profile)
                collection = Collection(
                    owner_id=me.user_id,
                    slug=f"c{k}",
                    source_language="sw",
                    title=f"Mkusanyiko {k}",
                    published=True,
                )
                collection.items.append(CollectionItem(work=mine, position=0))
                session.add(collection)
                session.add(CartLine(cart=cart, work=mine, quantity=1))
                session.flush()

                order = Order(
                    number=f"D2612-Q{k:05d}",
                    buyer_id=self.buyer_id,
                    email="buyer@example.org",
                    language="fr",
                    currency="KES",
                    total_minor=1000000,
                    status="paid",
                    stripe_session_id=f"cs_{k}",
                    charge_id=f"ch_{k}",
                    created_at=now - timedelta(minutes=k),
                    expires_at=now,
                    paid_at=now,
                    **ADDRESS,
                )
                for work, artist in ((mine, me), (theirs, other)):
                    order.lines.append(
                        OrderLine(
                            work=work, artist=artist, title=work.title, unit_price_minor=450000, quantity=1
                        )
                    )
                    order.shipments.append(Shipment(artist=artist, estimate_min_days=5, estimate_max_days=12))
                order.lines.append(
                    OrderLine(
                        kind="shipping", artist=me, title="Njeri Kamau", unit_price_minor=100000, quantity=1
                    )
                )
                session.add(order)
                session.flush()
                if k == 1:
                    self.first_order_id = order.id
                else:  # the first order grows too: one more artist's work and parcel
                    first = session.get(Order, self.first_order_id)
                    first.lines.append(
                        OrderLine(
                            work=theirs, artist=other, title=theirs.title, unit_price_minor=450000, quantity=1
                        )
                    )
                    first.shipments.append(Shipment(artist=other, estimate_min_days=5, estimate_max_days=12))
                for line in order.lines[:2]:  # each artist's share, in the ledger
                    session.add(
                        LedgerEntry(
                            artist_id=line.artist_id,
                            kind="sale",
                            currency="KES",
                            amount_minor=400000,
                            order_id=order.id,
                            order_line_id=line.id,
                        )
                    )
                session.add(
                    Payout(
                        artist=me,
                        currency="KES",
                        amount_minor=300000,
                        method="bank",
                        paid_on=date(2026, 11, 1),
                        reference=f"pay-{k}",
                        order_id=order.id,
                    )
                )
                session.add(
                    Refund(
                        order_id=order.id, order_line_id=order.lines[0].id, currency="KES", amount_minor=1000
                    )
                )
                session.add(
                    Dispute(
                        order_id=order.id,
                        stripe_dispute_id=f"dp_{k}",
                        charge_id=f"ch_{k}",
                        currency="KES",
                        amount_minor=1000,
                        reason="fraudulent",
                    )
                )
                session.add(
                    OutboxMessage(
                        message_id=f"<m{k}@example.org>",
                        recipient="buyer@example.org",
                        subject=f"Order {k}",
                        language="fr",
                        raw=b"Subject: x\n\nx",
                    )
                )
