"""The yardstick of bench/catalog.py: a bare Flask app rendering 24 work cards from memory.

The same kind of page as the catalogue's works list (a base layout with header, navigation and footer, a
grid of 24 cards, each with links, a picture with srcset, title, artist and a price), with no database, no
translations and no per-request set-up: what Flask, Jinja and gunicorn cost on this machine. Served with
``gunicorn bench.bare_app:app`` (the benchmark starts it with the same settings as the marketplace).
"""

from __future__ import annotations

from flask import Flask, render_template, url_for
from jinja2 import DictLoader

LAYOUT = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{% block title %}{% endblock %} · Bare</title>
  <link rel="canonical" href="{{ url_for('works', _external=True) }}">
  <link rel="stylesheet" href="{{ url_for('static', filename='css/site.css') }}">
</head>
<body>
  <header class="site-header">
    <a class="brand" href="{{ url_for('works') }}">Bare</a>
    <form class="site-search" role="search" method="get" action="{{ url_for('works') }}">
      <input type="search" name="q" placeholder="Search works and artists">
      <button type="submit">Search</button>
    </form>
    <nav><ul>
      {% for name in ('Works', 'Artists', 'Exhibitions', 'Cart', 'Sign in', 'Create account') %}
      <li><a href="{{ url_for('works', section=loop.index) }}">{{ name }}</a></li>
      {% endfor %}
    </ul></nav>
  </header>
  <main id="main">{% block content %}{% endblock %}</main>
  <footer class="site-footer"><p>Bare app, for comparison.</p></footer>
</body>
</html>"""

WORKS = """{% extends "layout.html" %}
{% block title %}Works{% endblock %}
{% block content %}
<h1>Works</h1>
<ul class="work-grid">
  {% for work in works %}
  <li class="work-card">
    <a href="{{ url_for('work', work_id=work.id, slug=work.slug) }}">
      <img src="{{ url_for('static', filename='media/' ~ work.image ~ '/480.webp') }}"
           srcset="{% for width in (320, 480, 800) -%}
             {{ url_for('static', filename='media/' ~ work.image ~ '/' ~ width ~ '.webp') }} {{ width }}w
             {%- if not loop.last %}, {% endif %}{% endfor %}"
           sizes="(min-width: 60em) 25vw, 50vw" alt="{{ work.title }}" width="480" height="360"
           loading="lazy">
      <span class="work-title">{{ work.title }}</span>
    </a>
    <a class="work-artist" href="{{ url_for('artist', artist_id=work.artist_id) }}">{{ work.artist }}</a>
    <span class="price">{{ work.price }}</span>
  </li>
  {% endfor %}
</ul>
<nav class="pagination"><a rel="next" href="{{ url_for('works', page=2) }}">Next page</a></nav>
{% endblock %}"""

CARDS = [
    {
        "id": n,
        "slug": f"work-{n}",
        "title": f"Indigo Routes, study {n}",
        "artist": f"Njeri Kamau {n % 7}",
        "artist_id": n % 7 + 1,
        "image": f"img/{n:02x}/bare{n:04d}",
        "price": f"US${125 + n * 17:,}.00",
    }
    for n in range(1, 25)
]

app = Flask(__name__)
app.jinja_loader = DictLoader({"layout.html": LAYOUT, "works.html": WORKS})


@app.route("/en/works/")
def works():
    return render_template("works.html", works=CARDS)


@app.route("/en/works/<int:work_id>-<slug>")
def work(work_id: int, slug: str):
    return url_for("works")


@app.route("/en/artists/<int:artist_id>")
def artist(artist_id: int):
    return url_for("works")


@app.route("/healthz")
def healthz():
    return "ok"
