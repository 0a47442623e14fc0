"""Tribuna: publishing, membership and newsletters for small advocacy groups."""
