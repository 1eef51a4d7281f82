__all__ = ["exported", "_private_but_listed"]
exported = "exported"
not_exported = "not exported"
_private_but_listed = "private but listed"
