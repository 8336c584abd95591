"""Read models: what one screen or document shows, gathered in one transaction with few queries."""
