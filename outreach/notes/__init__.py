"""The worker's private notes: contacts, encounters, referrals and follow-ups."""
