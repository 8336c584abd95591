"""Pure-Python core: models, storage, services. Never imports Qt."""
