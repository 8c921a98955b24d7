"""The HTTP edge and the composition root of the web process."""
