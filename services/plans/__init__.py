"""Plans: reading an issued plan (any format) or an existing ledger, parsing it, reviewing and storing it."""
