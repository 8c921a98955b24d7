"""arq jobs: plain `async def job(ctx, ...)` functions that call a service."""
