"""Fake outside services: small aiohttp apps on loopback speaking the real protocols."""
