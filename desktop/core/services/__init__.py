"""Every write goes through a function here. Each takes the ``Database`` explicitly, validates
its input, raises ``TingjianError`` subclasses with readable messages, and records what changed.
"""
