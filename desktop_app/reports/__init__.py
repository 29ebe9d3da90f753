"""What the member and the secretary are shown about the records (no Qt)."""
