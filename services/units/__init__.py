"""Units, their aliases and the roster of people with phones: resolve, register, search, import, export."""
