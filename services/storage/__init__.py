"""The ledger database on disk: open, check, upgrade, back up and restore."""
