"""Demo content for the catalogue: agencies, the six subsystems with their procedures, and form templates."""
