"""sitegen: a static-site generator that turns a raw news corpus into a searchable news site."""

__version__ = "0.1.0"
