"""The service directory: how records live in the vault and how they are found."""
