"""The encrypted vault (SQLCipher 4 with a wrapped raw key)."""

from outreach.vault.files import key_file_path
from outreach.vault.keyfile import DEFAULT_KDF, KdfParams
from outreach.vault.vault import Vault

__all__ = ["DEFAULT_KDF", "KdfParams", "Vault", "key_file_path"]
