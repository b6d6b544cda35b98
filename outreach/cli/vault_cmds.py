"""``outreach vault …``: create, unlock-check, change passphrase, recover, rekey, back up,
restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from outreach.cli.common import open_vault, passphrase, vault_path
from outreach.vault import Vault
from outreach.vault.backup import restore_backup, write_backup

_RECOVERY_NOTE = (
    "Recovery code (write it down and keep it apart from this laptop; it is shown only once\n"
    "and unlocks the vault if the passphrase is forgotten):"
)


_REKEY_ADVICE = (
    "A copy of the old key file (in an old backup of this folder, say) would still open the\n"
    "vault with the old passphrase or this used code. Run 'outreach vault rekey' to make\n"
    "every older copy useless."
)


def register(sub: argparse._SubParsersAction) -> None:
    vault = sub.add_parser("vault", help="create and look after the encrypted vault")
    vsub = vault.add_subparsers(dest="vault_command", required=True, metavar="COMMAND")

    p = vsub.add_parser("init", help="create a new vault (passphrase from OUTREACH_PASSPHRASE)")
    p.set_defaults(func=_init)
    p = vsub.add_parser(
        "passwd", help="change the passphrase (OUTREACH_PASSPHRASE → OUTREACH_NEW_PASSPHRASE)"
    )
    p.set_defaults(func=_passwd)
    p = vsub.add_parser("check", help="unlock and run the integrity checks")
    p.set_defaults(func=_check)
    p = vsub.add_parser(
        "recover",
        help="unlock with the recovery code (OUTREACH_RECOVERY_CODE), set a new passphrase",
    )
    p.set_defaults(func=_recover)
    p = vsub.add_parser(
        "rekey",
        help="re-encrypt the vault under a fresh key, so old key-file copies stop working "
        "(OUTREACH_PASSPHRASE); prints a new recovery code",
    )
    p.set_defaults(func=_rekey)
    p = vsub.add_parser("backup", help="write an encrypted backup (OUTREACH_BACKUP_PASSPHRASE)")
    p.add_argument("file", type=Path)
    p.set_defaults(func=_backup)
    p = vsub.add_parser("restore", help="restore a backup as this vault")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--force", action="store_true", help="replace (and keep aside) an existing vault"
    )
    p.set_defaults(func=_restore)


def _init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    secret = passphrase("OUTREACH_PASSPHRASE", "New vault passphrase: ", confirm=True)
    vault, recovery = Vault.create(path, secret)
    vault.close()
    print(f"Created the vault at {path}.")
    print(_RECOVERY_NOTE)
    print(f"  {recovery}")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    path = vault_path(args)
    old = passphrase("OUTREACH_PASSPHRASE", "Current passphrase: ")
    new = passphrase("OUTREACH_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
    Vault.change_passphrase(path, old, new)
    print("Passphrase changed.")
    return 0


def _check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = vault.check()
    if problems:
        print(f"The vault has {len(problems)} problem(s):")
        for line in problems[:20]:
            print(f"  {line}")
        return 1
    print("The vault is intact.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    path = vault_path(args)
    code = passphrase("OUTREACH_RECOVERY_CODE", "Recovery code: ")
    new = passphrase("OUTREACH_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
    vault, new_code = Vault.recover(path, code, new)
    vault.close()
    print("Passphrase reset. The old recovery code no longer works.")
    print(_RECOVERY_NOTE)
    print(f"  {new_code}")
    print(_REKEY_ADVICE)
    return 0


def _rekey(args: argparse.Namespace) -> int:
    path = vault_path(args)
    secret = passphrase("OUTREACH_PASSPHRASE", "Vault passphrase: ")
    recovery = Vault.rekey(path, secret)
    print("The vault is re-encrypted under a fresh key; older copies of its key file, and the")
    print("passphrases and recovery codes they hold, no longer open it.")
    print(_RECOVERY_NOTE)
    print(f"  {recovery}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        secret = passphrase("OUTREACH_BACKUP_PASSPHRASE", "Backup passphrase: ", confirm=True)
        write_backup(vault, args.file, secret)
    print(f"Encrypted backup written to {args.file}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    path = vault_path(args)
    backup_secret = passphrase("OUTREACH_BACKUP_PASSPHRASE", "Backup passphrase: ")
    new = passphrase("OUTREACH_PASSPHRASE", "Passphrase for the restored vault: ", confirm=True)
    vault, recovery = restore_backup(args.file, backup_secret, path, new, force=args.force)
    vault.close()
    print(f"Restored {args.file} to {path}.")
    print(_RECOVERY_NOTE)
    print(f"  {recovery}")
    return 0
