"""A corpus of returned workbooks as clerks make them (issue 13), generated at test time from real templates."""
