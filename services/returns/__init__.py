"""Reporting rounds and their returns: templates sent out, workbooks read back, checked and imported."""
