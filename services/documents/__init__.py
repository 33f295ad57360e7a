"""What the office prints and sends: the Excel ledger, PDF sheets and notices, the bulletin."""
