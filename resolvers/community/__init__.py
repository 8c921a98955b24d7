"""Community: publication, SIGs, meetings, recordings, contributions, members."""
