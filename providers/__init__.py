"""Identity providers: each proves who someone is. Policy lives in `services`, not here."""
